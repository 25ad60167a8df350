package id.sopflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import id.sopflow.soptable.SopTableCommand;

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
        if (args.length > 0 && SopTableCommand.NAME.equals(args[0])) {
            // A process owner's table to diagram and forms: no server, no database.
            System.exit(SopTableCommand.run(java.util.List.of(args).subList(1, args.length), System.out, System.err));
        }
        SpringApplication.run(SopflowApplication.class, args);
    }
}
