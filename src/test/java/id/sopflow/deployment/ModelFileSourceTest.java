package id.sopflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import id.sopflow.testkit.PlainTest;

/** Where the diagrams and forms come from: the process owners' folders, else the copies packaged in the jar. */
@PlainTest
class ModelFileSourceTest {

    @TempDir
    Path work;

    @Test
    void withoutTheFoldersThePackagedDiagramsAndFormsAreUsed() {
        ModelFileSource source = new ModelFileSource(new DeploymentProperties("sopflow",
                work.resolve("tidak-ada-processes").toString(), work.resolve("tidak-ada-forms").toString()));

        assertThat(source.load()).extracting(ModelFile::resourceName)
                .contains("processes/sipa-bermedsos.bpmn", "sipa-laporan.html", "sipa-unggah-manual.html")
                .noneMatch(name -> name.contains(".camunda"));
    }

    @Test
    void theFoldersWinAndModelerTemplatesAreNotDeployed() throws IOException {
        Path processes = Files.createDirectories(work.resolve("processes/.camunda/element-templates"));
        Files.writeString(work.resolve("processes/uji.bpmn"), "<x/>");
        Files.writeString(processes.resolve("template.json"), "[]");
        Files.writeString(processes.resolve("lama.bpmn"), "<x/>");
        Path forms = Files.createDirectories(work.resolve("forms/sub"));
        Files.writeString(forms.resolve("uji.form"), "{}");
        Files.writeString(forms.resolve("catatan.txt"), "bukan formulir");

        ModelFileSource source = new ModelFileSource(new DeploymentProperties("sopflow",
                work.resolve("processes").toString(), work.resolve("forms").toString()));

        assertThat(source.load()).extracting(ModelFile::resourceName)
                .containsExactly("processes/uji.bpmn", "uji.form");
    }

    @Test
    void twoFormsWithTheSameFileNameAreRefusedBecauseModelerNamesFormsWithoutTheirFolder() throws IOException {
        Files.createDirectories(work.resolve("processes"));
        Files.createDirectories(work.resolve("forms/a"));
        Files.createDirectories(work.resolve("forms/b"));
        Files.writeString(work.resolve("forms/a/uji.html"), "<form></form>");
        Files.writeString(work.resolve("forms/b/uji.html"), "<form></form>");

        ModelFileSource source = new ModelFileSource(new DeploymentProperties("sopflow",
                work.resolve("processes").toString(), work.resolve("forms").toString()));

        assertThatThrownBy(source::load).isInstanceOf(InvalidModelFileException.class)
                .hasMessageContaining("Dua formulir bernama sama").hasMessageContaining("uji.html");
    }
}
