package io.kmipserver.server.store;

/**
 * The thing does not exist — or belongs to another adapter, which callers must not be able to tell
 * apart (DESIGN invariant 4: another adapter's object is Item Not Found).
 */
public final class NotFoundException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** What was not found, for the caller's choice of KMIP Result Reason or HTTP status. */
    public enum Kind { OBJECT, ATTRIBUTE, MATERIAL, ADAPTER, TRUST, CERTIFICATE }

    private final Kind kind;

    public NotFoundException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
