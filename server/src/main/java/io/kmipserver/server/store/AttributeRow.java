package io.kmipserver.server.store;

/**
 * One attribute instance as its {@code object_attributes} row holds it: the TTLV bytes and the
 * number and text projections Locate searches ({@link AttributeColumns}; none for the attributes
 * Locate finds elsewhere, {@link AttributeColumns#projected}). Made where the work can
 * run in parallel — a {@link NewObject} encodes its rows on the thread that builds it — so that the
 * one writer thread only binds them.
 */
record AttributeRow(StoredAttribute attribute, byte[] ttlv, Long number, String text) {

    static AttributeRow of(StoredAttribute attribute) {
        byte[] ttlv = AttributeColumns.encode(attribute.value());
        if (!AttributeColumns.projected(attribute.key())) {
            return new AttributeRow(attribute, ttlv, null, null);
        }
        return new AttributeRow(attribute, ttlv, AttributeColumns.number(attribute.value()),
                AttributeColumns.text(attribute.value()));
    }
}
