package io.kmipserver.codec.message;

import io.kmipserver.codec.message.PartialRequest.BatchItemRef;
import io.kmipserver.codec.payload.RawPayload;
import io.kmipserver.codec.payload.RequestPayload;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.AsynchronousIndicator;
import io.kmipserver.codec.spec.AttestationType;
import io.kmipserver.codec.spec.BatchErrorContinuationOption;
import io.kmipserver.codec.spec.CredentialType;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.ResultStatus;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.ItemType;
import io.kmipserver.codec.ttlv.TtlvDecodeException;
import io.kmipserver.codec.ttlv.TtlvDecodeException.Problem;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.codec.ttlv.TtlvReader;
import io.kmipserver.codec.ttlv.TtlvWriter;
import io.netty.buffer.ByteBuf;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages, headers and batch items on the wire: KMIP 1.4 §6-7 (Tables 261-285), 2.1 §8-9 (Tables
 * 394-426). Decodes straight from the pull reader into the records, with no intermediate tree, so
 * that a Get request costs one header check per field and the allocations of its own records.
 */
final class MessageCodec {

    private MessageCodec() {
    }

    // ---- requests

    static RequestMessage decodeRequest(ByteBuf buf) {
        int start = buf.readerIndex();
        TtlvReader in = new TtlvReader(buf);
        ProtocolVersion version = null;
        KmipVersion rules = null;
        RequestHeader header = null;
        RequestBatchItem first = null;
        List<RequestBatchItem> more = null;
        int started = 0;
        try {
            in.enterStructure(Tag.REQUEST_MESSAGE);
            in.enterStructure(Tag.REQUEST_HEADER);
            version = readProtocolVersion(in);
            rules = version.rules();
            if (rules == null) {
                throw in.fail(Problem.INVALID_VALUE, Tag.PROTOCOL_VERSION_MAJOR,
                        "protocol version " + version + " is not supported");
            }
            FieldReader r = new FieldReader(in, rules, version.kmipVersion() == rules);
            header = readRequestHeader(r, version);
            while (r.at(Tag.BATCH_ITEM)) {
                started++;
                if (started > header.batchCount()) {
                    throw in.fail(Problem.UNEXPECTED_TAG, Tag.BATCH_ITEM, "more batch items than Batch Count "
                            + header.batchCount());
                }
                RequestBatchItem item = readRequestBatchItem(r, header.batchCount());
                if (first == null) {
                    first = item;
                } else {
                    if (more == null) {
                        more = new ArrayList<>(header.batchCount());
                        more.add(first);
                    }
                    more.add(item);
                }
            }
            if (started < header.batchCount()) {
                throw in.fail(Problem.MISSING_FIELD, Tag.BATCH_ITEM, "fewer batch items than Batch Count "
                        + header.batchCount());
            }
            r.exit();
            if (in.hasNext()) {
                throw in.fail(Problem.TRAILING_BYTES, 0, "bytes after the Request Message");
            }
        } catch (TtlvDecodeException e) {
            int decoded = more != null ? more.size() : first != null ? 1 : 0;
            throw failure(e, buf, start, version, rules, header, started > decoded ? started - 1 : -1);
        }
        return new RequestMessage(header, more != null ? more : List.of(first));
    }

    private static RequestDecodeException failure(TtlvDecodeException e, ByteBuf buf, int start,
            ProtocolVersion version, KmipVersion rules, RequestHeader header, int failedIndex) {
        ResultReason reason;
        if (version != null && rules == null) {
            reason = ResultReason.INVALID_MESSAGE;
        } else if (e.problem() == Problem.INVALID_VALUE) {
            reason = ResultReason.INVALID_FIELD;
        } else if ((e.problem() == Problem.UNEXPECTED_TAG || e.problem() == Problem.TRAILING_BYTES)
                && rules != null && e.tag() != 0 && !FieldReader.known(e.tag(), rules)) {
            reason = ResultReason.INVALID_FIELD;
        } else {
            reason = ResultReason.INVALID_MESSAGE;
        }
        List<BatchItemRef> refs = scanBatchItems(buf, start);
        int failed = failedIndex >= 0 && failedIndex < refs.size() ? failedIndex : -1;
        return new RequestDecodeException(e, reason, new PartialRequest(version, header, refs, failed));
    }

