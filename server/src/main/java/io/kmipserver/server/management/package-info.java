/**
 * The management REST API: HTTPS with required client certificates on its own port
 * ({@code management.port}, default 9443), JSON in and out, every call one audit event.
 *
 * <h2>Shape</h2>
 * <pre>
 * TLS (same stack as KMIP) → HTTP/1.1 codec → {@link io.kmipserver.server.management.BoundedHttpAggregator}
 *   (body limit → 413) → {@link io.kmipserver.server.management.ManagementHttpHandler} (caller's role from
 *   the certificate, one request at a time per connection) → worker pool
 *   → {@link io.kmipserver.server.management.ManagementApi}: route → role → handler → audit event → response
 * </pre>
 * Roles ({@link io.kmipserver.server.management.ManagementRoles}): {@code admin} may call everything,
 * {@code auditor} only the read-only routes an auditor needs (events, usage, health, metrics, the
 * API document). Errors are {@code {"errors":[{"code","message"}]}}; collections are
 * {@code {"metadata":{"collectionType","collectionTotal"},"resources":[…]}}; a create request's body
 * is either that shape with one resource ({@code metadata} optional) or the resource itself.
 *
 * <h2>Adding a resource</h2>
 * <ol>
 *   <li>Write a {@code <Name>Resource} class in this package with a {@code register(Router)} method,
 *       and call it from {@link io.kmipserver.server.management.ManagementResources#register}.
 *   <li>Register each endpoint with
 *       {@code router.add(method, template, resource, verb, roles, handler)}: the template's
 *       {@code {name}} segments come back as {@link io.kmipserver.server.management.ApiCall#pathParameter};
 *       {@code resource} and {@code verb} make the audit action {@code management.<resource>.<verb>}
 *       (verbs: {@code create}, {@code list}, {@code read}, {@code delete}, {@code stream}); {@code roles}
 *       is {@link io.kmipserver.server.management.ManagementResources#ADMIN_ONLY} or
 *       {@link io.kmipserver.server.management.ManagementResources#READERS}.
 *   <li>In the handler, fill the audit fields ({@code call.target(id)}, {@code call.targetType(…)},
 *       {@code call.targetAdapter(name)}, {@code call.request/response(name, value)} — identifiers and
 *       non-secret values only) and throw {@link io.kmipserver.server.management.ApiException} for
 *       what the caller did wrong. Do NOT append audit events yourself: a read handler returns its
 *       {@link io.kmipserver.server.management.ApiResponse} and the dispatcher appends the event before
 *       it is sent; a write does its store changes in one
 *       {@link io.kmipserver.server.management.ApiCall#commit} whose pre-commit hook appends the event
 *       (fail closed: no event, no change).
 *   <li>A Server-Sent Events endpoint returns {@link io.kmipserver.server.management.ApiResponse#stream};
 *       its one event (verb {@code stream}) is appended when the stream opens.
 *   <li>Add the endpoint to {@code server/src/main/resources/io/kmipserver/server/management/openapi.json}:
 *       {@code OpenApiDocumentTest} fails while a route and the document disagree.
 * </ol>
 *
 * <p>Threading: Netty handlers are confined to their channel's event loop; every handler of a route
 * runs on a management worker thread and may block (JDBC, key protector, journal). Shared objects
 * ({@link io.kmipserver.server.management.Router}, {@link io.kmipserver.server.management.ManagementApi},
 * {@link io.kmipserver.server.management.ManagementMetrics}) are thread-safe.
 */
package io.kmipserver.server.management;
