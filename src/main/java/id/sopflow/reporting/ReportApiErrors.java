package id.sopflow.reporting;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A failing download (the database is unreachable) as {@code {"pesan": "..."}} in Bahasa Indonesia. */
@RestControllerAdvice(assignableTypes = ReportController.class)
class ReportApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ReportApiErrors.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e) {
        log.error("Kesalahan tak terduga saat mengunduh laporan", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("pesan", "Laporan tidak dapat diambil karena kesalahan pada server. "
                        + "Coba lagi nanti atau hubungi administrator sopflow."));
    }
}
