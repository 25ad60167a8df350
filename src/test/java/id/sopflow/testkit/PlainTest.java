package id.sopflow.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that starts nothing: no application context, no engine, no server, no database of its own beyond a private
 * in-memory one it closes itself, and no browser. The build runs such classes one after another in two reused JVMs
 * (pom.xml, execution {@code plain}) instead of a fresh JVM per class: starting and warming a JVM took longer than
 * most of these classes' tests. {@code ArchitectureTest} holds that a class so marked starts no context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(PlainTest.TAG)
public @interface PlainTest {

    /** The JUnit tag the build selects the plain execution by; pom.xml names it too. */
    String TAG = "plain";
}
