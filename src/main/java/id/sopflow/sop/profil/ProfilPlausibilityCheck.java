package id.sopflow.sop.profil;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.sopflow.sop.profil.ProfilInstrument.Field;
import id.sopflow.verification.Kelengkapan;

/**
 * {@code serviceTask_periksaKewajaran}: the automatic plausibility check of a kampung's profile before it is handed
 * to the Tim. Writes the problems for the Pokja's form and the flag for the gateway "Data profil wajar?".
 */
@Component("profilPlausibilityCheck")
public class ProfilPlausibilityCheck implements JavaDelegate {

    private final ProfilPlausibilityRules rules;

    public ProfilPlausibilityCheck(ProfilPlausibilityRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> values = new HashMap<>();
        for (Field field : ProfilInstrument.FIELDS) {
            values.put(field.key(), field.variable().from(execution).orElse(null));
        }
        Kelengkapan outcome = rules.check(values);
        ProfilVariables.MASALAH_DATA.set(execution, outcome.asText());
        ProfilVariables.DATA_WAJAR.set(execution, outcome.isComplete());
    }
}
