package id.sopflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * sopflow: SOPs of Indonesian local governments as executable BPMN processes on Camunda 7.
 *
 * <p>Deliberately not a {@code @EnableProcessApplication}: that would switch the starter's deployment off in a
 * way we cannot see; {@link id.sopflow.deployment} deploys {@code processes/} and {@code forms/} itself.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SopflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(SopflowApplication.class, args);
    }
}
