/**
 * The KMIP message model and its TTLV mapping. Records: {@link
 * io.kmipserver.codec.message.RequestMessage}, {@link io.kmipserver.codec.message.RequestHeader},
 * {@link io.kmipserver.codec.message.RequestBatchItem}, {@link
 * io.kmipserver.codec.message.ResponseMessage}, {@link io.kmipserver.codec.message.ResponseHeader},
 * {@link io.kmipserver.codec.message.ResponseBatchItem}, {@link
 * io.kmipserver.codec.message.ProtocolVersion}, {@link io.kmipserver.codec.message.Credential}; the
 * facade {@link io.kmipserver.codec.message.KmipMessages}; and the decode failure {@link
 * io.kmipserver.codec.message.RequestDecodeException} with its {@link
 * io.kmipserver.codec.message.PartialRequest}.
 *
 * <p>The wire mapping of everything — header, batch items, one {@code PayloadCodec} per operation
 * (citing the spec table it follows), attributes in both generations, managed objects — is
 * package-private here, so that the public surface is the records. Decoding reads straight from
 * {@link io.kmipserver.codec.ttlv.TtlvReader} into the records, without an intermediate tree.
 *
 * <p><b>Unknown fields</b> (KMIP 1.4 §11.1 Table 327). A request in a version this codec knows
 * exactly is decoded strictly: a field whose tag that version does not define fails with Result
 * Reason Invalid Field. A request of a newer minor version of a known major (1.5, 2.2 …) is read by
 * the newest known rules of that major and its unknown fields are ignored; those directly inside the
 * header or a payload are kept in {@code unknownFields} of the header / batch item and written back
 * when re-encoding; deeper ones are dropped. Extension tags (0x54XXXX) count as unknown; vendor
 * content (Vendor Extension, vendor attribute values, 1.x Server Information) is kept unchecked.
 *
 * <p>Threading: the records are immutable (byte arrays are not copied: do not change them after
 * handing them over); the codec is stateless. Decoding and encoding run on the calling thread.
 */
package io.kmipserver.codec.message;
