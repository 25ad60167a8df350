package id.sopflow.sop.profil;


import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

import id.sopflow.reporting.HistorySavepoint;
import id.sopflow.identity.AsSystem;
import id.sopflow.mutubaku.MutuBakuCalendars;
import id.sopflow.reporting.ArchivedReport;
import id.sopflow.reporting.CaseHistory;
import id.sopflow.reporting.NewReport;
import id.sopflow.reporting.ReportArchive;
import id.sopflow.sop.profil.ProfilInstrument.Field;

/**
 * {@code serviceTask_siapkanEksporProdeskel} (row 10, after the Tim's Ya): the kampung's verified profile as a
 * Prodeskel worksheet ({@link ProdeskelCsv}), archived for the kampung's tenant so that the Tim, the Kadis and the
 * kampung's own Pokja — nobody else — download it; the link goes to the Tim's "Input data ke website Prodeskel".
 *
 * <p>Needs {@code camunda:asyncBefore="true"}: who verified it and when is read from the committed history.
 */
@Component("profilProdeskelExport")
public class ProfilProdeskelExport implements JavaDelegate {

    private final ReportArchive archive;
    private final CaseHistory caseHistory;
    private final IdentityService identityService;
    private final MutuBakuCalendars calendars;

    public ProfilProdeskelExport(ReportArchive archive, CaseHistory caseHistory, IdentityService identityService,
                                 MutuBakuCalendars calendars) {
        this.archive = archive;
        this.caseHistory = caseHistory;
        this.identityService = identityService;
        this.calendars = calendars;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HistorySavepoint.require(execution, "verifikasi Tim");
        HistoricTaskInstance verification = AsSystem.run(identityService, () -> caseHistory
                .of(execution.getProcessInstanceId()).lastFinished(ProfilElements.STEP_VERIFIKASI_DATA).orElse(null));
        String kampungId = ProfilVariables.KAMPUNG_ID.require(execution);
        Map<String, Object> values = new HashMap<>();
        for (Field field : ProfilInstrument.FIELDS) {
            values.put(field.key(), field.variable().from(execution).orElse(null));
        }
        LocalDate verifiedOn = verification == null ? null : verification.getEndTime().toInstant()
                .atZone(calendars.forProcess(ProfilVariables.PENDATAAN_PROCESS_KEY, execution.getTenantId()).zone())
                .toLocalDate();
        ProdeskelRecord record = new ProdeskelRecord(kampungId,
                ProfilVariables.DESA.from(execution).orElse(kampungId),
                ProfilVariables.TAHUN_DATA.from(execution).orElse(null), values,
                verification == null ? null : verification.getAssignee(), verifiedOn);

        ArchivedReport archived = archive.archive(new NewReport(ProfilVariables.PENDATAAN_PROCESS_KEY,
                execution.getProcessInstanceId(), execution.getTenantId(),
                "Ekspor Prodeskel — " + record.kampungNama(),
                "prodeskel-" + kampungId + (record.tahunData() == null ? "" : "-" + record.tahunData()) + ".csv",
                ProdeskelCsv.CONTENT_TYPE, ProdeskelCsv.render(List.of(record))));
        ProfilVariables.EKSPOR_PRODESKEL_URL.set(execution, ReportArchive.downloadPath(archived.id()));
    }
}
