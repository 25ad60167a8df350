package id.sopflow.reporting;

import java.util.Objects;

/**
 * A document to be archived.
 *
 * @param processKey        the SOP it reports on
 * @param processInstanceId the case, or null for a report that spans cases
 * @param tenantId          the desa/kampung or organisation it belongs to, or null for the SOP's organisation
 * @param title             what a reader sees in lists, in Bahasa Indonesia
 * @param fileName          offered when it is saved; reduced to letters, digits, dots and hyphens
 * @param contentType       e.g. {@link ReportArchive#PDF}
 * @param content           the document itself
 */
public record NewReport(
        String processKey,
        String processInstanceId,
        String tenantId,
        String title,
        String fileName,
        String contentType,
        byte[] content) {

    public NewReport {
        Objects.requireNonNull(processKey, "Kunci proses laporan wajib diisi");
        Objects.requireNonNull(title, "Judul laporan wajib diisi");
        Objects.requireNonNull(fileName, "Nama berkas laporan wajib diisi");
        Objects.requireNonNull(contentType, "Jenis isi laporan wajib diisi");
        Objects.requireNonNull(content, "Isi laporan wajib diisi");
    }

    public static NewReport pdf(String processKey, String processInstanceId, String tenantId, String title,
                                String fileName, byte[] content) {
        return new NewReport(processKey, processInstanceId, tenantId, title, fileName, ReportArchive.PDF, content);
    }
}
