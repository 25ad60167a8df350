package id.sopflow.sop.profil;

import static id.sopflow.sop.profil.ProfilVariables.TANGGAL_INPUT_PRODESKEL;

import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import id.sopflow.InputRefusedException;
import id.sopflow.mutubaku.MutuBakuCalendars;
import id.sopflow.verification.KelengkapanCheck;

/**
 * Completion check of "Input data ke website Prodeskel": the day the Tim entered the verified data on the website,
 * which cannot lie in the future (in the organisation's time zone). Stored as yyyy-mm-dd.
 */
@Component("profilProdeskelEntryCheck")
public class ProfilProdeskelEntryCheck implements TaskListener {

    private final MutuBakuCalendars calendars;

    public ProfilProdeskelEntryCheck(MutuBakuCalendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public void notify(DelegateTask task) {
        KelengkapanCheck check = new KelengkapanCheck();
        Optional<LocalDate> day = check.requiredDate("Tanggal input data ke website Prodeskel",
                TANGGAL_INPUT_PRODESKEL.from(task).orElse(null));
        check.result().refuseIfIncomplete(" ");
        LocalDate today = ClockUtil.getCurrentTime().toInstant()
                .atZone(calendars.forProcess(ProfilVariables.PENDATAAN_PROCESS_KEY, task.getTenantId()).zone())
                .toLocalDate();
        if (day.get().isAfter(today)) {
            throw new InputRefusedException("Tanggal input data ke website Prodeskel (" + day.get()
                    + ") tidak boleh sesudah hari ini (" + today + ").");
        }
        TANGGAL_INPUT_PRODESKEL.set(task, day.get().toString());
    }
}
