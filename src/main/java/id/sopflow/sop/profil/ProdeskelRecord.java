package id.sopflow.sop.profil;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.history.HistoricTaskInstance;

import id.sopflow.reporting.CaseHistory;
import id.sopflow.sop.profil.ProfilInstrument.Field;

/**
 * One kampung/kelurahan's verified profile as it goes into the Prodeskel export.
 *
 * @param kampungId   its tenant id in sopflow
 * @param kampungNama its name
 * @param tahunData   the year the data describes
 * @param values      the instrument's values by {@link ProfilInstrument} key
 * @param verifiedBy  the Tim member who verified it
 * @param verifiedOn  the day it was verified, in the organisation's time zone
 */
public record ProdeskelRecord(String kampungId, String kampungNama, Long tahunData, Map<String, Object> values,
                              String verifiedBy, LocalDate verifiedOn) {

    public ProdeskelRecord {
        // Map.copyOf refuses nulls; a field left empty is simply absent.
        values = values.entrySet().stream().filter(entry -> entry.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The profile as one kampung's data collection (pendataan case) recorded it: the instrument's values, and who
     * verified it when. The same for the kampung's own export and for the combined one in the activity report.
     *
     * @param kampungNama the kampung/kelurahan's name, as the caller knows it
     * @param zone        the time zone of the day of verification
     */
    static ProdeskelRecord of(CaseHistory.Case pendataan, String kampungNama, ZoneId zone) {
        Map<String, Object> values = new HashMap<>();
        for (Field field : ProfilInstrument.FIELDS) {
            values.put(field.key(), pendataan.get(field.variable()).orElse(null));
        }
        Optional<HistoricTaskInstance> verification = pendataan.lastFinished(ProfilElements.STEP_VERIFIKASI_DATA);
        return new ProdeskelRecord(pendataan.get(ProfilVariables.KAMPUNG_ID).orElse(null), kampungNama,
                pendataan.get(ProfilVariables.TAHUN_DATA).orElse(null), values,
                verification.map(HistoricTaskInstance::getAssignee).orElse(null),
                verification.map(task -> LocalDate.ofInstant(task.getEndTime().toInstant(), zone)).orElse(null));
    }
}
