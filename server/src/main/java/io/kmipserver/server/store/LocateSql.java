package io.kmipserver.server.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a Locate as one SQL statement: the adapter's objects, each filter an {@code IN} sub-query
 * that is an index search on {@code object_attributes} (by adapter, attribute key and the value
 * projection), ordered newest first along {@code objects_newest_first}. Values travel as parameters,
 * never in the SQL text.
 */
final class LocateSql {

    static final String ORDER = " ORDER BY o.initial_date DESC, o.created_micros DESC, o.unique_identifier DESC";

    private final StringBuilder where = new StringBuilder("o.adapter_id = ?");
    private final List<Object> parameters = new ArrayList<>();

    LocateSql(String adapterId, List<LocateFilter> filters) {
        parameters.add(adapterId);
        for (LocateFilter f : filters) {
            where.append(" AND o.unique_identifier IN (SELECT a.unique_identifier FROM object_attributes a"
                    + " WHERE a.adapter_id = ? AND a.attr_tag = ? AND a.attr_vendor = ? AND a.attr_name = ?");
            parameters.add(adapterId);
            parameters.add(f.key().tag());
            parameters.add(f.key().vendorIdentification());
            parameters.add(f.key().attributeName());
            condition(f);
            where.append(')');
        }
    }

    private void condition(LocateFilter f) {
        if (f instanceof LocateFilter.TextEquals t) {
            where.append(" AND a.value_text = ?");
            parameters.add(t.value());
        } else if (f instanceof LocateFilter.NumberEquals n) {
            where.append(" AND a.value_num = ?");
            parameters.add(n.value());
        } else if (f instanceof LocateFilter.NumberIn n) {
            where.append(" AND a.value_num IN (");
            String separator = "";
            for (Long v : n.values().stream().sorted().toList()) {
                where.append(separator).append('?');
                parameters.add(v);
                separator = ", ";
            }
            where.append(')');
        } else if (f instanceof LocateFilter.NumberRange r) {
            where.append(" AND a.value_num BETWEEN ? AND ?");
            parameters.add(r.from());
            parameters.add(r.to());
        } else if (f instanceof LocateFilter.MaskContainsAll m) {
            where.append(" AND a.value_num IS NOT NULL AND (a.value_num & ?) = ?");
            parameters.add(m.mask());
            parameters.add(m.mask());
        } else if (f instanceof LocateFilter.ValueEquals v) {
            // The projections narrow through an index; the bytes decide.
            Long number = AttributeColumns.number(v.value());
            String text = AttributeColumns.text(v.value());
            if (number != null) {
                where.append(" AND a.value_num = ?");
                parameters.add(number);
            }
            if (text != null) {
                where.append(" AND a.value_text = ?");
                parameters.add(text);
            }
            where.append(" AND a.value_ttlv = ?");
            parameters.add(AttributeColumns.encode(v.value()));
        } else if (!(f instanceof LocateFilter.Present)) {
            throw new IllegalArgumentException("unknown filter " + f.getClass().getSimpleName());
        }
    }

    /** {@code SELECT unique_identifier … ORDER BY … LIMIT ? OFFSET ?}; two more parameters follow. */
    String selectSql() {
        return "SELECT o.unique_identifier FROM objects o WHERE " + where + ORDER + " LIMIT ? OFFSET ?";
    }

    String countSql() {
        return "SELECT COUNT(*) FROM objects o WHERE " + where;
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
