package id.sopflow.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.sopflow.InputRefusedException;
import id.sopflow.verification.InputRefusals;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Rewrites the error responses of the Camunda REST APIs ({@code /engine-rest} and the webapps' copy under
 * {@code /camunda/api}).
 *
 * <ul>
 * <li>Always: the engine refuses a task, instance or variable of another tenant with a plain engine exception,
 * which the REST API reports as a server error (500). It is a refusal, so it becomes 403. Other caller mistakes
 * the REST API also reports as 500 get their 4xx: an unknown id (404), a password against the policy and a query
 * parameter of the wrong shape (400).</li>
 * <li>With {@link SecurityProperties#hideErrorDetails()} (production): the {@code type} field, an exception class
 * name, becomes a neutral category ({@code Forbidden}, {@code InvalidRequest}…); fully qualified class names are
 * cut out of messages; a server error says only that it happened, with a reference that is logged together with
 * the original response.</li>
 * </ul>
 * Successful responses pass unchanged (they are buffered, as the status is known only once the API wrote it).
 */
class RestErrorResponses extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RestErrorResponses.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OTHER_TENANT = "belongs to no authenticated tenant";
    private static final String PARAMETER_MISMATCH = "argument type mismatch";
    private static final String PASSWORD_POLICY = "Password does not match policy";
    /** Exceptions the REST API throws only from a malformed request body or parameter (see {@link #rewrite}). */
    private static final Set<String> CALLER_MISTAKES = Set.of("IllegalArgumentException",
            "StringIndexOutOfBoundsException", "IndexOutOfBoundsException", "ClassCastException",
            "NumberFormatException", "DateTimeException", "DateTimeParseException", "JsonMappingException",
            "MismatchedInputException", "InvalidFormatException");
    private static final List<String> PAGING = List.of("firstResult", "maxResults");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*");
    private static final Map<Integer, String> CATEGORIES = Map.of(400, "InvalidRequest", 401, "Unauthorized",
            403, "Forbidden", 404, "NotFound", 405, "MethodNotAllowed", 409, "Conflict", 415, "UnsupportedMediaType");

    private final boolean hideDetails;

    RestErrorResponses(boolean hideDetails) {
        this.hideDetails = hideDetails;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String badPaging = badPaging(request);
        if (badPaging != null) {
            // The REST API hands a negative page straight to the database, which fails with a server error.
            response.setStatus(400);
            response.setContentType("application/json;charset=UTF-8");
            ObjectNode error = JSON.createObjectNode()
                    .put("type", hideDetails ? "InvalidRequest" : "InvalidRequestException")
                    .put("message", badPaging).put("pesan", badPaging);
            response.getOutputStream().write(JSON.writeValueAsBytes(error));
            return;
        }
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        InputRefusals.clear();
        try {
            chain.doFilter(request, buffered);
            if (buffered.getStatus() >= 400 && isJson(buffered.getContentType())) {
                rewrite(request, buffered);
            }
        } finally {
            InputRefusals.clear();
            buffered.copyBodyToResponse();
        }
    }

    private void rewrite(HttpServletRequest request, ContentCachingResponseWrapper response) throws IOException {
        ObjectNode error;
        try {
            if (!(JSON.readTree(response.getContentAsByteArray()) instanceof ObjectNode node)) {
                return;
            }
            error = node;
        } catch (IOException notJson) {
            return;
        }
        String message = error.path("message").asText("");
        int status = response.getStatus();
        Optional<InputRefusedException> refusal = InputRefusals.last();
        if ((status == 500 || status == 400) && refusal.isPresent()) {
            // A refusal of the user's input (form contract, a Tidak without a reason) that the REST API wrapped.
            status = 400;
            error.put("type", refusal.get().getClass().getSimpleName());
            error.put("message", refusal.get().getMessage());
        } else if (status == 500 && message.contains(OTHER_TENANT)) {
            status = 403;
            error.put("message", "Akses ditolak: data ini milik desa atau organisasi lain. " + message);
        } else if (status == 500 && "NullValueException".equals(error.path("type").asText())) {
            // The engine's "no such task / instance" checks.
            status = 404;
        } else if (status == 500 && message.contains(PASSWORD_POLICY)) {
            status = 400;
            error.put("message", "Kata sandi tidak memenuhi kebijakan kata sandi: paling sedikit 10 karakter, "
                    + "dengan huruf kecil, huruf besar, angka dan karakter khusus, dan tidak memuat id atau nama "
                    + "pengguna.");
        } else if (status == 500 && message.equals(PARAMETER_MISMATCH)) {
            // The REST API binds query parameters by reflection and fails like this on a value of the wrong shape
            // (e.g. JSON in a GET parameter that takes a list of objects): the caller's mistake.
            status = 400;
            error.put("message", "Parameter kueri tidak sah untuk " + request.getRequestURI()
                    + ": periksa nama dan bentuk nilainya.");
        } else if (status == 500 && isCallerMistake(error.path("type").asText(), message)) {
            // The REST API's generic handler answers 500 for what a malformed body causes inside it: a JSON null
            // where an object belongs (a null DTO, a null variable, a null sorting entry), an empty variable type,
            // a File without valueInfo. No engine command ran; the caller must fix the request.
            status = 400;
            error.put("message", "Permintaan tidak sah: isi atau parameter permintaan kosong atau tidak sesuai "
                    + "bentuk yang diharapkan " + request.getRequestURI() + " (" + message + ").");
        } else if (status == 500 && "ProcessEngineException".equals(error.path("type").asText())
                && "GET".equals(request.getMethod()) && request.getQueryString() != null) {
            // A query's own parameter checks ("Candidate group list is empty") throw the engine's plain exception.
            status = 400;
            error.put("message", "Parameter kueri tidak sah untuk " + request.getRequestURI() + ": " + message);
        }
        if (hideDetails) {
            if (status >= 500) {
                String reference = UUID.randomUUID().toString();
                log.warn("Galat server {} pada {} {} (referensi {}): {}", status, request.getMethod(),
                        request.getRequestURI(), reference, new String(response.getContentAsByteArray(),
                                StandardCharsets.UTF_8));
                error.put("message", "Terjadi kesalahan pada server. Sebutkan referensi " + reference
                        + " kepada administrator.");
            } else if (error.hasNonNull("message")) {
                error.put("message", CLASS_NAME.matcher(error.get("message").asText()).replaceAll("(kelas)"));
            }
            if (error.has("type")) {
                error.put("type", CATEGORIES.getOrDefault(status, status >= 500 ? "ServerError" : "Error"));
            }
            error.remove("stackTrace");
            error.remove("trace");
            error.remove("exception");
        }
        // sopflow's own APIs answer {"pesan": …}: every error of the Camunda APIs carries it too. A sopflow plugin
        // under /camunda/api that already answers with "pesan" (and no "message") keeps its own words.
        if (error.hasNonNull("message") || !error.hasNonNull("pesan")) {
            error.put("pesan", error.path("message").asText(""));
        }
        response.resetBuffer();
        response.setStatus(status);
        response.getOutputStream().write(JSON.writeValueAsBytes(error));
    }

    /** A null inside the REST API's request objects (its DTOs) comes from the body; any other null is a bug. */
    private static boolean isCallerMistake(String type, String message) {
        return CALLER_MISTAKES.contains(type)
                || "NullPointerException".equals(type) && message.contains(".rest.dto.");
    }

    /** Reads the query string only: a form body (Tasklist's login) must stay unread for the servlet behind. */
    private static String badPaging(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
            if (PAGING.contains(name) && !value.strip().matches("\\d{1,9}")) {
                return "Parameter '" + name + "' tidak sah: '" + value + "' harus bilangan bulat 0 atau lebih.";
            }
        }
        return null;
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return text;
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase().contains("json");
    }
}
