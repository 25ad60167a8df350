package id.sopflow.reporting;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.sopflow.mutubaku.DurationWords;
import id.sopflow.mutubaku.IndonesianTime;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

/**
 * An A4 report in the shape of an Indonesian government document: letterhead (kop) over a double rule, a centred
 * title, numbered sections, label/value blocks and ruled tables, page numbers in the footer. Standard PDF fonts
 * (Helvetica, WinAnsi): every character of Bahasa Indonesia is covered; characters outside Latin-1 (emoji) are
 * dropped. Vertical space comes from leading and table spacing only: OpenPDF draws a paragraph's spacing as an
 * invisible space on its own line, which text extraction (copy and paste, screen readers) reads into the line above.
 * The fonts and the header shade are public so that sopflow's other printed documents (the SOP in the Permenpan layout)
 * look the same.
 */
public final class ReportPdf {

    private static final Font LETTERHEAD = new Font(Font.HELVETICA, 13, Font.BOLD);
    public static final Font TITLE = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 10.5f, Font.BOLD);
    public static final Font TEXT = new Font(Font.HELVETICA, 9.5f, Font.NORMAL);
    public static final Font LABEL = new Font(Font.HELVETICA, 9.5f, Font.BOLD);
    public static final Font CELL = new Font(Font.HELVETICA, 8, Font.NORMAL);
    public static final Font CELL_HEADER = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Font LINK = new Font(Font.HELVETICA, 9.5f, Font.UNDERLINE, new Color(0, 70, 160));
    public static final Font FOOTER = new Font(Font.HELVETICA, 7.5f, Font.NORMAL, Color.DARK_GRAY);
    public static final Color HEADER_SHADE = new Color(225, 230, 238);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 50, 50, 40, 50);

    /**
     * @param title  the document's title in its properties
     * @param footer printed before the page number on every page
     */
    public ReportPdf(String title, String footer) {
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("sopflow");
        HeaderFooter pageFooter = new HeaderFooter(new Phrase(footer + " — halaman ", FOOTER), true);
        pageFooter.setAlignment(Element.ALIGN_CENTER);
        pageFooter.setBorder(Rectangle.TOP);
        pageFooter.setBorderColor(Color.GRAY);
        document.setFooter(pageFooter);
        document.open();
    }

    /** The kop: each line centred and bold, then the double rule. */
    public ReportPdf letterhead(List<String> lines) {
        for (String line : lines) {
            add(centred(line, LETTERHEAD, 16));
        }
        add(rule(8, 2f));
        add(rule(3, 0.6f));
        return this;
    }

    public ReportPdf title(String title) {
        add(centred(title, TITLE, 34));
        return this;
    }

    public ReportPdf centredLine(String text) {
        add(centred(text, TEXT, 14));
        return this;
    }

    public ReportPdf heading(String text) {
        add(new Paragraph(28, text, HEADING));
        return this;
    }

    public ReportPdf paragraph(String text) {
        add(new Paragraph(16, text, TEXT));
        return this;
    }

    /** Label/value lines, e.g. "Judul : ...", without rules. */
    public ReportPdf fields(Map<String, String> fields) {
        PdfPTable table = new PdfPTable(new float[] {28, 2, 70});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(4);
        fields.forEach((label, value) -> {
            table.addCell(plain(label, LABEL));
            table.addCell(plain(":", TEXT));
            table.addCell(plain(ReportFormat.orDash(value), TEXT));
        });
        add(table);
        return this;
    }

    /** Clickable links, one per line. */
    public ReportPdf links(List<String> urls) {
        for (String url : urls) {
            Paragraph line = new Paragraph(14);
            line.add(new Chunk("• ", TEXT));
            line.add(new Chunk(url, LINK).setAnchor(url));
            add(line);
        }
        return this;
    }

    /**
     * A ruled table; the header row repeats on every page it spans.
     *
     * @param widths relative column widths
     */
    public ReportPdf table(float[] widths, List<String> headers, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = ruled(header, CELL_HEADER);
            cell.setBackgroundColor(HEADER_SHADE);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            row.forEach(value -> table.addCell(ruled(ReportFormat.orDash(value), CELL)));
        }
        add(table);
        return this;
    }

    /**
     * Every step of a case against its mutu baku: how many finished on time and how many were recorded late, then one
     * row per step with its start and end (in the organisation's zone) and its duration in working time.
     */
    public ReportPdf stepTimeline(List<StepRecord> steps, ZoneId zone) {
        if (steps.isEmpty()) {
            return paragraph("Belum ada langkah yang tercatat.");
        }
        long done = steps.stream().filter(step -> step.state() == StepRecord.State.DONE).count();
        long onTime = steps.stream().filter(step -> Boolean.TRUE.equals(step.onTime())).count();
        long recordedLate = steps.stream().filter(StepRecord::recordedLate).count();
        paragraph(onTime + " dari " + done + " langkah yang selesai memenuhi mutu baku; " + recordedLate
                + " langkah tercatat terlambat. Durasi dihitung dalam jam kerja: di luar jam kantor, akhir pekan "
                + "dan hari libur tidak dihitung.");
        List<List<String>> rows = new ArrayList<>();
        for (StepRecord step : steps) {
            rows.add(List.of(ReportFormat.orDash(step.name()), time(step.start(), zone),
                    step.end() == null ? "Belum selesai" : time(step.end(), zone),
                    DurationWords.workingTime(step.workingTime()), DurationWords.mutuBaku(step.mutuBaku()),
                    step.onTimeLabel(), step.recordedLate() ? "Ya" : "Tidak"));
        }
        return table(new float[] {23, 17, 17, 11, 10, 11, 11},
                List.of("Langkah", "Mulai", "Selesai", "Durasi kerja", "Mutu baku", "Tepat waktu",
                        "Tercatat terlambat"), rows);
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "-" : IndonesianTime.format(instant, zone);
    }

    /** Closes the document; nothing can be added after. */
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private void add(Element element) {
        document.add(element);
    }

    private static Paragraph rule(float leading, float thickness) {
        Paragraph rule = new Paragraph(leading);
        rule.add(new Chunk(new LineSeparator(thickness, 100, Color.BLACK, Element.ALIGN_CENTER, 0)));
        return rule;
    }

    /** @param leading distance from the previous baseline, which makes the space above */
    private static Paragraph centred(String text, Font font, float leading) {
        Paragraph paragraph = new Paragraph(leading, text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(3);
        return cell;
    }

    private static PdfPCell ruled(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        cell.setBorderColor(Color.GRAY);
        return cell;
    }
}
