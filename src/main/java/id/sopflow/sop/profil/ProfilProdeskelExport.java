package id.sopflow.sop.profil;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import id.sopflow.mutubaku.WorkingTimeCalendar;
import id.sopflow.reporting.CaseHistory;
import id.sopflow.sop.CaseReportDelegate;
import id.sopflow.sop.CaseReportStep;

/**
 * {@code serviceTask_siapkanEksporProdeskel} (row 10, after the Tim's Ya): the kampung's verified profile as a
 * Prodeskel worksheet ({@link ProdeskelCsv}), archived for the kampung's tenant so that the Tim, the Kadis and the
 * kampung's own Pokja — nobody else — download it; the link goes to the Tim's "Input data ke website Prodeskel".
 * A case report like the PDFs: the shared {@link CaseReportStep} gives it the savepoint check, the pendataan's
 * calendar (the day of verification), the system's rights on the history and the archive.
 *
 * <p>Needs {@code camunda:asyncBefore="true"}: the profile, and who verified it when, are read from the committed
 * history, the same way as for the combined worksheet ({@link ProdeskelRecord#of}).
 */
@Component("profilProdeskelExport")
public class ProfilProdeskelExport extends CaseReportDelegate<ProdeskelRecord> {

    private final CaseHistory caseHistory;

    public ProfilProdeskelExport(CaseReportStep step, CaseHistory caseHistory) {
        super(step, record -> ProdeskelCsv.render(List.of(record)), "verifikasi Tim",
                ProfilVariables.EKSPOR_PRODESKEL_URL);
        this.caseHistory = caseHistory;
    }

    @Override
    public String processKey(DelegateExecution execution) {
        return ProfilVariables.PENDATAAN_PROCESS_KEY;
    }

    @Override
    public ProdeskelRecord collect(DelegateExecution execution, WorkingTimeCalendar calendar, Instant now) {
        String kampungId = ProfilVariables.KAMPUNG_ID.require(execution);
        return ProdeskelRecord.of(caseHistory.of(execution.getProcessInstanceId()),
                ProfilVariables.DESA.from(execution).orElse(kampungId), calendar.zone());
    }

    @Override
    public String contentType() {
        return ProdeskelCsv.CONTENT_TYPE;
    }

    @Override
    public String title(DelegateExecution execution, ProdeskelRecord record) {
        return "Ekspor Prodeskel — " + record.kampungNama();
    }

    @Override
    public String fileName(DelegateExecution execution, ProdeskelRecord record, String unitId, LocalDate day) {
        return "prodeskel-" + record.kampungId() + (record.tahunData() == null ? "" : "-" + record.tahunData())
                + ".csv";
    }
}
