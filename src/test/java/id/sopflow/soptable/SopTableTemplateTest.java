package id.sopflow.soptable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

/**
 * The template files for process owners. {@code TEMPLATE-sop.xlsx} is made from {@code TEMPLATE-sop.csv} by
 * {@link SopTableWorkbook}, with a first sheet "Petunjuk"; after changing the CSV or the instructions, write it anew:
 * {@code ./mvnw -B -q -o test -Dtest=SopTableTemplateTest -DsopTabel.tulisTemplate=true}. Without the property the
 * test fails while the committed workbook differs from what the CSV makes.
 */
@PlainTest
class SopTableTemplateTest {

    private static final Path CSV = Path.of("sop-tabel/TEMPLATE-sop.csv");
    private static final Path XLSX = Path.of("sop-tabel/TEMPLATE-sop.xlsx");

    static final List<String> PETUNJUK = List.of(
            "Tabel SOP sopflow (format Permenpan-RB): petunjuk pengisian. Lembar ini tidak dibaca.",
            "Isi lembar Identitas, Pelaksana dan Langkah seperti naskah SOP Anda; ganti semua isi contoh."
                    + " Nama lembar dan judul kolom jangan diubah. Penjelasan lengkap: README sopflow, bagian"
                    + " \"Tabel SOP (format Permenpan)\".",
            "IDENTITAS: kolom A nama unsur, kolom B isinya. Semua unsur wajib diisi; tulis - bila naskah SOP tidak"
                    + " memuatnya (kecuali Nama SOP, Kunci proses, Organisasi dan Pengawas). Unsur berbutir (Dasar"
                    + " hukum, Kualifikasi pelaksana, Keterkaitan, Peralatan/perlengkapan, Peringatan, Pencatatan dan"
                    + " pendataan): satu butir per baris dalam sel (Alt+Enter) atau dipisah titik koma; nomor butir"
                    + " boleh ditulis. Kunci proses: huruf kecil, angka dan tanda hubung (misalnya"
                    + " surat-keterangan-domisili). Organisasi: id dari berkas organisasi (misalnya kec-paringin)."
                    + " Pengawas: nama pelaksana yang diberi tahu bila langkah terlambat.",
            "PELAKSANA: satu baris per kolom pelaksana naskah SOP, dalam urutan kolomnya. Grup: id grup pengguna"
                    + " (huruf kecil dan tanda hubung). Per desa/unit: Ya bila pelaksana bekerja untuk satu desa atau"
                    + " kampung saja. Memulai: Ya untuk tepat satu pelaksana, yaitu pelaksana baris 1 (MULAI). Pihak"
                    + " luar (pemohon, masyarakat) bukan pelaksana.",
            "LANGKAH: satu baris per kegiatan, bernomor 1, 2, 3 … seperti naskah. Pelaksana: nama dari lembar"
                    + " Pelaksana. Kelengkapan: satu per baris dalam sel, atau - bila tidak ada. Waktu: angka dan"
                    + " satuan, misalnya 10 menit, 1 jam, 1,5 jam, 3 hari, 2 minggu, 1 bulan (menit, jam, hari dan"
                    + " minggu dihitung sebagai waktu kerja).",
            "Lanjut ke: kosong berarti baris berikutnya (baris terakhir: SELESAI); tulis nomor baris untuk"
                    + " melompat atau kembali, atau SELESAI. Baris keputusan (belah ketupat): isi Pertanyaan keputusan,"
                    + " Jika Ya dan Jika Tidak (nomor baris atau SELESAI) dan biarkan Lanjut ke kosong.",
            "Simpan sebagai Buku Kerja Excel (.xlsx), atau sebagai CSV (titik koma) dengan ketiga bagian di bawah"
                    + " judulnya masing-masing seperti TEMPLATE-sop.csv. Semua kesalahan disebutkan sekaligus, per"
                    + " sel.");

    @Test
    void theCommittedWorkbookIsTheTemplateCsv() throws IOException {
        byte[] csv = Files.readAllBytes(CSV);
        byte[] made = SopTableWorkbook.fromCsv(csv, PETUNJUK);
        if (Boolean.getBoolean("sopTabel.tulisTemplate")) {
            Files.write(XLSX, made);
        }

        SopTable template = SopTableReader.read(CSV);

        assertThat(SopTableReader.read(XLSX)).isEqualTo(template);
        assertThat(cells(Files.newInputStream(XLSX)))
                .as("TEMPLATE-sop.xlsx usang: jalankan ./mvnw -B -q -o test -Dtest=SopTableTemplateTest"
                        + " -DsopTabel.tulisTemplate=true")
                .isEqualTo(cells(new ByteArrayInputStream(made)));
        assertThat(template.rows()).hasSize(5);
        assertThat(template.rows().stream().filter(SopTable.Row::isDecision)).hasSize(1);
    }

    /** Every sheet's cells as text, sheet by sheet in order. */
    private static Map<String, List<List<String>>> cells(InputStream in) throws IOException {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (in; ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    rows.add(row.stream().map(cell -> cell == null ? "" : cell.getRawValue() == null ? ""
                            : cell.getRawValue()).toList());
                }
                sheets.put(sheet.getName(), rows);
            }
        }
        return sheets;
    }
}
