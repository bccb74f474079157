package io.kmipserver.server.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a Locate as one SQL statement in which every step is an index search.
 *
 * <p>With filters, the most selective one (by kind: text and whole-value equality first, presence
 * last) drives the query: its matches come from a search of {@code object_attributes} by adapter,
 * attribute key and value projection; each object is then fetched by primary key and checked against
 * the other filters, each an {@code IN} sub-query on the same indexes. {@code CROSS JOIN} pins that
 * join order on SQLite, whose planner would otherwise walk every object of the adapter in index order
 * to spare the final sort (it has no statistics to know a Name matches one object in a million);
 * PostgreSQL plans it by its statistics either way. Without filters, the adapter's objects are read
 * along {@code objects_newest_first} and LIMIT stops the walk early.
 *
 * <p>Values travel as parameters, never in the SQL text.
 */
final class LocateSql {

    static final String ORDER = " ORDER BY o.initial_date DESC, o.created_micros DESC, o.unique_identifier DESC";

    private final StringBuilder from = new StringBuilder();
    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    LocateSql(String adapterId, List<LocateFilter> filters) {
        List<LocateFilter> ordered = new ArrayList<>(filters);
        ordered.sort(Comparator.comparingInt(LocateSql::selectivityRank));
        if (ordered.isEmpty()) {
            from.append("objects o");
            where.append("o.adapter_id = ?");
            parameters.add(adapterId);
            return;
        }
        LocateFilter driving = ordered.remove(0);
        from.append("(SELECT DISTINCT a.unique_identifier FROM object_attributes a WHERE ");
        attributeMatch(from, adapterId, driving);
        from.append(") d CROSS JOIN objects o");
        where.append("o.unique_identifier = d.unique_identifier AND o.adapter_id = ?");
        parameters.add(adapterId);
        for (LocateFilter f : ordered) {
            where.append(" AND o.unique_identifier IN (SELECT a.unique_identifier FROM object_attributes a WHERE ");
            attributeMatch(where, adapterId, f);
            where.append(')');
        }
    }

    /** Lower is more selective, by what the filter usually matches in a key store. */
    private static int selectivityRank(LocateFilter f) {
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

    /** The conditions on {@code a} for one filter, appended to {@code sql}. */
    private void attributeMatch(StringBuilder sql, String adapterId, LocateFilter f) {
        sql.append("a.adapter_id = ? AND a.attr_tag = ? AND a.attr_vendor = ? AND a.attr_name = ?");
        parameters.add(adapterId);
        parameters.add(f.key().tag());
        parameters.add(f.key().vendorIdentification());
        parameters.add(f.key().attributeName());
        condition(sql, f);
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
            String separator = "";
            for (Long v : n.values().stream().sorted().toList()) {
                sql.append(separator).append('?');
                parameters.add(v);
                separator = ", ";
            }
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
