package id.sopflow.mutubaku.api;

/** A request the API cannot answer as asked; the message, in Bahasa Indonesia, tells the caller what to change. */
class InvalidRequestException extends RuntimeException {

    InvalidRequestException(String message) {
        super(message);
    }
}
