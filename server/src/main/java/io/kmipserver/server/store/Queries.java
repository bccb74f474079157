package io.kmipserver.server.store;

import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.server.keys.ProtectedMaterial;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SQL of the store and the mapping between rows and records, shared by the read pool and the
 * writer so that a read inside a unit and a read outside give the same answer. Every object query
 * carries {@code adapter_id = ?}: tenancy lives here.
 */
final class Queries {

    /** The standard attributes mirrored in columns of {@code objects}, and their columns. */
    static final Map<Integer, String> SUMMARY_COLUMNS = Map.of(
            Tag.OBJECT_TYPE, "object_type",
            Tag.STATE, "state",
            Tag.CRYPTOGRAPHIC_ALGORITHM, "crypto_algorithm",
            Tag.CRYPTOGRAPHIC_LENGTH, "crypto_length",
            Tag.INITIAL_DATE, "initial_date",
            Tag.LAST_CHANGE_DATE, "last_change_date",
            Tag.ACTIVATION_DATE, "activation_date",
            Tag.DEACTIVATION_DATE, "deactivation_date",
            Tag.DESTROY_DATE, "destroy_date",
            Tag.COMPROMISE_DATE, "compromise_date");

    static final String OBJECT_COLUMNS = "o.unique_identifier, o.adapter_id, o.object_type, o.state, o.crypto_algorithm, "
            + "o.crypto_length, o.initial_date, o.last_change_date, o.activation_date, o.deactivation_date, "
            + "o.destroy_date, o.compromise_date, o.row_version";

    /** Whether the object has material, as a scalar sub-query on {@code o}: 1 or null. */
    private static final String HAS_MATERIAL =
            "(SELECT 1 FROM object_material m WHERE m.unique_identifier = o.unique_identifier)";
    private static final String NULL_OBJECT_COLUMNS = String.join(", ", Collections.nCopies(14, "NULL"));

    /**
     * The object and all its attributes as one statement (one snapshot; one round trip on
     * PostgreSQL): the objects row, then one row per attribute instance. UNION ALL rather than a join
     * because a join repeats the object's columns and re-runs the material sub-query for every
     * attribute (measured on SQLite: 20 us instead of 50-70 us for a key's 16 attributes). The
     * attribute half is found by the Unique Identifier alone (the primary key; a condition on
     * adapter_id there lets SQLite pick the adapter-wide value index instead); the caller drops it
     * when the first half found no object of the adapter — tenancy is decided by the objects row.
     */
    private static final String SELECT_OBJECT = "SELECT " + OBJECT_COLUMNS + ", " + HAS_MATERIAL
            + ", NULL, NULL, NULL, NULL, NULL FROM objects o WHERE o.unique_identifier = ? AND o.adapter_id = ?"
            + " UNION ALL SELECT " + NULL_OBJECT_COLUMNS + ", a.attr_tag, a.attr_vendor, a.attr_name, a.attr_index,"
            + " a.value_ttlv FROM object_attributes a WHERE a.unique_identifier = ?";
    private static final String SELECT_MATERIAL = "SELECT m.format, m.protected_material FROM object_material m"
            + " JOIN objects o ON o.unique_identifier = m.unique_identifier"
            + " WHERE m.unique_identifier = ? AND o.adapter_id = ?";
    static final String ADAPTER_COLUMNS = "id, name, description, profile, allowed_operations, credential_username,"
            + " credential_hash, created_at, created_by, updated_at, updated_by";
    static final String TRUST_COLUMNS = "id, adapter_id, ca_fingerprint, ca_subject, ca_pem, subject_pattern, created_at, created_by";
    static final String CERTIFICATE_COLUMNS = "id, adapter_id, name, fingerprint, subject, pem, not_after, created_at, created_by";

    private Queries() {}

    /** Column numbers of {@link #SELECT_OBJECT}'s result after the object columns. */
    private static final int HAS_MATERIAL_COLUMN = 14;
    private static final int ATTRIBUTE_TAG = 15;

    private static final Comparator<StoredAttribute> KEY_THEN_INDEX = Comparator
            .comparingInt((StoredAttribute a) -> a.key().tag())
            .thenComparing(a -> a.key().vendorIdentification())
            .thenComparing(a -> a.key().attributeName())
            .thenComparingInt(StoredAttribute::index);

