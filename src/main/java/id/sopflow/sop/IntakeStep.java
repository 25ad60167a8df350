package id.sopflow.sop;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What one SOP adds to the common case intake ({@link CaseIntake}): its own checks of the starter's input and its
 * own derived variables (SIPA's public code, the Profil kegiatan's title and kampung list). A Spring bean; the
 * intake finds it by the process key it names, so the diagram names only {@code ${caseIntake}}.
 */
public interface IntakeStep {

    /** The process whose intake this completes. */
    String processKey();

    /**
     * Runs after the tenant check and before the case header is written, so a title it sets or tidies (variable
     * {@code judul}) is the one the header shows. Refuses input with {@link id.sopflow.InputRefusedException}.
     */
    void apply(DelegateExecution execution);
}