    /**
     * A second, forgiving pass over a request that failed to decode: the Operation and Unique Batch
     * Item ID of every batch item whose structure header is sound, skipping each item's content.
     */
    static List<BatchItemRef> scanBatchItems(ByteBuf buf, int start) {
        List<BatchItemRef> refs = new ArrayList<>();
        try {
            TtlvReader in = new TtlvReader(buf.duplicate().readerIndex(start));
            in.enterStructure(Tag.REQUEST_MESSAGE);
            if (in.nextIs(Tag.REQUEST_HEADER)) {
                in.enterStructure(Tag.REQUEST_HEADER);
                in.skipToEndOfStructure();
            }
            while (in.nextIs(Tag.BATCH_ITEM)) {
                in.enterStructure(Tag.BATCH_ITEM);
                Operation op = null;
                byte[] id = null;
                try {
                    if (in.nextIs(Tag.OPERATION)) {
                        op = Operation.fromValue(in.readEnumeration(Tag.OPERATION));
                    }
                    if (in.nextIs(Tag.EPHEMERAL)) {
                        in.skipItem();
                    }
                    if (in.nextIs(Tag.UNIQUE_BATCH_ITEM_ID)) {
                        id = in.readByteString(Tag.UNIQUE_BATCH_ITEM_ID);
                    }
                } catch (TtlvDecodeException keepWhatWasRead) {
                    while (in.depth() > 2) {
                        in.skipToEndOfStructure();
                    }
                }
                refs.add(new BatchItemRef(op, id));
                in.skipToEndOfStructure();
            }
        } catch (TtlvDecodeException stop) {
            // The framing itself is broken from here on: report what was found so far.
        }
        return refs;
    }

    private static RequestHeader readRequestHeader(FieldReader r, ProtocolVersion version) {
        r.collectUnknownHere();
        Integer maximumResponseSize = r.optInteger(Tag.MAXIMUM_RESPONSE_SIZE);
        String clientCorrelation = r.optText(Tag.CLIENT_CORRELATION_VALUE);
        String serverCorrelation = r.optText(Tag.SERVER_CORRELATION_VALUE);
        AsynchronousIndicator asynchronous = readAsynchronousIndicator(r);
        Boolean attestationCapable = r.optBoolean(Tag.ATTESTATION_CAPABLE_INDICATOR);
        List<AttestationType> attestationTypes = r.enumerations(Tag.ATTESTATION_TYPE, AttestationType::fromValue);
        Authentication authentication = r.at(Tag.AUTHENTICATION) ? readAuthentication(r) : null;
        BatchErrorContinuationOption continuation = r.optEnumeration(Tag.BATCH_ERROR_CONTINUATION_OPTION,
                BatchErrorContinuationOption::fromValue);
        Boolean batchOrder = r.optBoolean(Tag.BATCH_ORDER_OPTION);
        Instant timeStamp = r.optTimeStamp(Tag.TIME_STAMP);
        int batchCount = r.integer(Tag.BATCH_COUNT);
        if (batchCount < 1) {
            throw r.invalid(Tag.BATCH_COUNT, "Batch Count must be at least 1");
        }
        r.exit();
        List<TtlvItem> unknown = r.takeUnknown();
        if (maximumResponseSize == null && clientCorrelation == null && serverCorrelation == null
                && asynchronous == null && attestationCapable == null && attestationTypes.isEmpty()
                && authentication == null && continuation == null && batchOrder == null && timeStamp == null
                && unknown.isEmpty()) {
            return RequestHeader.of(version, batchCount);
        }
        return new RequestHeader(version, maximumResponseSize, clientCorrelation, serverCorrelation, asynchronous,
                attestationCapable, attestationTypes, authentication, continuation, batchOrder, timeStamp, batchCount,
                unknown);
    }

    /** 1.x: Boolean (KMIP 1.4 §6.7); 2.x: Enumeration (KMIP 2.1 §9.2). Either type is accepted. */
    private static AsynchronousIndicator readAsynchronousIndicator(FieldReader r) {
        if (!r.at(Tag.ASYNCHRONOUS_INDICATOR)) {
            return null;
        }
        if (r.in.peekType() == ItemType.BOOLEAN) {
            return r.in.readBoolean(Tag.ASYNCHRONOUS_INDICATOR) ? AsynchronousIndicator.OPTIONAL
                    : AsynchronousIndicator.PROHIBITED;
        }
        return r.lookupEnum(Tag.ASYNCHRONOUS_INDICATOR, r.in.readEnumeration(Tag.ASYNCHRONOUS_INDICATOR),
                AsynchronousIndicator::fromValue);
    }

