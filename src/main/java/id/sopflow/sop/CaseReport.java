package id.sopflow.sop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import id.sopflow.ProcessVariable;
import id.sopflow.mutubaku.WorkingTimeCalendar;
import id.sopflow.reporting.ReportArchive;

/**
 * What one SOP's case report is made of: the small per-SOP part of {@link CaseReportStep}. The step does the rest
 * the same way for every SOP (savepoint, calendar, reading history as the system, archive, id/url variables).
 * A report is any document the case archives from its committed history: the PDFs for the supervisor, and the
 * Prodeskel worksheet of a verified kampung as CSV.
 *
 * @param <D> the report's data, read from the case's history
 */
public interface CaseReport<D> {

    /** The SOP the report belongs to, for the archive and the working-time calendar. */
    String processKey(DelegateExecution execution);

    /** The SOP whose working-time calendar measures the report; a recap of another process reads that one's. */
    default String calendarKey(DelegateExecution execution) {
        return processKey(execution);
    }

    /** What the report reads from the history, for the savepoint message, e.g. "laporan perkembangan". */
    String reads();

    /** The desa or organisation the report belongs to: the case's tenant. */
    default String unitId(DelegateExecution execution) {
        return execution.getTenantId();
    }

    /** The report's data, read with the system's rights (the history of every participant of the case). */
    D collect(DelegateExecution execution, WorkingTimeCalendar calendar, Instant now);

    /** The document, of {@link #contentType()}. */
    byte[] render(D data);

    /** What {@link #render} produces; a PDF by default. */
    default String contentType() {
        return ReportArchive.PDF;
    }

    /** What a reader sees in the archive's lists. */
    String title(DelegateExecution execution, D data);

    /** @param day the day the report was composed, in the unit's time zone */
    String fileName(DelegateExecution execution, D data, String unitId, LocalDate day);

    /** Receives the archived report's id, where a later step needs it; the download path alone otherwise. */
    Optional<ProcessVariable<String>> idVariable();

    /** Receives the archived report's download path. */
    ProcessVariable<String> urlVariable();

    /**
     * Anything else the next step reads from the report's data, e.g. a summary for a form or an export archived
     * beside the report; called once the report is archived. None by default.
     */
    default void keep(DelegateExecution execution, D data) {
    }
}
