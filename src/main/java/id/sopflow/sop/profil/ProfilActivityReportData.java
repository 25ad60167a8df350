package id.sopflow.sop.profil;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import id.sopflow.reporting.StepRecord;

/**
 * Everything the activity report (rows 11–12) says, gathered from the case and its per-kampung data collections.
 *
 * @param organisation the dinas's name, for the letterhead
 * @param steps        the dinas's own steps (rows 2–11) against their mutu baku
 * @param kampung      one entry per kampung/kelurahan, in the order they were chosen
 * @param verified     the verified kampung/kelurahan's profiles: the combined Prodeskel worksheet archived beside
 *                     the report
 */
public record ProfilActivityReportData(
        String organisation,
        String judul,
        Long tahunData,
        String nomorSk,
        String tanggalSk,
        String ringkasan,
        String kendala,
        List<KampungStatus> kampung,
        List<ProdeskelRecord> verified,
        List<StepRecord> steps,
        Instant composedAt,
        ZoneId zone) {

    public ProfilActivityReportData {
        kampung = List.copyOf(kampung);
        verified = List.copyOf(verified);
        steps = List.copyOf(steps);
    }

    /**
     * One kampung/kelurahan's data collection.
     *
     * @param verificationRounds how often the Tim verified its data (rejections + the final Ya)
     * @param handedOver         when the Pokja last handed the data to the Tim (row 9)
     * @param verified           when the Tim said Ya (row 10), null if not (yet)
     * @param prodeskelEntry     the day the Tim entered it on the Prodeskel website, as recorded
     * @param steps              its steps against their mutu baku
     */
    public record KampungStatus(
            String kampungId,
            String name,
            boolean finished,
            int verificationRounds,
            Instant handedOver,
            Instant verified,
            String prodeskelEntry,
            List<StepRecord> steps) {

        public KampungStatus {
            steps = List.copyOf(steps);
        }

        /** Steps that ended after their due date, or are still open past it. */
        public long lateSteps() {
            return steps.stream().filter(step -> Boolean.FALSE.equals(step.onTime()) || step.recordedLate()).count();
        }

        public boolean onTime() {
            return finished && lateSteps() == 0;
        }

        public String statusLabel() {
            if (finished && prodeskelEntry != null) {
                return "Terverifikasi, diinput ke Prodeskel";
            }
            if (verified != null) {
                return "Terverifikasi, belum diinput ke Prodeskel";
            }
            return handedOver != null ? "Menunggu verifikasi Tim" : "Pendataan oleh Pokja";
        }
    }
}