    private static void writeAsynchronousIndicator(FieldWriter w, AsynchronousIndicator value) {
        if (value == null) {
            return;
        }
        if (w.is2x()) {
            w.enumeration(Tag.ASYNCHRONOUS_INDICATOR, value);
        } else {
            w.out.writeBoolean(Tag.ASYNCHRONOUS_INDICATOR, value != AsynchronousIndicator.PROHIBITED);
        }
    }

    /** Authentication (KMIP 1.4 §6.6 Table 266) and its Credentials (§2.1.2 Tables 3-6, 2.1 §9.11). */
    private static Authentication readAuthentication(FieldReader r) {
        r.enter(Tag.AUTHENTICATION);
        List<Credential> credentials = new ArrayList<>(1);
        while (r.at(Tag.CREDENTIAL)) {
            r.enter(Tag.CREDENTIAL);
            CredentialType type = r.enumeration(Tag.CREDENTIAL_TYPE, CredentialType::fromValue);
            Credential credential;
            if (type == CredentialType.USERNAME_AND_PASSWORD) {
                r.enter(Tag.CREDENTIAL_VALUE);
                credential = new Credential.UsernamePassword(r.text(Tag.USERNAME), r.optText(Tag.PASSWORD));
                r.exit();
            } else if (type == CredentialType.DEVICE) {
                r.enter(Tag.CREDENTIAL_VALUE);
                credential = new Credential.Device(r.optText(Tag.DEVICE_SERIAL_NUMBER), r.optText(Tag.PASSWORD),
                        r.optText(Tag.DEVICE_IDENTIFIER), r.optText(Tag.NETWORK_IDENTIFIER),
                        r.optText(Tag.MACHINE_IDENTIFIER), r.optText(Tag.MEDIA_IDENTIFIER));
                r.exit();
            } else {
                credential = new Credential.Other(type, r.item(Tag.CREDENTIAL_VALUE));
            }
            r.exit();
            credentials.add(credential);
        }
        if (credentials.isEmpty()) {
            throw r.missing(Tag.CREDENTIAL);
        }
        r.exit();
        return new Authentication(credentials);
    }

    private static void writeAuthentication(FieldWriter w, Authentication authentication) {
        w.begin(Tag.AUTHENTICATION);
        for (Credential c : authentication.credentials()) {
            w.begin(Tag.CREDENTIAL);
            w.enumeration(Tag.CREDENTIAL_TYPE, c.credentialType());
            if (c instanceof Credential.UsernamePassword up) {
                w.begin(Tag.CREDENTIAL_VALUE);
                w.text(Tag.USERNAME, up.username());
                w.text(Tag.PASSWORD, up.password());
                w.end();
            } else if (c instanceof Credential.Device d) {
                w.begin(Tag.CREDENTIAL_VALUE);
                w.text(Tag.DEVICE_SERIAL_NUMBER, d.deviceSerialNumber());
                w.text(Tag.PASSWORD, d.password());
                w.text(Tag.DEVICE_IDENTIFIER, d.deviceIdentifier());
                w.text(Tag.NETWORK_IDENTIFIER, d.networkIdentifier());
                w.text(Tag.MACHINE_IDENTIFIER, d.machineIdentifier());
                w.text(Tag.MEDIA_IDENTIFIER, d.mediaIdentifier());
                w.end();
            } else {
                w.raw(((Credential.Other) c).credentialValue());
            }
            w.end();
        }
        w.end();
    }

    private static RequestBatchItem readRequestBatchItem(FieldReader r, int batchCount) {
        r.enter(Tag.BATCH_ITEM);
        int code = r.enumRaw(Tag.OPERATION);
        Operation operation = Operation.fromValue(code);
        Boolean ephemeral = r.optBoolean(Tag.EPHEMERAL);
        byte[] id = r.optBytes(Tag.UNIQUE_BATCH_ITEM_ID);
        if (id == null && batchCount > 1) {
            // KMIP 1.4 §7.2 Table 283: "REQUIRED if Batch Count > 1".
            throw r.missing(Tag.UNIQUE_BATCH_ITEM_ID);
        }
        RequestPayload payload;
        List<TtlvItem> unknown = List.of();
        PayloadCodec<?, ?> codec = PayloadCodecs.find(operation, r.version);
        if (codec == null) {
            payload = new RawPayload(code, rawPayload(r, Tag.REQUEST_PAYLOAD));
        } else {
            r.enter(Tag.REQUEST_PAYLOAD);
            r.collectUnknownHere();
            payload = codec.readRequest(r);
            r.exit();
            unknown = r.takeUnknown();
        }
        List<MessageExtension> extensions = readMessageExtensions(r);
        r.exit();
        return new RequestBatchItem(operation, id, payload, extensions, ephemeral, unknown);
    }

