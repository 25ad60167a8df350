package id.sopflow.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the whole application in the one configuration most tests need: the application as configured for
 * tests ({@code src/test/resources/config/application.yaml}: in-memory H2, no job executor) on a random port.
 * Every class so marked uses the same application context, and the build runs these classes in JVMs that are
 * reused (pom.xml, execution {@code shared-context}), so a JVM starts that context once for many classes instead of
 * once per class.
 *
 * <p>The price: such a class shares the engine's database with the classes that ran before it in the same JVM.
 * It must therefore look only at what it made itself (its own process instances, its own deployments, a tenant or
 * period no other class uses) and leave the clock and the authenticated user as it found them ({@link TestKit}
 * does that; after the class, {@link SharedContextHygiene} removes the deployments it made and the process
 * instances it started). A class that needs its own properties, beans ({@code @DynamicPropertySource}, a mock server), a
 * database to itself or counts everything in a table stays on a plain {@code @SpringBootTest}: it then runs in a
 * JVM of its own.
 *
 * <p>Why not simply one JVM for all: Camunda keeps its engines in a static registry by name, so two different
 * contexts alive in one JVM would hand the webapps and REST API of one the engine of the other. In the shared
 * execution every context is this one, so each JVM holds exactly one engine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// One limiter for every class in the JVM: public-page questions of earlier classes must not count against later ones
// (PublicPageTest checks the limits in a context of its own).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sopflow.feedback.rate-limit.per-address=1000")
@Tag(SharedContextTest.TAG)
@ExtendWith(SharedContextHygiene.class)
public @interface SharedContextTest {

    /** The JUnit tag the build selects the shared execution by; pom.xml names it too. */
    String TAG = "shared-context";
}
