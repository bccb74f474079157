package io.kmipserver.server.management;

import io.netty.handler.codec.http.HttpMethod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Method + path template → {@link Route}. A template segment in braces ({@code {id}}) matches any one
 * segment and names it; literal segments win over parameters when two templates could match. A path
 * that matches a template under another method is a 405 (with the allowed methods), one that matches
 * none a 404.
 *
 * <p>Built once at start (not thread-safe while routes are added), then only read: thread-safe.
 */
public final class Router {

    private final List<Route> routes = new ArrayList<>();

    /** Adds a route; a second route with the same method and template is a programming error. */
    public Router add(HttpMethod method, String template, String resource, String verb, Set<Role> roles,
            Route.Handler handler) {
        Route route = new Route(method, template, resource, verb, roles, handler);
        for (Route r : routes) {
            if (r.method().equals(method) && r.template().equals(template)) {
                throw new IllegalArgumentException("two routes for " + method + " " + template);
            }
        }
        routes.add(route);
        return this;
    }

    /** Every route, in registration order. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** What a request's method and path (without query) resolve to. */
    public sealed interface Resolution permits Matched, MethodNotAllowed, NotFound {
    }

    /** @param parameters the template's named segments, decoded */
    public record Matched(Route route, Map<String, String> parameters) implements Resolution {
    }

    /** @param resource the audit resource of a route with this path */
    public record MethodNotAllowed(Set<HttpMethod> allowed, String resource) implements Resolution {
    }

    public record NotFound() implements Resolution {
    }

    public Resolution resolve(HttpMethod method, String path) {
        List<String> segments = split(path);
        Matched best = null;
        int bestLiterals = -1;
        Set<HttpMethod> allowed = new LinkedHashSet<>();
        String resource = null;
        for (Route route : routes) {
            Map<String, String> parameters = match(route.segments(), segments);
            if (parameters == null) {
                continue;
            }
            if (!route.method().equals(method)) {
                allowed.add(route.method());
                resource = resource == null ? route.resource() : resource;
                continue;
            }
            int literals = route.segments().size() - parameters.size();
            if (literals > bestLiterals) {
                best = new Matched(route, parameters);
                bestLiterals = literals;
            }
        }
        if (best != null) {
            return best;
        }
        if (!allowed.isEmpty()) {
            return new MethodNotAllowed(allowed, resource);
        }
        return new NotFound();
    }

    private static Map<String, String> match(List<String> template, List<String> path) {
        if (template.size() != path.size()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            String p = path.get(i);
            if (t.startsWith("{") && t.endsWith("}")) {
                if (p.isEmpty()) {
                    return null;
                }
                parameters.put(t.substring(1, t.length() - 1), p);
            } else if (!t.equals(p)) {
                return null;
            }
        }
        return parameters;
    }

    /** {@code /a/b/} → {@code [a, b]}: a trailing slash is ignored; segments are percent-decoded. */
    static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/", -1)) {
            if (!s.isEmpty()) {
                out.add(io.netty.handler.codec.http.QueryStringDecoder.decodeComponent(s));
            }
        }
        return out;
    }
}