    /** The payload of an operation without codec: kept whole, its fields not checked. */
    private static TtlvItem.Structure rawPayload(FieldReader r, int tag) {
        if (!r.at(tag)) {
            throw r.missing(tag);
        }
        TtlvItem item = r.in.readItem();
        if (item instanceof TtlvItem.Structure s) {
            return s;
        }
        throw r.in.fail(Problem.UNEXPECTED_TYPE, tag, "a payload must be a Structure");
    }

    private static List<MessageExtension> readMessageExtensions(FieldReader r) {
        List<MessageExtension> out = List.of();
        while (r.at(Tag.MESSAGE_EXTENSION)) {
            if (out.isEmpty()) {
                out = new ArrayList<>(1);
            }
            r.enter(Tag.MESSAGE_EXTENSION);
            String vendor = r.text(Tag.VENDOR_IDENTIFICATION);
            boolean critical = r.bool(Tag.CRITICALITY_INDICATOR);
            TtlvItem extension = r.vendorItem(Tag.VENDOR_EXTENSION);
            r.exit();
            out.add(new MessageExtension(vendor, critical, extension));
        }
        return out;
    }

    private static void writeMessageExtensions(FieldWriter w, List<MessageExtension> extensions) {
        for (MessageExtension e : extensions) {
            w.begin(Tag.MESSAGE_EXTENSION);
            w.text(Tag.VENDOR_IDENTIFICATION, e.vendorIdentification());
            w.bool(Tag.CRITICALITY_INDICATOR, e.criticalityIndicator());
            w.raw(e.vendorExtension());
            w.end();
        }
    }

    static void encodeRequest(RequestMessage message, ByteBuf out) {
        FieldWriter w = writerFor(message.header().protocolVersion(), out);
        RequestHeader h = message.header();
        w.out.beginStructure(Tag.REQUEST_MESSAGE);
        w.begin(Tag.REQUEST_HEADER);
        writeProtocolVersion(w.out, h.protocolVersion());
        w.integer(Tag.MAXIMUM_RESPONSE_SIZE, h.maximumResponseSize());
        w.text(Tag.CLIENT_CORRELATION_VALUE, h.clientCorrelationValue());
        w.text(Tag.SERVER_CORRELATION_VALUE, h.serverCorrelationValue());
        writeAsynchronousIndicator(w, h.asynchronousIndicator());
        w.bool(Tag.ATTESTATION_CAPABLE_INDICATOR, h.attestationCapableIndicator());
        w.enumerations(Tag.ATTESTATION_TYPE, h.attestationTypes());
        if (h.authentication() != null) {
            writeAuthentication(w, h.authentication());
        }
        w.enumeration(Tag.BATCH_ERROR_CONTINUATION_OPTION, h.batchErrorContinuationOption());
        w.bool(Tag.BATCH_ORDER_OPTION, h.batchOrderOption());
        w.timeStamp(Tag.TIME_STAMP, h.timeStamp());
        w.raws(h.unknownFields());
        w.out.writeInteger(Tag.BATCH_COUNT, h.batchCount());
        w.end();
        for (RequestBatchItem item : message.batchItems()) {
            w.begin(Tag.BATCH_ITEM);
            writeOperation(w, item.operation(), item.payload(), true);
            w.bool(Tag.EPHEMERAL, item.ephemeral());
            w.bytes(Tag.UNIQUE_BATCH_ITEM_ID, item.uniqueBatchItemId());
            RequestPayload payload = item.payload();
            if (payload instanceof RawPayload raw) {
                w.raw(raw.payload());
            } else {
                w.begin(Tag.REQUEST_PAYLOAD);
                codecFor(item.operation(), w.version).writeAnyRequest(payload, w);
                w.raws(item.unknownFields());
                w.end();
            }
            writeMessageExtensions(w, item.messageExtensions());
            w.end();
        }
        w.out.endStructure();
    }

