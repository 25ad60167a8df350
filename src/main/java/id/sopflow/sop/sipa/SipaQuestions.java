package id.sopflow.sop.sipa;

import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

import id.sopflow.ConcurrentUpdates;

/**
 * Hands one question or complaint from the public to the report it is about (row 4): it opens an 8-hour
 * "Tanggapi pertanyaan/keluhan masyarakat" task in that report's case while its feedback window is open.
 *
 * <p>The message contract: message {@value SipaVariables#MESSAGE_PERTANYAAN}, correlated by the report's public
 * code (the business key), with the variables {@code pertanyaanId}, {@code pertanyaanNama},
 * {@code pertanyaanKontak}, {@code pertanyaanIsi}, {@code pertanyaanDiterima} and {@code pertanyaanKomentarId}. The answer task copies them
 * into its own scope as it starts (input mapping), together with an empty {@code tanggapan}, so that several
 * questions and their answers never overwrite each other.
 */
@Service
public class SipaQuestions {

    public static final int MAX_ISI = 2000;
    public static final int MAX_NAMA = 100;
    static final int MAX_KONTAK = 100;

    private final RuntimeService runtimeService;

    public SipaQuestions(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * @return the question's tracking code
     * @throws InvalidQuestionException when the question is empty or too long (nothing is stored)
     * @throws ReportNotFoundException  when no report has this public code
     * @throws FeedbackClosedException  when the report's feedback window is closed (nothing is stored)
     */
    public String submit(String kodePublik, String nama, String kontak, String isi) {
        return submit(kodePublik, nama, kontak, isi, null);
    }

    /**
     * As {@link #submit(String, String, String, String)}, for a question that came as a comment on the report's
     * Facebook post.
     *
     * @param facebookCommentId the comment, so that the answer can be replied to it; null for other questions
     */
    public String submit(String kodePublik, String nama, String kontak, String isi, String facebookCommentId) {
        String question = trimToNull(isi);
        if (question == null) {
            throw new InvalidQuestionException("Isi pertanyaan atau keluhan wajib diisi.");
        }
        if (question.length() > MAX_ISI) {
            throw new InvalidQuestionException("Isi pertanyaan atau keluhan paling banyak " + MAX_ISI + " karakter.");
        }
        if (nama != null && nama.length() > MAX_NAMA) {
            throw new InvalidQuestionException("Nama paling banyak " + MAX_NAMA + " karakter.");
        }
        if (kontak != null && kontak.length() > MAX_KONTAK) {
            throw new InvalidQuestionException("Kontak paling banyak " + MAX_KONTAK + " karakter.");
        }
        ProcessInstance report = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(SipaVariables.PROCESS_KEY)
                .processInstanceBusinessKey(kodePublik)
                .singleResult();
        if (report == null) {
            throw new ReportNotFoundException("Laporan dengan kode " + kodePublik + " tidak ditemukan.");
        }
        // The window's subprocess stays open after its end until the last answer is given; new questions may not.
        Date windowEnd = SipaVariables.AKHIR_MASA_TANGGAPAN.fromCase(runtimeService, report.getId()).orElse(null);
        if (windowEnd == null || !ClockUtil.getCurrentTime().before(windowEnd)) {
            throw closed();
        }
        String trackingCode = UUID.randomUUID().toString();
        VariableMap local = Variables.createVariables()
                .putValue(SipaVariables.PERTANYAAN_ID.name(), trackingCode)
                .putValue(SipaVariables.PERTANYAAN_NAMA.name(), trimToNull(nama))
                .putValue(SipaVariables.PERTANYAAN_KONTAK.name(), trimToNull(kontak))
                .putValue(SipaVariables.PERTANYAAN_ISI.name(), question)
                .putValue(SipaVariables.PERTANYAAN_DITERIMA.name(), Date.from(ClockUtil.getCurrentTime().toInstant()))
                // Always set, null included: the diagram's condition reads it.
                .putValue(SipaVariables.PERTANYAAN_KOMENTAR_ID.name(), facebookCommentId)
                // The question's own answer slot: the answer task hands its answer out to here, never to the case.
                .putValue(SipaVariables.TANGGAPAN.name(), null);
        try {
            // Questions to one report arriving together collide in the case's executions; each is repeated until
            // it is stored (inside a caller's transaction, the caller repeats).
            ConcurrentUpdates.retried(() -> runtimeService.createMessageCorrelation(SipaVariables.MESSAGE_PERTANYAAN)
                    .processInstanceBusinessKey(kodePublik)
                    // Into the question's own event-subprocess scope: "local" would be the window's scope, shared by
                    // every question, where a later question overwrites the earlier one's values.
                    .setVariablesToTriggeredScope(local)
                    .correlateWithResult());
        } catch (MismatchingMessageCorrelationException notListening) {
            throw closed();
        }
        return trackingCode;
    }

    private static FeedbackClosedException closed() {
        return new FeedbackClosedException("Masa tanggapan untuk laporan ini belum dibuka atau sudah berakhir; "
                + "pertanyaan tidak disimpan.");
    }

    private static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Bad input from the public or a staff member. */
    public static class InvalidQuestionException extends RuntimeException {
        InvalidQuestionException(String message) {
            super(message);
        }
    }

    public static class ReportNotFoundException extends RuntimeException {
        public ReportNotFoundException(String message) {
            super(message);
        }
    }

    public static class FeedbackClosedException extends RuntimeException {
        FeedbackClosedException(String message) {
            super(message);
        }
    }
}
