package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.UniqueIdentifierEnum;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one request message's batch items share: the ID Placeholder (KMIP 1.4 §4, 2.1 §6.1: "a
 * temporary variable ... only valid and preserved during the execution of a batch of operations") and,
 * for 2.x, the Unique Identifiers earlier items returned, which a later item may name by Unique
 * Identifier Enumeration or by Integer index (KMIP 2.1 §4.58 Table 145). Discarded with the batch.
 *
 * <p>Confined to the thread processing the message.
 */
final class BatchState {

    private String placeholder;
    private final List<String> returned = new ArrayList<>();
    private final Map<UniqueIdentifierEnum, String> byOperation = new EnumMap<>(UniqueIdentifierEnum.class);

    String placeholder() {
        return placeholder;
    }

    void placeholder(String uniqueIdentifier) {
        placeholder = uniqueIdentifier;
    }

    /** Records an identifier an item returned, and remembers it as that operation's latest result. */
    void returned(Operation operation, String uniqueIdentifier) {
        returned.add(uniqueIdentifier);
        UniqueIdentifierEnum e = enumOf(operation);
        if (e != null) {
            byOperation.put(e, uniqueIdentifier);
        }
    }

    /** The latest identifier returned by the operation {@code e} names, or {@code null}. */
    String returnedBy(UniqueIdentifierEnum e) {
        return byOperation.get(e);
    }

    /**
     * The identifier at {@code index} of those returned so far: zero-based from the first, or counted
     * back from the current item when negative (KMIP 2.1 Table 145); {@code null} when out of range.
     */
    String returnedAt(int index) {
        int i = index >= 0 ? index : returned.size() + index;
        return i >= 0 && i < returned.size() ? returned.get(i) : null;
    }

    private static UniqueIdentifierEnum enumOf(Operation op) {
        if (op == null) {
            return null;
        }
        switch (op) {
            case CREATE:
                return UniqueIdentifierEnum.CREATE;
            case REGISTER:
                return UniqueIdentifierEnum.REGISTER;
            case RE_KEY:
                return UniqueIdentifierEnum.RE_KEY;
            case LOCATE:
                return UniqueIdentifierEnum.LOCATE;
            default:
                return null;
        }
    }
}
