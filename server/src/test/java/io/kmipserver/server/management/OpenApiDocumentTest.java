package io.kmipserver.server.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kmipserver.server.testing.ManagementClient.Reply;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed OpenAPI document and the registered routes describe the same API. */
class OpenApiDocumentTest {

    @Test
    void everyRouteIsInTheDocumentAndEveryDocumentedOperationIsARoute(@TempDir Path dir) throws Exception {
        try (ManagementFixture node = ManagementFixture.start(dir)) {
            Set<String> routes = new TreeSet<>();
            for (Route route : node.runtime.management().orElseThrow().router().routes()) {
                routes.add(route.method().name() + " " + route.template());
            }
            Reply reply = node.auditor.get("/api/v2/openapi.json");
            assertThat(reply.status()).isEqualTo(200);
            JsonNode document = reply.json();
            assertThat(document.path("openapi").asText()).startsWith("3.");
            Set<String> documented = new TreeSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                    String method = methods.next();
                    if (!method.equals("parameters") && !method.equals("summary") && !method.equals("description")) {
                        documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }
            }
            assertThat(documented).isEqualTo(routes);
            assertThat(reply.text().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(OpenApiResource.load());
        }
    }
}