    // ---- responses

    static ResponseMessage decodeResponse(ByteBuf buf) {
        TtlvReader in = new TtlvReader(buf);
        in.enterStructure(Tag.RESPONSE_MESSAGE);
        in.enterStructure(Tag.RESPONSE_HEADER);
        ProtocolVersion version = readProtocolVersion(in);
        KmipVersion rules = version.rules();
        if (rules == null) {
            throw in.fail(Problem.INVALID_VALUE, Tag.PROTOCOL_VERSION_MAJOR, "protocol version " + version
                    + " is not supported");
        }
        FieldReader r = new FieldReader(in, rules, version.kmipVersion() == rules);
        r.collectUnknownHere();
        Instant timeStamp = r.optTimeStamp(Tag.TIME_STAMP);
        if (timeStamp == null) {
            throw r.missing(Tag.TIME_STAMP);
        }
        TtlvItem nonce = r.optItem(Tag.NONCE);
        byte[] serverHashedPassword = r.optBytes(Tag.SERVER_HASHED_PASSWORD);
        List<AttestationType> attestationTypes = r.enumerations(Tag.ATTESTATION_TYPE, AttestationType::fromValue);
        String clientCorrelation = r.optText(Tag.CLIENT_CORRELATION_VALUE);
        String serverCorrelation = r.optText(Tag.SERVER_CORRELATION_VALUE);
        int batchCount = r.integer(Tag.BATCH_COUNT);
        if (batchCount < 1) {
            throw r.invalid(Tag.BATCH_COUNT, "Batch Count must be at least 1");
        }
        r.exit();
        ResponseHeader header = new ResponseHeader(version, timeStamp, nonce, serverHashedPassword, attestationTypes,
                clientCorrelation, serverCorrelation, batchCount, r.takeUnknown());
        List<ResponseBatchItem> items = new ArrayList<>(batchCount);
        while (r.at(Tag.BATCH_ITEM)) {
            items.add(readResponseBatchItem(r));
        }
        if (items.size() != batchCount) {
            throw in.fail(Problem.MISSING_FIELD, Tag.BATCH_ITEM, items.size() + " batch items but Batch Count "
                    + batchCount);
        }
        r.exit();
        if (in.hasNext()) {
            throw in.fail(Problem.TRAILING_BYTES, 0, "bytes after the Response Message");
        }
        return new ResponseMessage(header, items);
    }

    private static ResponseBatchItem readResponseBatchItem(FieldReader r) {
        r.enter(Tag.BATCH_ITEM);
        int code = r.at(Tag.OPERATION) ? r.in.readEnumeration(Tag.OPERATION) : 0;
        Operation operation = Operation.fromValue(code);
        byte[] id = r.optBytes(Tag.UNIQUE_BATCH_ITEM_ID);
        ResultStatus status = r.enumeration(Tag.RESULT_STATUS, ResultStatus::fromValue);
        ResultReason reason = r.optEnumeration(Tag.RESULT_REASON, ResultReason::fromValue);
        if (status == ResultStatus.OPERATION_FAILED && reason == null) {
            throw r.missing(Tag.RESULT_REASON);
        }
        String message = r.optText(Tag.RESULT_MESSAGE);
        byte[] asyncCorrelation = r.optBytes(Tag.ASYNCHRONOUS_CORRELATION_VALUE);
        ResponsePayload payload = null;
        List<TtlvItem> unknown = List.of();
        if (r.at(Tag.RESPONSE_PAYLOAD)) {
            PayloadCodec<?, ?> codec = status == ResultStatus.SUCCESS ? PayloadCodecs.find(operation, r.version) : null;
            if (codec == null) {
                payload = new RawPayload(code, rawPayload(r, Tag.RESPONSE_PAYLOAD));
            } else {
                r.enter(Tag.RESPONSE_PAYLOAD);
                r.collectUnknownHere();
                payload = codec.readResponse(r);
                r.exit();
                unknown = r.takeUnknown();
            }
        }
        List<MessageExtension> extensions = readMessageExtensions(r);
        r.exit();
        return new ResponseBatchItem(operation, id, status, reason, message, asyncCorrelation, payload, extensions,
                unknown);
    }

