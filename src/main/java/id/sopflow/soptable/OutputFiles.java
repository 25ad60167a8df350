package id.sopflow.soptable;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import id.sopflow.ParseListeners;
import id.sopflow.ProcessVariable;
import id.sopflow.sop.UploadSlots;

/**
 * The optional file of a generated step's output (issue 19): the step's form uploads it as
 * {@code <step>BerkasBaru}, and when the task is completed it is put in the case's slot {@code <step>Berkas} the way
 * every SOP's upload slots work ({@link UploadSlots}): a new file replaces the kept one, an input left empty keeps it.
 * Added by the engine to every user task (no diagram carries it, so a generated diagram needs no Java and no extra
 * listener); it acts only on variables named by that convention, which only generated forms declare. A file larger
 * than the form's {@code cam-max-filesize} never gets here: the form contract refuses the completion first.
 */
@Component
public class OutputFiles extends AbstractProcessEnginePlugin implements TaskListener {

    /** The variable the case keeps a step's output file in: {@code <step>Berkas}. */
    public static final String KEPT_SUFFIX = "Berkas";
    /** The form's file input for it: {@code <step>BerkasBaru}. */
    public static final String UPLOAD_SUFFIX = KEPT_SUFFIX + "Baru";

    static String kept(String step) {
        return step + KEPT_SUFFIX;
    }

    static String upload(String step) {
        return step + UPLOAD_SUFFIX;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.onEveryUserTask(configuration, this, TaskListener.EVENTNAME_COMPLETE);
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getExecution() == null) {
            return;
        }
        for (String name : task.getVariableNames()) {
            if (name.endsWith(UPLOAD_SUFFIX) && name.length() > UPLOAD_SUFFIX.length()) {
                String step = name.substring(0, name.length() - UPLOAD_SUFFIX.length());
                UploadSlots.of(List.of(ProcessVariable.file(kept(step))), List.of(ProcessVariable.file(name)))
                        .apply(task.getExecution());
            }
        }
    }
}
