package id.sopflow.sop.setwan;

import java.util.Map;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.sopflow.sop.RequiredFieldsCheck;

/**
 * Bean names that Setwan diagram versions already deployed still call, so their running cases complete as before.
 * The current diagram declares the same rule itself (row 4: "isianWajib", "variabelTautan").
 */
@Configuration
class SetwanDeployedVersions {

    @Bean("setwanUpdateCheck")
    TaskListener updateCheckBeforeDeclaredFields() {
        return RequiredFieldsCheck.fixed(Map.of(SetwanVariables.CATATAN_PEMBARUAN.name(), "Catatan pembaruan"),
                SetwanVariables.TAUTAN_PEMBARUAN.name());
    }
}
