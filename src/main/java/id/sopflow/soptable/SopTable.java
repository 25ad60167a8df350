package id.sopflow.soptable;

import id.sopflow.identity.OrganisationModel;

import java.util.List;

/**
 * One SOP as its paper table says it: the header, the actors (pelaksana) in column order and the rows in order.
 * A table in this form has passed the reader's checks: every row's actor is one of {@link #actors()}, every
 * {@link Target} names an existing row or SELESAI, every {@link Waktu} is readable and every row is reachable.
 */
public record SopTable(Header header, List<OrganisationModel.Actor> actors, List<Row> rows) {

    public SopTable {
        actors = List.copyOf(actors);
        rows = List.copyOf(rows);
    }

    /** The SOP's entry for the organisation file: the same actors, supervisor and organisation. */
    public OrganisationModel.Sop organisationEntry() {
        return new OrganisationModel.Sop(header.processKey(), header.name(), header.organisation(),
                header.supervisor(), actors, List.of());
    }

    /** The row numbered {@code number} (rows are numbered as on the paper, from 1). */
    public Row row(int number) {
        return rows.stream().filter(row -> row.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Baris " + number + " tidak ada."));
    }

    /**
     * The header of the paper SOP, plus what sopflow needs to run it: the process key (kebab case), the
     * organisation (an id of the organisation file) and the supervising actor's group (told when a step is late).
     * The list fields hold one entry per line or numbered point on the paper.
     */
    public record Header(String processKey, String name, String nomor, String tanggalPembuatan,
                         String tanggalRevisi, String tanggalEfektif, String disahkanOleh, List<String> dasarHukum,
                         List<String> kualifikasiPelaksana, List<String> keterkaitan, List<String> peralatan,
                         List<String> peringatan, List<String> pencatatan, String organisation, String supervisor) {
        public Header {
            dasarHukum = List.copyOf(dasarHukum);
            kualifikasiPelaksana = List.copyOf(kualifikasiPelaksana);
            keterkaitan = List.copyOf(keterkaitan);
            peralatan = List.copyOf(peralatan);
            peringatan = List.copyOf(peringatan);
            pencatatan = List.copyOf(pencatatan);
        }
    }

    /**
     * One row of the step table. {@code actor} is the group of the actor whose column the row's symbol sits in.
     * A plain row goes on to {@link #next()}; a decision row (a diamond on paper) asks {@link Decision#question()}
     * after its work is done and has no {@code next}. The first row starts at MULAI; a target of
     * {@link Target#SELESAI} ends the SOP.
     */
    public record Row(int number, String kegiatan, String actor, List<String> kelengkapan, Waktu waktu,
                      String output, String keterangan, Target next, Decision decision) {
        public Row {
            kelengkapan = List.copyOf(kelengkapan);
            if ((next == null) == (decision == null)) {
                throw new IllegalArgumentException("Baris " + number + " harus punya tepat satu: lanjut atau keputusan.");
            }
        }

        public boolean isDecision() {
            return decision != null;
        }
    }

    /** A diamond: the question as written and where Ya and Tidak go. */
    public record Decision(String question, Target ya, Target tidak) {
    }

    /** Where a flow goes: a row by its number, or SELESAI (row 0). */
    public record Target(int row) {
        public static final Target SELESAI = new Target(0);

        public boolean isSelesai() {
            return row == 0;
        }
    }

    /**
     * The mutu baku time as written on paper ("10 menit", "1 Jam", "3 hari", "1 bulan") and as the ISO duration
     * the diagram's due date and timer carry ({@code PT10M}, {@code PT1H}, {@code P3D}, {@code P1M}); days, hours
     * and minutes are working time in sopflow's calendar, months are calendar months.
     */
    public record Waktu(String asWritten, String isoDuration) {
    }
}
