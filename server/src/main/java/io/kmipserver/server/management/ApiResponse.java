package io.kmipserver.server.management;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a handler answers: a status with a JSON or text body, or a stream (Server-Sent Events) that
 * stays open after the headers.
 *
 * @param body the bytes to send; empty for 204 and for a stream
 * @param headers extra response headers (e.g. {@code Allow} of a 405)
 * @param stream for {@code text/event-stream} answers, what feeds the open connection; else {@code null}
 */
public record ApiResponse(int status, String contentType, byte[] body, StreamBody stream, Map<String, String> headers) {

    public static final String JSON = "application/json";

    public ApiResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    private ApiResponse(int status, String contentType, byte[] body, StreamBody stream) {
        this(status, contentType, body, stream, Map.of());
    }

    /** This response with one more header. */
    public ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, contentType, body, stream, more);
    }

    public static ApiResponse json(int status, JsonNode document) {
        return new ApiResponse(status, JSON, Json.bytes(document), null);
    }

    public static ApiResponse ok(JsonNode document) {
        return json(200, document);
    }

    public static ApiResponse created(JsonNode document) {
        return json(201, document);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, JSON, new byte[0], null);
    }

    public static ApiResponse text(int status, String contentType, String text) {
        return new ApiResponse(status, contentType, text.getBytes(StandardCharsets.UTF_8), null);
    }

    /** The error document for an {@link ApiException}. */
    public static ApiResponse error(ApiException e) {
        return json(e.status(), Json.error(e.code(), e.getMessage()));
    }

    /**
     * A response that stays open: 200 with {@code contentType} and chunked transfer; {@code body} is
     * handed an {@link EventStream} once the headers are written.
     */
    public static ApiResponse stream(String contentType, StreamBody body) {
        return new ApiResponse(200, contentType, new byte[0], Objects.requireNonNull(body, "body"));
    }

    public boolean isStream() {
        return stream != null;
    }

    /** Feeds a streaming response. */
    @FunctionalInterface
    public interface StreamBody {
        /** Called on the connection's event loop once the headers are written; must not block. */
        void open(EventStream stream);
    }

    /** The open connection of a streaming response. Thread-safe. */
    public interface EventStream {
        /** Writes and flushes one chunk; false once the connection is closed. */
        boolean send(String chunk);

        /** Ends the response and closes the connection. */
        void close();

        /** Runs {@code action} once when the connection closes, whoever closed it. */
        void onClose(Runnable action);
    }
}
