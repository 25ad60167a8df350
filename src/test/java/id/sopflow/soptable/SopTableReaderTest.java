package id.sopflow.soptable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import id.sopflow.identity.IdentityProperties;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel;
import id.sopflow.soptable.SopTable.Row;
import id.sopflow.soptable.SopTable.Target;
import id.sopflow.testkit.PlainTest;

@PlainTest
class SopTableReaderTest {

    private static final Path TABLES = Path.of("sop-tabel");

    @ParameterizedTest
    @CsvSource({
            "sipa-bermedsos, 4, 5, 1",
            "ppid-penyebarluasan-informasi, 3, 11, 2",
            "setwan-bapinanduan, 3, 4, 1",
            "profil-desa-kelurahan, 5, 13, 3",
            "surat-keterangan-domisili, 3, 7, 2",
            "pengaduan-masyarakat, 3, 7, 2"})
    void everyTableOfTheRepositoryReadsAndMatchesTheOrganisationFile(String key, int actors, int rows,
                                                                       int decisions) throws IOException {
        SopTable table = SopTableReader.read(TABLES.resolve(key + ".csv"));

        assertThat(table.header().processKey()).isEqualTo(key);
        assertThat(table.actors()).hasSize(actors);
        assertThat(table.rows()).hasSize(rows).extracting(Row::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, rows).boxed().toList());
        assertThat(table.rows().stream().filter(Row::isDecision)).hasSize(decisions);
        assertThat(table.rows().get(rows - 1).next()).isEqualTo(Target.SELESAI);
        OrganisationModel.Sop sop = organisation().sop(key).orElseThrow();
        assertThat(table.organisationEntry().actors()).as("pelaksana tabel = organisasi.yaml")
                .containsExactlyElementsOf(sop.actors());
        assertThat(table.organisationEntry()).extracting(OrganisationModel.Sop::name,
                        OrganisationModel.Sop::organisation, OrganisationModel.Sop::supervisor)
                .containsExactly(sop.name(), sop.organisation(), sop.supervisor());
    }

    @Test
    void theSipaTableHoldsThePaperRowsAsWritten() throws IOException {
        SopTable sipa = SopTableReader.read(TABLES.resolve("sipa-bermedsos.csv"));

        assertThat(sipa.header().nomor()).isEqualTo("067.21/24/CPAR/2023");
        assertThat(sipa.header().tanggalRevisi()).isEqualTo("-");
        assertThat(sipa.header().kualifikasiPelaksana()).isEmpty();
        assertThat(sipa.header().keterkaitan()).containsExactly("Media Pelaporan Pemerintahan Desa",
                "Ketepatan dalam Pelaporan Kegiatan Pemerintahan Desa", "Ketepatan tindak lanjut pemerintah desa");
        assertThat(sipa.header().supervisor()).isEqualTo("sipa-camat");
        Row verifikasi = sipa.row(2);
        assertThat(verifikasi.actor()).isEqualTo("sipa-admin");
        assertThat(verifikasi.waktu()).isEqualTo(new SopTable.Waktu("1 Jam", "PT1H"));
        assertThat(verifikasi.decision()).isEqualTo(
                new SopTable.Decision("Laporan terverifikasi?", new Target(3), new Target(1)));
        assertThat(sipa.row(4).waktu().isoDuration()).isEqualTo("PT8H");
        assertThat(sipa.row(1).next()).isEqualTo(new Target(2));
        assertThat(sipa.row(1).kelengkapan()).containsExactly("Laptop dan hand phone");
        assertThat(sipa.row(1).keterangan()).isEqualTo("Berupa konten");
        assertThat(sipa.row(3).keterangan()).isEqualTo("Konten");
    }

    /** The end-to-end tests walk every Tidak: each must come back to its diamond through a rework row. */
    @ParameterizedTest
    @ValueSource(strings = {"surat-keterangan-domisili", "pengaduan-masyarakat"})
    void everyTidakOfTheNewServiceSopsLoopsBackThroughARework(String key) throws IOException {
        SopTable table = SopTableReader.read(TABLES.resolve(key + ".csv"));

        for (Row diamond : table.rows().stream().filter(Row::isDecision).toList()) {
            Row rework = table.row(diamond.decision().tidak().row());
            assertThat(rework.isDecision()).as("baris %d", rework.number()).isFalse();
            assertThat(rework.next()).as("baris %d kembali ke baris %d", rework.number(), diamond.number())
                    .isEqualTo(new Target(diamond.number()));
            assertThat(rework.actor()).isNotEqualTo(table.header().supervisor());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sipa-bermedsos", "ppid-penyebarluasan-informasi", "setwan-bapinanduan",
            "profil-desa-kelurahan", "surat-keterangan-domisili", "pengaduan-masyarakat"})
    void aWorkbookReadsAsItsCsv(String key) throws IOException {
        byte[] csv = Files.readAllBytes(TABLES.resolve(key + ".csv"));
        SopTable fromCsv = SopTableReader.read(new ByteArrayInputStream(csv), key + ".csv");

        SopTable threeSheets = SopTableReader.read(
                new ByteArrayInputStream(SopTableWorkbook.fromCsv(csv, List.of("Petunjuk pengisian"))), key + ".xlsx");
        SopTable oneSheet = SopTableReader.read(
                new ByteArrayInputStream(SopTableWorkbook.singleSheet(csv)), key + ".XLSX");

        assertThat(threeSheets).isEqualTo(fromCsv);
        assertThat(oneSheet).isEqualTo(fromCsv);
    }

    @Test
    void csvAsSpreadsheetsSaveIt() throws IOException {
        byte[] saved = Files.readAllBytes(TABLES.resolve("surat-keterangan-domisili.csv"));
        String csv = new String(saved, StandardCharsets.UTF_8).replace("\ufeff", "");
        SopTable expected = read(saved);

        assertThat(read(csv.getBytes(StandardCharsets.UTF_8))).as("tanpa BOM").isEqualTo(expected);
        assertThat(read(csv.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8))).as("LF").isEqualTo(expected);
        assertThat(read(csv.replace("\r\n", "\r\n;;;;\r\n").getBytes(StandardCharsets.UTF_8)))
                .as("baris kosong").isEqualTo(expected);
        assertThat(read(resaved(saved, "\t").getBytes(StandardCharsets.UTF_8))).as("tab").isEqualTo(expected);
        assertThat(read(resaved(saved, ",").getBytes(StandardCharsets.UTF_8))).as("koma").isEqualTo(expected);
    }

    @Test
    void aCsvExcelSavedAsPlainCsvIsWindows1252() throws IOException {
        String csv = minimal("1;Menerima berkas dari pemohon \u2018Bu Siti\u2019 \u2013 Desa Lok Batu;Petugas;Berkas;"
                + "10 menit;Berkas diterima;;;;;\n");

        SopTable ansi = read(csv.getBytes(Charset.forName("windows-1252")));

        assertThat(ansi).isEqualTo(read(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(ansi.row(1).kegiatan()).isEqualTo("Menerima berkas dari pemohon \u2018Bu Siti\u2019 \u2013 Desa Lok Batu");
    }

    @Test
    void aDeliberatelyBadTableListsEveryProblemAtOnce() {
        String csv = """
                Identitas
                Unsur;Isi
                Nama SOP;Contoh SOP yang salah
                Kunci proses;Contoh SOP
                Nomor SOP;-
                Tanggal pembuatan;-
                Tanggal revisi;-
                Tanggal efektif;-
                Dasar hukum;-
                Kualifikasi pelaksana;-
                Keterkaitan;-
                Peralatan/perlengkapan;-
                Peringatan;-
                Pencatatan dan pendataan;-
                Organisasi;kec-paringin
                Pengawas;Bupati
                Tanda tangan;Camat

                Pelaksana
                Nama pelaksana;Grup;Per desa/unit;Memulai
                Petugas;contoh-petugas;Tidak;Tidak
                Kasi;Contoh Kasi;Tidak;mungkin
                Camat;contoh-petugas;Tidak;Tidak

                Langkah
                No;Uraian kegiatan;Pelaksana;Kelengkapan;Waktu;Output;Keterangan;Lanjut ke;Pertanyaan keputusan;Jika Ya;Jika Tidak
                1;Menerima berkas;Petugas;Berkas;10 menit;Berkas diterima;;;;;
                2;Memeriksa berkas;Sekdes;Berkas;sebentar;Berkas diperiksa;;;Berkas lengkap?;3;9
                3;Memeriksa ulang;Kasi;Berkas;1 jam;Catatan;;3;;;
                4;Menandatangani;Camat;;1 hari;Surat;;;Setuju?;SELESAI;
                5;;Camat;Surat;1,5 menit;;;;;;
                5;Mengarsipkan;Petugas;Surat;10 menit;Arsip;;;;;
                """;

        assertThatThrownBy(() -> SopTableReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "salah.csv"))
                .isInstanceOfSatisfying(SopTableProblems.class, problems -> assertThat(problems.problems())
                        .containsExactly(
                                "Identitas (baris 17 kolom A berkas CSV): unsur \"Tanda tangan\" tidak dikenal;"
                                        + " unsur yang dikenal: Nama SOP, Kunci proses, Nomor SOP, Tanggal pembuatan,"
                                        + " Tanggal revisi, Tanggal efektif, Disahkan oleh, Dasar hukum, Kualifikasi"
                                        + " pelaksana, Keterkaitan, Peralatan/perlengkapan, Peringatan, Pencatatan dan"
                                        + " pendataan, Organisasi, Pengawas.",
                                "Identitas, Kunci proses (baris 4 kolom B berkas CSV): \"Contoh SOP\" bukan kebab"
                                        + " case; tulis huruf kecil, angka dan tanda hubung saja, misalnya"
                                        + " sipa-bermedsos (menjadi nama berkas processes/<kunci>.bpmn).",
                                "Identitas: Disahkan oleh belum diisi; tulis - bila naskah SOP tidak memuatnya.",
                                "Pelaksana \"Kasi\" (baris 22 kolom B berkas CSV), kolom Grup: \"Contoh Kasi\" bukan id"
                                        + " grup; tulis huruf kecil, angka dan tanda hubung saja, misalnya sipa-admin.",
                                "Pelaksana \"Kasi\" (baris 22 kolom D berkas CSV), kolom Memulai: \"mungkin\" bukan Ya"
                                        + " atau Tidak.",
                                "Pelaksana \"Camat\" (baris 23 kolom B berkas CSV), kolom Grup: grup contoh-petugas"
                                        + " sudah dipakai pelaksana lain (baris 21 kolom B berkas CSV); setiap"
                                        + " pelaksana satu grup.",
                                "Pelaksana: tidak ada pelaksana dengan Memulai: Ya; tandai pelaksana yang mengerjakan"
                                        + " baris 1 (MULAI).",
                                "Baris 2 (baris 28 kolom C berkas CSV), kolom Pelaksana: \"Sekdes\" bukan pelaksana di"
                                        + " lembar Pelaksana (Petugas, Kasi, Camat).",
                                "Baris 2 (baris 28 kolom E berkas CSV), kolom Waktu: \"sebentar\" bukan waktu yang"
                                        + " dapat dibaca; tulis angka dan satuan, misalnya \"10 menit\", \"1 jam\","
                                        + " \"1,5 jam\", \"3 hari\", \"2 minggu\" atau \"1 bulan\".",
                                "Baris 4 (baris 30 kolom D berkas CSV), kolom Kelengkapan: kosong; tulis kelengkapan"
                                        + " (satu per baris dalam sel, atau dipisah titik koma), atau - bila tidak ada.",
                                "Baris 5 (baris 31 kolom B berkas CSV), kolom Uraian kegiatan: kosong; tulis kegiatan"
                                        + " seperti di naskah SOP.",
                                "Baris 5 (baris 31 kolom E berkas CSV), kolom Waktu: \"1,5 menit\": pecahan hanya"
                                        + " dapat dipakai untuk jam (\"1,5 jam\"); tulis menit utuh atau satuan yang"
                                        + " lebih kecil, misalnya \"1 hari 4 jam\".",
                                "Baris 5 (baris 31 kolom F berkas CSV), kolom Output: kosong; tulis output seperti di"
                                        + " naskah SOP, atau - bila tidak ada.",
                                "Identitas, Pengawas (baris 16 kolom B berkas CSV): \"Bupati\" bukan pelaksana di"
                                        + " lembar Pelaksana (Petugas, Kasi, Camat); pengawas adalah pelaksana yang"
                                        + " diberi tahu bila langkah terlambat (Camat, Ketua PPID, Kabag, Kadis…).",
                                "Baris 5 tertulis dua kali (baris 32 kolom A berkas CSV dan baris 31 kolom A berkas"
                                        + " CSV); setiap langkah bernomor lain.",
                                "Baris 2 (baris 28 kolom K berkas CSV), kolom Jika Tidak: baris 9 tidak ada (nomor"
                                        + " langkah 1 sampai 5, atau SELESAI).",
                                "Baris 4 (baris 30 kolom K berkas CSV), kolom Jika Tidak: kosong; tulis nomor baris"
                                        + " tujuan atau SELESAI."))
                .hasMessageStartingWith("Tabel SOP salah.csv belum dapat dipakai (17 masalah):\n- Identitas");
    }

    @Test
    void theFlowIsCheckedOnceTheRowsAreNumbered() {
        String csv = minimal("""
                1;Menerima berkas;Petugas;Berkas;10 menit;Berkas diterima;;;;;
                2;Memeriksa berkas;Petugas;Berkas;30 menit;Berkas diperiksa;;;Berkas lengkap?;3;9
                3;Memeriksa ulang;Petugas;Berkas;1 jam;Catatan;;3;;;
                4;Menandatangani;Camat;Surat;1 hari;Surat;;;Setuju?;SELESAI;
                5;Mengarsipkan;Camat;Surat;10 menit;Arsip;;ke 7;;;
                6;Mengembalikan;Camat;Surat;10 menit;Surat;;SELESAI;Kembali?;;
                """);

        assertThat(problems(csv)).containsExactly(
                "Baris 2 (baris 24 kolom K berkas CSV), kolom Jika Tidak: baris 9 tidak ada (nomor langkah 1 sampai 6,"
                        + " atau SELESAI).",
                "Baris 4 (baris 26 kolom K berkas CSV), kolom Jika Tidak: kosong; tulis nomor baris tujuan atau"
                        + " SELESAI.",
                "Baris 5 (baris 27 kolom H berkas CSV), kolom Lanjut ke: baris 7 tidak ada (nomor langkah 1 sampai 6,"
                        + " atau SELESAI).",
                "Baris 6 (baris 28 kolom H berkas CSV), kolom Lanjut ke: baris keputusan tidak memakai Lanjut ke;"
                        + " tulis tujuannya di Jika Ya dan Jika Tidak.",
                "Baris 6 (baris 28 kolom J berkas CSV), kolom Jika Ya: kosong; tulis nomor baris tujuan atau SELESAI.",
                "Baris 6 (baris 28 kolom K berkas CSV), kolom Jika Tidak: kosong; tulis nomor baris tujuan atau"
                        + " SELESAI.",
                "Baris 4 tidak tercapai dari baris 1 (MULAI): tidak ada Lanjut ke, Jika Ya atau Jika Tidak yang membawa"
                        + " ke baris ini.",
                "Baris 5 tidak tercapai dari baris 1 (MULAI): tidak ada Lanjut ke, Jika Ya atau Jika Tidak yang membawa"
                        + " ke baris ini.",
                "Baris 6 tidak tercapai dari baris 1 (MULAI): tidak ada Lanjut ke, Jika Ya atau Jika Tidak yang membawa"
                        + " ke baris ini.",
                "Jalur dari baris 3 tidak pernah sampai ke SELESAI (berputar tanpa jalan keluar); periksa Lanjut ke,"
                        + " Jika Ya dan Jika Tidak baris-baris itu.");
    }

    @Test
    void rowsMustBeNumberedOneByOneAndStartWithTheStartingActor() {
        assertThat(problems(minimal("""
                1;Menerima berkas;Camat;Berkas;10 menit;Berkas diterima;;;;;
                3;Menandatangani;Camat;Surat;1 hari;Surat;;;;;
                4;Mengarsipkan;Petugas;Surat;10 menit;Arsip;;;;;
                """))).containsExactly(
                "Baris 1 (baris 23 kolom C berkas CSV), kolom Pelaksana: baris 1 (MULAI) dikerjakan Camat, padahal"
                        + " pelaksana yang ditandai Memulai: Ya adalah Petugas; pelaksana baris 1 yang memulai SOP.",
                "Langkah: baris 2 tidak ada; langkah bernomor urut 1 sampai 4 tanpa nomor yang terlewat.");
        assertThat(problems(minimal("""
                1;Menerima berkas;Petugas;Berkas;10 menit;Berkas diterima;;;;;
                3;Menandatangani;Camat;Surat;1 hari;Surat;;;;;
                2;Mengarsipkan;Petugas;Surat;10 menit;Arsip;;;;;
                """))).containsExactly("Langkah: baris 3 (baris 24 kolom A berkas CSV) tidak pada urutannya; susun"
                + " langkah menurut nomornya seperti di naskah SOP.");
    }

    @Test
    void aWorkbookNamesItsCells() throws IOException {
        byte[] csv = minimal("""
                1;Menerima berkas;Petugas;Berkas;sebentar;Berkas diterima;;;;;
                """).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SopTableReader.read(new ByteArrayInputStream(SopTableWorkbook.fromCsv(csv,
                List.of())), "contoh.xlsx")).isInstanceOfSatisfying(SopTableProblems.class,
                problems -> assertThat(problems.problems()).containsExactly("Baris 1 (sel Langkah!E2), kolom Waktu:"
                        + " \"sebentar\" bukan waktu yang dapat dibaca; tulis angka dan satuan, misalnya \"10 menit\","
                        + " \"1 jam\", \"1,5 jam\", \"3 hari\", \"2 minggu\" atau \"1 bulan\"."));
    }

    @Test
    void filesThatAreNoTableAreNamed() {
        assertThat(problemsOf("tabel.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1})).containsExactly("Berkas tabel.xls belum dapat dibaca: simpan"
                + " sebagai Buku Kerja Excel (.xlsx) atau CSV.");
        assertThat(problemsOf("tabel.xlsx", "bukan zip".getBytes(StandardCharsets.UTF_8))).singleElement()
                .asString().startsWith("Berkas bukan buku kerja .xlsx yang dapat dibaca");
        assertThat(problemsOf("tabel.csv", "Nama SOP;Contoh\n".getBytes(StandardCharsets.UTF_8))).containsExactly(
                "Isi sebelum judul bagian pertama (baris 1 kolom A berkas CSV): tabel dimulai dengan baris judul"
                        + " Identitas, lalu Pelaksana dan Langkah.",
                "Bagian Identitas tidak ditemukan di berkas CSV: tulis baris judul \"Identitas\" sendirian di kolom A,"
                        + " lalu isinya di bawahnya.",
                "Bagian Pelaksana tidak ditemukan di berkas CSV: tulis baris judul \"Pelaksana\" sendirian di kolom A,"
                        + " lalu isinya di bawahnya.",
                "Bagian Langkah tidak ditemukan di berkas CSV: tulis baris judul \"Langkah\" sendirian di kolom A,"
                        + " lalu isinya di bawahnya.");
        assertThat(problemsOf("tabel.pdf", new byte[0])).containsExactly("Berkas tabel.pdf bukan tabel SOP: unggah"
                + " berkas .xlsx atau .csv (lihat sop-tabel/TEMPLATE-sop.xlsx).");
    }

    @Test
    void aDateTypedAsADateReadsAsTheIndonesianDate() throws IOException {
        byte[] xlsx = withDateCell();

        assertThat(SopTableReader.read(new ByteArrayInputStream(xlsx), "tanggal.xlsx").header().tanggalEfektif())
                .isEqualTo("30 Januari 2023");
    }

    /** The same workbook with "Tanggal efektif" typed as a date (a number formatted d/m/yyyy, as Excel stores it). */
    private static byte[] withDateCell() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "sopflow", "1.0");
        List<String[]> identitas = List.of(new String[] {"Nama SOP", "Contoh"},
                new String[] {"Kunci proses", "contoh-sop"}, new String[] {"Nomor SOP", "-"},
                new String[] {"Tanggal pembuatan", "-"}, new String[] {"Tanggal revisi", "-"},
                new String[] {"Disahkan oleh", "-"}, new String[] {"Dasar hukum", "-"},
                new String[] {"Kualifikasi pelaksana", "-"}, new String[] {"Keterkaitan", "-"},
                new String[] {"Peralatan/perlengkapan", "-"}, new String[] {"Peringatan", "-"},
                new String[] {"Pencatatan dan pendataan", "-"}, new String[] {"Organisasi", "kec-paringin"},
                new String[] {"Pengawas", "Camat"});
        org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Identitas");
        for (int row = 0; row < identitas.size(); row++) {
            sheet.value(row, 0, identitas.get(row)[0]);
            sheet.value(row, 1, identitas.get(row)[1]);
        }
        sheet.value(identitas.size(), 0, "Tanggal efektif");
        sheet.value(identitas.size(), 1, java.time.LocalDate.of(2023, 1, 30));
        sheet.style(identitas.size(), 1).format("d/m/yyyy").set();
        String[][] actors = {{"Nama pelaksana", "Grup", "Per desa/unit", "Memulai"},
                {"Petugas", "contoh-petugas", "Tidak", "Ya"}, {"Camat", "contoh-camat", "Tidak", "Tidak"}};
        sheet = workbook.newWorksheet("Pelaksana");
        for (int row = 0; row < actors.length; row++) {
            for (int column = 0; column < actors[row].length; column++) {
                sheet.value(row, column, actors[row][column]);
            }
        }
        sheet = workbook.newWorksheet("Langkah");
        String[] header = {"No", "Uraian kegiatan", "Pelaksana", "Kelengkapan", "Waktu", "Output"};
        String[] step = {"1", "Menerima berkas", "Petugas", "Berkas", "10 menit", "Berkas diterima"};
        for (int column = 0; column < header.length; column++) {
            sheet.value(0, column, header[column]);
            sheet.value(1, column, step[column]);
        }
        workbook.finish();
        return out.toByteArray();
    }

    /** A table with every header field and two actors (Petugas starts, Camat supervises) and the given steps. */
    private static String minimal(String steps) {
        return """
                Identitas
                Nama SOP;Contoh
                Kunci proses;contoh-sop
                Nomor SOP;-
                Tanggal pembuatan;-
                Tanggal revisi;-
                Tanggal efektif;-
                Disahkan oleh;-
                Dasar hukum;-
                Kualifikasi pelaksana;-
                Keterkaitan;-
                Peralatan/perlengkapan;-
                Peringatan;-
                Pencatatan dan pendataan;-
                Organisasi;kec-paringin
                Pengawas;Camat
                Pelaksana
                Nama pelaksana;Grup;Per desa/unit;Memulai
                Petugas;contoh-petugas;Tidak;Ya
                Camat;contoh-camat;Tidak;Tidak
                Langkah
                No;Uraian kegiatan;Pelaksana;Kelengkapan;Waktu;Output;Keterangan;Lanjut ke;Pertanyaan keputusan;Jika Ya;Jika Tidak
                """ + steps;
    }

    private static List<String> problems(String csv) {
        return problemsOf("contoh.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problemsOf(String name, byte[] bytes) {
        try {
            SopTableReader.read(new ByteArrayInputStream(bytes), name);
        } catch (SopTableProblems problems) {
            return problems.problems();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError(name + " terbaca tanpa masalah");
    }

    private static SopTable read(byte[] csv) throws IOException {
        return SopTableReader.read(new ByteArrayInputStream(csv), "tabel.csv");
    }

    /** The table saved with another separator, as LibreOffice may: every field quoted. */
    private static String resaved(byte[] csv, String separator) {
        List<String> problems = new ArrayList<>();
        TableSections sections = CsvSections.read(csv, problems);
        assertThat(problems).isEmpty();
        StringBuilder text = new StringBuilder();
        for (TableSections.Part part : TableSections.Part.values()) {
            text.append(part.title).append(separator.repeat(3)).append("\n");
            for (TableSections.SheetRow row : sections.rows(part)) {
                text.append(String.join(separator, row.cells().stream()
                        .map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").toList())).append("\n");
            }
        }
        return text.toString();
    }

    private static OrganisationDirectory organisation() {
        return new OrganisationDirectory(
                new IdentityProperties(new ClassPathResource("sopflow/organisasi.yaml"), true));
    }
}
