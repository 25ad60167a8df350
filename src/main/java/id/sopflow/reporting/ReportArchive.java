package id.sopflow.reporting;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Organisation;
import id.sopflow.identity.OrganisationModel.Sop;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * Where every SOP keeps the reports it produces (the SOPs' pencatatan: "disimpan sebagai laporan"). A report
 * belongs to a tenant: its members, and the members of the organisation that tenant is part of, may read it.
 */
@Service
public class ReportArchive {

    public static final String PDF = "application/pdf";

    /** Base path of the download endpoint; a report is at {@code /api/laporan/{id}}. */
    public static final String DOWNLOAD_PATH = "/api/laporan";

    private final ReportRepository repository;
    private final OrganisationDirectory directory;

    public ReportArchive(ReportRepository repository, OrganisationDirectory directory) {
        this.repository = repository;
        this.directory = directory;
    }

    /** The link under which members of the report's tenant download it (relative to the application). */
    public static String downloadPath(String reportId) {
        return DOWNLOAD_PATH + "/" + reportId;
    }

    public ArchivedReport archive(NewReport report) {
        ArchivedReport archived = new ArchivedReport(UUID.randomUUID().toString(), report.processKey(),
                report.processInstanceId(), report.tenantId(), report.title(), safeFileName(report.fileName()),
                report.contentType(), report.content(), ClockUtil.getCurrentTime().toInstant());
        repository.insert(archived);
        return archived;
    }

    public Optional<ArchivedReport> find(String id) {
        return repository.find(id);
    }

    /**
     * The report if one of {@code callerTenantIds} owns it: its own tenant or that tenant's organisation; a report
     * without a tenant is owned by the organisation that runs its SOP.
     */
    public Optional<ArchivedReport> readableBy(String id, Collection<String> callerTenantIds) {
        return find(id).filter(report -> owners(report).anyMatch(callerTenantIds::contains));
    }

    private Stream<String> owners(ArchivedReport report) {
        if (report.tenantId() == null) {
            return directory.sop(report.processKey()).map(Sop::organisation).stream();
        }
        return Stream.concat(Stream.of(report.tenantId()),
                directory.organisationOfTenant(report.tenantId()).map(Organisation::id).stream());
    }

    /** Keeps the Content-Disposition header plain ASCII and free of quotes, slashes and path tricks. */
    static String safeFileName(String fileName) {
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        return safe.isEmpty() ? "laporan" : safe;
    }
}
