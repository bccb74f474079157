package io.kmipserver.server.store;

import io.kmipserver.codec.spec.Tag;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The writer's {@link StoreTransaction}: one instance bound to the writer connection for the store's
 * life, with its prepared statements cached. Used only on the writer thread.
 */
final class JdbcTransaction implements StoreTransaction, AutoCloseable {

    /** Inserts nothing when the adapter (the last parameter) does not exist: no separate lookup per create. */
    private static final String INSERT_OBJECT = "INSERT INTO objects (unique_identifier, adapter_id, object_type, state,"
            + " crypto_algorithm, crypto_length, initial_date, last_change_date, activation_date, deactivation_date,"
            + " destroy_date, compromise_date, created_micros, row_version)"
            + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1 WHERE EXISTS (SELECT 1 FROM adapters WHERE id = ?)";
    private static final String INSERT_ATTRIBUTE = "INSERT INTO object_attributes (unique_identifier, adapter_id, attr_tag,"
            + " attr_vendor, attr_name, attr_index, value_ttlv, value_num, value_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_MATERIAL =
            "INSERT INTO object_material (unique_identifier, format, protected_material) VALUES (?, ?, ?)";
    private static final String KEY_MATCH = " unique_identifier = ? AND attr_tag = ? AND attr_vendor = ? AND attr_name = ?";

    private final Connection connection;
    private final SqlDialect dialect;
    private final Clock clock;
    private final Map<String, PreparedStatement> cache = new HashMap<>();
    private final Statements statements = this::prepare;
    private long lastCreatedMicros;

