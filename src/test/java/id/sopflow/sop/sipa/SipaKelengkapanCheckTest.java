package id.sopflow.sop.sipa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sopflow.testkit.SharedContextTest;
import id.sopflow.testkit.TestKit;
import id.sopflow.verification.TestImages;

/** {@code ${sipaKelengkapanCheck}} in a running process: what the desa and the gateway get to see. */
@SharedContextTest
class SipaKelengkapanCheckTest {

    private static final String TENANT = "desa-babayau";

    @Autowired
    ProcessEngine engine;

    private String deploymentId;

    @BeforeEach
    void deploy() {
        deploymentId = engine.getRepositoryService().createDeployment().tenantId(TENANT)
                .addClasspathResource("bpmn/verification/uji-verifikasi.bpmn")
                .addInputStream("uji-verifikasi.html", getClass().getResourceAsStream("/bpmn/verification/uji-verifikasi.html"))
                .deploy().getId();
    }

    @AfterEach
    void cleanUp() {
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }

    @Test
    void aCompleteReportGoesToTheAdmin() {
        Map<String, Object> report = completeReport();
        report.put(SipaVariables.FOTO.get(0).name(),
                TestKit.upload("balai.png", TestImages.png(), "image/png"));

        ProcessInstance instance = start(report);

        assertThat(variable(instance, SipaVariables.MASALAH_KELENGKAPAN.name())).isEqualTo("");
        assertThat(variable(instance, SipaVariables.LAPORAN_LENGKAP.name())).isEqualTo(true);
        assertThat(activeTask(instance).getTaskDefinitionKey()).isEqualTo(SipaElements.VERIFIKASI_LAPORAN);
    }

    @Test
    void anIncompleteReportGoesBackToTheDesaWithEveryProblemUntilItIsFixed() {
        Map<String, Object> report = completeReport();
        report.remove(SipaVariables.JUDUL.name());
        report.put(SipaVariables.JENIS_LAPORAN.name(), SipaVariables.JenisLaporan.REALISASI_APBDES.code());
        report.put(SipaVariables.ANGGARAN.name(), 10_000_000L);
        report.put(SipaVariables.REALISASI.name(), 12_500_000);
        report.put(SipaVariables.FOTO.get(0).name(),
                TestKit.upload("kwitansi.jpg", TestImages.pdf(), "image/jpeg"));

        ProcessInstance instance = start(report);

        assertThat(variable(instance, SipaVariables.MASALAH_KELENGKAPAN.name())).isEqualTo(String.join("\n",
                "Judul wajib diisi.",
                "Realisasi (Rp 12.500.000) melebihi anggaran (Rp 10.000.000); isi alasan selisih.",
                "Foto 1 (\"kwitansi.jpg\") bukan gambar JPEG, PNG atau WebP; unggah foto dalam salah satu format itu."));
        assertThat(variable(instance, SipaVariables.LAPORAN_LENGKAP.name())).isEqualTo(false);
        Task fix = activeTask(instance);
        assertThat(fix.getTaskDefinitionKey()).isEqualTo(SipaElements.PERBAIKI_LAPORAN);

        Map<String, Object> fixes = new HashMap<>();
        fixes.put(SipaVariables.JUDUL.name(), "Realisasi APBDes Triwulan I");
        fixes.put(SipaVariables.ALASAN_SELISIH.name(), "Harga material naik; ditutup SiLPA sesuai APBDes Perubahan.");
        fixes.put(SipaVariables.FOTO.get(0).name(),
                TestKit.upload("papan-proyek.jpg", TestImages.png(), "image/jpeg"));
        engine.getTaskService().complete(fix.getId(), fixes);

        assertThat(variable(instance, SipaVariables.MASALAH_KELENGKAPAN.name())).isEqualTo("");
        assertThat(variable(instance, SipaVariables.LAPORAN_LENGKAP.name())).isEqualTo(true);
        assertThat(activeTask(instance).getTaskDefinitionKey()).isEqualTo(SipaElements.VERIFIKASI_LAPORAN);
    }

    @Test
    void aPhotoAboveTheConfiguredSizeIsRefused() {
        Map<String, Object> report = completeReport();
        byte[] large = Arrays.copyOf(TestImages.jpeg(), 5 * 1024 * 1024 + 1);
        report.put(SipaVariables.FOTO.get(0).name(),
                TestKit.upload("drone.jpg", large, "image/jpeg"));

        ProcessInstance instance = start(report);

        assertThat(variable(instance, SipaVariables.MASALAH_KELENGKAPAN.name()))
                .isEqualTo("Foto 1 (\"drone.jpg\") berukuran 5,1 MB; paling besar 5 MB.");
        assertThat(activeTask(instance).getTaskDefinitionKey()).isEqualTo(SipaElements.PERBAIKI_LAPORAN);
    }

    private static Map<String, Object> completeReport() {
        Map<String, Object> report = new HashMap<>();
        report.put(SipaVariables.JENIS_LAPORAN.name(), SipaVariables.JenisLaporan.KEGIATAN_PEMBANGUNAN.code());
        report.put(SipaVariables.JUDUL.name(), "Rehab balai desa");
        report.put(SipaVariables.PERIODE.name(), "Maret 2026");
        report.put(SipaVariables.URAIAN.name(), "Penggantian atap balai desa.");
        report.put(SipaVariables.LOKASI.name(), "Balai Desa Babayau");
        report.put(SipaVariables.TEKS_KONTEN.name(), "Atap balai desa sudah diganti.");
        report.put(SipaVariables.PLATFORM_FACEBOOK.name(), true);
        report.put(SipaVariables.PLATFORM_INSTAGRAM.name(), false);
        return report;
    }

    private ProcessInstance start(Map<String, Object> variables) {
        return engine.getRuntimeService().createProcessInstanceByKey("uji-verifikasi")
                .processDefinitionTenantId(TENANT).setVariables(variables).execute();
    }

    private Object variable(ProcessInstance instance, String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    private Task activeTask(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }
}
