package id.sopflow.soptable;

import java.util.List;

import id.sopflow.identity.OrganisationModel.Actor;
import id.sopflow.soptable.SopTable.Decision;
import id.sopflow.soptable.SopTable.Header;
import id.sopflow.soptable.SopTable.Row;
import id.sopflow.soptable.SopTable.Target;
import id.sopflow.soptable.SopTable.Waktu;

/**
 * A small real service as a Permenpan SOP table: a desa asks the kecamatan for a surat keterangan (rekomendasi). The
 * admin checks the berkas (Tidak: the desa completes it and it comes back), the Kasi drafts the letter, the Camat
 * signs or sends the draft back. Its actor groups are new to the organisation file, as a new SOP's usually are.
 */
final class SuratKeteranganTable {

    static final String KEY = "surat-keterangan-kecamatan";

    private SuratKeteranganTable() {
    }

    static SopTable table() {
        Header header = new Header(KEY, "Pelayanan Surat Keterangan Kecamatan", "470/12/CPAR/2026",
                "5 Januari 2026", "-", "12 Januari 2026", "Camat Paringin",
                List.of("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                        "Peraturan Bupati Balangan tentang Pelimpahan Sebagian Kewenangan Bupati kepada Camat"),
                List.of("Memahami administrasi kependudukan", "Mampu mengoperasikan komputer"),
                List.of("SOP Pelayanan Administrasi Terpadu Kecamatan"),
                List.of("Komputer", "Printer", "Stempel"),
                List.of("Surat keterangan tidak diterbitkan tanpa berkas yang lengkap"),
                List.of("Register surat keterangan"), "kec-paringin", "sk-camat");
        List<Actor> actors = List.of(
                new Actor("sk-pemerintah-desa", "Pemerintah Desa", true, true),
                new Actor("sk-admin", "Admin", false, false),
                new Actor("sk-kasi", "Kasi Pelayanan", false, false),
                new Actor("sk-camat", "Camat", false, false));
        List<Row> rows = List.of(
                new Row(1, "Ajukan permohonan surat keterangan", "sk-pemerintah-desa",
                        List.of("Surat pengantar desa", "Fotokopi KTP pemohon", "Fotokopi Kartu Keluarga"),
                        new Waktu("1 Jam", "PT1H"), "Berkas permohonan", "", new Target(2), null),
                new Row(2, "Periksa kelengkapan berkas permohonan", "sk-admin",
                        List.of("Berkas permohonan"), new Waktu("1 Jam", "PT1H"), "Berkas lengkap atau catatan kekurangan",
                        "", null, new Decision("Berkas lengkap?", new Target(4), new Target(3))),
                new Row(3, "Lengkapi berkas permohonan", "sk-pemerintah-desa",
                        List.of("Catatan kekurangan dari Admin"), new Waktu("1 hari", "P1D"), "Berkas permohonan lengkap",
                        "", new Target(2), null),
                new Row(4, "Buat konsep surat keterangan", "sk-kasi",
                        List.of("Berkas permohonan lengkap", "Format surat keterangan"), new Waktu("3 Jam", "PT3H"),
                        "Konsep surat keterangan", "", new Target(5), null),
                new Row(5, "Periksa dan tandatangani surat keterangan", "sk-camat",
                        List.of("Konsep surat keterangan"), new Waktu("1 hari", "P1D"), "Surat keterangan ditandatangani",
                        "", null, new Decision("Konsep surat disetujui?", new Target(6), new Target(4))),
                new Row(6, "Serahkan surat keterangan kepada desa", "sk-admin",
                        List.of("Surat keterangan ditandatangani", "Register surat keterangan"),
                        new Waktu("1 Jam", "PT1H"), "Surat keterangan diterima desa", "", Target.SELESAI, null));
        return new SopTable(header, actors, rows);
    }
}
