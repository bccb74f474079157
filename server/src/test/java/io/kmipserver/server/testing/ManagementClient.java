package io.kmipserver.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kmipserver.certs.CertifiedKey;
import io.kmipserver.certs.Pkcs12Files;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A real HTTPS client of the management API (the JDK's HttpClient over SunJSSE, HTTP/1.1), presenting
 * one client certificate and trusting the dev CA for the server's.
 */
public final class ManagementClient {

    private static final char[] PASSWORD = "test".toCharArray();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String base;

    /** A response: status, body as text, and parsed as JSON when it is JSON. */
    public record Reply(int status, String contentType, String text, HttpResponse<String> raw) {

        public JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text, e);
            }
        }

        /** The first error's code, e.g. {@code not_found}. */
        public String errorCode() {
            return json().path("errors").path(0).path("code").asText();
        }

        /** The only resource of a collection document. */
        public JsonNode resource() {
            JsonNode resources = json().path("resources");
            if (resources.size() != 1) {
                throw new AssertionError("expected one resource: " + text);
            }
            return resources.get(0);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public ManagementClient(InetSocketAddress server, CertifiedKey clientKey, List<X509Certificate> trustedCas)
            throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(Pkcs12Files.keyStore("client", clientKey, PASSWORD), PASSWORD);
        KeyStore trust = Pkcs12Files.trustStore(trustedCas);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), new SecureRandom());
        this.http = HttpClient.newBuilder()
                .sslContext(context)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.base = "https://127.0.0.1:" + server.getPort();
    }

    public Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Reply delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** POST with {@code Content-Type: application/json}. */
    public Reply post(String path, String json) throws IOException, InterruptedException {
        return post(path, "application/json", json);
    }

    public Reply post(String path, String contentType, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Reply send(String method, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response);
    }
}
