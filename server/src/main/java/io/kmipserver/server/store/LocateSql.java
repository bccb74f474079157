package io.kmipserver.server.store;

import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a Locate as one SQL statement in which every step is an index search.
 *
 * <p>Each filter is answered where its attribute is kept: the attributes {@code objects} holds as
 * columns (Object Type, State, Cryptographic Algorithm and Length, the lifecycle dates) by those
 * columns and the objects indexes; Unique Identifier by the primary key; the boolean flags by a
 * primary-key probe of their row ({@link AttributeColumns#FLAG_TAGS}), as is the presence of any
 * attribute; every other attribute by the value indexes of {@code object_attributes}.
 *
 * <p>With filters, the most selective one that an index can answer (by kind: an identifier, text and
 * whole-value equality first, presence last) drives the query: its matches come from an index search;
 * each object is then fetched by primary key and checked against the other filters. {@code CROSS
 * JOIN} pins that join order on SQLite, whose planner would otherwise walk every object of the
 * adapter in index order to spare the final sort (it has no statistics to know a Name matches one
 * object in a million); PostgreSQL plans it by its statistics either way. Without such a filter, the
 * adapter's objects are read along {@code objects_newest_first}, checked, and LIMIT stops the walk
 * early.
 *
 * <p>Values travel as parameters, never in the SQL text.
 */
final class LocateSql {

    static final String ORDER = " ORDER BY o.initial_date DESC, o.created_micros DESC, o.unique_identifier DESC";

    /**
     * Summary columns with an index that starts with {@code adapter_id} and the column (V2); the
     * algorithm and length are read from {@code objects_by_type} only after an Object Type.
     */
    private static final List<String> DRIVING_COLUMNS = List.of("object_type", "state", "initial_date",
            "last_change_date", "activation_date", "deactivation_date", "destroy_date", "compromise_date");

    private final StringBuilder from = new StringBuilder();
    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    LocateSql(String adapterId, List<LocateFilter> filters) {
        List<LocateFilter> ordered = new ArrayList<>(filters);
        ordered.sort(Comparator.comparingInt(LocateSql::selectivityRank));
        LocateFilter driving = ordered.isEmpty() || !drives(ordered.get(0)) ? null : ordered.remove(0);
        if (driving == null) {
            from.append("objects o");
        } else if (column(driving.key()) != null || isIdentifier(driving.key())) {
            from.append("(SELECT s.unique_identifier FROM objects s WHERE s.adapter_id = ? AND ");
            parameters.add(adapterId);
            objectCondition(from, "s", driving);
            from.append(") d CROSS JOIN objects o");
        } else {
            from.append("(SELECT DISTINCT a.unique_identifier FROM object_attributes a WHERE ");
            attributeMatch(from, adapterId, driving);
            from.append(") d CROSS JOIN objects o");
        }
        if (driving != null) {
            where.append("o.unique_identifier = d.unique_identifier AND ");
        }
        where.append("o.adapter_id = ?");
        parameters.add(adapterId);
        for (LocateFilter f : ordered) {
            where.append(" AND ");
            if (column(f.key()) != null || isIdentifier(f.key())) {
                objectCondition(where, "o", f);
            } else if (isFlag(f.key()) || f instanceof LocateFilter.Present) {
                probeCondition(where, f);
            } else {
                where.append("o.unique_identifier IN (SELECT a.unique_identifier FROM object_attributes a WHERE ");
                attributeMatch(where, adapterId, f);
                where.append(')');
            }
        }
    }

    /** Lower is more selective, by what the filter usually matches in a key store; filters no index answers last. */
    private static int selectivityRank(LocateFilter f) {
        if (!drives(f)) {
            return 9;
        }
        if (isIdentifier(f.key())) {
            return -1;
        }
        if (f instanceof LocateFilter.TextEquals || f instanceof LocateFilter.ValueEquals) {
            return 0;
        }
        if (f instanceof LocateFilter.NumberRange) {
            return 1;
        }
        if (f instanceof LocateFilter.NumberEquals) {
            return 2;
        }
        if (f instanceof LocateFilter.NumberIn) {
            return 3;
        }
        return f instanceof LocateFilter.MaskContainsAll ? 4 : 5;
    }

    /** Whether an index search can give this filter's matches. */
    private static boolean drives(LocateFilter f) {
        if (isFlag(f.key())) {
            return false;
        }
        if (f instanceof LocateFilter.Present && column(f.key()) == null) {
            // the value indexes hold only rows with a projection; presence is a probe per candidate
            return false;
        }
        if (isIdentifier(f.key())) {
            return identifierText(f) != null;
        }
        String column = column(f.key());
        if (column == null) {
            return true;
        }
        return DRIVING_COLUMNS.contains(column) && !(f instanceof LocateFilter.TextEquals)
                && !(f instanceof LocateFilter.MaskContainsAll);
    }

    private static String column(AttributeKey key) {
        return key.isVendor() ? null : Queries.SUMMARY_COLUMNS.get(key.tag());
    }

    private static boolean isIdentifier(AttributeKey key) {
        return !key.isVendor() && key.tag() == Tag.UNIQUE_IDENTIFIER;
    }

    private static boolean isFlag(AttributeKey key) {
        return !key.isVendor() && AttributeColumns.FLAG_TAGS.contains(key.tag());
    }

    /** The identifier a filter on Unique Identifier asks for, or null when it asks for none. */
    private static String identifierText(LocateFilter f) {
        if (f instanceof LocateFilter.TextEquals t) {
            return t.value();
        }
        if (f instanceof LocateFilter.ValueEquals v && v.value() instanceof TtlvItem.TextString t) {
            return t.value();
        }
        return null;
    }

    /**
     * A filter on an attribute of the objects row (a summary column or the identifier), as a
     * condition on the row {@code alias}. The columns hold numbers, so a text filter matches
     * nothing there, as it matched no number projection before; a whole value must also match the
     * stored encoding, as on any other attribute.
     */
    private void objectCondition(StringBuilder sql, String alias, LocateFilter f) {
        if (isIdentifier(f.key())) {
            String uid = identifierText(f);
            if (uid != null) {
                sql.append(alias).append(".unique_identifier = ?");
                parameters.add(uid);
            } else {
                // every object has its identifier; a number, mask or other value never equals it
                sql.append(f instanceof LocateFilter.Present ? "1 = 1" : "1 = 0");
            }
            return;
        }
        String c = alias + "." + column(f.key());
        Long wholeValueNumber = f instanceof LocateFilter.ValueEquals v ? AttributeColumns.number(v.value()) : null;
        if (f instanceof LocateFilter.NumberEquals n) {
            sql.append(c).append(" = ?");
            parameters.add(n.value());
        } else if (f instanceof LocateFilter.NumberIn n) {
            sql.append(c).append(" IN (");
            inList(sql, n);
            sql.append(')');
        } else if (f instanceof LocateFilter.NumberRange r) {
            sql.append(c).append(" BETWEEN ? AND ?");
            parameters.add(r.from());
            parameters.add(r.to());
        } else if (f instanceof LocateFilter.MaskContainsAll m) {
            sql.append(c).append(" IS NOT NULL AND (").append(c).append(" & ?) = ?");
            parameters.add(m.mask());
            parameters.add(m.mask());
        } else if (f instanceof LocateFilter.Present) {
            sql.append(c).append(" IS NOT NULL");
        } else if (f instanceof LocateFilter.ValueEquals v && wholeValueNumber != null) {
            sql.append(c).append(" = ? AND EXISTS (SELECT 1 FROM object_attributes a WHERE a.unique_identifier = ")
                    .append(alias).append(".unique_identifier AND ");
            parameters.add(wholeValueNumber);
            keyMatch(sql, f.key());
            sql.append(" AND a.value_ttlv = ?)");
            parameters.add(AttributeColumns.encode(v.value()));
        } else if (f instanceof LocateFilter.TextEquals || f instanceof LocateFilter.ValueEquals) {
            sql.append("1 = 0");
        } else {
            throw new IllegalArgumentException("unknown filter " + f.getClass().getSimpleName());
        }
    }

    /**
     * A filter checked on {@code o} by a primary-key probe of the attribute's rows: presence of any
     * attribute, and every filter on a boolean flag, whose number (0 or 1) becomes the encoded
     * Boolean it matches.
     */
    private void probeCondition(StringBuilder sql, LocateFilter f) {
        sql.append("EXISTS (SELECT 1 FROM object_attributes a WHERE a.unique_identifier = o.unique_identifier AND ");
        keyMatch(sql, f.key());
        if (f instanceof LocateFilter.Present) {
            sql.append(')');
            return;
        }
        if (f instanceof LocateFilter.ValueEquals v) {
            sql.append(" AND a.value_ttlv = ?)");
            parameters.add(AttributeColumns.encode(v.value()));
            return;
        }
        List<byte[]> matching = new ArrayList<>(2);
        for (long value = 0; value <= 1; value++) {
            if (flagMatches(f, value)) {
                matching.add(AttributeColumns.encode(new TtlvItem.BooleanItem(f.key().tag(), value == 1)));
            }
        }
        if (matching.isEmpty()) {
            sql.append(" AND 1 = 0)");
            return;
        }
        sql.append(" AND a.value_ttlv IN (");
        String separator = "";
        for (byte[] encoded : matching) {
            sql.append(separator).append('?');
            parameters.add(encoded);
            separator = ", ";
        }
        sql.append("))");
    }

    /** Whether a Boolean whose number projection is {@code value} satisfies a number filter. */
    private static boolean flagMatches(LocateFilter f, long value) {
        if (f instanceof LocateFilter.NumberEquals n) {
            return n.value() == value;
        }
        if (f instanceof LocateFilter.NumberIn n) {
            return n.values().contains(value);
        }
        if (f instanceof LocateFilter.NumberRange r) {
            return r.from() <= value && value <= r.to();
        }
        if (f instanceof LocateFilter.MaskContainsAll m) {
            return (value & m.mask()) == m.mask();
        }
        if (f instanceof LocateFilter.TextEquals) {
            return false;
        }
        throw new IllegalArgumentException("unknown filter " + f.getClass().getSimpleName());
    }

    private void keyMatch(StringBuilder sql, AttributeKey key) {
        sql.append("a.attr_tag = ? AND a.attr_vendor = ? AND a.attr_name = ?");
        parameters.add(key.tag());
        parameters.add(key.vendorIdentification());
        parameters.add(key.attributeName());
    }

    /** The conditions on {@code a} for one filter on a projected attribute, appended to {@code sql}. */
    private void attributeMatch(StringBuilder sql, String adapterId, LocateFilter f) {
        sql.append("a.adapter_id = ? AND ");
        parameters.add(adapterId);
        keyMatch(sql, f.key());
        condition(sql, f);
    }

    private void inList(StringBuilder sql, LocateFilter.NumberIn n) {
        String separator = "";
        for (Long v : n.values().stream().sorted().toList()) {
            sql.append(separator).append('?');
            parameters.add(v);
            separator = ", ";
        }
    }

    private void condition(StringBuilder sql, LocateFilter f) {
        if (f instanceof LocateFilter.TextEquals t) {
            sql.append(" AND a.value_text = ?");
            parameters.add(t.value());
        } else if (f instanceof LocateFilter.NumberEquals n) {
            sql.append(" AND a.value_num = ?");
            parameters.add(n.value());
        } else if (f instanceof LocateFilter.NumberIn n) {
            sql.append(" AND a.value_num IN (");
            inList(sql, n);
            sql.append(')');
        } else if (f instanceof LocateFilter.NumberRange r) {
            sql.append(" AND a.value_num BETWEEN ? AND ?");
            parameters.add(r.from());
            parameters.add(r.to());
        } else if (f instanceof LocateFilter.MaskContainsAll m) {
            sql.append(" AND a.value_num IS NOT NULL AND (a.value_num & ?) = ?");
            parameters.add(m.mask());
            parameters.add(m.mask());
        } else if (f instanceof LocateFilter.ValueEquals v) {
            // The text projection (a Name's value, a byte string) narrows better than the number one
            // (a Name's type); either goes through an index; the bytes decide.
            String text = AttributeColumns.text(v.value());
            Long number = AttributeColumns.number(v.value());
            if (text != null) {
                sql.append(" AND a.value_text = ?");
                parameters.add(text);
            } else if (number != null) {
                sql.append(" AND a.value_num = ?");
                parameters.add(number);
            }
            sql.append(" AND a.value_ttlv = ?");
            parameters.add(AttributeColumns.encode(v.value()));
        } else if (!(f instanceof LocateFilter.Present)) {
            throw new IllegalArgumentException("unknown filter " + f.getClass().getSimpleName());
        }
    }

    /** {@code SELECT unique_identifier … ORDER BY … LIMIT ? OFFSET ?}; two more parameters follow. */
    String selectSql() {
        return "SELECT o.unique_identifier FROM " + from + " WHERE " + where + ORDER + " LIMIT ? OFFSET ?";
    }

    String countSql() {
        return "SELECT COUNT(*) FROM " + from + " WHERE " + where;
    }

    /** Binds the filter parameters from index 1; returns the next free index. */
    int bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object p : parameters) {
            ps.setObject(i++, p);
        }
        return i;
    }
}
