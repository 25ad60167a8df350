package id.sopflow.mutubaku.api;

import java.util.List;

/**
 * An open SOP step whose due date has passed.
 *
 * @param sop               process definition key
 * @param sopNama           the SOP's name from the organisation file, else the diagram's process name
 * @param langkah           task name
 * @param langkahId         task definition key (the user task's id in the diagram)
 * @param grupPelaksana     candidate groups
 * @param tenant            tenant of the instance, null for a tenant-less instance
 * @param desa              the tenant's name (a desa/kampung, or the organisation itself)
 * @param penanggungJawab   assignee, null while nobody has claimed the step
 * @param jatuhTempo        due date, ISO instant
 * @param terlambatKerja    working time from the due date until now, ISO 8601 duration, in the calendar of the
 *                          organisation the work belongs to
 * @param terlambatKerjaTeks the same in words, whole working days of that calendar counted as days:
 *                          "2 jam 15 menit kerja", "1 hari 3 jam kerja"
 * @param terlambatKalender wall-clock time from the due date until now, ISO 8601 duration
 * @param terlambatKalenderTeks the same in words: "1 hari 2 jam"
 * @param prosesId          process instance id
 * @param tautanCockpit     the instance in Cockpit
 * @param tugasId           the late task's id (a supervisor's notice sends its arahan by it)
 */
public record LateStepRow(
        String sop,
        String sopNama,
        String langkah,
        String langkahId,
        List<String> grupPelaksana,
        String tenant,
        String desa,
        String penanggungJawab,
        String jatuhTempo,
        String terlambatKerja,
        String terlambatKerjaTeks,
        String terlambatKalender,
        String terlambatKalenderTeks,
        String prosesId,
        String tautanCockpit,
        String tugasId) {
}
