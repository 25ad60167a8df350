package id.sopflow.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import id.sopflow.security.StaffClient;

/**
 * A deployment as Camunda Modeler 5 sends it ("Deploy to Camunda 7"), so that a test's deployment goes through the
 * same REST call and the same sopflow checks as a process owner's.
 */
public final class ModelerDeployment {

    private ModelerDeployment() {
    }

    /**
     * Multipart to {@code /engine-rest/deployment/create}, every file under its bare name, "deploy changed only", as
     * the user the client logs in as.
     *
     * @param user     the process owner (HTTP Basic)
     * @param password their password
     */
    public static HttpResponse<String> deploy(StaffClient client, String user, String password, String deploymentName,
            Map<String, byte[]> files) throws IOException {
        String boundary = "----modeler" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = Map.of("deployment-name", deploymentName,
                "deployment-source", "Camunda Modeler", "deploy-changed-only", "true");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey()
                    + "\"; filename=\"" + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.exchange(HttpRequest.newBuilder(client.uri("/engine-rest/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
