package id.sopflow.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.sopflow.StartupProblem;

/**
 * One node at a time prepares the database: from before the engine creates or updates its schema until the
 * application has started (deployment, identities, filters, sopflow's own tables). Two nodes started at the same
 * moment on an empty database would otherwise both create Camunda's tables (and one would fail), and both add the
 * same filters and authorizations. The second node waits, then finds everything in place and adds nothing.
 *
 * <p>On PostgreSQL a session-level advisory lock on a connection held for the start-up; it goes away with the
 * connection if the node dies. On H2 (a single node by definition, see {@link SingleNodeDatabaseFailureAnalyzer})
 * there is nothing to coordinate.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClusterStartupLock extends AbstractProcessEnginePlugin
        implements ApplicationListener<ContextRefreshedEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ClusterStartupLock.class);

    /** Any fixed number shared by all sopflow nodes ("s0pf10w" in hex digits, roughly). */
    static final long LOCK_KEY = 0x50F10_0001L;

    private Connection held;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        acquire(configuration.getDataSource());
    }

    private synchronized void acquire(DataSource dataSource) {
        if (held != null) {
            return;
        }
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            connection.setAutoCommit(true);
            if (!call(connection, "select pg_try_advisory_lock(?)")) {
                log.info("Node lain sedang menyiapkan basis data; node ini menunggu sampai selesai.");
                call(connection, "select pg_advisory_lock(?)");
            }
            held = connection;
        } catch (SQLException e) {
            throw new StartupProblem("Basis data tidak dapat dikunci untuk persiapan awal: " + e.getMessage(),
                    "Periksa koneksi ke PostgreSQL (SOPFLOW_DB_URL) dan hak pengguna basis data.");
        }
    }

    /** The application is up: the next node may prepare (it will find everything done). */
    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        release();
    }

    /** A start-up that failed closes the context: let the other node go on. */
    @Override
    public void destroy() {
        release();
    }

    synchronized boolean isHeld() {
        return held != null;
    }

    private synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held) {
            call(connection, "select pg_advisory_unlock(?)");
        } catch (SQLException e) {
            // Closing the session ends the lock as well.
            log.debug("Kunci persiapan dilepas dengan menutup koneksi", e);
        } finally {
            held = null;
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                Object value = result.getObject(1);
                return !(value instanceof Boolean acquired) || acquired;
            }
        }
    }
}
