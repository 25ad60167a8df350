package id.sopflow.cluster;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A second node (or a second copy of the application) started on the same H2 file finds it locked by the first.
 * H2 is not supported for a Camunda cluster, so this is not worked around: the operator is told why and what to use
 * instead, without a stack trace.
 */
public class SingleNodeDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    /** H2's DATABASE_ALREADY_OPEN_1: the file is locked by another process. */
    static final int H2_DATABASE_ALREADY_OPEN = 90020;

    static final String MESSAGE = "Basis data H2 ini sedang dipakai oleh proses sopflow lain. H2 hanya untuk satu "
            + "node: dua node (atau dua salinan aplikasi) tidak boleh memakai berkas H2 yang sama.";
    static final String ACTION = "Hentikan salinan lain yang memakai folder data yang sama, atau jalankan beberapa "
            + "node dengan PostgreSQL (profil postgres, lihat README \"Two nodes on one PostgreSQL\").";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (cause.getErrorCode() != H2_DATABASE_ALREADY_OPEN) {
            return null;
        }
        return new FailureAnalysis(MESSAGE, ACTION, cause);
    }
}
