package id.sopflow.sop;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import id.sopflow.mutubaku.IndonesianTime;
import id.sopflow.reporting.ReportFormat;
import id.sopflow.reporting.ReportPdf;
import id.sopflow.reporting.StepRecord;

/**
 * The page every SOP's case report shares: the SOP's letterhead, the title in capitals and the SOP's number, the
 * header (unit, the SOP's own fields, when it was composed, the case), lettered sections (A., B., …), the review rounds
 * as one table, each step against its mutu baku, and the closing line that says the report was composed from the
 * SOP's records. An SOP's renderer supplies only its {@link Frame} and its own sections.
 */
public final class CaseReportLayout {

    /** The heading of the section that measures each step against its mutu baku. */
    public static final String TIMELINE = "Waktu pelaksanaan setiap langkah terhadap mutu baku";

    /**
     * What stays the same for every report of one SOP.
     *
     * @param letterhead the kop, one line each
     * @param title      the report's title; printed in capitals
     * @param sopLine    printed centred under the title, e.g. the SOP's number; null for none
     */
    public record Frame(List<String> letterhead, String title, String sopLine) {
    }

    /**
     * One decision of a review step as the report shows it.
     *
     * @param gate     which reviewer's gate, for a process with several (PPID: Seksi PDDI, Ketua PPID); null for one
     * @param reviewer the reviewer's display name
     */
    public record Decision(String gate, int round, String reviewer, Instant at, boolean approved, String reason) {
    }

    /**
     * How an SOP words its review table.
     *
     * @param reviewerHeader e.g. "Diverifikasi oleh"
     * @param approved       the Ya decision, e.g. "Terverifikasi"
     * @param refused        the Tidak decision, e.g. "Dikembalikan untuk diperbaiki"
     * @param none           what is printed when nothing was decided yet
     */
    public record ReviewWords(String reviewerHeader, String approved, String refused, String none) {
    }

    private final ReportPdf pdf;
    private final ZoneId zone;
    private char nextSection = 'A';

    private CaseReportLayout(ReportPdf pdf, ZoneId zone) {
        this.pdf = pdf;
        this.zone = zone;
    }

    /**
     * Starts the report with its letterhead, title and header.
     *
     * @param documentTitle the PDF's title in its properties
     * @param footer        printed before the page number on every page
     * @param unitLabel     how the SOP calls its unit ("Desa", "Organisasi", …); null when the letterhead says it
     * @param fields        the SOP's own header fields, between the unit and the time of composing
     * @param caseId        the process instance; null for a report over many cases
     */
    public static CaseReportLayout open(Frame frame, String documentTitle, String footer, String unitLabel,
                                        String unitName, Map<String, String> fields, Instant composedAt,
                                        String caseId, ZoneId zone) {
        ReportPdf pdf = new ReportPdf(documentTitle, footer)
                .letterhead(frame.letterhead())
                .title(frame.title().toUpperCase(Locale.ROOT));
        if (frame.sopLine() != null) {
            pdf.centredLine(frame.sopLine());
        }
        Map<String, String> header = new LinkedHashMap<>();
        if (unitLabel != null) {
            header.put(unitLabel, unitName);
        }
        header.putAll(fields);
        header.put("Disusun pada", time(composedAt, zone));
        if (caseId != null) {
            header.put("Nomor kasus", caseId);
        }
        pdf.fields(header);
        return new CaseReportLayout(pdf, zone);
    }

    /** The next lettered section, its body written by the SOP. */
    public CaseReportLayout section(String heading, Consumer<ReportPdf> body) {
        pdf.heading(nextSection++ + ". " + heading);
        body.accept(pdf);
        return this;
    }

    /** More of the current section, e.g. a note after the review table. */
    public CaseReportLayout more(Consumer<ReportPdf> body) {
        body.accept(pdf);
        return this;
    }

    /**
     * A section with every review decision in a table, after the SOP's own summary sentence; a gate column when the
     * process has several review steps.
     */
    public CaseReportLayout reviewRounds(String heading, List<Decision> decisions, ReviewWords words,
                                         String summary) {
        return section(heading, page -> {
            if (decisions.isEmpty()) {
                page.paragraph(words.none());
                return;
            }
            page.paragraph(summary);
            boolean gates = decisions.stream().anyMatch(decision -> decision.gate() != null);
            List<List<String>> rows = new ArrayList<>();
            for (Decision decision : decisions) {
                List<String> row = new ArrayList<>();
                if (gates) {
                    row.add(ReportFormat.orDash(decision.gate()));
                }
                row.addAll(List.of(String.valueOf(decision.round()), ReportFormat.orDash(decision.reviewer()),
                        time(decision.at(), zone), decision.approved() ? words.approved() : words.refused(),
                        decision.approved() ? "-" : ReportFormat.orDash(decision.reason())));
                rows.add(row);
            }
            List<String> headers = List.of("Putaran", words.reviewerHeader(), "Waktu", "Keputusan", "Alasan");
            if (gates) {
                List<String> withGate = new ArrayList<>(List.of("Pemeriksa"));
                withGate.addAll(headers);
                page.table(new float[] {16, 8, 22, 20, 8, 26}, withGate, rows);
            } else {
                page.table(new float[] {9, 22, 21, 17, 31}, headers, rows);
            }
        });
    }

    /** The section of every step against its mutu baku, under {@link #TIMELINE}. */
    public CaseReportLayout timeline(List<StepRecord> steps) {
        return timeline(TIMELINE, steps);
    }

    public CaseReportLayout timeline(String heading, List<StepRecord> steps) {
        return section(heading, page -> page.stepTimeline(steps, zone));
    }

    /** A time in the unit's zone, "-" when unknown. */
    public String time(Instant instant) {
        return time(instant, zone);
    }

    /**
     * Closes the report with the line that says where it came from and how it is kept.
     *
     * @param pencatatan how the SOP keeps it, e.g. "disimpan sebagai laporan sesuai ketentuan pencatatan SOP X."
     */
    public byte[] close(String pencatatan) {
        return close("Laporan", pencatatan);
    }

    /** @param kind "Laporan", "Rekap", … */
    public byte[] close(String kind, String pencatatan) {
        pdf.paragraph(kind + " ini disusun otomatis oleh sopflow dari catatan pelaksanaan SOP dan " + pencatatan);
        return pdf.finish();
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "-" : IndonesianTime.format(instant, zone);
    }
}
