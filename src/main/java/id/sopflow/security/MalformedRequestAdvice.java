package id.sopflow.security;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;

/**
 * A broken multipart body sent to any of sopflow's own endpoints (the citizens' question form, the APIs) fails
 * before any controller runs, and Spring answers it as a server error: it is the sender's mistake, so 400 with a
 * message in Bahasa Indonesia. Lowest precedence: an endpoint's own advice answers first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class MalformedRequestAdvice {

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, String>> brokenMultipart(MultipartException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("pesan", "Permintaan tidak sah: isi multipart rusak atau tidak lengkap."));
    }
}
