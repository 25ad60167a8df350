package id.sopflow.sop.sipa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import id.sopflow.verification.UploadedFile;

/**
 * A desa's report as its form filled it in (start form or "Perbaiki laporan"), before any check: every field may
 * be missing.
 *
 * @param jenisLaporan a {@link SipaVariables.JenisLaporan#code()}, or anything the form sent
 * @param foto         the photo slots in order (Foto 1, 2, 3); an empty slot is {@code null}
 */
public record SipaReport(String jenisLaporan, String judul, String periode, String uraian, String lokasi,
                         Long anggaran, Long realisasi, String alasanSelisih, String teksKonten,
                         boolean platformFacebook, boolean platformInstagram, List<UploadedFile> foto) {

    public SipaReport {
        foto = foto == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(foto));
    }
}
