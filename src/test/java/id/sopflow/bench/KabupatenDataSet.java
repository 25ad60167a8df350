package id.sopflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import id.sopflow.SopflowApplication;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel;
import id.sopflow.identity.OrganisationModel.Actor;
import id.sopflow.identity.OrganisationModel.DemoUser;
import id.sopflow.identity.OrganisationModel.Organisation;
import id.sopflow.identity.OrganisationModel.Sop;
import id.sopflow.identity.OrganisationModel.Unit;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The kabupaten data set of the benchmark (README "Kapasitas", issue 20 §3): a Balangan-sized installation on
 * PostgreSQL — 8 kecamatan with 157 desa, ~600 users with the groups, tenants and authorizations the identity seeder
 * gives them, 100,000 open SIPA steps and 1,000,000 historic task rows — served by the real sopflow application.
 *
 * <p>Who and what comes through sopflow itself: a generated organisation file (each kecamatan runs SIPA BERMEDSOS
 * as its own SOP, because an SOP and its actor groups belong to one organisation), seeded at startup like any
 * installation's; the other kecamatan's SIPA are copies of {@code processes/sipa-bermedsos.bpmn} with their key and
 * groups. The bulk rows are written with {@code INSERT … SELECT generate_series} straight into the engine's tables,
 * shaped as the engine writes them: executions, tasks with due dates and priority, candidate-group identity links
 * and the per-task authorizations the engine grants (their permission bits copied from a task the engine made),
 * the case header as process and task-local variables, history of every step and case, and sopflow's late-step
 * records. Timer jobs and historic activity/variable rows are not generated: no measured query reads them.
 *
 * <p>Distribution: open steps spread evenly over the desa; 5 % overdue (1 hour to 1 week), 3 % due later today, the
 * rest in the next two weeks; 30 % claimed. Finished cases spread over the last 24 months, 5 completed steps each,
 * 80 % of steps within their mutu baku.
 */
final class KabupatenDataSet implements AutoCloseable {

    /** The eight kecamatan of Balangan; Paringin is the organisation file's own (SIPA's process key unchanged). */
    static final List<String> KECAMATAN = List.of("paringin", "awayan", "batumandi", "halong", "juai", "lampihong",
            "paringin-selatan", "tebing-tinggi");
    static final String SIPA = "sipa-bermedsos";
    static final String PASSWORD = "demo";

    /**
     * How big: {@code desa} spread over {@code kecamatan}, {@code openSteps} open tasks, {@code finishedCases} cases of
     * five completed steps each (history rows = open steps + 5 × finished cases).
     */
    record Scale(int kecamatan, int desa, int openSteps, int finishedCases, int usersPerDesa, int adminsPerKecamatan,
                 int kasiPerKecamatan) {

        static final Scale KABUPATEN = new Scale(8, 157, 100_000, 180_000, 3, 4, 6);

        int historicTaskRows() {
            return openSteps + 5 * finishedCases;
        }

        int desaOf(int kecamatanIndex) {
            return desa / kecamatan + (kecamatanIndex < desa % kecamatan ? 1 : 0);
        }
    }

    /** One kecamatan as generated: its tenant, SIPA process key and groups. */
    record Kecamatan(int index, String suffix, String tenant, String processKey, String pemdesGroup,
                     String adminGroup, String kasiGroup, String camatGroup, List<String> desa) {

        String camat() {
            return "camat-" + suffix;
        }

        String admin(int n) {
            return "admin-" + suffix + "-" + n;
        }

        static Kecamatan of(int index, List<String> desa) {
            String suffix = KECAMATAN.get(index);
            String groupSuffix = index == 0 ? "" : "-" + suffix;
            return new Kecamatan(index, suffix, "kec-" + suffix, index == 0 ? SIPA : SIPA + "-" + suffix,
                    "sipa-pemerintah-desa" + groupSuffix, "sipa-admin" + groupSuffix,
                    "sipa-kasi-tim-teknis" + groupSuffix, "sipa-camat" + groupSuffix, desa);
        }
    }

    /** SIPA's user tasks: id, name, the lanes (candidate groups) and mutu baku in hours of wall time here. */
    private static final String STEPS = """
            INSERT INTO bench_step VALUES
             (0, 'userTask_perbaikiLaporan', 'Perbaiki laporan', ARRAY['pemdes'], 1, 'PT1H'),
             (1, 'userTask_verifikasiLaporan', 'Verifikasi laporan dan konten', ARRAY['admin'], 1, 'PT1H'),
             (2, 'userTask_unggahManual', 'Unggah manual dan catat tautan', ARRAY['admin','pemdes'], 1, 'PT1H'),
             (3, 'userTask_tanggapiPertanyaan', 'Tanggapi pertanyaan/keluhan masyarakat', ARRAY['admin','pemdes'], 8,
              'PT8H'),
             (4, 'userTask_periksaLaporanPerkembangan', 'Periksa dan kirim laporan perkembangan ke Camat',
              ARRAY['kasi'], 1, 'PT1H'),
             (5, 'userTask_bacaLaporanPerkembangan', 'Baca laporan perkembangan dan beri arahan', ARRAY['camat'], 24,
              'P1D')""";

