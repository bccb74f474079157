package io.kmipserver.bench.load;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.attribute.RevocationReason;
import io.kmipserver.codec.message.KmipMessages;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.message.ResponseMessage;
import io.kmipserver.codec.payload.ActivateRequest;
import io.kmipserver.codec.payload.CreateRequest;
import io.kmipserver.codec.payload.DestroyRequest;
import io.kmipserver.codec.payload.DiscoverVersionsRequest;
import io.kmipserver.codec.payload.GetRequest;
import io.kmipserver.codec.payload.RequestPayload;
import io.kmipserver.codec.payload.RevokeRequest;
import io.kmipserver.codec.payload.UniqueIdentifierRef;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.CryptographicUsageMask;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.RevocationReasonCode;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvDecodeException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import javax.net.ssl.SSLSocket;

/**
 * A minimal blocking KMIP client over one TLS socket: one single-item request at a time, the
 * response read as one frame (KMIP 1.4 §9.1: an 8-byte TTLV header, tag Response Message 0x42007B,
 * type Structure, then the declared length) whose size is checked against a bound before any body
 * byte is buffered.
 *
 * <p>Not thread-safe: owned by one {@link ConnectionWorker}. Request and frame buffers are reused.
 */
final class KmipClient implements Closeable {

    /** Length of the TTLV item header: tag (3), type (1), length (4) — KMIP 1.4 §9.1.1. */
    static final int HEADER_LENGTH = 8;

    private static final byte TYPE_STRUCTURE = 0x01;

    /** AES-256 for Encrypt and Decrypt: the attributes every KMIP server needs to create a key. */
    private static final Attributes AES_256 = Attributes.of(
            Attribute.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES),
            Attribute.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256),
            Attribute.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK,
                    CryptographicUsageMask.ENCRYPT.value() | CryptographicUsageMask.DECRYPT.value()));

    private static final CreateRequest CREATE_AES_256 =
            new CreateRequest(ObjectType.SYMMETRIC_KEY, AES_256, List.of(), null);

    /** Revoked for a reason other than compromise: Active → Deactivated (KMIP 1.4 §4.20). */
    private static final RevocationReason CESSATION =
            new RevocationReason(RevocationReasonCode.CESSATION_OF_OPERATION, null);

    private final SSLSocket socket;
    private final InputStream in;
    private final OutputStream out;
    private final ProtocolVersion version;
    private final int maxResponseBytes;
    private final ByteBuf request = Unpooled.buffer(1024);
    private byte[] frame = new byte[4096];

    /**
     * @param socket a connected socket whose handshake is complete; closed by {@link #close()}
     * @param version the Protocol Version of every request
     * @param maxResponseBytes the largest response frame accepted, header included
     */
    KmipClient(SSLSocket socket, ProtocolVersion version, int maxResponseBytes) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = new BufferedOutputStream(socket.getOutputStream(), 8192);
        this.version = version;
        this.maxResponseBytes = maxResponseBytes;
    }

    static RequestPayload create() {
        return CREATE_AES_256;
    }

    static RequestPayload activate(String uniqueIdentifier) {
        return new ActivateRequest(UniqueIdentifierRef.of(uniqueIdentifier));
    }

    static RequestPayload get(String uniqueIdentifier) {
        return GetRequest.of(uniqueIdentifier);
    }

    static RequestPayload revoke(String uniqueIdentifier) {
        return new RevokeRequest(UniqueIdentifierRef.of(uniqueIdentifier), CESSATION, null);
    }

    static RequestPayload destroy(String uniqueIdentifier) {
        return new DestroyRequest(UniqueIdentifierRef.of(uniqueIdentifier));
    }

    static RequestPayload discoverVersions() {
        return new DiscoverVersionsRequest(List.of());
    }

    /**
     * Sends {@code payload} as a one-item request and returns the response's batch item.
     *
     * @throws IOException when the connection fails, a read times out, or the response is not one
     *     well-formed frame within the bound; the connection is unusable afterwards
     * @throws UnexpectedResponseException when the frame arrived whole but is not a decodable
     *     one-item response; the connection stays usable
     */
    ResponseBatchItem call(RequestPayload payload) throws IOException {
        request.clear();
        KmipMessages.encodeRequest(RequestMessage.of(version, payload), request);
        out.write(request.array(), request.arrayOffset() + request.readerIndex(), request.readableBytes());
        out.flush();
        int length = readFrame();
        ResponseMessage response;
        try {
            response = KmipMessages.decodeResponse(Unpooled.wrappedBuffer(frame, 0, length));
        } catch (TtlvDecodeException | IllegalArgumentException e) {
            throw new UnexpectedResponseException("undecodable response: " + e.getMessage(), e);
        }
        if (response.batchItems().size() != 1) {
            throw new UnexpectedResponseException("expected one batch item, got " + response.batchItems().size(),
                    null);
        }
        return response.batchItems().get(0);
    }

    /** Reads one response frame into {@link #frame}; returns its length, header included. */
    private int readFrame() throws IOException {
        readFully(0, HEADER_LENGTH);
        int tag = ((frame[0] & 0xFF) << 16) | ((frame[1] & 0xFF) << 8) | (frame[2] & 0xFF);
        if (tag != Tag.RESPONSE_MESSAGE || frame[3] != TYPE_STRUCTURE) {
            throw new IOException(String.format("response does not start with a Response Message structure "
                    + "(tag 0x%06X, type 0x%02X)", tag, frame[3]));
        }
        long bodyLength = ((frame[4] & 0xFFL) << 24) | ((frame[5] & 0xFF) << 16) | ((frame[6] & 0xFF) << 8)
                | (frame[7] & 0xFF);
        if (bodyLength > maxResponseBytes - HEADER_LENGTH) {
            throw new IOException("response of " + (bodyLength + HEADER_LENGTH) + " bytes exceeds the bound of "
                    + maxResponseBytes);
        }
        int total = HEADER_LENGTH + (int) bodyLength;
        if (frame.length < total) {
            byte[] larger = new byte[Math.max(total, frame.length * 2)];
            System.arraycopy(frame, 0, larger, 0, HEADER_LENGTH);
            frame = larger;
        }
        readFully(HEADER_LENGTH, total);
        return total;
    }

    private void readFully(int from, int to) throws IOException {
        int at = from;
        while (at < to) {
            int n = in.read(frame, at, to - at);
            if (n < 0) {
                throw new EOFException("server closed the connection after " + at + " of " + to + " bytes");
            }
            at += n;
        }
    }

    /** The negotiated protocol and cipher suite, e.g. {@code TLSv1.3 TLS_AES_128_GCM_SHA256}. */
    String tlsDescription() {
        return socket.getSession().getProtocol() + " " + socket.getSession().getCipherSuite();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
