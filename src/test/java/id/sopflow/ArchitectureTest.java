package id.sopflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.sopflow.testkit.PlainTest;

/**
 * The package rules of sopflow (issue 18), checked on the compiled main classes:
 * <ul>
 * <li>an SOP package {@code id.sopflow.sop.<name>} is used by nothing outside it: not by another SOP, not by the
 * shared code (the kernel {@code id.sopflow.sop}, {@code publishing}, {@code reporting}, {@code verification}, …);
 * a new SOP can be added or one removed without touching anything else;</li>
 * <li>the packages depend on each other without cycles.</li>
 * </ul>
 * Where the code breaks a rule today, the breaking dependency is listed below by name, so that the rule holds for
 * everything else and a new break fails the build. Shrink the list; never grow it. (SIPA's public case page, once
 * {@code id.sopflow.feedback}, now lives in {@code id.sopflow.sop.sipa.feedback}: no shared code uses an SOP.)
 */
@PlainTest
class ArchitectureTest {

    /** Every SOP's own package and its sub-packages. */
    static final String ANY_SOP = "id.sopflow.sop.*..";

    /**
     * Dependencies that close a package cycle today, frozen as origin class -> target class: the late-step
     * notifier in {@code mutubaku} reads the case header's variable names while {@code caseheader} formats due dates
     * with mutubaku's working calendars (caseheader -> mutubaku -> caseheader).
     */
    static final Map<String, String> CYCLE_EDGES = Map.of(
            "id.sopflow.mutubaku.SupervisorNotifier", "id.sopflow.caseheader.CaseHeader");

    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("id.sopflow");
    }

    @Test
    void noSopUsesAnotherSop() {
        slices().matching("id.sopflow.sop.(*)..").namingSlices("SOP $1")
                .should().notDependOnEachOther()
                .because("an SOP stands on the shared kernel, never on another SOP")
                .check(main);
    }

    @Test
    void sharedCodeUsesNoSop() {
        noClasses().that().resideOutsideOfPackage(ANY_SOP)
                .should().dependOnClassesThat().resideInAPackage(ANY_SOP)
                .because("nothing outside id.sopflow.sop.<name> may use it: the kernel and the shared packages "
                        + "serve every SOP alike")
                .check(main);
    }

    /**
     * A {@link PlainTest} runs in a JVM reused by other classes (pom.xml, execution {@code plain}), where an
     * application context or engine it started would stay in Camunda's static engine registry for the next class.
     */
    @Test
    void plainTestsStartNothing() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("id.sopflow");
        noClasses().that().areMetaAnnotatedWith(PlainTest.class)
                .should().beMetaAnnotatedWith("org.springframework.boot.test.context.SpringBootTest")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.boot.SpringApplication")
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.boot.builder.SpringApplicationBuilder")
                .orShould().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl.cfg..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.ProcessEngines")
                .orShould().dependOnClassesThat().resideInAPackage("org.openqa.selenium..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("id.sopflow.EmbeddedPostgresDatabase")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("id.sopflow.cluster.SopflowNode")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("id.sopflow.bench.KabupatenDataSet")
                .because("a plain test shares its JVM with the next class: it must start no context, engine, "
                        + "server, database of its own or browser")
                .check(tests);
    }

    @Test
    void packagesAreFreeOfCycles() {
        var rule = slices().matching("id.sopflow.(**)").namingSlices("$1").should().beFreeOfCycles();
        for (Map.Entry<String, String> edge : CYCLE_EDGES.entrySet()) {
            rule = rule.ignoreDependency(edge.getKey(), edge.getValue());
        }
        rule.check(main);
    }
}
