package id.sopflow.sop.ppid;

import java.util.Map;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.sopflow.sop.RequiredFieldsCheck;

/**
 * Bean names that PPID diagram versions already deployed still call, so their running cases complete as before.
 * The current diagram declares the same rule itself (row 2: "isianWajib").
 */
@Configuration
class PpidDeployedVersions {

    @Bean("ppidInstructionCheck")
    TaskListener instructionCheckBeforeDeclaredFields() {
        return RequiredFieldsCheck.fixed(Map.of(PpidVariables.INSTRUKSI_SEKSI.name(), "Instruksi kepada Admin Medsos"),
                null);
    }
}
