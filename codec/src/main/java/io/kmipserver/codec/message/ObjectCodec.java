package io.kmipserver.codec.message;

import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.object.Certificate;
import io.kmipserver.codec.object.KeyBlock;
import io.kmipserver.codec.object.KeyMaterial;
import io.kmipserver.codec.object.KeyValue;
import io.kmipserver.codec.object.ManagedObject;
import io.kmipserver.codec.object.OpaqueObject;
import io.kmipserver.codec.object.PrivateKey;
import io.kmipserver.codec.object.PublicKey;
import io.kmipserver.codec.object.RawObject;
import io.kmipserver.codec.object.SecretData;
import io.kmipserver.codec.object.SymmetricKey;
import io.kmipserver.codec.object.Template;
import io.kmipserver.codec.spec.CertificateType;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.KeyCompressionType;
import io.kmipserver.codec.spec.KeyFormatType;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.SecretDataType;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.ItemType;
import io.kmipserver.codec.ttlv.TtlvDecodeException.Problem;
import io.kmipserver.codec.ttlv.TtlvItem;

/**
 * Managed objects on the wire: KMIP 1.4 §2.2 Tables 45-53 and §2.1.3-2.1.7 (Key Block, Key Value,
 * Key Material), 2.1 §2 and §3.1-3.4. Key Value attributes are repeated Attribute structures in
 * 1.x and one Attributes structure in 2.x.
 */
final class ObjectCodec {

    private ObjectCodec() {
    }

    /** The tag of the structure that carries an object of {@code type} (the object's own name). */
    static int tagOf(ObjectType type) {
        return switch (type) {
            case CERTIFICATE -> Tag.CERTIFICATE;
            case SYMMETRIC_KEY -> Tag.SYMMETRIC_KEY;
            case PUBLIC_KEY -> Tag.PUBLIC_KEY;
            case PRIVATE_KEY -> Tag.PRIVATE_KEY;
            case SPLIT_KEY -> Tag.SPLIT_KEY;
            case TEMPLATE -> Tag.TEMPLATE;
            case SECRET_DATA -> Tag.SECRET_DATA;
            case OPAQUE_OBJECT -> Tag.OPAQUE_OBJECT;
            case PGP_KEY -> Tag.PGP_KEY;
            case CERTIFICATE_REQUEST -> Tag.CERTIFICATE_REQUEST;
        };
    }

    /** The object type a structure tag stands for, or {@code null}. */
    static ObjectType typeOfTag(int tag) {
        for (ObjectType t : ObjectType.values()) {
            if (tagOf(t) == tag) {
                return t;
            }
        }
        return null;
    }

    /**
     * Reads the managed object that comes next, which must be of {@code expected} (the payload's
     * Object Type; KMIP 1.4 Table 169 / 195).
     */
    static ManagedObject read(FieldReader r, ObjectType expected) {
        int tag = r.peek();
        ObjectType type = tag < 0 ? null : typeOfTag(tag);
        if (type == null) {
            throw r.missing(tagOf(expected));
        }
        if (type != expected) {
            throw r.invalid(Tag.OBJECT_TYPE, "Object Type " + expected.specName() + " but the object is a "
                    + type.specName());
        }
        switch (type) {
            case SYMMETRIC_KEY: {
                r.enter(tag);
                KeyBlock kb = readKeyBlock(r);
                r.exit();
                return new SymmetricKey(kb);
            }
            case PUBLIC_KEY: {
                r.enter(tag);
                KeyBlock kb = readKeyBlock(r);
                r.exit();
                return new PublicKey(kb);
            }
            case PRIVATE_KEY: {
                r.enter(tag);
                KeyBlock kb = readKeyBlock(r);
                r.exit();
                return new PrivateKey(kb);
            }
            case SECRET_DATA: {
                r.enter(tag);
                SecretDataType sdt = r.enumeration(Tag.SECRET_DATA_TYPE, SecretDataType::fromValue);
                KeyBlock kb = readKeyBlock(r);
                r.exit();
                return new SecretData(sdt, kb);
            }
            case OPAQUE_OBJECT: {
                r.enter(tag);
                int odt = r.enumRaw(Tag.OPAQUE_DATA_TYPE);
                byte[] value = r.bytes(Tag.OPAQUE_DATA_VALUE);
                r.exit();
                return new OpaqueObject(odt, value);
            }
            case CERTIFICATE: {
                r.enter(tag);
                CertificateType ct = r.enumeration(Tag.CERTIFICATE_TYPE, CertificateType::fromValue);
                byte[] value = r.bytes(Tag.CERTIFICATE_VALUE);
                r.exit();
                return new Certificate(ct, value);
            }
            case TEMPLATE: {
                r.enter(tag);
                Attributes attributes = AttributeCodec.readList1x(r);
                r.exit();
                return new Template(attributes);
            }
            default:
                return new RawObject(type, r.structure(tag));
        }
    }

