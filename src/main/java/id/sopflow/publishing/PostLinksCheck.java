package id.sopflow.publishing;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.sopflow.verification.InputRefusedException;

/**
 * Completing a manual-posting task requires the post links: one web address per line in {@code tautanPublikasi}.
 * The form checks this in the browser; this listener makes sure of it whatever client completes the task
 * ({@code <camunda:taskListener event="complete" delegateExpression="${postLinksCheck}" />}).
 */
@Component("postLinksCheck")
public class PostLinksCheck implements TaskListener {

    static final String LINKS = "tautanPublikasi";

    @Override
    public void notify(DelegateTask task) {
        Object value = task.getVariable(LINKS);
        List<String> links = PlatformLinks.lines((String) value);
        if (links.isEmpty()) {
            throw new InputRefusedException("Tautan unggahan wajib diisi: tempel alamat setiap unggahan, satu per baris.");
        }
        for (String link : links) {
            if (!PlatformLinks.isWebAddress(link)) {
                throw new InputRefusedException("\"" + link + "\" bukan alamat web yang sah; tautan harus diawali "
                        + "https:// atau http://, misalnya https://www.facebook.com/desa.contoh/posts/123.");
            }
        }
    }
}
