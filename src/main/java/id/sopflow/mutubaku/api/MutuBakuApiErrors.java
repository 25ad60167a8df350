package id.sopflow.mutubaku.api;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.ErrorResponse;

/**
 * Errors of the mutu-baku API as {@code {"pesan": "..."}} in Bahasa Indonesia, never a stack trace. The body is
 * JSON even when the caller asked for CSV: an error is not a report.
 */
@RestControllerAdvice(basePackageClasses = MutuBakuController.class)
class MutuBakuApiErrors {

    private static final Logger log = LoggerFactory.getLogger(MutuBakuApiErrors.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Map<String, String>> invalidRequest(InvalidRequestException e) {
        return message(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<Map<String, String>> forbidden(AuthorizationException e) {
        log.info("Akses ditolak mesin proses untuk {}: {}", e.getUserId(), e.getMessage());
        return message(HttpStatus.FORBIDDEN, "Anda tidak berwenang melihat sebagian data yang diminta. "
                + "Hubungi administrator sopflow bila ini keliru.");
    }

    /** Spring's own request errors (wrong method, unacceptable format) keep their status. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e) {
        if (e instanceof ErrorResponse springError && springError.getStatusCode().is4xxClientError()) {
            return message(springError.getStatusCode(), "Permintaan tidak dapat dilayani ("
                    + springError.getStatusCode().value() + "). Periksa metode, alamat dan format yang diminta.");
        }
        log.error("Kesalahan tak terduga pada API mutu baku", e);
        return message(HttpStatus.INTERNAL_SERVER_ERROR,
                "Terjadi kesalahan pada server. Coba lagi nanti atau hubungi administrator sopflow.");
    }

    private static ResponseEntity<Map<String, String>> message(HttpStatusCode status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("pesan", message));
    }
}
