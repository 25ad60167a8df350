package id.sopflow.sop.sipa;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import id.sopflow.testkit.TestKit;

/** A desa's report as the start form hands it in. */
final class SipaFixtures {

    private SipaFixtures() {
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x2e7d32);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VariableMap completeReport() {
        return Variables.createVariables()
                .putValue(SipaVariables.JENIS_LAPORAN.name(), SipaVariables.JenisLaporan.REALISASI_APBDES.code())
                .putValue(SipaVariables.JUDUL.name(), "Pembangunan jalan usaha tani RT 02")
                .putValue(SipaVariables.PERIODE.name(), "November 2026")
                .putValue(SipaVariables.LOKASI.name(), "RT 02 Dusun I")
                .putValue(SipaVariables.URAIAN.name(), "Pengerasan jalan sepanjang 250 meter dengan dana desa.")
                .putValue(SipaVariables.ANGGARAN.name(), 150_000_000L)
                .putValue(SipaVariables.REALISASI.name(), 142_500_000L)
                .putValue(SipaVariables.TEKS_KONTEN.name(), "Jalan usaha tani RT 02 selesai dikerjakan. Realisasi "
                        + "Rp 142.500.000 dari anggaran Rp 150.000.000.")
                .putValue(SipaVariables.PLATFORM_FACEBOOK.name(), true)
                .putValue(SipaVariables.PLATFORM_INSTAGRAM.name(), false)
                .putValue("foto1", TestKit.upload("jalan.png", png(), "image/png"));
    }
}
