package id.sopflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * What each engine asks of the database per case, from PostgreSQL's own statement statistics (pg_stat_statements):
 * statements and rows per case for each database of the run. Unlike cases per second it does not depend on what else
 * the machine is doing, so it shows what a change of sopflow's engine configuration saves. The per-statement
 * breakdown goes to a file for reading.
 */
final class SqlCounts {

    /** Put in front of a benchmark's own statements (counting, polling) to leave them out of the figure. */
    static final String OWN = "/* bench */";

    private final DataSource admin;

    private SqlCounts(DataSource admin) {
        this.admin = admin;
    }

    /** Starts counting now (the server must preload pg_stat_statements). */
    static SqlCounts start(DataSource admin) throws SQLException {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            statement.execute("SELECT pg_stat_statements_reset()");
        }
        return new SqlCounts(admin);
    }

    /** Prints one figure line per database and writes every statement's calls per case to {@code details}. */
    void report(int cases, Path details) throws SQLException, IOException {
        report(cases, "kasus", details);
    }

    /**
     * The same per {@code unit} (a case, a late step). The benchmark's own statements, marked {@value #OWN}, are not
     * counted.
     */
    void report(int units, String unit, Path details) throws SQLException, IOException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            StringBuilder figure = new StringBuilder("sql per " + unit);
            try (ResultSet totals = statement.executeQuery("SELECT d.datname, sum(s.calls), sum(s.rows) "
                    + "FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid "
                    + "WHERE d.datname IN ('bare', 'sopflow') AND s.query NOT LIKE '" + OWN + "%' "
                    + "GROUP BY d.datname ORDER BY d.datname DESC")) {
                while (totals.next()) {
                    figure.append(String.format(Locale.ROOT, " %s: pernyataan=%.1f baris=%.1f",
                            name(totals.getString(1)), totals.getLong(2) / (double) units,
                            totals.getLong(3) / (double) units));
                }
            }
            EngineOverheadBenchmark.report(figure + " (" + units + " " + unit + ", pg_stat_statements)");
            try (ResultSet each = statement.executeQuery("SELECT d.datname, s.calls, s.rows, s.total_exec_time, "
                    + "regexp_replace(s.query, '\\s+', ' ', 'g') FROM pg_stat_statements s "
                    + "JOIN pg_database d ON d.oid = s.dbid WHERE d.datname IN ('bare', 'sopflow') "
                    + "AND s.query NOT LIKE '" + OWN + "%' ORDER BY d.datname, s.calls DESC")) {
                while (each.next()) {
                    lines.add(String.format(Locale.ROOT, "%-13s %7.2f panggilan %7.2f baris %8.3f ms  %s",
                            name(each.getString(1)), each.getLong(2) / (double) units,
                            each.getLong(3) / (double) units, each.getDouble(4) / units, each.getString(5)));
                }
            }
        }
        Files.createDirectories(details.getParent());
        Files.write(details, lines);
    }

    private static String name(String database) {
        return database.equals("bare") ? "camunda-polos" : database;
    }
}