    final Scale scale;
    final List<Kecamatan> kecamatan;
    final EmbeddedPostgres postgres;
    final ConfigurableApplicationContext application;
    final ProcessEngine engine;
    final int port;
    final Path organisationFile;
    /** Seconds spent writing the bulk rows (not the application start). */
    double generationSeconds;

    private KabupatenDataSet(Scale scale, List<Kecamatan> kecamatan, EmbeddedPostgres postgres,
                             ConfigurableApplicationContext application, Path organisationFile) {
        this.scale = scale;
        this.kecamatan = kecamatan;
        this.postgres = postgres;
        this.application = application;
        this.engine = application.getBean(ProcessEngine.class);
        this.port = Integer.parseInt(application.getEnvironment().getProperty("local.server.port"));
        this.organisationFile = organisationFile;
    }

    /** Starts PostgreSQL and sopflow on the generated organisation file, then writes the bulk rows. */
    static KabupatenDataSet create(Scale scale) throws Exception {
        List<Kecamatan> kecamatan = kecamatan(scale);
        Path organisationFile = Files.createTempFile("kabupaten-organisasi", ".yaml");
        Files.writeString(organisationFile, organisationYaml(scale, kecamatan));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_wal_size", "2GB")
                .start();
        ConfigurableApplicationContext application;
        try {
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            application = new SpringApplicationBuilder(SopflowApplication.class).profiles("postgres").run(
                    "--SOPFLOW_DB_URL=" + url, "--spring.datasource.url=" + url,
                    "--SOPFLOW_DB_USER=postgres", "--SOPFLOW_DB_PASSWORD=postgres",
                    "--SOPFLOW_IDENTITY_FILE=file:" + organisationFile.toAbsolutePath(),
                    "--sopflow.identity.demo-users=true",
                    "--server.port=0", "--camunda.bpm.job-execution.enabled=false");
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        KabupatenDataSet dataSet = new KabupatenDataSet(scale, kecamatan, postgres, application, organisationFile);
        long started = System.nanoTime();
        dataSet.deployKecamatanCopies();
        dataSet.generate();
        dataSet.generationSeconds = (System.nanoTime() - started) / 1e9;
        return dataSet;
    }

    static List<Kecamatan> kecamatan(Scale scale) {
        List<Kecamatan> all = new ArrayList<>();
        for (int k = 0; k < scale.kecamatan(); k++) {
            String suffix = KECAMATAN.get(k);
            List<String> desa = new ArrayList<>();
            if (k == 0) {
                desa.addAll(List.of("desa-babayau", "desa-lamida-atas", "desa-lok-batu"));
            }
            for (int n = desa.size() + 1; desa.size() < scale.desaOf(k); n++) {
                desa.add("desa-" + suffix + "-" + n);
            }
            all.add(Kecamatan.of(k, desa));
        }
        return all;
    }

    /**
     * The packaged organisation file with Paringin's desa filled up, the other kecamatan added (each running its own
     * SIPA) and the users of every desa and kecamatan, written as an administrator would write it.
     */
    static String organisationYaml(Scale scale, List<Kecamatan> kecamatan) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        OrganisationModel packaged;
        try (InputStream in = new ClassPathResource("sopflow/organisasi.yaml").getInputStream()) {
            packaged = yaml.readValue(in, OrganisationModel.class);
        }
        Sop paringinSipa = packaged.sops().stream().filter(sop -> SIPA.equals(sop.processKey())).findFirst()
                .orElseThrow();
        List<Organisation> organisations = new ArrayList<>();
        List<Sop> sops = new ArrayList<>();
        List<DemoUser> users = new ArrayList<>(packaged.demoUsers());
        for (Organisation organisation : packaged.organisations()) {
            if (!organisation.id().equals(kecamatan.get(0).tenant())) {
                organisations.add(organisation);
            }
        }
        for (Kecamatan kec : kecamatan) {
            String name = "Kecamatan " + title(kec.suffix());
            List<Unit> units = kec.desa().stream()
                    .map(desa -> new Unit(desa, "Desa " + title(desa.substring("desa-".length())), false))
                    .toList();
            organisations.add(new Organisation(kec.tenant(), name, "kecamatan", "Asia/Makassar", false, units));
            if (kec.index() > 0) {
                sops.add(new Sop(kec.processKey(), paringinSipa.name() + " " + name, kec.tenant(), kec.camatGroup(),
                        List.of(new Actor(kec.pemdesGroup(), "Pemerintah Desa", true, true),
                                new Actor(kec.adminGroup(), "Admin", false, false),
                                new Actor(kec.kasiGroup(), "Kasi dan Tim Teknis", false, false),
                                new Actor(kec.camatGroup(), "Camat", false, false)),
                        List.of(), paringinSipa.actorsReadEveryStep()));
                users.add(user(kec.camat(), "Camat", title(kec.suffix()), kec.tenant(), null,
                        List.of(kec.camatGroup(), "pengawas")));
            }
            for (int n = 1; n <= scale.adminsPerKecamatan(); n++) {
                users.add(user(kec.admin(n), "Admin", title(kec.suffix()) + " " + n, kec.tenant(), null,
                        List.of(kec.adminGroup())));
            }
            for (int n = 1; n <= scale.kasiPerKecamatan(); n++) {
                users.add(user("kasi-" + kec.suffix() + "-" + n, "Kasi", title(kec.suffix()) + " " + n, kec.tenant(),
                        null, List.of(kec.kasiGroup())));
            }
            for (String desa : kec.desa()) {
                for (int n = 1; n <= scale.usersPerDesa(); n++) {
                    users.add(user(pemdes(desa, n), "Pemerintah Desa", title(desa.substring(5)) + " " + n,
                            kec.tenant(), desa, List.of(kec.pemdesGroup())));
                }
            }
        }
        sops.addAll(packaged.sops());
        OrganisationModel model = new OrganisationModel(organisations, sops, packaged.roles(),
                packaged.demoPassword(), users);
        return "# Dibuat oleh KabupatenDataSet (benchmark): " + organisations.size() + " organisasi, "
                + users.size() + " pengguna\n" + yaml.writeValueAsString(model);
    }

