package id.sopflow.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An HTTP client logged in the way a real client logs in: Camunda Modeler and scripts with HTTP Basic on
 * {@code /engine-rest}, a browser with Tasklist's session login (XSRF cookie and header) on the webapps' own copy of
 * the REST API under {@code /camunda/api/engine/engine/default}. Requests carry a JSON body when one is given.
 */
public final class StaffClient {

    public static final String WEBAPP_ENGINE_API = "/camunda/api/engine/engine/default";

    private final int port;
    private final HttpClient http;
    private final String authorization;
    private final String xsrfToken;

    private StaffClient(int port, HttpClient http, String authorization, String xsrfToken) {
        this.port = port;
        this.http = http;
        this.authorization = authorization;
        this.xsrfToken = xsrfToken;
    }

    /** No credentials at all. */
    public static StaffClient anonymous(int port) {
        return new StaffClient(port, HttpClient.newHttpClient(), null, null);
    }

    /** HTTP Basic on every request. */
    public static StaffClient basic(int port, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new StaffClient(port, HttpClient.newHttpClient(), "Basic " + token, null);
    }

    /** A browser that opened Tasklist without logging in: a session cookie and its XSRF token, no user. */
    public static StaffClient anonymousWebapp(int port) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        new StaffClient(port, http, null, null).send("GET", "/camunda/app/tasklist/default/", null);
        String xsrf = ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        return new StaffClient(port, http, null, xsrf);
    }

    /** Logged in to Tasklist like the browser: a session cookie and the XSRF token on every request. */
    public static StaffClient tasklistSession(int port, String user, String password) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        StaffClient anonymous = new StaffClient(port, http, null, null);
        anonymous.send("GET", "/camunda/app/tasklist/default/", null);
        String xsrf = ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = anonymous.exchange(HttpRequest.newBuilder(anonymous.uri(
                        "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Tasklist login of " + user + " failed: " + login.statusCode());
        }
        // The login starts a new session, whose token the next request hands out (header and cookie).
        HttpResponse<String> afterLogin = anonymous.send("GET", "/camunda/api/admin/auth/user/default", null);
        String sessionXsrf = afterLogin.headers().firstValue("X-XSRF-TOKEN").orElseGet(() ->
                ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                        .map(HttpCookie::getValue).reduce((first, last) -> last).orElse(xsrf));
        return new StaffClient(port, http, null, sessionXsrf);
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    public HttpResponse<String> post(String path, String json) {
        return send("POST", path, json == null ? "{}" : json);
    }

    public HttpResponse<String> put(String path, String json) {
        return send("PUT", path, json == null ? "{}" : json);
    }

    public HttpResponse<String> send(String method, String path, String json) {
        return send(method, path, json, "application/json");
    }

    /** A download: accepts any content type, as a browser fetching a file does. */
    public HttpResponse<String> download(String path) {
        return send("GET", path, null, "*/*");
    }

    private HttpResponse<String> send(String method, String path, String json, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", accept);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (xsrfToken != null) {
            request.header("X-XSRF-TOKEN", xsrfToken);
        }
        return exchange(request);
    }

    /** Adds this client's credentials (Basic or the Tasklist session's XSRF token) to a hand-built request. */
    public HttpRequest.Builder authorize(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (xsrfToken != null) {
            request.header("X-XSRF-TOKEN", xsrfToken);
        }
        return request;
    }

    public HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
