package id.sopflow.sop.ppid;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

import id.sopflow.ProcessVariable;
import id.sopflow.publishing.Platform;
import id.sopflow.sop.PublishingDelegate;
import id.sopflow.sop.PublishingStep;

/**
 * Row 9, once per chosen platform ({@link PpidElements#UNGGAH_OTOMATIS} inside the multi-instance subprocess),
 * through the common {@link PublishingStep}: posts the approved text of that platform with the approved images, or
 * hands the posting to the Admin Medsos ({@link PpidElements#UNGGAH_MANUAL}, error {@link
 * PpidElements#ERROR_UNGGAH_MANUAL}) with the reason in {@link PpidVariables#ALASAN_UNGGAH_MANUAL}. Today only a
 * Facebook Page configured for the tenant posts automatically; website, Instagram and YouTube are posted by hand.
 */
@Component("ppidPublishing")
class PpidPublishing extends PublishingDelegate {

    /** The step's fixed key: the text the keys had when the first posts were made, so that those stay matched. */
    static final String STEP_KEY = "serviceTask_unggahOtomatis";

    PpidPublishing(PublishingStep step) {
        super(step, PpidVariables.PROCESS_KEY, PpidElements.ERROR_UNGGAH_MANUAL);
    }

    @Override
    public String stepKey(VariableScope scope) {
        return STEP_KEY;
    }

    @Override
    public List<Platform> platforms(VariableScope scope) {
        return List.of(PpidPostLinks.platformOf(scope));
    }

    @Override
    public String text(DelegateExecution execution, Platform platform) {
        return PpidVariables.TEKS.get(platform).require(execution);
    }

    @Override
    public List<ProcessVariable<FileValue>> photoSlots() {
        return PpidVariables.GAMBAR;
    }

    @Override
    public void record(VariableScope scope, Platform platform, String link, boolean automatic) {
        PpidPostLinks.record(scope, platform, link, automatic ? PpidPostLinks.AUTOMATIC : PpidPostLinks.MANUAL);
    }

    @Override
    public ProcessVariable<String> linkInput(Platform platform) {
        return PpidVariables.TAUTAN;
    }

    @Override
    public ProcessVariable<String> reasonVariable(VariableScope scope) {
        return PpidVariables.ALASAN_UNGGAH_MANUAL;
    }
}
