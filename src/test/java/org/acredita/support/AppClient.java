package org.acredita.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person (or script) talking to the running application over real HTTP: cookies, the session in
 * PostgreSQL, CSRF tokens taken from the pages, and bearer tokens, exactly as a browser or client would.
 */
public final class AppClient {

    public static final String DEMO_PASSWORD = "acredita-demo";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]*)\"");

    private final String base;
    private final HttpClient http;
    private String csrf = "";
    private String bearer;
    private String language = "es-MX";
    private String forwardedFor;

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    public AppClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The session's cookies, for a test that needs its own HTTP client (e.g. to stream a huge body). */
    public CookieManager cookies() {
        return cookies;
    }

    public static AppClient signedIn(int port, String username) {
        return signedIn(port, username, DEMO_PASSWORD);
    }

    public static AppClient signedIn(int port, String username, String password) {
        AppClient client = new AppClient(port);
        Response response = client.signIn(username, password);
        if (response.status() != 302 || !response.header("Location").endsWith("/")) {
            throw new AssertionError("Sign-in of " + username + " failed: " + response.status() + " " + response.header("Location"));
        }
        return client;
    }

    public static AppClient withToken(int port, String token) {
        AppClient client = new AppClient(port);
        client.bearer = token;
        return client;
    }

    public AppClient language(String tag) {
        this.language = tag;
        return this;
    }

    /** Requests as if from this address behind the proxy (X-Forwarded-For), for per-address limits. */
    public AppClient from(String address) {
        this.forwardedFor = address;
        return this;
    }

    public Response signIn(String username, String password) {
        get("/login");
        return postForm("/login", Map.of("username", username, "password", password));
    }

    public Response get(String path) {
        return send(request(path).GET().header("Accept", "text/html,application/json"));
    }

    public Response get(String path, String accept) {
        return send(request(path).GET().header("Accept", accept));
    }

    public Response getJson(String path) {
        return send(request(path).GET().header("Accept", "application/json"));
    }

    public Response postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (!csrf.isEmpty()) {
            all.putIfAbsent("_csrf", csrf);
        }
        return postFormWithoutCsrf(path, all);
    }

    /** A form post as htmx sends it: the CSRF token in a header, and {@code HX-Request: true}. */
    public Response postHtmx(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).header("HX-Request", "true")
                .header("X-CSRF-TOKEN", csrf).header("Accept", "text/html"));
    }

    public Response postFormWithoutCsrf(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html"));
    }

    public Response sendJson(String method, String path, String json, boolean withCsrf) {
        HttpRequest.Builder builder = request(path).method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (withCsrf && !csrf.isEmpty()) {
            builder.header("X-CSRF-TOKEN", csrf);
        }
        return send(builder);
    }

    /** A multipart upload of one file (field "file"), with the page's CSRF token unless a bearer token is used. */
    public Response upload(String path, String fileName, byte[] content, boolean asPage) {
        return upload(path, fileName, content, asPage, Map.of());
    }

    /** A multipart upload of one file (field "file") with more form fields. */
    public Response upload(String path, String fileName, byte[] content, boolean asPage, Map<String, String> fields) {
        String boundary = "----acredita" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        if (bearer == null && !csrf.isEmpty()) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                    .append(csrf).append("\r\n");
        }
        fields.forEach((name, value) -> head.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(content, 0, body, start.length, content.length);
        System.arraycopy(end, 0, body, start.length + content.length, end.length);
        return send(request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", asPage ? "text/html" : "application/json"));
    }

    /** A file as the raw body of a PUT (the proofs' raw upload), with the page's CSRF token unless a bearer token is used. */
    public Response putFile(String path, byte[] content, String contentType) {
        HttpRequest.Builder builder = request(path).PUT(HttpRequest.BodyPublishers.ofByteArray(content))
                .header("Content-Type", contentType).header("Accept", "application/json");
        if (bearer == null && !csrf.isEmpty()) {
            builder.header("X-CSRF-TOKEN", csrf);
        }
        return send(builder);
    }

    public String csrfToken() {
        return csrf;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language);
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            Response result = new Response(response.statusCode(), response.body(), response.headers().map());
            Matcher matcher = CSRF.matcher(result.body());
            if (matcher.find() && !matcher.group(1).isEmpty()) {
                csrf = matcher.group(1);
            }
            return result;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An answer: status, body and headers. */
    public record Response(int status, byte[] bytes, Map<String, java.util.List<String>> headers) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        public java.util.List<String> headerValues(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }
    }
}
