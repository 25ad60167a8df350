package id.sopflow.cluster;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Another process that has an H2 database file open, as a first sopflow node would: run in a child JVM by
 * {@link SingleNodeH2Test}. Keeps the file until its standard input closes.
 */
public final class H2FileHolder {

    private H2FileHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
            connection.createStatement().execute("create table if not exists DIPAKAI (ID int)");
            System.out.println("terbuka");
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the test to let go
            }
        }
    }
}
