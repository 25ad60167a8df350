package id.sopflow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * CPU time of the two processes a benchmark's work runs in: this JVM (every thread: job executor, connection pool,
 * collector) and the PostgreSQL server (its postmaster, every backend and background worker, and the children it has
 * already reaped). Unlike wall-clock time on a shared machine, it moves little with what else runs: it is the cost.
 * Linux only ({@code /proc}); elsewhere the database's part reads 0.
 */
final class ProcessCpu {

    /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on every Linux this runs on). */
    private static final double TICKS_PER_SECOND = 100;

    private final long postmaster;

    private ProcessCpu(long postmaster) {
        this.postmaster = postmaster;
    }

    /** For this JVM and the PostgreSQL server that {@code database} connects to (on this machine). */
    static ProcessCpu of(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("/* bench */ SELECT pg_backend_pid()")) {
            result.next();
            return new ProcessCpu(parent(result.getLong(1)));
        }
    }

    /** CPU so far, in nanoseconds: {@code [jvm, database]}. */
    long[] now() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new long[] { jvm, databaseNanos() };
    }

    private long databaseNanos() {
        long[] own = stat(postmaster);
        if (own.length == 0) {
            return 0;
        }
        // the postmaster itself and its reaped children (cutime, cstime), then its living children
        long ticks = own[0] + own[1] + own[2] + own[3];
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            ticks += processes.map(path -> path.getFileName().toString())
                    .filter(name -> name.chars().allMatch(Character::isDigit))
                    .mapToLong(Long::parseLong)
                    .filter(pid -> pid != postmaster && parentOrZero(pid) == postmaster)
                    .map(pid -> {
                        long[] child = stat(pid);
                        return child.length == 0 ? 0 : child[0] + child[1];
                    })
                    .sum();
        } catch (IOException e) {
            return 0;
        }
        return (long) (ticks / TICKS_PER_SECOND * 1e9);
    }

    private static long parent(long pid) {
        long parent = parentOrZero(pid);
        if (parent == 0) {
            throw new IllegalStateException("proses induk PostgreSQL dari " + pid + " tidak terbaca di /proc");
        }
        return parent;
    }

    private static long parentOrZero(long pid) {
        String stat = read(pid);
        if (stat == null) {
            return 0;
        }
        // after the command name in parentheses: state, ppid, ...
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[1]);
    }

    /** utime, stime, cutime, cstime in clock ticks; empty when the process is gone. */
    private static long[] stat(long pid) {
        String stat = read(pid);
        if (stat == null) {
            return new long[0];
        }
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 of proc(5): utime is field 14, stime 15, cutime 16, cstime 17
        return new long[] { Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                Long.parseLong(fields[14]) };
    }

    private static String read(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException e) {
            return null;
        }
    }
}
