package id.sopflow.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.sopflow.SopflowApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Figure 2 of the benchmark (README "Kapasitas"): real SOP cases end to end through the REST API, as the seeded users
 * work them in Tasklist — SIPA BERMEDSOS from the desa's report with a photo to the Camat reading the progress report
 * (PDF), and PPID from the Ketua's instruction to the Ketua reading the dissemination report (PDF). sopflow runs as
 * in production (postgres profile, job executor on, embedded PostgreSQL); the feedback window of SIPA is shortened to
 * {@code bench.rest.window} (default 2 s) so a case does not wait a week. Prints cases per minute, the time of each
 * kind of REST call (p50/p95) and the time the report jobs take, from the engine's history.
 *
 * <p>{@code -Dbench.rest.cases=N} cases per SOP (default 30), {@code -Dbench.rest.threads=N} people working at once
 * (default 3). For where the time goes, add a flight recording: {@code -Dbench.jvmArgs=-XX:StartFlightRecording=...}.
 */
class RestCaseBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DESA_USERS = List.of("pemdes-babayau", "pemdes-lamida-atas", "pemdes-lok-batu");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, List<Long>> callNanos = new ConcurrentHashMap<>();
    private String base;

    @Test
    void sipaAndPpidCasesThroughRest() throws Exception {
        int cases = Integer.getInteger("bench.rest.cases", 30);
        int threads = Integer.getInteger("bench.rest.threads", 3);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").start()) {
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            ConfigurableApplicationContext application = new SpringApplicationBuilder(SopflowApplication.class)
                    .profiles("postgres").run(
                            "--SOPFLOW_DB_URL=" + url, "--spring.datasource.url=" + url,
                            "--SOPFLOW_DB_USER=postgres", "--SOPFLOW_DB_PASSWORD=postgres",
                            "--server.port=0", "--camunda.bpm.job-execution.enabled=true",
                            "--sopflow.sipa.masa-tanggapan=" + System.getProperty("bench.rest.window", "2s"),
                            "--sopflow.setwan.pembaruan-berkala.aktif=false");
            try {
                base = "http://localhost:" + ((WebServerApplicationContext) application).getWebServer().getPort();
                JdbcTemplate sql = new JdbcTemplate(postgres.getPostgresDatabase());
                run("sipa", cases, threads, this::sipaCase, sql, "serviceTask_susunLaporanPerkembangan");
                run("ppid", cases, threads, this::ppidCase, sql, "serviceTask_susunLaporan");
            } finally {
                application.close();
            }
        }
    }

    private interface CaseWork {
        void work(int caseNumber) throws Exception;
    }

    private void run(String sop, int cases, int threads, CaseWork work, JdbcTemplate sql, String reportActivity)
            throws Exception {
        callNanos.clear();
        work.work(-1); // one case alone first: warms the caches, the forms and the PDF fonts
        callNanos.clear();
        AtomicInteger next = new AtomicInteger();
        ExecutorService people = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(people.submit(() -> {
                for (int i = next.getAndIncrement(); i < cases; i = next.getAndIncrement()) {
                    work.work(i);
                }
                return null;
            }));
        }
        for (Future<?> person : running) {
            person.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        people.shutdown();
        EngineOverheadBenchmark.report(String.format(Locale.ROOT,
                "rest %s: %d kasus selesai dalam %.1f s dengan %d orang bekerja bersamaan = %.1f kasus/menit "
                        + "(termasuk jeda masa tanggapan dan job executor) load %s",
                sop, cases, seconds, threads, cases / seconds * 60, KabupatenBenchmark.load()));
        for (Map.Entry<String, List<Long>> call : new TreeMap<>(callNanos).entrySet()) {
            List<Long> nanos = new ArrayList<>(call.getValue());
            Collections.sort(nanos);
            EngineOverheadBenchmark.report(String.format(Locale.ROOT, "rest %s %s: p50 %.0f ms, p95 %.0f ms (%d panggilan)",
                    sop, call.getKey(), percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6, nanos.size()));
        }
        if (reportActivity != null) {
            Double pdf = sql.queryForObject("select avg(DURATION_) from ACT_HI_ACTINST where ACT_ID_ = ?",
                    Double.class, reportActivity);
            EngineOverheadBenchmark.report(String.format(Locale.ROOT, "rest %s laporan PDF (job %s): rata-rata %.0f ms",
                    sop, reportActivity, pdf == null ? 0 : pdf));
        }
    }

    // ---- SIPA BERMEDSOS: the desa reports, the Admin verifies and posts by hand, the window closes, the Kasi checks
    // the composed progress report, the Camat reads it.

    private void sipaCase(int number) throws Exception {
        String desa = DESA_USERS.get(Math.floorMod(number, DESA_USERS.size()));
        ObjectNode variables = JSON.createObjectNode();
        put(variables, "jenisLaporan", "String", "realisasi-apbdes");
        put(variables, "judul", "String", "Pembangunan jalan usaha tani " + number);
        put(variables, "periode", "String", "November 2026");
        put(variables, "lokasi", "String", "RT 02 Dusun I");
        put(variables, "uraian", "String", "Pengerasan jalan sepanjang 250 meter dengan dana desa.");
        put(variables, "anggaran", "Long", 150_000_000L);
        put(variables, "realisasi", "Long", 142_500_000L);
        put(variables, "teksKonten", "String", "Jalan usaha tani selesai dikerjakan, kasus " + number + ".");
        put(variables, "platformFacebook", "Boolean", true);
        put(variables, "platformInstagram", "Boolean", false);
        photo(variables, "foto1", Fixtures.PNG);
        String instance = start(desa, "sipa-bermedsos", variables);

        submit("verifikasi", "admin-sipa", instance, Map.of("terverifikasi", true));
        submit("unggah manual", "admin-sipa", instance,
                Map.of("tautanPublikasi", "https://www.facebook.com/desa/posts/" + Math.abs(number)));
        submit("periksa laporan perkembangan", "kasi-sipa", instance, Map.of("laporanDiperiksa", true));
        submit("baca laporan perkembangan", "camat-paringin", instance, Map.of("arahanCamat", "Lanjutkan."));
        awaitEnded("camat-paringin", instance);
    }

    // ---- PPID: the Ketua instructs, the Seksi drafts, the Ketua approves, the Admin posts by hand and reports.

    private void ppidCase(int number) throws Exception {
        ObjectNode variables = JSON.createObjectNode();
        put(variables, "judul", "String", "Musyawarah Kalurahan " + number);
        put(variables, "tanggalKegiatan", "String", "2026-11-20");
        put(variables, "ringkasan", "String", "Musyawarah Kalurahan membahas Rencana Kerja Pemerintah Kalurahan 2027.");
        put(variables, "disposisi", "String", "Mohon disebarluaskan melalui website dan media sosial hari ini.");
        String instance = start("ketua-ppid", "ppid-penyebarluasan-informasi", variables);
        for (PpidStep step : PpidStep.values()) {
            submit(step.label, step.user, instance, step.variables);
        }
        awaitEnded("ketua-ppid", instance);
    }

    /** The PPID steps with what their forms hand in (see PpidCase in the PPID tests). */
    private enum PpidStep {
        INSTRUKSI("instruksi seksi", "seksi-pddi", Map.of("instruksiSeksi", "Siapkan materi website.")),
        KONSEP("susun konsep", "admin-medsos", Map.of("teksWebsite", "Musyawarah Kalurahan menyepakati RKP 2027.",
                "gambarBaru1", Fixtures.PNG)),
        PERIKSA_KONSEP("periksa konsep", "seksi-pddi", Map.of("konsepSesuai", true)),
        AJUKAN("ajukan persetujuan", "seksi-pddi", Map.of("catatanPengantar", "Sudah sesuai disposisi.")),
        SETUJUI("setujui materi", "ketua-ppid", Map.of("materiDisetujui", true)),
        PLATFORM("tentukan platform", "seksi-pddi", Map.of("platformWebsite", true, "platformInstagram", false,
                "platformFacebook", false, "platformYoutube", false)),
        TERIMA_MATERI("terima materi", "admin-medsos", Map.of("materiDiterima", true)),
        UNGGAH_MANUAL("unggah manual", "admin-medsos", Map.of("tautan", "https://bunder.example.go.id/berita/rkp-2027")),
        LAPORKAN("laporkan tautan", "seksi-pddi", Map.of("catatanLaporan", "Unggahan sudah tayang.")),
        TERIMA_LAPORAN("terima laporan", "ketua-ppid", Map.of("laporanDiterima", true));

        final String label;
        final String user;
        final Map<String, Object> variables;

        PpidStep(String label, String user, Map<String, Object> variables) {
            this.label = label;
            this.user = user;
            this.variables = variables;
        }
    }

    // ---- REST calls as the person

    private String start(String user, String key, ObjectNode variables) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.set("variables", variables);
        JsonNode started = call("mulai kasus", user, "POST",
                "/engine-rest/process-definition/key/" + key + "/submit-form", body, 200);
        return started.path("id").asText();
    }

    private void submit(String label, String user, String instance, Map<String, Object> values) throws Exception {
        String task = awaitTask(user, instance);
        ObjectNode variables = JSON.createObjectNode();
        values.forEach((name, value) -> {
            if (value instanceof byte[] png) {
                photo(variables, name, png);
            } else {
                put(variables, name, value instanceof Boolean ? "Boolean" : "String", value);
            }
        });
        ObjectNode body = JSON.createObjectNode();
        body.set("variables", variables);
        call(label, user, "POST", "/engine-rest/task/" + task + "/submit-form", body, 204);
    }

    /** Polls the person's task list as Tasklist does, until the case's next step is there (jobs run in between). */
    private String awaitTask(String user, String instance) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            JsonNode tasks = call("daftar tugas", user, "GET", "/engine-rest/task?processInstanceId=" + instance, null,
                    200);
            if (tasks.size() > 0) {
                return tasks.get(0).path("id").asText();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Tidak ada tugas untuk " + user + " pada kasus " + instance);
    }

    private void awaitEnded(String user, String instance) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            JsonNode history = call("riwayat kasus", user, "GET", "/engine-rest/history/process-instance/" + instance,
                    null, 200);
            if ("COMPLETED".equals(history.path("state").asText())) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Kasus " + instance + " tidak selesai");
    }

    private JsonNode call(String label, String user, String method, String path, JsonNode body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        callNanos.computeIfAbsent(label, any -> Collections.synchronizedList(new ArrayList<>()))
                .add(System.nanoTime() - started);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(label + " sebagai " + user + ": HTTP " + response.statusCode() + " "
                    + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static void put(ObjectNode variables, String name, String type, Object value) {
        ObjectNode variable = variables.putObject(name);
        variable.put("type", type);
        variable.set("value", JSON.valueToTree(value));
    }

    private static void photo(ObjectNode variables, String name, byte[] png) {
        ObjectNode photo = variables.putObject(name);
        photo.put("type", "File");
        photo.put("value", Base64.getEncoder().encodeToString(png));
        photo.putObject("valueInfo").put("filename", name + ".png").put("mimeType", "image/png");
    }

    private static double percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    /** A real 4 × 3 PNG, as a phone would send a (very small) photo. */
    private static final class Fixtures {
        static final byte[] PNG = png();

        private static byte[] png() {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 3,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            image.setRGB(1, 1, 0x2e7d32);
            try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
                javax.imageio.ImageIO.write(image, "png", out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
