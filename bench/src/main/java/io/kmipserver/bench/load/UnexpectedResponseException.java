package io.kmipserver.bench.load;

/**
 * A response frame that arrived whole but is not what a one-item request must get back: it does not
 * decode, or it has another number of batch items. Counted as an error of the operation; unlike an
 * {@link java.io.IOException}, the connection stays usable because the frame was read to its end.
 */
final class UnexpectedResponseException extends RuntimeException {
    private static final long serialVersionUID = 1L;


    UnexpectedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
