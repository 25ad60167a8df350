package id.sopflow.sop.sipa;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;

import id.sopflow.identity.AsSystem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff hand in a question or complaint the public sent another way (a letter, a WhatsApp message, the desa's
 * counter): {@code POST /api/sipa/laporan/{kodePublik}/pertanyaan} with {@code {"nama", "kontak", "isi"}}. Only
 * staff of the report's desa or kecamatan may do so.
 */
@RestController
@RequestMapping("/api/sipa/laporan")
class SipaQuestionController {

    private final SipaQuestions questions;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    SipaQuestionController(SipaQuestions questions, RuntimeService runtimeService, IdentityService identityService) {
        this.questions = questions;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    record Question(String nama, String kontak, String isi) {
    }

    @PostMapping("/{kodePublik}/pertanyaan")
    ResponseEntity<Map<String, String>> submit(@PathVariable String kodePublik, @RequestBody(required = false) Question body) {
        if (body == null) {
            return message(HttpStatus.BAD_REQUEST, "Kirim pertanyaan sebagai JSON: {\"nama\", \"kontak\", \"isi\"}.");
        }
        Authentication caller = identityService.getCurrentAuthentication();
        String trackingCode = AsSystem.run(identityService, () -> {
            if (!callerMaySee(caller, kodePublik)) {
                throw new SipaQuestions.ReportNotFoundException("Laporan dengan kode " + kodePublik + " tidak ditemukan.");
            }
            return questions.submit(kodePublik, body.nama(), body.kontak(), body.isi());
        });
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("pertanyaanId", trackingCode,
                "pesan", "Pertanyaan diterima dan diteruskan kepada admin dan pemerintah desa."));
    }

    /** Existence of another desa's report is not revealed: it is simply not found. */
    private boolean callerMaySee(Authentication caller, String kodePublik) {
        ProcessInstance report = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(SipaVariables.PROCESS_KEY)
                .processInstanceBusinessKey(kodePublik)
                .singleResult();
        return report == null || (caller != null && caller.getTenantIds() != null
                && caller.getTenantIds().contains(report.getTenantId()));
    }

    @ExceptionHandler(SipaQuestions.InvalidQuestionException.class)
    ResponseEntity<Map<String, String>> invalid(RuntimeException e) {
        return message(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(SipaQuestions.ReportNotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(RuntimeException e) {
        return message(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(SipaQuestions.FeedbackClosedException.class)
    ResponseEntity<Map<String, String>> closed(RuntimeException e) {
        return message(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable() {
        return message(HttpStatus.BAD_REQUEST, "Isi permintaan bukan JSON yang sah: {\"nama\", \"kontak\", \"isi\"}.");
    }

    private static ResponseEntity<Map<String, String>> message(HttpStatus status, String text) {
        return ResponseEntity.status(status).body(Map.of("pesan", text));
    }
}
