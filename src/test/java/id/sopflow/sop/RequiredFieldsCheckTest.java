package id.sopflow.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import id.sopflow.InputRefusedException;
import id.sopflow.testkit.PlainTest;
import id.sopflow.verification.Kelengkapan;

/** The shared "isian wajib" step as a diagram declares it, without an engine. */
@PlainTest
class RequiredFieldsCheckTest {

    private static final Map<String, String> UPDATE = RequiredFieldsCheck.fields(
            "catatanPembaruan = Catatan pembaruan\njudul = Judul kegiatan");

    @Test
    void everyEmptyRequiredFieldIsNamedByItsLabelInDeclarationOrder() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("catatanPembaruan", "  ");
        Kelengkapan result = RequiredFieldsCheck.check(UPDATE, null, variables::get);

        assertThat(result.problems()).containsExactly("Catatan pembaruan wajib diisi.", "Judul kegiatan wajib diisi.");
        assertThatThrownBy(() -> result.refuseIfIncomplete("\n")).isInstanceOf(InputRefusedException.class)
                .hasMessage("Catatan pembaruan wajib diisi.\nJudul kegiatan wajib diisi.");
    }

    @Test
    void filledFieldsPassWhateverTheirType() {
        Map<String, Object> variables = Map.of("catatanPembaruan", "Foto diganti.", "judul", 2027L);
        assertThat(RequiredFieldsCheck.check(UPDATE, null, variables::get).isComplete()).isTrue();
    }

    @Test
    void linksAreOptionalButEachMustBeAWebAddress() {
        Map<String, String> note = RequiredFieldsCheck.fields("catatanPembaruan = Catatan pembaruan");
        assertThat(RequiredFieldsCheck.check(note, "tautanPembaruan",
                Map.<String, Object>of("catatanPembaruan", "ok")::get).isComplete()).isTrue();
        assertThat(RequiredFieldsCheck.check(note, "tautanPembaruan", Map.<String, Object>of("catatanPembaruan", "ok",
                "tautanPembaruan", "https://dprd.balangankab.go.id/berita/1")::get).isComplete()).isTrue();

        Kelengkapan bad = RequiredFieldsCheck.check(note, "tautanPembaruan",
                Map.<String, Object>of("tautanPembaruan", "https://dprd.balangankab.go.id/berita/1\nhalaman berita")::get);
        assertThat(bad.problems()).hasSize(2);
        assertThat(bad.problems().get(0)).isEqualTo("Catatan pembaruan wajib diisi.");
        assertThat(bad.problems().get(1)).contains("\"halaman berita\" bukan alamat web yang sah");
    }

    @Test
    void fieldsFixedInJavaServeDiagramsDeployedBeforeTheyWereDeclared() {
        DelegateTask task = Mockito.mock(DelegateTask.class);
        Mockito.when(task.getVariable("catatanPembaruan")).thenReturn(" ");
        Mockito.when(task.getVariable("tautanPembaruan")).thenReturn("halaman berita");

        assertThatThrownBy(() -> RequiredFieldsCheck.fixed(Map.of("catatanPembaruan", "Catatan pembaruan"),
                "tautanPembaruan").notify(task)).isInstanceOf(InputRefusedException.class)
                .hasMessageStartingWith("Catatan pembaruan wajib diisi.\n\"halaman berita\" bukan alamat web");
    }

    @Test
    void fieldsAreDeclaredOnePerLineOrSeparatedBySemicolons() {
        assertThat(RequiredFieldsCheck.fields(" a = Isian A ;b=Isian B\r\n\n c = Isian = C "))
                .containsExactly(Map.entry("a", "Isian A"), Map.entry("b", "Isian B"), Map.entry("c", "Isian = C"));
    }

    @Test
    void aBadDeclarationIsExplainedToTheProcessOwner() {
        assertThatThrownBy(() -> RequiredFieldsCheck.fields("catatanPembaruan\n= Tanpa variabel\nok = Oke"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("isian \"isianWajib\" (satu per baris: variabel = Label): \"catatanPembaruan\" bukan "
                        + "\"variabel = Label\"; \"= Tanpa variabel\" bukan \"variabel = Label\"");
        assertThatThrownBy(() -> RequiredFieldsCheck.fields(" ")).hasMessageContaining("tidak ada isian wajib");
        assertThatThrownBy(() -> RequiredFieldsCheck.fields(null)).hasMessageContaining("tidak ada isian wajib");
    }
}
