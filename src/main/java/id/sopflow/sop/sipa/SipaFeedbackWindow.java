package id.sopflow.sop.sipa;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Row 4: opens the window in which the public's questions and complaints about the post are taken in. The window
 * is calendar time (citizens ask on weekends too), so its end is a fixed date rather than a working-time duration.
 */
@Component("sipaFeedbackWindow")
class SipaFeedbackWindow implements JavaDelegate {

    private final Duration window;

    SipaFeedbackWindow(SipaProperties properties) {
        this.window = properties.masaTanggapan();
    }

    @Override
    public void execute(DelegateExecution execution) {
        SipaVariables.AKHIR_MASA_TANGGAPAN.set(execution,
                Date.from(ClockUtil.getCurrentTime().toInstant().plus(window)));
    }
}
