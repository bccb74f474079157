package io.kmipserver.server.management;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kmipserver.certs.CertificateAuthority;
import io.kmipserver.certs.DevPki;
import io.kmipserver.certs.Fingerprints;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.certs.PkiException;
import io.kmipserver.server.store.Adapter;
import io.kmipserver.server.store.ClientCertificate;
import io.kmipserver.server.store.ConflictException;
import io.kmipserver.server.store.NewClientCertificate;
import io.kmipserver.server.store.ObjectStore;
import io.netty.handler.codec.http.HttpMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * {@code /api/v2/kmip_adapters/{adapter}/certificates}: the client certificates registered (pinned by
 * fingerprint) to an adapter. A certificate is registered by PEM ({@code certificate}) or issued by
 * the server's CA from a PKCS#10 request ({@code csr}; needs {@code ca-key.pem} in the PKI directory,
 * else 422) — either way it is usable at the very next handshake (the trust snapshot is reloaded
 * before the answer). A fingerprint belongs to one adapter (409 when registered anywhere already) and
 * a name to one certificate of the adapter (409). Deleting a certificate closes its clients' open
 * KMIP connections at once.
 *
 * <p>Resource: {@code id, name, fingerprint, subject, issuer, not_after, created_by, created_at,
 * certificate (PEM)}. A certificate is public: it is returned; audit events carry its fingerprint and
 * subject only.
 */
final class CertificateResource {

    static final String COLLECTION_TYPE = "application/vnd.ibm.kms.kmip_client_certificate+json";
    static final String TARGET_TYPE = "certificate";
    private static final String BASE = ManagementResources.API + "/kmip_adapters/{adapter}/certificates";
    private static final int MAX_PEM = 32 * 1024;

    private final ManagementServices services;
    private final ObjectStore store;

    CertificateResource(ManagementServices services) {
        this.services = services;
        this.store = services.store();
    }

    void register(Router router) {
        router.add(HttpMethod.POST, BASE, "certificate", "create", ManagementResources.ADMIN_ONLY, this::create)
                .add(HttpMethod.GET, BASE, "certificate", "list", ManagementResources.ADMIN_ONLY, this::list)
                .add(HttpMethod.GET, BASE + "/{certificate}", "certificate", "read", ManagementResources.ADMIN_ONLY,
                        this::read)
                .add(HttpMethod.DELETE, BASE + "/{certificate}", "certificate", "delete",
                        ManagementResources.ADMIN_ONLY, this::delete);
    }

    private ApiResponse create(ApiCall call) {
        Adapter adapter = AdapterResource.find(call, store);
        call.targetType(TARGET_TYPE);
        JsonNode body = call.resource();
        String pem = Fields.optionalText(body, "certificate", MAX_PEM);
        String csr = Fields.optionalText(body, "csr", MAX_PEM);
        if ((pem == null) == (csr == null)) {
            throw ApiException.badRequest("give exactly one of 'certificate' (PEM) and 'csr' (PEM PKCS#10 request)");
        }
        X509Certificate certificate = pem != null ? parseCertificate(pem) : issue(csr);
        call.request("source", pem != null ? "pem" : "csr");
        String fingerprint = Fingerprints.sha256Hex(certificate);
        String subject = certificate.getSubjectX500Principal().getName();
        String name = Fields.optionalText(body, "name", 128);
        if (name == null || name.isBlank()) {
            name = commonName(subject).orElse(fingerprint.substring(0, 16));
        }
        call.request("name", name);
        call.request("fingerprint", fingerprint);
        call.request("subject", subject);
        for (ClientCertificate existing : store.certificatesOf(adapter.id())) {
            if (existing.name().equals(name)) {
                throw ApiException.conflict("adapter '" + adapter.name() + "' has a certificate named '" + name
                        + "' already");
            }
        }
        NewClientCertificate registration = new NewClientCertificate(name, fingerprint, subject,
                PemFiles.certificatesToPem(List.of(certificate)), certificate.getNotAfter().toInstant());
        ClientCertificate created;
        try {
            created = call.commit(store, 201, tx -> {
                ClientCertificate c = tx.insertCertificate(adapter.id(), registration, call.caller().actor());
                call.target(c.id());
                return c;
            });
        } catch (ConflictException e) {
            throw ApiException.conflict("a certificate with fingerprint " + fingerprint
                    + " is registered already (a certificate belongs to one adapter)");
        }
        services.trust().refresh();
        return ApiResponse.created(Json.collection(COLLECTION_TYPE, 1, List.of(json(created, certificate))));
    }

