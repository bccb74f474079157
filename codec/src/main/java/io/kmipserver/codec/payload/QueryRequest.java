package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.QueryFunction;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.List;

/**
 * Query request.
 *
 * <p>KMIP 1.4 §4.25 Table 222, 2.1 §6.1.40 Table 282.
 *
 * @param queryFunctions what is asked, at least one
 * @param objectGroups 2.x Object Groups the query is restricted to, as its item tree, or {@code null}
 */
public record QueryRequest(
        List<QueryFunction> queryFunctions,
        TtlvItem objectGroups) implements RequestPayload {

    public QueryRequest {
        queryFunctions = queryFunctions == null ? List.of() : List.copyOf(queryFunctions);
    }

    @Override
    public Operation operation() {
        return Operation.QUERY;
    }
}
