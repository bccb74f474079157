package io.kmipserver.server.management;

import io.netty.handler.codec.http.HttpMethod;

/** {@code GET /metrics}: the Prometheus text exposition of {@link ManagementMetrics}; admin and auditor. */
final class MetricsResource {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final ManagementMetrics metrics;

    MetricsResource(ManagementServices services) {
        this.metrics = services.metrics();
    }

    void register(Router router) {
        router.add(HttpMethod.GET, "/metrics", "metrics", "read", ManagementResources.READERS,
                call -> ApiResponse.text(200, CONTENT_TYPE, metrics.scrape()));
    }
}