    private ApiResponse list(ApiCall call) {
        Adapter adapter = AdapterResource.find(call, store);
        call.targetType(TARGET_TYPE);
        List<JsonNode> resources = new ArrayList<>();
        for (ClientCertificate c : store.certificatesOf(adapter.id())) {
            resources.add(json(c, null));
        }
        call.response("count", Integer.toString(resources.size()));
        return ApiResponse.ok(Json.collection(COLLECTION_TYPE, resources.size(), resources));
    }

    private ApiResponse read(ApiCall call) {
        Adapter adapter = AdapterResource.find(call, store);
        return ApiResponse.ok(Json.collection(COLLECTION_TYPE, 1, List.of(json(find(call, adapter), null))));
    }

    private ApiResponse delete(ApiCall call) {
        Adapter adapter = AdapterResource.find(call, store);
        ClientCertificate certificate = find(call, adapter);
        call.commit(store, 204, tx -> {
            tx.deleteCertificate(adapter.id(), certificate.id(), call.caller().actor());
            return null;
        });
        services.trust().refresh();
        // After the commit (and its event): the trust no longer admits them, now cut what is open.
        services.kmipServer().disconnect(session -> session.adapterId().equals(adapter.id())
                && certificate.fingerprint().equals(session.certificateFingerprint()));
        return ApiResponse.noContent();
    }

    /** The certificate a path names by id or name within the adapter; records it as the target. */
    private ClientCertificate find(ApiCall call, Adapter adapter) {
        String ref = call.pathParameter("certificate");
        call.targetType(TARGET_TYPE);
        List<ClientCertificate> all = store.certificatesOf(adapter.id());
        ClientCertificate found = all.stream().filter(c -> c.id().equals(ref)).findFirst()
                .or(() -> all.stream().filter(c -> c.name().equals(ref)).findFirst())
                .orElseThrow(() -> ApiException.notFound("no certificate '" + ref + "' in adapter " + adapter.name()));
        call.target(found.id());
        call.request("fingerprint", found.fingerprint());
        return found;
    }

    private X509Certificate parseCertificate(String pem) {
        List<X509Certificate> certificates;
        try {
            certificates = PemFiles.certificatesFromPem(pem);
        } catch (PkiException e) {
            // the message could quote the text; the text could be anything (a private key pasted by mistake)
            throw ApiException.badRequest("'certificate' must be PEM text holding X.509 certificates only");
        }
        X509Certificate leaf = certificates.get(0);
        Instant now = services.clock().instant();
        try {
            leaf.checkValidity(Date.from(now));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw ApiException.badRequest("the certificate is not valid now (valid " + leaf.getNotBefore().toInstant()
                    + " to " + leaf.getNotAfter().toInstant() + ")");
        }
        return leaf;
    }

    private X509Certificate issue(String csrPem) {
        DevPki pki = services.pki();
        if (!pki.caKeyPresent()) {
            throw ApiException.unprocessable("this server cannot sign requests: its PKI directory has no CA key ("
                    + DevPki.Role.CA.keyFileName() + "; bring-your-own PKI). Have your CA sign the request and"
                    + " register the certificate with 'certificate'");
        }
        PKCS10CertificationRequest csr;
        try {
            csr = PemFiles.csrFromPem(csrPem);
        } catch (PkiException e) {
            throw ApiException.badRequest("'csr' must be a PEM PKCS#10 certification request");
        }
        CertificateAuthority authority;
        try {
            authority = CertificateAuthority.load(pki.load(DevPki.Role.CA), services.clock());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CA key", e);
        }
        try {
            return authority.signClientCsr(csr, authority.defaultLeafValidity());
        } catch (PkiException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static Optional<String> commonName(String subject) {
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return Optional.of(rdn.getValue().toString());
                }
            }
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** @param certificate the parsed certificate when at hand, else it is read from the stored PEM */
    static ObjectNode json(ClientCertificate c, X509Certificate certificate) {
        ObjectNode node = Json.object();
        node.put("id", c.id());
        node.put("name", c.name());
        node.put("fingerprint", c.fingerprint());
        node.put("subject", c.subject());
        X509Certificate parsed = certificate;
        if (parsed == null && c.pem() != null) {
            try {
                parsed = PemFiles.certificatesFromPem(c.pem()).get(0);
            } catch (PkiException e) {
                parsed = null;
            }
        }
        node.put("issuer", parsed != null ? parsed.getIssuerX500Principal().getName() : null);
        Json.putInstant(node, "not_after", c.notAfter());
        node.put("created_by", c.createdBy());
        Json.putInstant(node, "created_at", c.createdAt());
        node.put("certificate", c.pem());
        return node;
    }
}
