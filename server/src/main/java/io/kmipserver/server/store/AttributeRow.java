package io.kmipserver.server.store;

/**
 * One attribute instance as its {@code object_attributes} row holds it: the TTLV bytes and the
 * number and text projections Locate searches ({@link AttributeColumns}). Made where the work can
 * run in parallel — a {@link NewObject} encodes its rows on the thread that builds it — so that the
 * one writer thread only binds them.
 */
record AttributeRow(StoredAttribute attribute, byte[] ttlv, Long number, String text) {

    static AttributeRow of(StoredAttribute attribute) {
        return new AttributeRow(attribute, AttributeColumns.encode(attribute.value()),
                AttributeColumns.number(attribute.value()), AttributeColumns.text(attribute.value()));
    }
}
