package id.sopflow.soptable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.sopflow.deployment.ElementTemplates;
import id.sopflow.deployment.TemplateRules;
import id.sopflow.deployment.UserTaskRules;
import id.sopflow.identity.OrganisationModel;
import id.sopflow.identity.OrganisationModel.Actor;
import id.sopflow.modeler.DiagramGeometry;
import id.sopflow.soptable.SopTable.Decision;
import id.sopflow.soptable.SopTable.Header;
import id.sopflow.soptable.SopTable.Row;
import id.sopflow.soptable.SopTable.Target;
import id.sopflow.soptable.SopTable.Waktu;
import id.sopflow.testkit.PlainTest;

/** The generator without an engine: the diagram's elements, its conventions and layout, the forms, stable output. */
@PlainTest
class SopGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every diagram this generator makes must pass what a deployment and a process owner's eye check. */
    static void assertDeployableAndReadable(GeneratedSop sop) {
        BpmnModelInstance model = model(sop);
        assertThat(DiagramGeometry.problems(model, DiagramGeometry.MAX_WIDTH, DiagramGeometry.MAX_HEIGHT))
                .as(sop.processKey() + ": keterbacaan diagram").isEmpty();
        UserTaskRules.Forms forms = new UserTaskRules.Forms() {
            @Override
            public boolean hasFormRef(String formId, String binding, String version) {
                return sop.forms().containsKey(formId + ".form");
            }

            @Override
            public boolean hasResource(String resourceName) {
                return sop.forms().containsKey(resourceName);
            }

            @Override
            public String where() {
                return "di formulir hasil";
            }
        };
        assertThat(new UserTaskRules(null, forms, true).check(model)).as("aturan tugas pengguna").isEmpty();
        assertThat(new TemplateRules(ElementTemplates.load(Path.of("processes"))).check(model))
                .as("templat elemen").isEmpty();
    }

    static BpmnModelInstance model(GeneratedSop sop) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(sop.bpmn().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSuratKeteranganTableBecomesLanesTasksTimersAndYaTidakGateways() throws Exception {
        GeneratedSop sop = SopGenerator.generate(SuratKeteranganTable.table());
        BpmnModelInstance model = model(sop);

        assertThat(DiagramGeometry.lanesTopToBottom(model))
                .containsExactly("Pemerintah Desa", "Admin", "Kasi Pelayanan", "Camat");
        UserTask check = model.getModelElementById("userTask_periksaKelengkapanBerkasPermohonan");
        assertThat(check.getName()).isEqualTo("Periksa kelengkapan berkas permohonan");
        assertThat(check.getCamundaCandidateGroups()).isEqualTo("sk-admin");
        // A row with an output: an embedded form, for the output's optional file (a Camunda Form cannot upload).
        assertThat(check.getCamundaFormKey()).isEqualTo("embedded:deployment:surat-keterangan-kecamatan-baris-2.html");
        assertThat(check.getCamundaDueDate()).isEqualTo("PT1H");
        assertThat(check.getDocumentations().iterator().next().getTextContent())
                .startsWith("Baris 2 SOP Pelayanan Surat Keterangan Kecamatan.\nKegiatan: Periksa kelengkapan")
                .contains("Kelengkapan: Berkas permohonan\nWaktu (mutu baku): 1 Jam\nOutput: Berkas lengkap");
        BoundaryEvent timer = model.getModelElementById("timer_periksaKelengkapanBerkasPermohonanTerlambat");
        assertThat(timer.cancelActivity()).isFalse();
        assertThat(timer.getAttachedTo()).isEqualTo(check);
        assertThat(timer.getOutgoing().iterator().next().getTarget().getName()).isEqualTo("Terlambat dicatat");

        ExclusiveGateway gateway = model.getModelElementById("gateway_berkasLengkap");
        assertThat(gateway.getName()).isEqualTo("Berkas lengkap?");
        assertThat(gateway.getOutgoing()).extracting(SequenceFlow::getName).containsExactlyInAnyOrder("Ya", "Tidak");
        assertThat(gateway.getOutgoing()).extracting(flow -> flow.getConditionExpression().getTextContent())
                .containsExactlyInAnyOrder("${berkasLengkap}", "${!berkasLengkap}");
        UserTask fix = model.getModelElementById("userTask_lengkapiBerkasPermohonan");
        assertThat(fix.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "modelerTemplate"))
                .isEqualTo("id.sopflow.reworkWithHistory");
        assertThat(model.getDefinitions().getAttributeValueNs("http://camunda.org/schema/modeler/1.0",
                "executionPlatformVersion")).isEqualTo("7.24.0");

        assertDeployableAndReadable(sop);
    }

    /**
     * A complaint SOP with every kind of jump the paper allows: a Tidak that ends the SOP, a Ya that skips a row, a
     * short rework loop nested in a long one back to row 2, a decision whose Ya ends the SOP.
     */
    @Test
    void jumpsForwardAndBackNestedLoopsAndEndsAreDrawnWithoutCrossings() {
        GeneratedSop sop = SopGenerator.generate(complaintTable());

        assertDeployableAndReadable(sop);
        BpmnModelInstance model = model(sop);
        assertThat(model.getModelElementsByType(UserTask.class)).hasSize(6);
        assertThat(model.getModelElementsByType(ExclusiveGateway.class)).extracting(ExclusiveGateway::getName)
                .containsExactly(null, "Pengaduan dapat ditindaklanjuti?", null, "Hasil memadai?", "Pelapor puas?");
    }

    @Test
    void theFormsAskForEachKelengkapanTheOutputAndADecisionWithItsReason() throws Exception {
        GeneratedSop sop = SopGenerator.generate(SuratKeteranganTable.table());

        // Every row of this table has an output, so every row's form is embedded HTML (for the output's file).
        assertThat(sop.forms().keySet()).containsExactlyInAnyOrder("surat-keterangan-kecamatan-mulai.form",
                "surat-keterangan-kecamatan-baris-1.html", "surat-keterangan-kecamatan-baris-2.html",
                "surat-keterangan-kecamatan-baris-3.html", "surat-keterangan-kecamatan-baris-4.html",
                "surat-keterangan-kecamatan-baris-5.html", "surat-keterangan-kecamatan-baris-6.html");
        JsonNode start = JSON.readTree(sop.forms().get("surat-keterangan-kecamatan-mulai.form"));
        assertThat(start.path("components").findValuesAsText("key")).containsExactly("judul");

        Document first = Jsoup.parse(sop.forms().get("surat-keterangan-kecamatan-baris-1.html"));
        assertThat(first.select("[cam-variable-name]").eachAttr("cam-variable-name")).containsExactly(
                "ajukanPermohonanSuratKeteranganKelengkapan1", "ajukanPermohonanSuratKeteranganKelengkapan2",
                "ajukanPermohonanSuratKeteranganKelengkapan3", "ajukanPermohonanSuratKeteranganCatatan",
                "ajukanPermohonanSuratKeteranganBerkasBaru");
        Element box = first.selectFirst("[cam-variable-name=ajukanPermohonanSuratKeteranganKelengkapan1]");
        assertThat(box.attr("type")).isEqualTo("checkbox");
        assertThat(box.hasAttr("required")).isTrue();
        assertThat(box.parent().text()).isEqualTo("Surat pengantar desa");
        assertThat(first.text()).contains("Baris 1: Ajukan permohonan surat keterangan",
                "Output: Berkas permohonan");

        Document decision = Jsoup.parse(sop.forms().get("surat-keterangan-kecamatan-baris-2.html"));
        Element select = decision.selectFirst("select[cam-variable-name=berkasLengkap]");
        assertThat(select.attr("cam-variable-type")).isEqualTo("Boolean");
        assertThat(select.select("option").eachText()).containsExactly("— pilih —", "Ya", "Tidak");
        assertThat(decision.selectFirst("label[for=keputusan]").text()).isEqualTo("Berkas lengkap?");
        Element reason = decision.selectFirst("textarea#alasan");
        assertThat(reason.attr("cam-variable-name")).isEqualTo("alasanBerkasLengkap");
        assertThat(decision.selectFirst("label[for=alasan]").text()).contains("wajib bila Tidak");

        String fix = sop.forms().get("surat-keterangan-kecamatan-baris-3.html");
        assertThat(fix).contains("'tinjauanTerakhir'", "'riwayatTinjauan'", "Keputusan terakhir (mengapa dikembalikan)");
    }

    /** Issue 19: a row's output may also be uploaded as a file, optional, kept with the case by {@link OutputFiles}. */
    @Test
    void aRowWithAnOutputOffersTheOutputAsAnOptionalFileAndARowWithoutKeepsItsCamundaForm() throws Exception {
        SopTable table = SuratKeteranganTable.table();
        GeneratedSop sop = SopGenerator.generate(table);
        Element file = Jsoup.parse(sop.forms().get("surat-keterangan-kecamatan-baris-4.html"))
                .selectFirst("input[type=file]");
        assertThat(file.attr("cam-variable-name")).isEqualTo("buatKonsepSuratKeteranganBerkasBaru");
        assertThat(file.attr("cam-variable-type")).isEqualTo("File");
        assertThat(file.hasAttr("required")).isFalse();
        assertThat(file.attr("cam-max-filesize")).isEqualTo("10485760");
        assertThat(sop.forms().get("surat-keterangan-kecamatan-baris-4.html"))
                .contains("Unggah berkas output (tidak wajib)", "'buatKonsepSuratKeteranganBerkas'");
        assertThat(sop.bpmn()).contains("camunda:formKey=\"embedded:deployment:surat-keterangan-kecamatan-baris-4.html\"");

        // Table text is data: escaped, and kept out of Angular's reach.
        List<SopTable.Row> rows = new java.util.ArrayList<>(table.rows());
        SopTable.Row fourth = rows.get(3);
        rows.set(3, new SopTable.Row(4, "Buat konsep <b>surat</b> {{1+1}}", fourth.actor(), fourth.kelengkapan(),
                fourth.waktu(), "", fourth.keterangan(), fourth.next(), fourth.decision()));
        rows.set(0, new SopTable.Row(1, rows.get(0).kegiatan(), rows.get(0).actor(), rows.get(0).kelengkapan(),
                rows.get(0).waktu(), "Surat {{konstruktor}} & <i>lampiran</i>", rows.get(0).keterangan(),
                rows.get(0).next(), rows.get(0).decision()));
        GeneratedSop changed = SopGenerator.generate(new SopTable(table.header(), table.actors(), rows));
        assertThat(changed.forms()).containsKey("surat-keterangan-kecamatan-baris-4.form")
                .doesNotContainKey("surat-keterangan-kecamatan-baris-4.html");
        String escaped = changed.forms().get("surat-keterangan-kecamatan-baris-1.html");
        assertThat(escaped).contains("Surat {{konstruktor}} &amp; &lt;i&gt;lampiran&lt;/i&gt;")
                .doesNotContain("<i>lampiran");
        Document parsed = Jsoup.parse(escaped);
        for (Element element : parsed.getElementsContainingOwnText("{{konstruktor}}")) {
            assertThat(element.closest("[ng-non-bindable]")).as(element.outerHtml()).isNotNull();
        }
    }

    @Test
    void theSameTableGivesTheSameBytesAndTheFilesLandWhereModelerLooks(@TempDir Path out) throws Exception {
        GeneratedSop once = SopGenerator.generate(SuratKeteranganTable.table());
        GeneratedSop again = SopGenerator.generate(SuratKeteranganTable.table());
        assertThat(again.bpmn()).isEqualTo(once.bpmn());
        assertThat(again.forms()).isEqualTo(once.forms());

        List<Path> written = SopGenerator.write(SuratKeteranganTable.table(), out).write(out);

        assertThat(written).contains(out.resolve("processes/surat-keterangan-kecamatan.bpmn"),
                out.resolve("forms/surat-keterangan-kecamatan-baris-2.html"),
                out.resolve("organisasi-surat-keterangan-kecamatan.yaml"));
        assertThat(Files.readString(out.resolve("processes/surat-keterangan-kecamatan.bpmn"))).isEqualTo(once.bpmn());
    }

    @Test
    void theOrganisationEntryReadsBackAndNamesTheGroupsTheFileLacks() throws Exception {
        GeneratedSop sop = SopGenerator.generate(complaintTable());
        var yaml = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        List<OrganisationModel.Sop> entries = List.of(yaml.readValue(
                sop.organisationEntry().replaceFirst("(?m)^  - ", "- ").replaceAll("(?m)^    ", "  "),
                OrganisationModel.Sop[].class));
        assertThat(entries).containsExactly(sop.sop());

        OrganisationModel organisation = new OrganisationModel(List.of(), List.of(new OrganisationModel.Sop(
                "aduan-lama", "Aduan (lama)", "kec-paringin", "aduan-kasi",
                List.of(new Actor("aduan-kasi", "Kasi Pemerintahan", true, false)), List.of())),
                List.of(), "demo", List.of());
        assertThat(sop.groupsMissingFrom(organisation)).extracting(Actor::group)
                .containsExactly("aduan-petugas", "aduan-tim-teknis");
    }

    /**
     * As long as the Profil SOP of the seeds (13 rows, five actors, two review levels each sending back one level,
     * a month-long verification sending back to the Pokja): every name whole, nothing over anything, no crossing.
     * Its width is beyond the 2,500 px of the hand-drawn diagrams' check (see the README): rows run left to right.
     */
    @Test
    void aThirteenRowTableWithThreeLoopsHasNoOverlapsOrCrossings() {
        GeneratedSop sop = SopGenerator.generate(profilLikeTable());
        BpmnModelInstance model = model(sop);

        assertThat(DiagramGeometry.problems(model, Double.MAX_VALUE, DiagramGeometry.MAX_HEIGHT)).isEmpty();
        assertThat(DiagramGeometry.size(model)[0]).isLessThan(3000);
    }

    static SopTable profilLikeTable() {
        Header header = new Header("profil-tabel", "Pengembangan Data Profil Kampung", "-", "-", "-", "-", "Kabid",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "dinas-kominfo", "p-kadis");
        List<Actor> actors = List.of(new Actor("p-kadis", "Kadis", true, false),
                new Actor("p-kabid", "Kabid", false, false), new Actor("p-kasi", "Kasi", false, false),
                new Actor("p-tim", "Tim", false, false), new Actor("p-pokja", "Pokja Profil Kampung/Kelurahan", false,
                        true));
        Waktu quarter = new Waktu("15 menit", "PT15M");
        Waktu day = new Waktu("1 hari", "P1D");
        Waktu three = new Waktu("3 jam", "PT3H");
        Waktu month = new Waktu("1 bulan", "P1M");
        List<Row> rows = List.of(
                new Row(1, "Perintahkan Kabid mempersiapkan kegiatan", "p-kadis", List.of("Agenda kerja"), quarter,
                        "Disposisi", "", new Target(2), null),
                new Row(2, "Tugaskan Kasi menyusun konsep SK Tim", "p-kabid", List.of(), quarter, "Disposisi", "",
                        new Target(3), null),
                new Row(3, "Susun konsep SK Tim Kegiatan", "p-kasi", List.of(), day, "Draft konsep SK", "",
                        new Target(4), null),
                new Row(4, "Periksa konsep SK Tim Kegiatan", "p-kabid", List.of("Draft konsep SK"), three, "", "",
                        null, new Decision("Konsep SK disetujui Kabid?", new Target(5), new Target(3))),
                new Row(5, "Periksa dan tandatangani draft SK", "p-kadis", List.of(), three, "SK Tim Kegiatan", "",
                        null, new Decision("Draft SK disetujui Kadis?", new Target(6), new Target(4))),
                new Row(6, "Serahkan SK kepada Kasi", "p-kabid", List.of(), new Waktu("10 menit", "PT10M"), "", "",
                        new Target(7), null),
                new Row(7, "Arsipkan SK dan adakan rapat persiapan", "p-kasi", List.of(), three, "", "",
                        new Target(8), null),
                new Row(8, "Isi formulir instrumen profil", "p-pokja", List.of("Surat edaran", "Formulir instrumen"),
                        month, "Data manual, laporan", "", new Target(9), null),
                new Row(9, "Serahkan data kepada Tim", "p-pokja", List.of(), day, "", "", new Target(10), null),
                new Row(10, "Verifikasi data profil", "p-tim", List.of(), month, "", "", null,
                        new Decision("Data terverifikasi?", new Target(11), new Target(8))),
                new Row(11, "Susun laporan kegiatan", "p-tim", List.of(), day, "Laporan", "", new Target(12), null),
                new Row(12, "Sampaikan laporan kepada Kadis", "p-kabid", List.of(), quarter, "Disposisi", "",
                        new Target(13), null),
                new Row(13, "Adakan rapat penutupan", "p-kasi", List.of(), three, "Data dan laporan", "",
                        Target.SELESAI, null));
        return new SopTable(header, actors, rows);
    }

    /** Actors: a kecamatan's complaint desk. Row 2's Tidak ends the SOP; row 6's Tidak goes back to row 2. */
    static SopTable complaintTable() {
        Header header = new Header("aduan-uji", "Penanganan Aduan (uji)", "-", "-", "-", "-",
                "Camat", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "kec-paringin",
                "aduan-kasi");
        List<Actor> actors = List.of(new Actor("aduan-petugas", "Petugas Pengaduan", true, false),
                new Actor("aduan-kasi", "Kasi Pemerintahan", false, false),
                new Actor("aduan-tim-teknis", "Tim Teknis", false, false));
        Waktu hour = new Waktu("1 Jam", "PT1H");
        List<Row> rows = List.of(
                new Row(1, "Terima dan catat pengaduan", "aduan-petugas", List.of("Formulir pengaduan"), hour,
                        "Pengaduan tercatat", "", new Target(2), null),
                new Row(2, "Telaah pengaduan", "aduan-kasi", List.of(), new Waktu("1 hari", "P1D"), "Hasil telaah",
                        "", null, new Decision("Pengaduan dapat ditindaklanjuti", new Target(3), Target.SELESAI)),
                new Row(3, "Tindak lanjuti pengaduan ke perangkat daerah terkait", "aduan-tim-teknis",
                        List.of(), new Waktu("3 hari", "P3D"), "Hasil tindak lanjut", "", new Target(4), null),
                new Row(4, "Periksa hasil tindak lanjut", "aduan-kasi", List.of(), hour, "", "", null,
                        new Decision("Hasil memadai?", new Target(6), new Target(5))),
                new Row(5, "Perbaiki tindak lanjut", "aduan-tim-teknis", List.of(), new Waktu("1 hari", "P1D"),
                        "", "", new Target(4), null),
                new Row(6, "Sampaikan jawaban kepada pelapor", "aduan-petugas", List.of(), hour,
                        "Jawaban tersampaikan", "", null,
                        new Decision("Pelapor puas?", Target.SELESAI, new Target(2))));
        return new SopTable(header, actors, rows);
    }
}
