-- kmip-server store schema, version 4: deleting a client certificate's registration revokes it.
--
-- Why: a certificate registered to one adapter may also chain to a CA that another adapter admits
-- by issuer — every certificate the server's own CA issues from a CSR chains to the development CA
-- that the adapter 'default' admits. Deleting the registration used to hand such a client to that
-- other adapter at its next handshake. Its fingerprint is now listed here, and every adapter
-- refuses it until it is registered again (which removes it from the list). Deleting an adapter
-- revokes its registered certificates the same way. No foreign key: the list outlives the adapter.
CREATE TABLE revoked_certificates (
    fingerprint VARCHAR(64)   NOT NULL PRIMARY KEY,
    adapter_id  VARCHAR(64)   NOT NULL,
    subject     VARCHAR(1024) NOT NULL,
    revoked_at  BIGINT        NOT NULL,
    revoked_by  VARCHAR(512)  NOT NULL
);
