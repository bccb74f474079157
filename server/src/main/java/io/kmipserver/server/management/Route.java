package io.kmipserver.server.management;

import io.netty.handler.codec.http.HttpMethod;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One endpoint: method and path template ({@code /api/v2/kmip_adapters/{id}}), the roles that may
 * call it, and its audit action {@code management.<resource>.<verb>}.
 *
 * @param resource the audit resource name, e.g. {@code adapter}
 * @param verb the audit verb, e.g. {@code create}, {@code list}, {@code read}, {@code delete}
 */
public record Route(HttpMethod method, String template, String resource, String verb, Set<Role> roles,
        Handler handler) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(verb, "verb");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(handler, "handler");
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a path template starts with '/': " + template);
        }
    }

    /** The audit action of every call of this route. */
    public String action() {
        return "management." + resource + "." + verb;
    }

    /** The template's segments, e.g. {@code [api, v2, kmip_adapters, {id}]}. */
    List<String> segments() {
        return Router.split(template);
    }

    /** Performs a call; runs on a management worker thread and may block. */
    @FunctionalInterface
    public interface Handler {
        ApiResponse handle(ApiCall call);
    }
}