    static String pemdes(String desa, int n) {
        return "pemdes-" + desa.substring("desa-".length()) + "-" + n;
    }

    private static DemoUser user(String id, String first, String last, String organisation, String unit,
                                 List<String> groups) {
        return new DemoUser(id, first, last, id + "@balangan.example", List.of(organisation), unit, groups);
    }

    private static String title(String id) {
        StringBuilder out = new StringBuilder();
        for (String word : id.split("-")) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    /** SIPA of the other kecamatan: the packaged diagram under the kecamatan's key and groups, with its forms. */
    private void deployKecamatanCopies() throws IOException {
        String diagram = Files.readString(Path.of("processes", SIPA + ".bpmn"));
        for (Kecamatan kec : kecamatan.subList(1, kecamatan.size())) {
            String copy = diagram.replace("\"" + SIPA + "\"", "\"" + kec.processKey() + "\"")
                    .replace("sipa-pemerintah-desa", kec.pemdesGroup())
                    .replace("\"sipa-admin", "\"" + kec.adminGroup())
                    .replace(",sipa-admin", "," + kec.adminGroup())
                    .replace("sipa-kasi-tim-teknis", kec.kasiGroup())
                    .replace("\"sipa-camat\"", "\"" + kec.camatGroup() + "\"");
            DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                    .name("kabupaten-" + kec.suffix())
                    .addString(kec.processKey() + ".bpmn", copy);
            try (Stream<Path> forms = Files.list(Path.of("forms"))) {
                for (Path form : forms.filter(f -> f.getFileName().toString().startsWith("sipa-")).toList()) {
                    deployment.addString(form.getFileName().toString(), Files.readString(form));
                }
            }
            deployment.deploy();
        }
    }

    private void generate() throws SQLException {
        Permissions permissions = taskPermissions();
        DataSource dataSource = application.getBean(DataSource.class);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("CREATE TEMP TABLE bench_step (s int, step_key text, step_name text, lanes text[], "
                        + "hours int, mutu text)");
                sql.execute(STEPS);
                sql.execute("CREATE TEMP TABLE bench_kec (k int, tenant text, proc_key text, proc_def_id text, "
                        + "suffix text, g_pemdes text, g_admin text, g_kasi text, g_camat text)");
                sql.execute("CREATE TEMP TABLE bench_desa (d int, k int, tenant text, name text, user_prefix text)");
            }
            try (PreparedStatement kec = connection.prepareStatement(
                    "INSERT INTO bench_kec VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement desa = connection.prepareStatement(
                            "INSERT INTO bench_desa VALUES (?, ?, ?, ?, ?)")) {
                int d = 0;
                for (Kecamatan each : kecamatan) {
                    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                            .processDefinitionKey(each.processKey()).latestVersion().singleResult();
                    Object[] values = { each.index(), each.tenant(), each.processKey(), definition.getId(),
                            each.suffix(), each.pemdesGroup(), each.adminGroup(), each.kasiGroup(),
                            each.camatGroup() };
                    for (int i = 0; i < values.length; i++) {
                        kec.setObject(i + 1, values[i]);
                    }
                    kec.addBatch();
                    for (String unit : each.desa()) {
                        desa.setInt(1, d++);
                        desa.setInt(2, each.index());
                        desa.setString(3, unit);
                        desa.setString(4, "Desa " + title(unit.substring(5)));
                        desa.setString(5, "pemdes-" + unit.substring(5) + "-");
                        desa.addBatch();
                    }
                }
                kec.executeBatch();
                desa.executeBatch();
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put(":open", Integer.toString(scale.openSteps()));
            values.put(":finished", Integer.toString(scale.finishedCases()));
            values.put(":desa", Integer.toString(scale.desa()));
            values.put(":pemdesUsers", Integer.toString(scale.usersPerDesa()));
            values.put(":admins", Integer.toString(scale.adminsPerKecamatan()));
            values.put(":kasi", Integer.toString(scale.kasiPerKecamatan()));
            values.put(":groupPerms", Integer.toString(permissions.group()));
            values.put(":userPerms", Integer.toString(permissions.user()));
            values.put(":perTaskGrants", Boolean.toString(perTaskGrants()));
            try (Statement sql = connection.createStatement()) {
                for (String statement : bulkSql(values)) {
                    sql.execute(statement);
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement sql = connection.createStatement()) {
                sql.execute("ANALYZE");
            }
        }
    }

    /**
     * Whether the engine writes an authorization row per step and candidate group (and assignee) for SIPA: not when
     * its actors read every step through the definition. {@code -Dbench.kabupaten.perTaskGrants=true} writes them
     * anyway, as the engine did for every SOP before, for a before/after on one data set (KabupatenBenchmark).
     */
    boolean perTaskGrants() {
        boolean sipaByDefinition = application.getBean(OrganisationDirectory.class).sops().stream()
                .filter(sop -> sop.processKey().equals(SIPA)).allMatch(Sop::actorsReadEveryStep);
        return !sipaByDefinition || Boolean.getBoolean("bench.kabupaten.perTaskGrants");
    }

    /** The permission bits the engine grants a candidate group and an assignee on a task, taken from a real task. */
    private Permissions taskPermissions() {
        TaskService tasks = engine.getTaskService();
        Task probe = tasks.newTask();
        probe.setName("probe");
        tasks.saveTask(probe);
        try {
            Kecamatan first = kecamatan.get(0);
            tasks.addCandidateGroup(probe.getId(), first.adminGroup());
            tasks.setAssignee(probe.getId(), first.admin(1));
            var authorizations = engine.getAuthorizationService().createAuthorizationQuery()
                    .resourceId(probe.getId()).list();
            return new Permissions(bits(authorizations.stream().filter(a -> a.getGroupId() != null)),
                    bits(authorizations.stream().filter(a -> a.getUserId() != null)));
        } finally {
            tasks.deleteTask(probe.getId(), true);
        }
    }

    private static int bits(Stream<org.camunda.bpm.engine.authorization.Authorization> grants) {
        return ((AuthorizationEntity) grants.findFirst().orElseThrow()).getPermissions();
    }

    private record Permissions(int group, int user) {
    }

    private static List<String> bulkSql(Map<String, String> values) {
        String script;
        try (InputStream in = new ClassPathResource("bench/kabupaten.sql").getInputStream()) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            script = script.replace(value.getKey(), value.getValue());
        }
        List<String> statements = new ArrayList<>();
        for (String statement : script.split(";\\s*\\n")) {
            String code = statement.lines().filter(line -> !line.strip().startsWith("--"))
                    .reduce("", (a, b) -> a + "\n" + b).strip();
            if (!code.isEmpty()) {
                statements.add(code);
            }
        }
        return statements;
    }

    /** Runs one statement (the benchmark's phases), returning the rows it changed. */
    long update(String sql) {
        try (Connection connection = application.getBean(DataSource.class).getConnection();
                Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of one statement's single number, for checks and the figure lines. */
    long count(String sql) {
        try (Connection connection = application.getBean(DataSource.class).getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    String filterId(String name) {
        return engine.getFilterService().createFilterQuery().filterName(name).list().stream()
                .filter(filter -> filter.getOwner() == null).findFirst().orElseThrow().getId();
    }

    @Override
    public void close() throws IOException {
        try {
            application.close();
        } finally {
            postgres.close();
            Files.deleteIfExists(organisationFile);
        }
    }
}
