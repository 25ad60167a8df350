package id.sopflow.soptable;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;
import com.lowagie.text.pdf.PdfWriter;

import id.sopflow.identity.OrganisationModel;
import id.sopflow.reporting.ReportFormat;
import id.sopflow.reporting.ReportPdf;

/**
 * An SOP printed in the Permenpan-RB layout, ready for signature: on landscape A4, first the header table
 * (organisation, nomor, dates, who signs it with room for the signature, nama SOP, dasar hukum, kualifikasi
 * pelaksana, keterkaitan, peralatan, peringatan, pencatatan), then the step table: No, uraian kegiatan, one column
 * per pelaksana with the flowchart drawn across them, and the mutu baku (kelengkapan, waktu, output) and keterangan.
 *
 * <p>The flowchart is drawn once the table is laid out on a page ({@link Flowchart}), so every symbol sits in its
 * actor's column of its row however tall the texts make the row. Consecutive rows are joined by lines with
 * arrowheads; a jump to a row that is not the next (a Tidak going back) ends in an on-page connector circle holding the
 * target row's number, and the target row shows a circle with the number of the row the jump comes from. A row whose
 * successor is printed on the next page ends in an off-page connector (a pentagon) with the successor's number, and
 * the successor starts from one with the predecessor's number.
 */
public final class SopTablePdf {

    private static final float MARGIN = 28;
    /** Landscape A4 as a wide media box, not a portrait page turned by /Rotate: text extraction and viewers agree. */
    private static final Rectangle LANDSCAPE_A4 = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
    private static final Font ORGANISATION = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font SIGNATORY = new Font(Font.HELVETICA, 9.5f, Font.BOLD | Font.UNDERLINE);
    private static final Color LINE = Color.BLACK;
    private static final float BASE_ROW = 64;
    private static final float TERMINAL_SPACE = 28;

    private SopTablePdf() {
    }

    /**
     * @param organisationName the organisation as it is named on the paper (the organisation file's name), printed
     *                         where the paper has its logo and letterhead
     */
    public static byte[] render(SopTable table, String organisationName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(LANDSCAPE_A4, MARGIN, MARGIN, MARGIN, MARGIN + 6);
        PdfWriter.getInstance(document, out);
        document.addTitle("SOP " + table.header().name());
        document.addCreator("sopflow");
        HeaderFooter footer = new HeaderFooter(new Phrase("SOP " + table.header().name() + " — halaman ",
                ReportPdf.FOOTER), true);
        footer.setAlignment(Element.ALIGN_CENTER);
        footer.setBorder(Rectangle.NO_BORDER);
        document.setFooter(footer);
        document.open();
        document.add(headerTable(table, organisationName));
        document.newPage();
        Paragraph title = new Paragraph(14, "SOP : " + table.header().name(), ReportPdf.TITLE);
        document.add(title);
        document.add(stepTable(table));
        document.close();
        return out.toByteArray();
    }

    // ---- the header table ---------------------------------------------------------------------------------------

    private static PdfPTable headerTable(SopTable table, String organisationName) {
        SopTable.Header header = table.header();
        PdfPTable grid = new PdfPTable(new float[] {46, 54});
        grid.setWidthPercentage(100);

        PdfPCell organisation = new PdfPCell();
        organisation.setVerticalAlignment(Element.ALIGN_MIDDLE);
        organisation.setPadding(10);
        Paragraph name = new Paragraph(16, ReportFormat.orDash(organisationName).toUpperCase(Locale.ROOT), ORGANISATION);
        name.setAlignment(Element.ALIGN_CENTER);
        organisation.addElement(name);
        Paragraph kind = new Paragraph(18, "STANDAR OPERASIONAL PROSEDUR", ReportPdf.LABEL);
        kind.setAlignment(Element.ALIGN_CENTER);
        organisation.addElement(kind);
        grid.addCell(organisation);

        PdfPTable identity = new PdfPTable(new float[] {34, 66});
        identity.setWidthPercentage(100);
        identityRow(identity, "Nomor SOP", header.nomor());
        identityRow(identity, "Tanggal Pembuatan", header.tanggalPembuatan());
        identityRow(identity, "Tanggal Revisi", header.tanggalRevisi());
        identityRow(identity, "Tanggal Efektif", header.tanggalEfektif());
        identity.addCell(labelCell("Disahkan oleh"));
        identity.addCell(signature(table));
        identityRow(identity, "Nama SOP", header.name());
        PdfPCell identityCell = new PdfPCell(identity);
        identityCell.setPadding(0);
        grid.addCell(identityCell);

        listPair(grid, "Dasar Hukum", header.dasarHukum(), "Kualifikasi Pelaksana", header.kualifikasiPelaksana());
        listPair(grid, "Keterkaitan", header.keterkaitan(), "Peralatan/Perlengkapan", header.peralatan());
        listPair(grid, "Peringatan", header.peringatan(), "Pencatatan dan Pendataan", header.pencatatan());
        return grid;
    }

