package io.kmipserver.server.management;

import io.netty.handler.codec.http.HttpMethod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/v2/openapi.json}: the committed OpenAPI 3 document of this API ({@value #RESOURCE}),
 * for admin and auditor. {@code OpenApiDocumentTest} keeps it and the routes in step.
 */
final class OpenApiResource {

    static final String RESOURCE = "/io/kmipserver/server/management/openapi.json";

    private final byte[] document;

    OpenApiResource() {
        this.document = load();
    }

    void register(Router router) {
        router.add(HttpMethod.GET, ManagementResources.API + "/openapi.json", "openapi", "read",
                ManagementResources.READERS,
                call -> new ApiResponse(200, ApiResponse.JSON, document, null, java.util.Map.of()));
    }

    /** The document's bytes, as served. */
    static byte[] load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
