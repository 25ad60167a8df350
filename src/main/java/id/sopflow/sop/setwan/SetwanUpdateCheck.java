package id.sopflow.sop.setwan;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.sopflow.publishing.PlatformLinks;
import id.sopflow.verification.InputRefusedException;

/**
 * Completing a periodic update (row 4) requires a note of what was updated; links of updated or new posts are
 * optional, but each must be a web address.
 */
@Component("setwanUpdateCheck")
class SetwanUpdateCheck implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (SetwanVariables.CATATAN_PEMBARUAN.from(task).filter(text -> !text.isBlank()).isEmpty()) {
            throw new InputRefusedException("Catatan pembaruan wajib diisi: tulis informasi apa saja yang diperbarui "
                    + "(atau bahwa semuanya masih sesuai).");
        }
        List<String> links = PlatformLinks.lines(SetwanVariables.TAUTAN_PEMBARUAN.from(task).orElse(null));
        for (String link : links) {
            if (!PlatformLinks.isWebAddress(link)) {
                throw new InputRefusedException("\"" + link + "\" bukan alamat web yang sah; tautan harus diawali "
                        + "https:// atau http://.");
            }
        }
    }
}