    JdbcTransaction(Connection connection, SqlDialect dialect, Clock clock) throws SQLException {
        this.connection = connection;
        this.dialect = dialect;
        this.clock = clock;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(created_micros) FROM objects")) {
            rs.next();
            lastCreatedMicros = rs.getLong(1);
        }
        connection.commit();
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = cache.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            cache.put(sql, ps);
        }
        ps.clearParameters();
        return ps;
    }

    @Override
    public ManagedObject insertObject(NewObject object) {
        try {
            PreparedStatement ps = prepare(INSERT_OBJECT);
            ps.setString(1, object.uniqueIdentifier());
            ps.setString(2, object.adapterId());
            bindSummary(ps, 3, object.summary());
            ps.setLong(13, nextCreatedMicros());
            ps.setString(14, object.adapterId());
            if (execute(ps, "object " + object.uniqueIdentifier()) == 0) {
                throw new NotFoundException(NotFoundException.Kind.ADAPTER, "adapter " + object.adapterId() + " does not exist");
            }
            insertAttributes(object.uniqueIdentifier(), object.adapterId(), object.rows());
            if (object.material() != null) {
                insertMaterial(object.uniqueIdentifier(), object.material());
            }
            return object.inserted();
        } catch (SQLException e) {
            throw translate(e, "insert object " + object.uniqueIdentifier());
        }
    }

    private static final int[] SUMMARY_ORDER = {Tag.OBJECT_TYPE, Tag.STATE, Tag.CRYPTOGRAPHIC_ALGORITHM,
        Tag.CRYPTOGRAPHIC_LENGTH, Tag.INITIAL_DATE, Tag.LAST_CHANGE_DATE, Tag.ACTIVATION_DATE, Tag.DEACTIVATION_DATE,
        Tag.DESTROY_DATE, Tag.COMPROMISE_DATE};

    /** Columns object_type … compromise_date, in table order, from {@code first}. */
    private static void bindSummary(PreparedStatement ps, int first, Map<Integer, Long> summary) throws SQLException {
        for (int i = 0; i < SUMMARY_ORDER.length; i++) {
            Queries.setNullableLong(ps, first + i, summary.get(SUMMARY_ORDER[i]));
        }
    }

    private long nextCreatedMicros() {
        Instant now = clock.instant();
        long micros = Math.multiplyExact(now.getEpochSecond(), 1_000_000L) + now.getNano() / 1_000;
        lastCreatedMicros = Math.max(micros, lastCreatedMicros + 1);
        return lastCreatedMicros;
    }

    private void insertAttributes(String uid, String adapterId, List<AttributeRow> rows) throws SQLException {
        PreparedStatement ps = prepare(INSERT_ATTRIBUTE);
        for (AttributeRow row : rows) {
            bindAttribute(ps, uid, adapterId, row);
            ps.addBatch();
        }
        ps.executeBatch();
    }

    private static void bindAttribute(PreparedStatement ps, String uid, String adapterId, AttributeRow row)
            throws SQLException {
        StoredAttribute a = row.attribute();
        ps.setString(1, uid);
        ps.setString(2, adapterId);
        ps.setInt(3, a.key().tag());
        ps.setString(4, a.key().vendorIdentification());
        ps.setString(5, a.key().attributeName());
        ps.setInt(6, a.index());
        ps.setBytes(7, row.ttlv());
        Queries.setNullableLong(ps, 8, row.number());
        if (row.text() == null) {
            ps.setNull(9, Types.VARCHAR);
        } else {
            ps.setString(9, row.text());
        }
    }

    private void insertMaterial(String uid, StoredMaterial material) throws SQLException {
        PreparedStatement ps = prepare(INSERT_MATERIAL);
        ps.setString(1, uid);
        ps.setInt(2, material.format());
        ps.setBytes(3, material.material().toBytes());
        execute(ps, "material of " + uid);
    }

    /**
     * Locks the object's row first on PostgreSQL: a write unit reads an object, decides a transition
     * and updates it, and two nodes doing that at READ COMMITTED would both read the old state (a
     * Revoke and a Destroy racing would lose one). {@code FOR UPDATE} makes the second unit wait
     * and then read the first one's result. SQLite needs no lock: it has one writer, and a unit reads
     * inside the writer's transaction.
     */
    private static final String LOCK_OBJECT =
            "SELECT row_version FROM objects WHERE unique_identifier = ? AND adapter_id = ? FOR UPDATE";

    @Override
    public Optional<ManagedObject> findObject(String adapterId, String uniqueIdentifier) {
        try {
            if (dialect == SqlDialect.POSTGRESQL) {
                PreparedStatement lock = prepare(LOCK_OBJECT);
                lock.setString(1, uniqueIdentifier);
                lock.setString(2, adapterId);
                try (java.sql.ResultSet ignored = lock.executeQuery()) {
                    // the lock is what matters; the row is read with its attributes below
                }
            }
            return Queries.findObject(statements, adapterId, uniqueIdentifier);
        } catch (SQLException e) {
            throw translate(e, "read object " + uniqueIdentifier);
        }
    }

    @Override
    public Optional<StoredMaterial> findMaterial(String adapterId, String uniqueIdentifier) {
        try {
            return Queries.findMaterial(statements, adapterId, uniqueIdentifier);
        } catch (SQLException e) {
            throw translate(e, "read material of " + uniqueIdentifier);
        }
    }

    @Override
    public UpdateResult updateObject(String adapterId, String uid, long expectedVersion, List<AttributeChange> changes) {
        try {
            PreparedStatement bump = prepare(expectedVersion < 0
                    ? "UPDATE objects SET row_version = row_version + 1 WHERE unique_identifier = ? AND adapter_id = ?"
                    : "UPDATE objects SET row_version = row_version + 1 WHERE unique_identifier = ? AND adapter_id = ?"
                            + " AND row_version = ?");
            bump.setString(1, uid);
            bump.setString(2, adapterId);
            if (expectedVersion >= 0) {
                bump.setLong(3, expectedVersion);
            }
            if (bump.executeUpdate() == 0) {
                if (!Queries.objectExists(statements, adapterId, uid)) {
                    throw objectNotFound(uid);
                }
                throw new StaleVersionException("object " + uid + " changed since version " + expectedVersion);
            }
            List<StoredAttribute> affected = new ArrayList<>();
            // A Replace leaves exactly one instance, index 0, so its value is the summary column's new
            // value; other changes (Add, Modify, Delete) re-derive the columns from the rows.
            Map<Integer, Long> replaced = new TreeMap<>();
            boolean rederive = false;
            for (AttributeChange change : changes) {
                apply(adapterId, uid, change, affected);
                if (change.key().isVendor() || !Queries.SUMMARY_COLUMNS.containsKey(change.key().tag())) {
                    continue;
                }
                Long number = change instanceof AttributeChange.Replace r ? AttributeColumns.number(r.value()) : null;
                if (number == null) {
                    rederive = true;
                } else {
                    replaced.put(change.key().tag(), number);
                }
            }
            if (rederive) {
                refreshSummary(adapterId, uid);
            } else if (!replaced.isEmpty()) {
                setSummaryColumns(adapterId, uid, replaced);
            }
            return new UpdateResult(currentVersion(uid), affected);
        } catch (SQLException e) {
            throw translate(e, "update object " + uid);
        }
    }

    private void apply(String adapterId, String uid, AttributeChange change, List<StoredAttribute> affected)
            throws SQLException {
        AttributeKey key = change.key();
        if (change instanceof AttributeChange.Add add) {
            StoredAttribute a = new StoredAttribute(key, maxIndex(uid, key) + 1, add.value());
            insertAttributes(uid, adapterId, List.of(AttributeRow.of(a)));
            affected.add(a);
        } else if (change instanceof AttributeChange.Replace replace) {
            PreparedStatement delete = prepare("DELETE FROM object_attributes WHERE" + KEY_MATCH);
            bindKey(delete, 1, uid, key);
            delete.executeUpdate();
            StoredAttribute a = new StoredAttribute(key, 0, replace.value());
            insertAttributes(uid, adapterId, List.of(AttributeRow.of(a)));
            affected.add(a);
        } else if (change instanceof AttributeChange.Modify modify) {
            StoredAttribute a = new StoredAttribute(key, modify.index(), modify.value());
            AttributeRow row = AttributeRow.of(a);
            PreparedStatement ps = prepare("UPDATE object_attributes SET value_ttlv = ?, value_num = ?, value_text = ?"
                    + " WHERE" + KEY_MATCH + " AND attr_index = ?");
            ps.setBytes(1, row.ttlv());
            Queries.setNullableLong(ps, 2, row.number());
            if (row.text() == null) {
                ps.setNull(3, Types.VARCHAR);
            } else {
                ps.setString(3, row.text());
            }
            bindKey(ps, 4, uid, key);
            ps.setInt(8, modify.index());
            if (ps.executeUpdate() == 0) {
                throw attributeNotFound(uid, key, modify.index());
            }
            affected.add(a);
        } else if (change instanceof AttributeChange.Delete delete) {
            List<StoredAttribute> removed = deleteInstances(uid, key, delete.index());
            if (removed.isEmpty()) {
                throw attributeNotFound(uid, key, delete.index());
            }
            affected.addAll(removed);
        } else if (change instanceof AttributeChange.DeleteAll) {
            affected.addAll(deleteInstances(uid, key, null));
        } else {
            throw new IllegalArgumentException("unknown change " + change.getClass().getSimpleName());
        }
    }

    /** Deletes one instance ({@code index}) or all ({@code null}); returns what was deleted. */
    private List<StoredAttribute> deleteInstances(String uid, AttributeKey key, Integer index) throws SQLException {
        String match = KEY_MATCH + (index == null ? "" : " AND attr_index = ?");
        PreparedStatement select = prepare("SELECT attr_index, value_ttlv FROM object_attributes WHERE" + match
                + " ORDER BY attr_index");
        bindKey(select, 1, uid, key);
        if (index != null) {
            select.setInt(5, index);
        }
        List<StoredAttribute> removed = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                removed.add(new StoredAttribute(key, rs.getInt(1), AttributeColumns.decode(rs.getBytes(2))));
            }
        }
        if (!removed.isEmpty()) {
            PreparedStatement delete = prepare("DELETE FROM object_attributes WHERE" + match);
            bindKey(delete, 1, uid, key);
            if (index != null) {
                delete.setInt(5, index);
            }
            delete.executeUpdate();
        }
        return removed;
    }

    private int maxIndex(String uid, AttributeKey key) throws SQLException {
        PreparedStatement ps = prepare("SELECT MAX(attr_index) FROM object_attributes WHERE" + KEY_MATCH);
        bindKey(ps, 1, uid, key);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            int max = rs.getInt(1);
            return rs.wasNull() ? -1 : max;
        }
    }

    private static void bindKey(PreparedStatement ps, int first, String uid, AttributeKey key) throws SQLException {
        ps.setString(first, uid);
        ps.setInt(first + 1, key.tag());
        ps.setString(first + 2, key.vendorIdentification());
        ps.setString(first + 3, key.attributeName());
    }

    private void refreshSummary(String adapterId, String uid) throws SQLException {
        PreparedStatement select = prepare("SELECT attr_tag, attr_index, value_ttlv FROM object_attributes"
                + " WHERE unique_identifier = ? AND attr_vendor = '' AND attr_tag IN ("
                + String.join(", ", Queries.SUMMARY_COLUMNS.keySet().stream().sorted().map(String::valueOf).toList())
                + ") ORDER BY attr_tag, attr_index");
        select.setString(1, uid);
        List<StoredAttribute> summaryAttributes = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                summaryAttributes.add(new StoredAttribute(AttributeKey.standard(rs.getInt(1)), rs.getInt(2),
                        AttributeColumns.decode(rs.getBytes(3))));
            }
        }
        Map<Integer, Long> summary = Queries.summary(summaryAttributes);
        PreparedStatement update = prepare("UPDATE objects SET object_type = ?, state = ?, crypto_algorithm = ?,"
                + " crypto_length = ?, initial_date = ?, last_change_date = ?, activation_date = ?, deactivation_date = ?,"
                + " destroy_date = ?, compromise_date = ? WHERE unique_identifier = ? AND adapter_id = ?");
        bindSummary(update, 1, summary);
        update.setString(11, uid);
        update.setString(12, adapterId);
        update.executeUpdate();
    }

    /** Sets the given summary columns (by attribute tag), leaving the others as they are. */
    private void setSummaryColumns(String adapterId, String uid, Map<Integer, Long> values) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE objects SET ");
        String separator = "";
        for (Integer tag : values.keySet()) {
            sql.append(separator).append(Queries.SUMMARY_COLUMNS.get(tag)).append(" = ?");
            separator = ", ";
        }
        PreparedStatement update = prepare(sql.append(" WHERE unique_identifier = ? AND adapter_id = ?").toString());
        int i = 1;
        for (Long value : values.values()) {
            update.setLong(i++, value);
        }
        update.setString(i, uid);
        update.setString(i + 1, adapterId);
        update.executeUpdate();
    }

    private long currentVersion(String uid) throws SQLException {
        PreparedStatement ps = prepare("SELECT row_version FROM objects WHERE unique_identifier = ?");
        ps.setString(1, uid);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public boolean deleteMaterial(String adapterId, String uid) {
        try {
            if (!Queries.objectExists(statements, adapterId, uid)) {
                throw objectNotFound(uid);
            }
            PreparedStatement ps = prepare("DELETE FROM object_material WHERE unique_identifier = ?");
            ps.setString(1, uid);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw translate(e, "delete material of " + uid);
        }
    }

    @Override
    public void putMaterial(String adapterId, String uid, StoredMaterial material) {
        try {
            if (!Queries.objectExists(statements, adapterId, uid)) {
                throw objectNotFound(uid);
            }
            PreparedStatement ps = prepare("DELETE FROM object_material WHERE unique_identifier = ?");
            ps.setString(1, uid);
            ps.executeUpdate();
            insertMaterial(uid, material);
        } catch (SQLException e) {
            throw translate(e, "store material of " + uid);
        }
    }

    // ---- adapters

    @Override
    public Adapter insertAdapter(NewAdapter adapter, String actor) {
        String id = UUID.randomUUID().toString();
        long now = clock.millis();
        AdapterCredential credential = adapter.credential();
        insertRow("adapters", Queries.ADAPTER_COLUMNS, "adapter named '" + adapter.name() + "'", id, adapter.name(),
                adapter.description(), adapter.profile(), Queries.formatOperations(adapter.allowedOperations()),
                credential == null ? null : credential.username(),
                credential == null ? null : credential.passwordHash().encoded(), now, actor, now, actor);
        return findAdapter(id).orElseThrow();
    }

    /** name, description, profile, allowed_operations, credential_username, credential_hash. */
    private static void bindAdapter(PreparedStatement ps, int first, NewAdapter a) throws SQLException {
        ps.setString(first, a.name());
        ps.setString(first + 1, a.description());
        ps.setString(first + 2, a.profile());
        ps.setString(first + 3, Queries.formatOperations(a.allowedOperations()));
        ps.setString(first + 4, a.credential() == null ? null : a.credential().username());
        ps.setString(first + 5, a.credential() == null ? null : a.credential().passwordHash().encoded());
    }

    @Override
    public Adapter updateAdapter(String adapterId, NewAdapter adapter, String actor) {
        try {
            PreparedStatement ps = prepare("UPDATE adapters SET name = ?, description = ?, profile = ?,"
                    + " allowed_operations = ?, credential_username = ?, credential_hash = ?, updated_at = ?, updated_by = ?"
                    + " WHERE id = ?");
            bindAdapter(ps, 1, adapter);
            ps.setLong(7, clock.millis());
            ps.setString(8, actor);
            ps.setString(9, adapterId);
            if (execute(ps, "adapter named '" + adapter.name() + "'") == 0) {
                throw adapterNotFound(adapterId);
            }
            return findAdapter(adapterId).orElseThrow();
        } catch (SQLException e) {
            throw translate(e, "update adapter " + adapterId);
        }
    }

    @Override
    public void deleteAdapter(String adapterId, String actor) {
        try {
            PreparedStatement count = prepare("SELECT COUNT(*) FROM objects WHERE adapter_id = ?");
            count.setString(1, adapterId);
            long objects;
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                objects = rs.getLong(1);
            }
            if (objects > 0) {
                throw new ConflictException("adapter " + adapterId + " still owns " + objects + " object(s)", null);
            }
            for (ClientCertificate c : Queries.certificates(statements, "adapter_id", adapterId)) {
                revoke(c, actor);
            }
            PreparedStatement ps = prepare("DELETE FROM adapters WHERE id = ?");
            ps.setString(1, adapterId);
            if (ps.executeUpdate() == 0) {
                throw adapterNotFound(adapterId);
            }
        } catch (SQLException e) {
            throw translate(e, "delete adapter " + adapterId);
        }
    }

    @Override
    public Optional<Adapter> findAdapter(String adapterId) {
        try {
            return Queries.findAdapter(statements, "id", adapterId);
        } catch (SQLException e) {
            throw translate(e, "read adapter " + adapterId);
        }
    }

    @Override
    public AdapterTrust insertTrust(String adapterId, NewAdapterTrust trust, String actor) {
        requireAdapter(adapterId);
        String id = UUID.randomUUID().toString();
        long now = clock.millis();
        insertRow("adapter_trust", Queries.TRUST_COLUMNS, "trust anchor", id, adapterId, trust.caFingerprint(),
                trust.caSubject(), trust.caPem(), trust.subjectPattern(), now, actor);
        return new AdapterTrust(id, adapterId, trust.caFingerprint(), trust.caSubject(), trust.caPem(),
                trust.subjectPattern(), Instant.ofEpochMilli(now), actor);
    }

    @Override
    public void deleteTrust(String adapterId, String trustId) {
        deleteOwned("adapter_trust", adapterId, trustId, NotFoundException.Kind.TRUST);
    }

    @Override
    public ClientCertificate insertCertificate(String adapterId, NewClientCertificate c, String actor) {
        requireAdapter(adapterId);
        String id = UUID.randomUUID().toString();
        long now = clock.millis();
        long notAfter = c.notAfter().toEpochMilli();
        insertRow("client_certificates", Queries.CERTIFICATE_COLUMNS, "certificate with fingerprint " + c.fingerprint(),
                id, adapterId, c.name(), c.fingerprint(), c.subject(), c.pem(), notAfter, now, actor);
        try {
            PreparedStatement unrevoke = prepare("DELETE FROM revoked_certificates WHERE fingerprint = ?");
            unrevoke.setString(1, c.fingerprint());
            unrevoke.executeUpdate();
        } catch (SQLException e) {
            throw translate(e, "register certificate " + c.fingerprint());
        }
        return new ClientCertificate(id, adapterId, c.name(), c.fingerprint(), c.subject(), c.pem(),
                Instant.ofEpochMilli(notAfter), Instant.ofEpochMilli(now), actor);
    }

    /** One row of {@code values} in the order of {@code columns}; a unique violation is a {@link ConflictException}. */
    private void insertRow(String table, String columns, String what, Object... values) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(columns).append(") VALUES (");
        for (int i = 0; i < values.length; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        try {
            PreparedStatement ps = prepare(sql.append(')').toString());
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    ps.setNull(i + 1, Types.VARCHAR);
                } else {
                    ps.setObject(i + 1, values[i]);
                }
            }
            execute(ps, what);
        } catch (SQLException e) {
            throw translate(e, "insert into " + table);
        }
    }

    @Override
    public void deleteCertificate(String adapterId, String certificateId, String actor) {
        try {
            for (ClientCertificate c : Queries.certificates(statements, "id", certificateId)) {
                if (c.adapterId().equals(adapterId)) {
                    revoke(c, actor);
                }
            }
        } catch (SQLException e) {
            throw translate(e, "revoke certificate " + certificateId);
        }
        deleteOwned("client_certificates", adapterId, certificateId, NotFoundException.Kind.CERTIFICATE);
    }

    /** Lists the certificate as revoked (again: the latest revocation is kept). */
    private void revoke(ClientCertificate c, String actor) throws SQLException {
        PreparedStatement delete = prepare("DELETE FROM revoked_certificates WHERE fingerprint = ?");
        delete.setString(1, c.fingerprint());
        delete.executeUpdate();
        PreparedStatement insert = prepare("INSERT INTO revoked_certificates (fingerprint, adapter_id, subject, revoked_at,"
                + " revoked_by) VALUES (?, ?, ?, ?, ?)");
        insert.setString(1, c.fingerprint());
        insert.setString(2, c.adapterId());
        insert.setString(3, c.subject());
        insert.setLong(4, clock.millis());
        insert.setString(5, actor);
        insert.executeUpdate();
    }

    private void deleteOwned(String table, String adapterId, String id, NotFoundException.Kind kind) {
        try {
            PreparedStatement ps = prepare("DELETE FROM " + table + " WHERE id = ? AND adapter_id = ?");
            ps.setString(1, id);
            ps.setString(2, adapterId);
            if (ps.executeUpdate() == 0) {
                throw new NotFoundException(kind, kind.name().toLowerCase() + " " + id + " not found");
            }
        } catch (SQLException e) {
            throw translate(e, "delete from " + table);
        }
    }

    private void requireAdapter(String adapterId) {
        if (findAdapter(adapterId).isEmpty()) {
            throw adapterNotFound(adapterId);
        }
    }

    // ---- errors

    /** Executes an insert/update, turning a constraint violation into a {@link ConflictException}. */
    private int execute(PreparedStatement ps, String what) throws SQLException {
        try {
            return ps.executeUpdate();
        } catch (SQLException e) {
            if (dialect.isConstraintViolation(e)) {
                throw new ConflictException(what + " conflicts with an existing row", e);
            }
            throw e;
        }
    }

    private StoreException translate(SQLException e, String what) {
        if (dialect.isConstraintViolation(e)) {
            return new ConflictException(what + ": constraint violated", e);
        }
        return new StoreException(what + " failed: SQL state " + e.getSQLState(), e);
    }

    private static NotFoundException objectNotFound(String uid) {
        return new NotFoundException(NotFoundException.Kind.OBJECT, "object " + uid + " not found");
    }

    private static NotFoundException adapterNotFound(String adapterId) {
        return new NotFoundException(NotFoundException.Kind.ADAPTER, "adapter " + adapterId + " not found");
    }

    private static NotFoundException attributeNotFound(String uid, AttributeKey key, int index) {
        return new NotFoundException(NotFoundException.Kind.ATTRIBUTE,
                "object " + uid + " has no attribute " + key + " with index " + index);
    }

    @Override
    public void close() {
        for (PreparedStatement ps : cache.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing the connection next releases it anyway
            }
        }
        cache.clear();
    }
}
