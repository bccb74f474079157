// Generated from codec/src/spec/enums/client-registration-method.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Client Registration Method enumeration (KMIP 1.3 §9.1.3.2.47; 1.4 §9.1.3.2.47; 2.0 §11.10; 2.1 §11.10).
 * Carried by the tag Client Registration Method ({@link Tag#CLIENT_REGISTRATION_METHOD}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum ClientRegistrationMethod implements KmipEnum {
    /** Unspecified, 0x00000001, KMIP 1.3–2.1. */
    UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", "1.3 1.4 2.0 2.1"),
    /** Server Pre-Generated, 0x00000002, KMIP 1.3–2.1. */
    SERVER_PRE_GENERATED(0x00000002, "Server Pre-Generated", "ServerPreGenerated", "1.3 1.4 2.0 2.1"),
    /** Server On-Demand, 0x00000003, KMIP 1.3–2.1. */
    SERVER_ON_DEMAND(0x00000003, "Server On-Demand", "ServerOnDemand", "1.3 1.4 2.0 2.1"),
    /** Client Generated, 0x00000004, KMIP 1.3–2.1. */
    CLIENT_GENERATED(0x00000004, "Client Generated", "ClientGenerated", "1.3 1.4 2.0 2.1"),
    /** Client Registered, 0x00000005, KMIP 1.3–2.1. */
    CLIENT_REGISTERED(0x00000005, "Client Registered", "ClientRegistered", "1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.CLIENT_REGISTRATION_METHOD;

    private static final ClientRegistrationMethod[] VALUES = values();
    private static final Map<String, ClientRegistrationMethod> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    ClientRegistrationMethod(int value, String specName, String xmlName, String versions, String... renames) {
        this.value = value;
        this.specName = specName;
        this.xmlName = xmlName;
        this.versions = SpecSupport.versionBits(versions);
        this.firstVersion = SpecSupport.first(this.versions);
        this.lastVersion = SpecSupport.last(this.versions);
        this.namesByVersion = SpecSupport.namesByVersion(specName, renames);
    }

    @Override
    public int value() {
        return value;
    }

    @Override
    public String specName() {
        return specName;
    }

    @Override
    public String specName(KmipVersion version) {
        return SpecSupport.nameIn(namesByVersion, version, specName);
    }

    @Override
    public String xmlName() {
        return xmlName;
    }

    @Override
    public KmipVersion firstVersion() {
        return firstVersion;
    }

    @Override
    public KmipVersion lastVersion() {
        return lastVersion;
    }

    @Override
    public boolean knownIn(KmipVersion version) {
        return (versions & version.bit()) != 0;
    }

    /** The value with this number, or {@code null} when no version defines it. Does not allocate. */
    public static ClientRegistrationMethod fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> UNSPECIFIED;
            case 0x00000002 -> SERVER_PRE_GENERATED;
            case 0x00000003 -> SERVER_ON_DEMAND;
            case 0x00000004 -> CLIENT_GENERATED;
            case 0x00000005 -> CLIENT_REGISTERED;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Unspecified"}), or {@code null}.
     */
    public static ClientRegistrationMethod fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}
