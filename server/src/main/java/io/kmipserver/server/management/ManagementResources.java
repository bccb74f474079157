package io.kmipserver.server.management;

import java.util.Set;

/**
 * Registers every resource of the API on a router. To add one, see the package documentation.
 */
public final class ManagementResources {

    /** Routes that change state or show tenants' configuration. */
    public static final Set<Role> ADMIN_ONLY = Set.of(Role.ADMIN);
    /** Read-only routes an auditor may call too. */
    public static final Set<Role> READERS = Set.of(Role.ADMIN, Role.AUDITOR);

    /** The prefix of every resource route. */
    public static final String API = "/api/v2";

    private ManagementResources() {
    }

    public static void register(Router router, ManagementServices services) {
        new AdapterResource(services).register(router);
        new CertificateResource(services).register(router);
        new ObjectResource(services).register(router);
        new EventResource(services).register(router);
        new HealthResource(services).register(router);
        new MetricsResource(services).register(router);
        new OpenApiResource().register(router);
    }
}