    static void encodeResponse(ResponseMessage message, ByteBuf out) {
        FieldWriter w = writerFor(message.header().protocolVersion(), out);
        ResponseHeader h = message.header();
        w.out.beginStructure(Tag.RESPONSE_MESSAGE);
        w.begin(Tag.RESPONSE_HEADER);
        writeProtocolVersion(w.out, h.protocolVersion());
        w.timeStamp(Tag.TIME_STAMP, h.timeStamp());
        w.item(h.nonce());
        w.bytes(Tag.SERVER_HASHED_PASSWORD, h.serverHashedPassword());
        w.enumerations(Tag.ATTESTATION_TYPE, h.attestationTypes());
        w.text(Tag.CLIENT_CORRELATION_VALUE, h.clientCorrelationValue());
        w.text(Tag.SERVER_CORRELATION_VALUE, h.serverCorrelationValue());
        w.raws(h.unknownFields());
        w.out.writeInteger(Tag.BATCH_COUNT, h.batchCount());
        w.end();
        for (ResponseBatchItem item : message.batchItems()) {
            w.begin(Tag.BATCH_ITEM);
            writeOperation(w, item.operation(), item.payload(), false);
            w.bytes(Tag.UNIQUE_BATCH_ITEM_ID, item.uniqueBatchItemId());
            w.enumeration(Tag.RESULT_STATUS, item.resultStatus());
            w.enumeration(Tag.RESULT_REASON, item.resultReason());
            w.text(Tag.RESULT_MESSAGE, item.resultMessage());
            w.bytes(Tag.ASYNCHRONOUS_CORRELATION_VALUE, item.asynchronousCorrelationValue());
            ResponsePayload payload = item.payload();
            if (payload instanceof RawPayload raw) {
                w.raw(raw.payload());
            } else if (payload != null) {
                w.begin(Tag.RESPONSE_PAYLOAD);
                codecFor(item.operation(), w.version).writeAnyResponse(payload, w);
                w.raws(item.unknownFields());
                w.end();
            }
            writeMessageExtensions(w, item.messageExtensions());
            w.end();
        }
        w.out.endStructure();
    }

    // ---- shared pieces

    private static FieldWriter writerFor(ProtocolVersion version, ByteBuf out) {
        KmipVersion rules = version.rules();
        if (rules == null) {
            throw new IllegalArgumentException("protocol version " + version + " is not supported");
        }
        return new FieldWriter(new TtlvWriter(out), rules);
    }

    private static PayloadCodec<?, ?> codecFor(Operation operation, KmipVersion version) {
        PayloadCodec<?, ?> codec = PayloadCodecs.find(operation, version);
        if (codec == null) {
            throw new IllegalArgumentException("no " + operation + " payload in KMIP " + version.label());
        }
        return codec;
    }

    /** The Operation: the enum's value, or for a raw payload of an undefined operation its raw code. */
    /**
     * Operation is required in a request batch item (KMIP 1.4 §7.2 Table 283), so a request writes
     * whatever code it carries, 0 included; in a response an absent Operation is read as code 0 and
     * is not written back.
     */
    private static void writeOperation(FieldWriter w, Operation operation, Object payload, boolean request) {
        if (operation != null) {
            w.out.writeEnumeration(Tag.OPERATION, operation.value());
        } else if (payload instanceof RawPayload raw && (request || raw.operationCode() != 0)) {
            w.out.writeEnumeration(Tag.OPERATION, raw.operationCode());
        }
    }

    /** Protocol Version (KMIP 1.4 §6.1 Table 261): Major, Minor. Shared instances for known versions. */
    static ProtocolVersion readProtocolVersion(TtlvReader in) {
        in.enterStructure(Tag.PROTOCOL_VERSION);
        int major = in.readInteger(Tag.PROTOCOL_VERSION_MAJOR);
        int minor = in.readInteger(Tag.PROTOCOL_VERSION_MINOR);
        in.exitStructure();
        return ProtocolVersion.of(major, minor);
    }

    static void writeProtocolVersion(TtlvWriter out, ProtocolVersion version) {
        out.beginStructure(Tag.PROTOCOL_VERSION);
        out.writeInteger(Tag.PROTOCOL_VERSION_MAJOR, version.major());
        out.writeInteger(Tag.PROTOCOL_VERSION_MINOR, version.minor());
        out.endStructure();
    }
}
