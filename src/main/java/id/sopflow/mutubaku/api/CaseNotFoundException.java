package id.sopflow.mutubaku.api;

/** A case that does not exist or lies outside the caller's scope: the two look the same to the caller. */
class CaseNotFoundException extends RuntimeException {

    CaseNotFoundException(String message) {
        super(message);
    }
}
