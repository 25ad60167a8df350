package id.sopflow.formcontract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import id.sopflow.testkit.PlainTest;

import id.sopflow.sop.profil.ProfilVariables;

/** The deployed forms read as contracts, and the rules applied, without an engine. */
@PlainTest
class FormContractsTest {

    static Stream<Path> forms() throws IOException {
        return Files.list(Path.of("forms")).filter(path -> path.toString().matches(".*\\.(form|html)")).sorted();
    }

    static FormContract contract(String file) throws IOException {
        return FormContracts.parse(file, Files.readString(Path.of("forms", file)));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyDeployedFormIsReadAndDeclaresItsFields(Path form) throws IOException {
        FormContract contract = FormContracts.parse(form.toString(), Files.readString(form));
        assertThat(contract.fields()).as(form.toString()).isNotEmpty();
        assertThat(contract.fields().keySet()).noneMatch(name -> name.isBlank());
    }

    @Test
    void theSipaReportFormDeclaresTypesOptionsAndRequiredFields() throws IOException {
        FormContract report = contract("sipa-laporan.html");
        assertThat(report.fields().keySet()).contains("jenisLaporan", "judul", "anggaran", "foto1", "platformFacebook")
                .doesNotContain("kodePublik", "pelapor", "desa", "tautanPublikasi");
        assertThat(report.fields().get("jenisLaporan").options())
                .containsExactly("kegiatan-pembangunan", "realisasi-apbdes", "lainnya");
        assertThat(report.fields().get("judul").maxLength()).isEqualTo(150);
        assertThat(report.fields().get("judul").required()).isTrue();
        assertThat(report.fields().get("anggaran").kind()).isEqualTo(FieldRule.Kind.WHOLE_NUMBER);
        assertThat(report.fields().get("foto1").kind()).isEqualTo(FieldRule.Kind.FILE);
    }

    @Test
    void aRequiredInputShownOnlySometimesAndAHiddenInputAreReadAsTheBrowserSeesThem() {
        FormContract form = FormContracts.parse("uji.html", """
                <form>
                  <input type="hidden" cam-variable-name="sumber" cam-variable-type="String" maxlength="10"/>
                  <div ng-if="x"><input required cam-variable-name="kadang" cam-variable-type="String"/></div>
                  <input required pattern="[0-9]{4}" cam-variable-name="tahun" cam-variable-type="String"/>
                </form>""");
        assertThat(form.fields().get("sumber").maxLength()).isEqualTo(10);
        assertThat(form.fields().get("kadang").required()).isFalse();
        List<String> problems = form.problems(Map.of("tahun", Variables.stringValue("20261")), List.of(),
                name -> null, true, Set.of());
        assertThat(problems).containsExactly("«tahun» tidak sesuai format yang diminta formulir.");
    }

    /** The generated step forms (issue 19): a Ya/Tidak radio with Boolean values, kelengkapan checkboxes to tick. */
    @Test
    void aYaTidakRadioIsABooleanAndARequiredCheckboxMustBeTickedOnTheServerToo() {
        FormContract form = FormContracts.parse("langkah.form", """
                {"components": [
                  {"key": "berkasLengkap", "type": "radio", "label": "Berkas lengkap?", "validate": {"required": true},
                   "values": [{"label": "Ya", "value": true}, {"label": "Tidak", "value": false}]},
                  {"key": "ktp", "type": "checkbox", "label": "Fotokopi KTP", "validate": {"required": true}},
                  {"key": "boleh", "type": "checkbox", "label": "Opsional"}]}""");
        assertThat(form.fields().get("berkasLengkap").kind()).isEqualTo(FieldRule.Kind.BOOLEAN);

        assertThat(form.problems(Map.of("berkasLengkap", Variables.booleanValue(false), "ktp",
                Variables.booleanValue(true), "boleh", Variables.booleanValue(false)), List.of(), name -> null, true,
                Set.of())).isEmpty();
        assertThat(form.problems(Map.of("berkasLengkap", Variables.stringValue("ya"), "ktp",
                Variables.booleanValue(false)), List.of(), name -> null, true, Set.of())).containsExactlyInAnyOrder(
                "«Berkas lengkap?» (berkasLengkap) harus berupa Ya/Tidak (true/false), bukan \"ya\".",
                "«Fotokopi KTP» (ktp) wajib dicentang.");
    }

    /** The generated embedded step forms (issue 19): a kelengkapan to tick, the output's optional file. */
    @Test
    void anEmbeddedRequiredCheckboxMustBeTickedAndAnUntouchedFileInputIsEmpty() {
        FormContract form = FormContracts.parse("langkah.html", """
                <form>
                  <label><input type="checkbox" required cam-variable-name="ktp" cam-variable-type="Boolean"/> KTP</label>
                  <input type="file" id="berkas" cam-variable-name="hasilBerkasBaru" cam-variable-type="File"/>
                </form>""");
        assertThat(form.fields().get("hasilBerkasBaru").kind()).isEqualTo(FieldRule.Kind.FILE);
        assertThat(form.fields().get("hasilBerkasBaru").required()).isFalse();
        assertThat(form.problems(Map.of("ktp", Variables.booleanValue(true), "hasilBerkasBaru",
                Variables.fileValue("surat.pdf").file(new byte[] {1}).create()), List.of(), name -> null, true,
                Set.of())).isEmpty();
        assertThat(form.problems(Map.of("ktp", Variables.booleanValue(true), "hasilBerkasBaru",
                Variables.fileValue("").file(new byte[0]).create()), List.of(), name -> null, true, Set.of()))
                .isEmpty();
        assertThat(form.problems(Map.of("ktp", Variables.booleanValue(false), "hasilBerkas",
                Variables.fileValue("lain.pdf").file(new byte[] {1}).create()), List.of(), name -> null, true,
                Set.of())).containsExactlyInAnyOrder("«KTP» (ktp) wajib dicentang.",
                "«hasilBerkas» tidak ada di formulir ini dan tidak boleh diisi.");
    }

    private static final int MB = 1024 * 1024;

    private static List<String> upload(FormContract form, String variable, String filename, int size) {
        return form.problems(Map.of(variable, Variables.fileValue(filename).mimeType("application/pdf")
                .file(new byte[size]).create()), List.of(), name -> null, false, Set.of());
    }

    /**
     * An embedded file input's {@code cam-max-filesize} holds on the server too (Tasklist checks it only in the
     * browser): a file exactly at the limit passes, one byte more is refused in {@code UploadRule}'s words, with the
     * label's bracketed hint left out of the name.
     */
    @Test
    void aFileLargerThanTheInputsMaxFilesizeIsRefusedInUploadRulesWords() {
        FormContract form = FormContracts.parse("langkah.html", """
                <form>
                  <label for="berkas">Unggah berkas output (tidak wajib)</label>
                  <input type="file" id="berkas" cam-variable-name="hasilBerkasBaru" cam-variable-type="File"
                         cam-max-filesize="10485760"/>
                </form>""");
        assertThat(upload(form, "hasilBerkasBaru", "surat.pdf", 10 * MB)).isEmpty();
        assertThat(upload(form, "hasilBerkasBaru", "besar.pdf", 10 * MB + 1)).containsExactly(
                "«Unggah berkas output» (hasilBerkasBaru) (\"besar.pdf\") berukuran 10,1 MB; paling besar 10 MB.");
        assertThat(form.problems(Map.of("hasilBerkasBaru", Variables.fileValue("").file(new byte[0]).create()),
                List.of(), name -> null, true, Set.of())).as("input dibiarkan kosong").isEmpty();
    }

    /** Without cam-max-filesize Tasklist's browser takes at most 5,000,000 bytes: so does the server. */
    @Test
    void aFileInputWithoutMaxFilesizeHasTasklistsOwnLimit() {
        FormContract form = FormContracts.parse("uji.html", """
                <form><input type="file" cam-variable-name="lampiran" cam-variable-type="File"/></form>""");
        assertThat(upload(form, "lampiran", "a.pdf", 5_000_000)).isEmpty();
        assertThat(upload(form, "lampiran", "a.pdf", 5_000_001))
                .containsExactly("«lampiran» (\"a.pdf\") berukuran 4,8 MB; paling besar 4,7 MB.");
    }

    /**
     * A cam-max-filesize that is no number of bytes is a broken form, not a reason for a stack trace: the form is
     * still read, a file sent to that input is refused with a message that names the attribute (the browser reads
     * "10MB" as 10 bytes, so no size can be trusted), and the rest of the form works.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"10MB", "sepuluh", "0", "-5", "1e7",
            "99999999999999999999"})
    void anUnreadableMaxFilesizeRefusesTheFileWithAMessageForTheProcessOwner(String written) {
        FormContract form = FormContracts.parse("rusak.html", """
                <form>
                  <input cam-variable-name="catatan" cam-variable-type="String"/>
                  <label for="berkas">Lampiran</label>
                  <input type="file" id="berkas" cam-variable-name="lampiran" cam-variable-type="File"
                         cam-max-filesize="%s"/>
                </form>""".formatted(written));
        assertThat(upload(form, "lampiran", "a.pdf", 10)).containsExactly("«Lampiran» (lampiran): batas ukuran "
                + "berkas di formulir tidak sah (cam-max-filesize=\"" + written + "\" bukan jumlah byte), jadi berkas "
                + "tidak dapat diterima; hubungi pemilik proses.");
        assertThat(form.problems(Map.of("catatan", Variables.stringValue("ok"), "lampiran",
                Variables.fileValue("").file(new byte[0]).create()), List.of(), name -> null, true, Set.of()))
                .isEmpty();
    }

    /**
     * The hand-written SOPs' forms: the contract refuses an oversized photo before SIPA's own kelengkapan check sees
     * it, with the sentence that check gives ({@code SipaKelengkapanCheckTest}: "Foto 1 ("drone.jpg") berukuran 5,1
     * MB; paling besar 5 MB."); a label Angular fills in reads as the variable's name.
     */
    @Test
    void theHandWrittenFormsRefuseAnOversizedFileAsTheirSopsOwnCheckWould() throws IOException {
        assertThat(upload(contract("sipa-laporan.html"), "foto1", "drone.jpg", 5 * MB)).isEmpty();
        assertThat(upload(contract("sipa-laporan.html"), "foto1", "drone.jpg", 5 * MB + 1))
                .containsExactly("«Foto 1» (foto1) (\"drone.jpg\") berukuran 5,1 MB; paling besar 5 MB.");
        assertThat(upload(contract("ppid-konsep-materi.html"), "gambarBaru1", "besar.png", 5 * MB + 1))
                .containsExactly("«gambarBaru1» (\"besar.png\") berukuran 5,1 MB; paling besar 5 MB.");
        assertThat(upload(contract("setwan-kumpulkan-data.html"), "lampiranBaru3", "besar.png", 10 * MB + 1))
                .containsExactly("«Unggah lampiran 3» (lampiranBaru3) (\"besar.png\") berukuran 10,1 MB; "
                        + "paling besar 10 MB.");
    }

    /**
     * Every file input of every deployed form states its limit readably and in whole MB, the unit the messages use:
     * a limit of 5,000,000 bytes would read "paling besar 4,7 MB" under a label that says 5 MB.
     */
    @ParameterizedTest
    @MethodSource("forms")
    void everyFileInputOfTheDeployedFormsHasAReadableLimitInWholeMegabytes(Path form) throws IOException {
        FormContract contract = FormContracts.parse(form.toString(), Files.readString(form));
        contract.fields().values().stream().filter(field -> field.kind() == FieldRule.Kind.FILE).forEach(field -> {
            assertThat(field.fileSize().unreadable()).as(form + " " + field.name()).isNull();
            assertThat(field.fileSize().rule().maxBytes() % MB).as(form + " " + field.name()).isZero();
        });
    }

    @Test
    void everyProblemIsListedAtOnce() throws IOException {
        Map<String, TypedValue> values = new java.util.LinkedHashMap<>();
        values.put(ProfilVariables.TAHUN_DATA.name(), Variables.longValue(99999999L));
        values.put(ProfilVariables.JUDUL_KEGIATAN.name(), Variables.stringValue("x".repeat(151)));
        values.put("_rahasia", Variables.booleanValue(true));
        values.put("tidakDikenal", Variables.stringValue("a"));
        List<String> problems = contract("profil-mulai.form").problems(values, List.of(), name -> null, true,
                Set.of());
        assertThat(problems).containsExactlyInAnyOrder(
                "«_rahasia» diisi oleh sistem dan tidak boleh diisi dari luar.",
                "«tidakDikenal» tidak ada di formulir ini dan tidak boleh diisi.",
                "«Nama kegiatan» (judulKegiatan) paling banyak 150 karakter (terisi 151).",
                "«Tahun data» (tahunData) paling besar 2100.",
                "«Agenda kerja» (agendaKerja) wajib diisi.",
                "«Disposisi kepada Kabid» (disposisiKadis) wajib diisi.");
    }

    @Test
    void aRequiredFieldOfATaskMayAlreadyBeFilledAndAComputedVariableIsNeverWritable() throws IOException {
        FormContract answer = contract("sipa-tanggapi-pertanyaan.form");
        assertThat(answer.problems(Map.of(), List.of(), name -> "Sudah dijawab.", true, Set.of())).isEmpty();
        assertThat(answer.problems(Map.of("tanggapan", Variables.stringValue("ok")), List.of(), name -> null, true,
                Set.of("tanggapan"))).contains("«tanggapan» diisi oleh sistem dan tidak boleh diisi dari luar.");
    }

    @Test
    void aFetchedVariableSentBackUnchangedIsNoWriteButAChangedOneIsRefused() throws IOException {
        FormContract verification = contract("sipa-verifikasi.html");
        Map<String, Object> current = Map.of("judul", "Jalan RT 02", "kodePublik", "abc123", "anggaran", 5L);
        Map<String, TypedValue> unchanged = Map.of("judul", Variables.stringValue("Jalan RT 02"),
                "kodePublik", Variables.stringValue("abc123"), "anggaran", Variables.integerValue(5),
                "terverifikasi", Variables.booleanValue(true));
        assertThat(verification.problems(unchanged, List.of(), current::get, true, Set.of("kodePublik"))).isEmpty();
        Map<String, TypedValue> changed = Map.of("kodePublik", Variables.stringValue("pilihan-sendiri"),
                "terverifikasi", Variables.booleanValue(true));
        assertThat(verification.problems(changed, List.of(), current::get, true, Set.of("kodePublik")))
                .containsExactly("«kodePublik» diisi oleh sistem dan tidak boleh diisi dari luar.");
    }

    @Test
    void aReadOnlyFieldShownEmptyComesBackAsAnEmptyTextAndIsNoWrite() throws IOException {
        // Tasklist's Camunda Forms send "" for a read-only field whose variable was never set (a citizen who
        // left no contact); "" for nothing writes nothing, anything else is still refused.
        FormContract answer = contract("sipa-tanggapi-pertanyaan.form");
        Set<String> computed = Set.of("pertanyaanKontak");
        assertThat(answer.problems(Map.of("pertanyaanKontak", Variables.stringValue(""),
                "tanggapan", Variables.stringValue("Dijadwalkan 2027.")), List.of(), name -> null, true, computed))
                .isEmpty();
        assertThat(answer.problems(Map.of("pertanyaanKontak", Variables.stringValue("0812"),
                "tanggapan", Variables.stringValue("Dijadwalkan 2027.")), List.of(), name -> null, true, computed))
                .containsExactly("«pertanyaanKontak» diisi oleh sistem dan tidak boleh diisi dari luar.");
    }

    static Stream<Arguments> computedVariablesOfEverySop() {
        return Stream.of(
                Arguments.of("sipa-bermedsos", "sipa-laporan.html", "kodePublik"),
                Arguments.of("ppid-penyebarluasan-informasi", "ppid-instruksi.html", "kasusUnit"),
                Arguments.of("ppid-penyebarluasan-informasi", "ppid-laporkan-tautan.form", "tautanFacebook"),
                Arguments.of("ppid-penyebarluasan-informasi", "ppid-konsep-materi.html", "gambar1"),
                Arguments.of("profil-desa-kelurahan", "profil-mulai.form", "pemberiPerintah"),
                Arguments.of("profil-desa-kelurahan", "profil-buat-laporan.form", "laporanKegiatanUrl"),
                Arguments.of("profil-desa-kelurahan-pendataan", "profil-isi-instrumen.form", "kampungId"),
                Arguments.of("setwan-bapinanduan", "setwan-mulai.form", "staf"),
                Arguments.of("setwan-bapinanduan", "setwan-kumpulkan-data.html", "lampiran1"),
                Arguments.of("setwan-bapinanduan", "setwan-update-berkala.form", "jadwalPembaruan"));
    }

    /**
     * Issue 13 §1: what each SOP computes itself is in its catalogue's COMPUTED list, so a logged-in user can never
     * write it — refused as "diisi oleh sistem" (not merely as undeclared), whatever a form may declare later.
     */
    @ParameterizedTest
    @MethodSource("computedVariablesOfEverySop")
    void theComputedVariablesOfEverySopAreNeverWritableFromOutside(String processKey, String form, String variable)
            throws IOException {
        Set<String> computed = new ComputedVariables().of(processKey);
        assertThat(computed).as(processKey).contains(variable);
        List<String> problems = contract(form).problems(Map.of(variable, Variables.stringValue("dari luar")),
                List.of(), name -> null, false, computed);
        assertThat(problems).containsExactly("«" + variable + "» diisi oleh sistem dan tidak boleh diisi dari luar.");
    }
}