    static Optional<ManagedObject> findObject(Statements sql, String adapterId, String uid) throws SQLException {
        PreparedStatement ps = sql.prepare(SELECT_OBJECT);
        ps.setString(1, uid);
        ps.setString(2, adapterId);
        ps.setString(3, uid);
        ManagedObject object = null;
        List<StoredAttribute> attributes = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String objectUid = rs.getString(1);
                if (objectUid != null) {
                    object = objectColumns(rs, objectUid, rs.getObject(HAS_MATERIAL_COLUMN) != null, List.of());
                } else {
                    attributes.add(new StoredAttribute(key(rs.getInt(ATTRIBUTE_TAG), rs.getString(ATTRIBUTE_TAG + 1),
                            rs.getString(ATTRIBUTE_TAG + 2)), rs.getInt(ATTRIBUTE_TAG + 3),
                            AttributeColumns.decode(rs.getBytes(ATTRIBUTE_TAG + 4))));
                }
            }
        }
        if (object == null) {
            return Optional.empty(); // missing, or another adapter's: its attribute rows are dropped unread
        }
        attributes.sort(KEY_THEN_INDEX);
        return Optional.of(object.withAttributes(attributes));
    }

    /**
     * The SQL of {@link #findWithMaterial} for one list of standard attributes: the objects row with
     * scalar sub-queries for the material and for the lowest-indexed value of each attribute, every
     * one a primary-key search (measured on SQLite: 14 us, where a join with an {@code IN} list of
     * tags took 50-65 us). The tags are written into the text — numbers from code, never client
     * input — so each list is one prepared statement.
     */
    static String withMaterialSql(List<Integer> attributeTags) {
        StringBuilder sql = new StringBuilder("SELECT ").append(OBJECT_COLUMNS)
                .append(", (SELECT m.format FROM object_material m WHERE m.unique_identifier = o.unique_identifier)")
                .append(", (SELECT m.protected_material FROM object_material m WHERE m.unique_identifier = o.unique_identifier)");
        for (int tag : attributeTags) {
            sql.append(", (SELECT a.value_ttlv FROM object_attributes a WHERE a.unique_identifier = o.unique_identifier")
                    .append(" AND a.attr_tag = ").append(tag)
                    .append(" AND a.attr_vendor = '' AND a.attr_name = '' ORDER BY a.attr_index LIMIT 1)");
        }
        return sql.append(" FROM objects o WHERE o.unique_identifier = ? AND o.adapter_id = ?").toString();
    }

    static Optional<ObjectWithMaterial> findWithMaterial(Statements sql, String withMaterialSql,
            List<Integer> attributeTags, String adapterId, String uid) throws SQLException {
        PreparedStatement ps = sql.prepare(withMaterialSql);
        ps.setString(1, uid);
        ps.setString(2, adapterId);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            int format = rs.getInt(14);
            boolean hasMaterial = !rs.wasNull();
            ManagedObject object = objectColumns(rs, rs.getString(1), hasMaterial, List.of());
            StoredMaterial material = null;
            byte[] blob = rs.getBytes(15);
            if (blob != null) {
                try {
                    material = new StoredMaterial(format, ProtectedMaterial.fromBytes(blob));
                } finally {
                    Arrays.fill(blob, (byte) 0);
                }
            }
            Map<Integer, TtlvItem> values = new HashMap<>();
            for (int i = 0; i < attributeTags.size(); i++) {
                byte[] ttlv = rs.getBytes(16 + i);
                if (ttlv != null) {
                    values.put(attributeTags.get(i), AttributeColumns.decode(ttlv));
                }
            }
            return Optional.of(new ObjectWithMaterial(object, values, material));
        }
    }

    /** The objects row's columns 1-13 (the first, {@code uniqueIdentifier}, already read). */
    private static ManagedObject objectColumns(ResultSet rs, String uniqueIdentifier, boolean hasMaterial,
            List<StoredAttribute> attributes) throws SQLException {
        return new ManagedObject(uniqueIdentifier, rs.getString(2), rs.getInt(3), rs.getInt(4), nullableInt(rs, 5),
                nullableInt(rs, 6), seconds(rs, 7), seconds(rs, 8), seconds(rs, 9), seconds(rs, 10), seconds(rs, 11),
                seconds(rs, 12), rs.getLong(13), hasMaterial, attributes);
    }

    static Optional<StoredMaterial> findMaterial(Statements sql, String adapterId, String uid) throws SQLException {
        PreparedStatement ps = sql.prepare(SELECT_MATERIAL);
        ps.setString(1, uid);
        ps.setString(2, adapterId);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            byte[] blob = rs.getBytes(2);
            try {
                return Optional.of(new StoredMaterial(rs.getInt(1), ProtectedMaterial.fromBytes(blob)));
            } finally {
                Arrays.fill(blob, (byte) 0);
            }
        }
    }

    static boolean objectExists(Statements sql, String adapterId, String uid) throws SQLException {
        PreparedStatement ps = sql.prepare("SELECT 1 FROM objects WHERE unique_identifier = ? AND adapter_id = ?");
        ps.setString(1, uid);
        ps.setString(2, adapterId);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    static AttributeKey key(int tag, String vendor, String name) {
        return vendor.isEmpty() ? AttributeKey.standard(tag) : AttributeKey.vendor(vendor, name);
    }

    // ---- adapters, trust, certificates

    static Optional<Adapter> findAdapter(Statements sql, String column, String value) throws SQLException {
        PreparedStatement ps = sql.prepare("SELECT " + ADAPTER_COLUMNS + " FROM adapters WHERE " + column + " = ?");
        ps.setString(1, value);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(adapter(rs)) : Optional.empty();
        }
    }

    static List<Adapter> listAdapters(Statements sql) throws SQLException {
        PreparedStatement ps = sql.prepare("SELECT " + ADAPTER_COLUMNS + " FROM adapters ORDER BY name");
        List<Adapter> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(adapter(rs));
            }
        }
        return out;
    }

    private static Adapter adapter(ResultSet rs) throws SQLException {
        String username = rs.getString(6);
        String hash = rs.getString(7);
        AdapterCredential credential = username == null ? null : new AdapterCredential(username, new PasswordHash(hash));
        return new Adapter(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                parseOperations(rs.getString(5)), credential,
                Instant.ofEpochMilli(rs.getLong(8)), rs.getString(9), Instant.ofEpochMilli(rs.getLong(10)), rs.getString(11));
    }

    static String formatOperations(Set<Integer> operations) {
        return operations == null ? null
                : operations.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    static Set<Integer> parseOperations(String text) {
        if (text == null) {
            return null;
        }
        Set<Integer> out = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            if (!part.isEmpty()) {
                out.add(Integer.valueOf(part));
            }
        }
        return out;
    }

    static List<AdapterTrust> trust(Statements sql, String adapterIdOrNull) throws SQLException {
        PreparedStatement ps = sql.prepare("SELECT " + TRUST_COLUMNS + " FROM adapter_trust"
                + (adapterIdOrNull == null ? "" : " WHERE adapter_id = ?") + " ORDER BY created_at, id");
        if (adapterIdOrNull != null) {
            ps.setString(1, adapterIdOrNull);
        }
        List<AdapterTrust> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AdapterTrust(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)), rs.getString(8)));
            }
        }
        return out;
    }

    static List<ClientCertificate> certificates(Statements sql, String column, String value) throws SQLException {
        PreparedStatement ps = sql.prepare("SELECT " + CERTIFICATE_COLUMNS + " FROM client_certificates WHERE "
                + column + " = ? ORDER BY name, id");
        ps.setString(1, value);
        List<ClientCertificate> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ClientCertificate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)),
                        Instant.ofEpochMilli(rs.getLong(8)), rs.getString(9)));
            }
        }
        return out;
    }

    // ---- summary columns

    /**
     * The summary column values of an attribute list: for each summary tag, the number projection of
     * its lowest-indexed instance (instances must be in index order).
     */
    static Map<Integer, Long> summary(List<StoredAttribute> attributes) {
        Map<Integer, Long> out = new HashMap<>();
        for (StoredAttribute a : attributes) {
            if (!a.key().isVendor() && SUMMARY_COLUMNS.containsKey(a.key().tag()) && !out.containsKey(a.key().tag())) {
                out.put(a.key().tag(), AttributeColumns.number(a.value()));
            }
        }
        Long initial = out.get(Tag.INITIAL_DATE);
        for (int required : new int[] {Tag.OBJECT_TYPE, Tag.STATE, Tag.INITIAL_DATE}) {
            if (out.get(required) == null) {
                throw new IllegalArgumentException("a Managed Object needs the attribute 0x"
                        + Integer.toHexString(required) + " (Object Type, State and Initial Date are required)");
            }
        }
        out.putIfAbsent(Tag.LAST_CHANGE_DATE, initial);
        return out;
    }

    static void setNullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant seconds(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochSecond(value);
    }
}