    private static void identityRow(PdfPTable identity, String label, String value) {
        identity.addCell(labelCell(label));
        identity.addCell(textCell(": " + ReportFormat.orDash(value), ReportPdf.TEXT));
    }

    private static PdfPCell labelCell(String label) {
        return textCell(label, ReportPdf.LABEL);
    }

    private static PdfPCell textCell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setPaddingBottom(5);
        return cell;
    }

    /**
     * Who signs, with room for the signature: "Camat Paringin", the blank, then the name and NIP when the SOP gives
     * them ("Camat Paringin (NAMA, NIP. …)"), else a dotted line for them.
     */
    private static PdfPCell signature(SopTable table) {
        String signedBy = table.header().disahkanOleh();
        if (signedBy == null || signedBy.isBlank()) {
            signedBy = table.actors().stream().filter(actor -> actor.group().equals(table.header().supervisor()))
                    .map(OrganisationModel.Actor::name).findFirst().orElse("");
        }
        String office = signedBy.strip();
        String person = null;
        int open = office.indexOf(" (");
        if (open > 0 && office.endsWith(")")) {
            person = office.substring(open + 2, office.length() - 1).strip();
            office = office.substring(0, open).strip();
        }
        String name = person;
        String nip = null;
        if (person != null && person.contains("NIP")) {
            name = person.substring(0, person.indexOf("NIP")).replaceAll("[,\\s]+$", "");
            nip = person.substring(person.indexOf("NIP")).strip();
        }
        PdfPCell cell = new PdfPCell();
        cell.setPadding(4);
        cell.addElement(new Paragraph(12, ": " + ReportFormat.orDash(office), ReportPdf.TEXT));
        Paragraph space = new Paragraph(44, " ", ReportPdf.TEXT);
        cell.addElement(space);
        Paragraph signatory = new Paragraph(12);
        signatory.setIndentationLeft(8);
        signatory.add(name == null || name.isBlank() ? new Chunk("(.......................................)",
                ReportPdf.TEXT) : new Chunk(name, SIGNATORY));
        cell.addElement(signatory);
        if (nip != null) {
            Paragraph nipLine = new Paragraph(12, nip, ReportPdf.TEXT);
            nipLine.setIndentationLeft(8);
            cell.addElement(nipLine);
        }
        return cell;
    }

    private static void listPair(PdfPTable grid, String leftLabel, List<String> left, String rightLabel,
                                 List<String> right) {
        grid.addCell(listCell(leftLabel, left));
        grid.addCell(listCell(rightLabel, right));
    }

    private static PdfPCell listCell(String label, List<String> items) {
        PdfPCell cell = new PdfPCell();
        cell.setPadding(5);
        cell.setPaddingBottom(8);
        cell.addElement(new Paragraph(12, label + ":", ReportPdf.LABEL));
        if (items.isEmpty()) {
            cell.addElement(new Paragraph(12, "-", ReportPdf.TEXT));
        }
        for (int i = 0; i < items.size(); i++) {
            Paragraph item = new Paragraph(12, (items.size() > 1 ? (i + 1) + ". " : "") + items.get(i), ReportPdf.TEXT);
            item.setIndentationLeft(items.size() > 1 ? 12 : 0);
            item.setFirstLineIndent(items.size() > 1 ? -12 : 0);
            cell.addElement(item);
        }
        return cell;
    }

    // ---- the step table -----------------------------------------------------------------------------------------

    private static final int HEADER_ROWS = 2;
    private static final int FIRST_ACTOR_COLUMN = 2;

    private static PdfPTable stepTable(SopTable sop) {
        int actors = sop.actors().size();
        float available = LANDSCAPE_A4.getWidth() - 2 * MARGIN;
        float actorWidth = Math.min(92, Math.max(54, 300f / Math.max(actors, 1)));
        float rest = available - actorWidth * actors;
        // No, uraian, kelengkapan, waktu, output, keterangan share what the actor columns leave
        float[] fixed = {0.042f, 0.30f, 0.21f, 0.075f, 0.20f, 0.14f};
        float scale = 1f / (fixed[0] + fixed[1] + fixed[2] + fixed[3] + fixed[4] + fixed[5]);
        float[] widths = new float[actors + 6];
        widths[0] = rest * fixed[0] * scale;
        widths[1] = rest * fixed[1] * scale;
        for (int i = 0; i < actors; i++) {
            widths[FIRST_ACTOR_COLUMN + i] = actorWidth;
        }
        for (int i = 2; i < 6; i++) {
            widths[actors + i] = rest * fixed[i] * scale;
        }
        PdfPTable table = new PdfPTable(widths.length);
        table.setTotalWidth(widths);
        table.setLockedWidth(true);
        table.setHeaderRows(HEADER_ROWS);
        table.setSplitLate(true);
        table.setSpacingBefore(6);

        table.addCell(head("No", 1, 2));
        table.addCell(head("Uraian Kegiatan", 1, 2));
        table.addCell(head("Pelaksana", actors, 1));
        table.addCell(head("Mutu Baku", 3, 1));
        table.addCell(head("Keterangan", 1, 2));
        for (OrganisationModel.Actor actor : sop.actors()) {
            table.addCell(head(actor.name(), 1, 1));
        }
        table.addCell(head("Kelengkapan", 1, 1));
        table.addCell(head("Waktu", 1, 1));
        table.addCell(head("Output", 1, 1));

        Flowchart flowchart = new Flowchart(sop);
        for (SopTable.Row row : sop.rows()) {
            float height = BASE_ROW + (flowchart.starts(row) ? TERMINAL_SPACE : 0)
                    + (flowchart.endsBelow(row) ? TERMINAL_SPACE : 0);
            PdfPCell number = body(String.valueOf(row.number()), Element.ALIGN_CENTER);
            number.setMinimumHeight(height);
            table.addCell(number);
            table.addCell(body(row.kegiatan(), Element.ALIGN_LEFT));
            for (int i = 0; i < actors; i++) {
                table.addCell(body("", Element.ALIGN_CENTER));
            }
            table.addCell(body(kelengkapan(row.kelengkapan()), Element.ALIGN_LEFT));
            table.addCell(body(row.waktu().asWritten(), Element.ALIGN_CENTER));
            table.addCell(body(row.output(), Element.ALIGN_LEFT));
            table.addCell(body(row.keterangan(), Element.ALIGN_LEFT));
        }
        table.setTableEvent(flowchart);
        return table;
    }

    private static String kelengkapan(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "-" : items.get(0);
        }
        return String.join("\n", items.stream().map(item -> "- " + item).toList());
    }

    /**
     * An actor's name is often longer than its narrow column ("Pokja Profil Kampung/Kelurahan"): OpenPDF breaks a
     * word that does not fit anywhere inside it ("Kel" / "urahan"); a heading may break after a slash instead.
     */
    private static final SplitCharacter ALSO_AFTER_SLASH = (start, current, end, chars, chunks) ->
            chars[current] == '/' || DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, chars, chunks);

    private static PdfPCell head(String text, int colspan, int rowspan) {
        Chunk words = new Chunk(text, ReportPdf.CELL_HEADER);
        words.setSplitCharacter(ALSO_AFTER_SLASH);
        PdfPCell cell = new PdfPCell(new Phrase(words));
        cell.setColspan(colspan);
        cell.setRowspan(rowspan);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBackgroundColor(ReportPdf.HEADER_SHADE);
        cell.setPadding(3);
        return cell;
    }

    private static PdfPCell body(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null || text.isBlank() ? "" : text.strip(), ReportPdf.CELL));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        cell.setPaddingBottom(4);
        return cell;
    }

    /**
     * Draws the flowchart over the actor columns of the rows the page holds: the symbols, the connectors between
     * them and their Ya/Tidak labels.
     */
    static final class Flowchart implements PdfPTableEvent {

        private static final float BOX_HEIGHT = 22;
        private static final float DIAMOND_HEIGHT = 28;
        private static final float TERMINAL_HEIGHT = 15;
        private static final float CIRCLE = 6.5f;
        private static final float ARROW = 4;
        private static final BaseFont FONT = helvetica();

        private final SopTable sop;
        private final Map<Integer, Integer> index = new HashMap<>();
        private final Map<Integer, List<Integer>> jumpsInto = new HashMap<>();
        private final Map<Integer, Boolean> reached = new HashMap<>();
        /** Rows already drawn on an earlier page, by number: a connector from one of them is an off-page one. */
        private final Map<Integer, Place> drawn = new HashMap<>();
        private int rowsLaidOut;

        Flowchart(SopTable sop) {
            this.sop = sop;
            for (int i = 0; i < sop.rows().size(); i++) {
                index.put(sop.rows().get(i).number(), i);
            }
            for (SopTable.Row row : sop.rows()) {
                for (Branch branch : branches(row)) {
                    if (!branch.target().isSelesai()) {
                        reached.put(branch.target().row(), true);
                        if (!branch.down()) {
                            jumpsInto.computeIfAbsent(branch.target().row(), k -> new ArrayList<>()).add(row.number());
                        }
                    }
                }
            }
        }

        /** A MULAI terminator above the row: the first row, and any row no other row leads to. */
        boolean starts(SopTable.Row row) {
            return sop.rows().get(0) == row || !reached.containsKey(row.number());
        }

        /** A SELESAI terminator below the row: its way down ends the SOP. */
        boolean endsBelow(SopTable.Row row) {
            return branches(row).stream().anyMatch(branch -> branch.down() && branch.target().isSelesai());
        }

        /**
         * The ways out of a row: the one to the next row (or to SELESAI when no way goes to the next row) goes down;
         * the others go sideways.
         */
        List<Branch> branches(SopTable.Row row) {
            List<Branch> branches = new ArrayList<>();
            if (row.isDecision()) {
                branches.add(new Branch("Ya", row.decision().ya(), false));
                branches.add(new Branch("Tidak", row.decision().tidak(), false));
            } else {
                branches.add(new Branch(null, row.next(), false));
            }
            int down = -1;
            for (int i = 0; i < branches.size() && down < 0; i++) {
                if (isNext(row, branches.get(i).target())) {
                    down = i;
                }
            }
            for (int i = 0; i < branches.size() && down < 0; i++) {
                if (branches.get(i).target().isSelesai()) {
                    down = i;
                }
            }
            if (down >= 0) {
                Branch chosen = branches.get(down);
                branches.set(down, new Branch(chosen.label(), chosen.target(), true));
            }
            return branches;
        }

        private boolean isNext(SopTable.Row row, SopTable.Target target) {
            Integer at = index.get(row.number());
            return !target.isSelesai() && at + 1 < sop.rows().size()
                    && sop.rows().get(at + 1).number() == target.row();
        }

        record Branch(String label, SopTable.Target target, boolean down) {
        }

        /** Where a row's symbol sits on a page. */
        record Place(float x, float y, float columnWidth, float top, float bottom, int column,
                     float[] columns) {
        }

        @Override
        public void tableLayout(PdfPTable table, float[][] widths, float[] heights, int headerRows, int rowStart,
                                PdfContentByte[] canvases) {
            PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
            Map<Integer, Place> onPage = new HashMap<>();
            // OpenPDF passes rowStart 0 on every page of a split table: the rows are counted here instead.
            int firstRow = rowsLaidOut;
            rowsLaidOut += widths.length - headerRows;
            for (int k = headerRows; k < widths.length; k++) {
                int rowIndex = firstRow + k - headerRows;
                if (rowIndex < 0 || rowIndex >= sop.rows().size()) {
                    continue;
                }
                SopTable.Row row = sop.rows().get(rowIndex);
                int column = columnOf(row);
                float left = widths[k][FIRST_ACTOR_COLUMN + column];
                float right = widths[k][FIRST_ACTOR_COLUMN + column + 1];
                float top = heights[k];
                float bottom = heights[k + 1];
                float block = symbolHeight(row) + (starts(row) ? TERMINAL_SPACE : 0)
                        + (endsBelow(row) ? TERMINAL_SPACE : 0);
                float blockTop = (top + bottom) / 2 + block / 2;
                float y = blockTop - (starts(row) ? TERMINAL_SPACE : 0) - symbolHeight(row) / 2;
                onPage.put(row.number(), new Place((left + right) / 2, y, right - left, top, bottom, column,
                        widths[k]));
            }
            canvas.saveState();
            canvas.setColorStroke(LINE);
            canvas.setColorFill(LINE);
            canvas.setLineWidth(0.8f);
            for (SopTable.Row row : sop.rows()) {
                Place place = onPage.get(row.number());
                if (place != null) {
                    draw(canvas, row, place, onPage);
                }
            }
            canvas.restoreState();
            drawn.putAll(onPage);
        }

        private void draw(PdfContentByte canvas, SopTable.Row row, Place place, Map<Integer, Place> onPage) {
            float half = symbolHeight(row) / 2;
            float width = symbolWidth(row, place);
            if (row.isDecision()) {
                diamond(canvas, place.x(), place.y(), width, symbolHeight(row));
            } else {
                canvas.rectangle(place.x() - width / 2, place.y() - half, width, symbolHeight(row));
                canvas.stroke();
            }
            if (starts(row)) {
                float terminalY = place.y() + half + TERMINAL_SPACE - TERMINAL_HEIGHT / 2;
                terminal(canvas, place.x(), terminalY, place.columnWidth(), "Mulai");
                arrow(canvas, List.of(place.x(), terminalY - TERMINAL_HEIGHT / 2, place.x(), place.y() + half));
            }
            Integer at = index.get(row.number());
            SopTable.Row previous = at > 0 ? sop.rows().get(at - 1) : null;
            if (previous != null && !onPage.containsKey(previous.number()) && drawn.containsKey(previous.number())
                    && branches(previous).stream().anyMatch(b -> b.down() && !b.target().isSelesai())) {
                float connectorY = place.top() - 9;
                offPage(canvas, place.x(), connectorY, String.valueOf(previous.number()));
                arrow(canvas, List.of(place.x(), connectorY - 6, place.x(), place.y() + half));
            }
            incomingJumps(canvas, row, place);
            boolean sideTaken = false;
            for (Branch branch : branches(row)) {
                if (branch.down()) {
                    down(canvas, row, place, branch, onPage);
                } else {
                    side(canvas, row, place, branch, sideTaken);
                    sideTaken = true;
                }
            }
        }

        private void down(PdfContentByte canvas, SopTable.Row row, Place place, Branch branch,
                          Map<Integer, Place> onPage) {
            float bottom = place.y() - symbolHeight(row) / 2;
            Place target = branch.target().isSelesai() ? null : onPage.get(branch.target().row());
            if (branch.label() != null) {
                // beside the off-page connector when the next row is on the next page
                float offset = branch.target().isSelesai() || target != null ? 3 : 9;
                label(canvas, branch.label(), place.x() + offset, bottom - 8, Element.ALIGN_LEFT);
            }
            if (branch.target().isSelesai()) {
                float terminalY = bottom - TERMINAL_SPACE + TERMINAL_HEIGHT / 2;
                arrow(canvas, List.of(place.x(), bottom, place.x(), terminalY + TERMINAL_HEIGHT / 2));
                terminal(canvas, place.x(), terminalY, place.columnWidth(), "Selesai");
                return;
            }
            if (target == null) {
                float connectorY = place.bottom() + 9;
                arrow(canvas, List.of(place.x(), bottom, place.x(), connectorY + 6));
                offPage(canvas, place.x(), connectorY, String.valueOf(branch.target().row()));
                return;
            }
            SopTable.Row next = sop.row(branch.target().row());
            float targetTop = target.y() + symbolHeight(next) / 2;
            if (Math.abs(target.x() - place.x()) < 0.5f) {
                arrow(canvas, List.of(place.x(), bottom, target.x(), targetTop));
            } else {
                float turn = Math.min(target.top() - 8, (place.bottom() + targetTop) / 2 + 4);
                turn = Math.max(turn, targetTop + 6);
                arrow(canvas, List.of(place.x(), bottom, place.x(), turn, target.x(), turn, target.x(), targetTop));
            }
        }

        /** A way to a row that is not the next, or to SELESAI beside the row: a line to a connector in a column. */
        private void side(PdfContentByte canvas, SopTable.Row row, Place place, Branch branch, boolean secondSide) {
            int direction = sideDirection(row, branch, secondSide);
            int column = place.column() + direction;
            if (!branch.target().isSelesai() && columnOf(sop.row(branch.target().row())) != place.column()) {
                column = columnOf(sop.row(branch.target().row()));
            }
            float columnCentre = (place.columns()[FIRST_ACTOR_COLUMN + column]
                    + place.columns()[FIRST_ACTOR_COLUMN + column + 1]) / 2;
            float columnWidth = place.columns()[FIRST_ACTOR_COLUMN + column + 1]
                    - place.columns()[FIRST_ACTOR_COLUMN + column];
            float start = place.x() + direction * symbolWidth(row, place) / 2;
            boolean selesai = branch.target().isSelesai();
            float end = columnCentre - direction * (selesai ? terminalWidth(columnWidth) / 2 : CIRCLE);
            arrow(canvas, List.of(start, place.y(), end, place.y()));
            if (branch.label() != null) {
                label(canvas, branch.label(), start + direction * 5, place.y() + 3.5f,
                        direction > 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            }
            if (selesai) {
                terminal(canvas, columnCentre, place.y(), columnWidth, "Selesai");
            } else {
                circle(canvas, columnCentre, place.y(), String.valueOf(branch.target().row()));
            }
        }

        private int sideDirection(SopTable.Row row, Branch branch, boolean secondSide) {
            int column = columnOf(row);
            int last = sop.actors().size() - 1;
            int direction;
            if (!branch.target().isSelesai() && columnOf(sop.row(branch.target().row())) != column) {
                direction = columnOf(sop.row(branch.target().row())) > column ? 1 : -1;
            } else {
                direction = column < last ? 1 : -1;
            }
            if (secondSide) {
                direction = -direction;
            }
            if (column + direction < 0 || column + direction > last) {
                direction = -direction;
            }
            return direction;
        }

        /** Circles with the numbers of the rows that jump here, beside the symbol on the side its own ways leave free. */
        private void incomingJumps(PdfContentByte canvas, SopTable.Row row, Place place) {
            List<Integer> sources = jumpsInto.getOrDefault(row.number(), List.of());
            if (sources.isEmpty()) {
                return;
            }
            int last = sop.actors().size() - 1;
            int taken = 0;
            Set<Integer> sides = new HashSet<>();
            boolean sideTaken = false;
            for (Branch branch : branches(row)) {
                if (!branch.down()) {
                    taken = sideDirection(row, branch, false);
                    sides.add(sideDirection(row, branch, sideTaken));
                    sideTaken = true;
                }
            }
            int direction = taken != 0 ? -taken : (place.column() > 0 ? -1 : 1);
            if (place.column() + direction < 0 || place.column() + direction > last) {
                direction = -direction;
            }
            int column = place.column() + direction;
            float columnCentre = (place.columns()[FIRST_ACTOR_COLUMN + column]
                    + place.columns()[FIRST_ACTOR_COLUMN + column + 1]) / 2;
            float half = symbolHeight(row) / 2;
            // On the side a way leaves by (a first-column decision whose Ya and Tidak leave right and down), the
            // circles sit under that way's line instead of on it.
            boolean shared = sides.contains(direction);
            for (int i = 0; i < sources.size(); i++) {
                float dy = shared ? Math.max(-(CIRCLE + 3.5f) - i * (2 * CIRCLE + 2), -(half - 1))
                        : sources.size() == 1 ? 0 : (i - (sources.size() - 1) / 2f) * Math.min(2 * CIRCLE + 2,
                        2 * (half - 2) / (sources.size() - 1));
                float y = place.y() + dy;
                circle(canvas, columnCentre, y, String.valueOf(sources.get(i)));
                float edge = place.x() + direction * edgeOffset(row, place, dy);
                arrow(canvas, List.of(columnCentre - direction * CIRCLE, y, edge, y));
            }
        }

        /** How far from the symbol's centre its outline is at height dy from the centre. */
        private float edgeOffset(SopTable.Row row, Place place, float dy) {
            float halfWidth = symbolWidth(row, place) / 2;
            if (!row.isDecision()) {
                return halfWidth;
            }
            return halfWidth * (1 - Math.abs(dy) / (symbolHeight(row) / 2));
        }

        private int columnOf(SopTable.Row row) {
            for (int i = 0; i < sop.actors().size(); i++) {
                if (sop.actors().get(i).group().equals(row.actor())) {
                    return i;
                }
            }
            return 0;
        }

        private static float symbolHeight(SopTable.Row row) {
            return row.isDecision() ? DIAMOND_HEIGHT : BOX_HEIGHT;
        }

        private static float symbolWidth(SopTable.Row row, Place place) {
            return row.isDecision() ? Math.min(place.columnWidth() - 12, 46) : Math.min(place.columnWidth() - 14, 58);
        }

        private static float terminalWidth(float columnWidth) {
            return Math.min(columnWidth - 10, 48);
        }

        private static void diamond(PdfContentByte canvas, float x, float y, float width, float height) {
            canvas.moveTo(x, y + height / 2);
            canvas.lineTo(x + width / 2, y);
            canvas.lineTo(x, y - height / 2);
            canvas.lineTo(x - width / 2, y);
            canvas.closePath();
            canvas.stroke();
        }

        private static void terminal(PdfContentByte canvas, float x, float y, float columnWidth, String text) {
            float width = terminalWidth(columnWidth);
            canvas.roundRectangle(x - width / 2, y - TERMINAL_HEIGHT / 2, width, TERMINAL_HEIGHT, TERMINAL_HEIGHT / 2);
            canvas.stroke();
            text(canvas, text, x, y - 2.3f, 6.5f);
        }

        private static void circle(PdfContentByte canvas, float x, float y, String text) {
            canvas.circle(x, y, CIRCLE);
            canvas.stroke();
            text(canvas, text, x, y - 2.2f, 6.5f);
        }

        /** The off-page connector: a pentagon pointing down. */
        private static void offPage(PdfContentByte canvas, float x, float y, String text) {
            float w = 7;
            canvas.moveTo(x - w, y + 6);
            canvas.lineTo(x + w, y + 6);
            canvas.lineTo(x + w, y - 1);
            canvas.lineTo(x, y - 6);
            canvas.lineTo(x - w, y - 1);
            canvas.closePath();
            canvas.stroke();
            text(canvas, text, x, y - 1, 6.5f);
        }

        private static void label(PdfContentByte canvas, String text, float x, float y, int alignment) {
            canvas.beginText();
            canvas.setFontAndSize(FONT, 6.5f);
            canvas.showTextAligned(alignment, text, x, y, 0);
            canvas.endText();
        }

        private static void text(PdfContentByte canvas, String text, float x, float y, float size) {
            canvas.beginText();
            canvas.setFontAndSize(FONT, size);
            canvas.showTextAligned(Element.ALIGN_CENTER, text, x, y, 0);
            canvas.endText();
        }

        /** A polyline through x,y pairs with an arrowhead at its end. */
        private static void arrow(PdfContentByte canvas, List<Float> points) {
            canvas.moveTo(points.get(0), points.get(1));
            for (int i = 2; i < points.size(); i += 2) {
                canvas.lineTo(points.get(i), points.get(i + 1));
            }
            canvas.stroke();
            int n = points.size();
            float x = points.get(n - 2);
            float y = points.get(n - 1);
            double angle = Math.atan2(y - points.get(n - 3), x - points.get(n - 4));
            canvas.moveTo(x, y);
            canvas.lineTo((float) (x - ARROW * Math.cos(angle - 0.4)), (float) (y - ARROW * Math.sin(angle - 0.4)));
            canvas.lineTo((float) (x - ARROW * Math.cos(angle + 0.4)), (float) (y - ARROW * Math.sin(angle + 0.4)));
            canvas.closePath();
            canvas.fill();
        }

        private static BaseFont helvetica() {
            try {
                return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