    static void write(FieldWriter w, ManagedObject object) {
        int tag = tagOf(object.objectType());
        // Java 17: no pattern matching in switch yet.
        if (object instanceof SymmetricKey k) {
            w.begin(tag);
            writeKeyBlock(w, k.keyBlock());
            w.end();
        } else if (object instanceof PublicKey k) {
            w.begin(tag);
            writeKeyBlock(w, k.keyBlock());
            w.end();
        } else if (object instanceof PrivateKey k) {
            w.begin(tag);
            writeKeyBlock(w, k.keyBlock());
            w.end();
        } else if (object instanceof SecretData s) {
            w.begin(tag);
            w.enumeration(Tag.SECRET_DATA_TYPE, s.secretDataType());
            writeKeyBlock(w, s.keyBlock());
            w.end();
        } else if (object instanceof OpaqueObject o) {
            w.begin(tag);
            w.out.writeEnumeration(Tag.OPAQUE_DATA_TYPE, o.opaqueDataType());
            w.bytes(Tag.OPAQUE_DATA_VALUE, o.value());
            w.end();
        } else if (object instanceof Certificate c) {
            w.begin(tag);
            w.enumeration(Tag.CERTIFICATE_TYPE, c.certificateType());
            w.bytes(Tag.CERTIFICATE_VALUE, c.value());
            w.end();
        } else if (object instanceof Template t) {
            w.begin(tag);
            AttributeCodec.writeList1x(w, t.attributes());
            w.end();
        } else if (object instanceof RawObject raw) {
            w.raw(raw.structure());
        } else {
            throw new IllegalArgumentException("unknown managed object " + object.getClass());
        }
    }

    /** Key Block (KMIP 1.4 §2.1.3 Table 7, 2.1 §3.1 Table 12). */
    static KeyBlock readKeyBlock(FieldReader r) {
        r.enter(Tag.KEY_BLOCK);
        KeyFormatType format = r.enumeration(Tag.KEY_FORMAT_TYPE, KeyFormatType::fromValue);
        KeyCompressionType compression = r.optEnumeration(Tag.KEY_COMPRESSION_TYPE, KeyCompressionType::fromValue);
        KeyValue value = null;
        if (r.at(Tag.KEY_VALUE)) {
            if (r.in.peekType() == ItemType.BYTE_STRING) {
                value = new KeyValue.Wrapped(r.in.readByteString(Tag.KEY_VALUE));
            } else {
                r.in.enterStructure(Tag.KEY_VALUE);
                KeyMaterial material = readKeyMaterial(r, format);
                Attributes attributes = r.is2x()
                        ? (r.at(Tag.ATTRIBUTES) ? AttributeCodec.readAttributes(r, Tag.ATTRIBUTES) : Attributes.EMPTY)
                        : AttributeCodec.readList1x(r);
                r.exit();
                value = new KeyValue.Plain(material, attributes);
            }
        }
        CryptographicAlgorithm algorithm = r.optEnumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm::fromValue);
        Integer length = r.optInteger(Tag.CRYPTOGRAPHIC_LENGTH);
        TtlvItem.Structure wrapping = r.optStructure(Tag.KEY_WRAPPING_DATA);
        r.exit();
        return new KeyBlock(format, compression, value, algorithm, length, wrapping);
    }

    private static KeyMaterial readKeyMaterial(FieldReader r, KeyFormatType format) {
        if (!r.at(Tag.KEY_MATERIAL)) {
            throw r.missing(Tag.KEY_MATERIAL);
        }
        ItemType type = r.in.peekType();
        if (type == ItemType.BYTE_STRING) {
            return new KeyMaterial.Raw(r.in.readByteString(Tag.KEY_MATERIAL));
        }
        if (type != ItemType.STRUCTURE) {
            throw r.in.fail(Problem.UNEXPECTED_TYPE, Tag.KEY_MATERIAL, "Key Material must be a Byte String or a Structure");
        }
        if (format == KeyFormatType.TRANSPARENT_SYMMETRIC_KEY) {
            r.in.enterStructure(Tag.KEY_MATERIAL);
            byte[] key = r.bytes(Tag.KEY);
            r.exit();
            return new KeyMaterial.TransparentSymmetricKey(key);
        }
        return new KeyMaterial.Structured(r.structure(Tag.KEY_MATERIAL));
    }

    static void writeKeyBlock(FieldWriter w, KeyBlock kb) {
        w.begin(Tag.KEY_BLOCK);
        w.enumeration(Tag.KEY_FORMAT_TYPE, kb.keyFormatType());
        w.enumeration(Tag.KEY_COMPRESSION_TYPE, kb.keyCompressionType());
        KeyValue value = kb.keyValue();
        if (value instanceof KeyValue.Wrapped wrapped) {
            w.bytes(Tag.KEY_VALUE, wrapped.bytes());
        } else if (value instanceof KeyValue.Plain plain) {
            w.begin(Tag.KEY_VALUE);
            KeyMaterial m = plain.keyMaterial();
            if (m instanceof KeyMaterial.Raw raw) {
                w.bytes(Tag.KEY_MATERIAL, raw.bytes());
            } else if (m instanceof KeyMaterial.TransparentSymmetricKey t) {
                w.begin(Tag.KEY_MATERIAL);
                w.bytes(Tag.KEY, t.key());
                w.end();
            } else {
                w.raw(((KeyMaterial.Structured) m).structure());
            }
            Attributes attributes = plain.attributes().knownIn(w.version);
            if (w.is2x()) {
                if (!attributes.isEmpty()) {
                    AttributeCodec.writeAttributes(w, Tag.ATTRIBUTES, attributes);
                }
            } else {
                AttributeCodec.writeList1x(w, attributes);
            }
            w.end();
        }
        w.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, kb.cryptographicAlgorithm());
        w.integer(Tag.CRYPTOGRAPHIC_LENGTH, kb.cryptographicLength());
        w.item(kb.keyWrappingData());
        w.end();
    }
}
