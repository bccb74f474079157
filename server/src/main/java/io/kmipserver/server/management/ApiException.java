package io.kmipserver.server.management;

/**
 * A failure the caller is told about: an HTTP status, a stable error code and a message safe to show
 * (never internal text: anything unexpected becomes a 500 with an incident id instead).
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** 400: malformed JSON, a missing or invalid field or parameter. */
    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    /** 403: the caller's certificate has no role, or not the one this call needs. */
    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    /** 404: no such resource (or route). */
    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    /** 409: the request conflicts with the resource's state (name taken, still in use, Active key). */
    public static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message);
    }

    /** 415: a request body that is not JSON. */
    public static ApiException unsupportedMediaType(String message) {
        return new ApiException(415, "unsupported_media_type", message);
    }

    /** 422: well-formed, but this server cannot do it as configured (e.g. no CA key to sign a CSR). */
    public static ApiException unprocessable(String message) {
        return new ApiException(422, "unprocessable", message);
    }
}
