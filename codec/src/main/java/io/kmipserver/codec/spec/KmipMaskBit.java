package io.kmipserver.codec.spec;

/**
 * One bit of a KMIP bit mask (Cryptographic Usage Mask, Storage Status Mask, Protection Storage
 * Mask: KMIP 1.4 §9.1.3.3, 2.1 §12). A mask travels as an Integer whose set bits are these values;
 * each generated mask type has static {@code toMask}, {@code fromMask} and {@code unknownBits}.
 */
public interface KmipMaskBit extends KmipEnum {

    /** The single bit this value sets in the mask; the same number as {@link #value()}. */
    int bit();
}
