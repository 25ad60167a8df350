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
        VariableMap report = Variables.createVariables();
        SipaVariables.JENIS_LAPORAN.put(report, SipaVariables.JenisLaporan.REALISASI_APBDES.code());
        SipaVariables.JUDUL.put(report, "Pembangunan jalan usaha tani RT 02");
        SipaVariables.PERIODE.put(report, "November 2026");
        SipaVariables.LOKASI.put(report, "RT 02 Dusun I");
        SipaVariables.URAIAN.put(report, "Pengerasan jalan sepanjang 250 meter dengan dana desa.");
        SipaVariables.ANGGARAN.put(report, 150_000_000L);
        SipaVariables.REALISASI.put(report, 142_500_000L);
        SipaVariables.TEKS_KONTEN.put(report, "Jalan usaha tani RT 02 selesai dikerjakan. Realisasi "
                + "Rp 142.500.000 dari anggaran Rp 150.000.000.");
        SipaVariables.PLATFORM_FACEBOOK.put(report, true);
        SipaVariables.PLATFORM_INSTAGRAM.put(report, false);
        SipaVariables.FOTO.get(0).put(report, TestKit.upload("jalan.png", png(), "image/png"));
        return report;
    }
}
