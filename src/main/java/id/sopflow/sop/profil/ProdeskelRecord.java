package id.sopflow.sop.profil;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

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
}
