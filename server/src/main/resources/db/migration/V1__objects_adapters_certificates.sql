-- kmip-server store schema, version 1.
--
-- Portable SQL: the same file runs on SQLite and PostgreSQL. The one type that differs is bytes,
-- written ${bytes_type} and replaced by Flyway (BLOB on SQLite, BYTEA on PostgreSQL). Instants are
-- BIGINT: KMIP dates as POSIX seconds (KMIP 1.4 §9.1.1.4 Date-Time), audit columns (created_at,
-- updated_at) as epoch milliseconds.

-- Tenants. A KMIP client belongs to exactly one adapter through its certificate (DESIGN invariant 4).
CREATE TABLE adapters (
    id                  VARCHAR(64)   NOT NULL PRIMARY KEY,
    name                VARCHAR(128)  NOT NULL UNIQUE,
    description         VARCHAR(1024),
    profile             VARCHAR(64)   NOT NULL DEFAULT 'native_1.0',
    -- Comma-separated KMIP Operation enumeration values; NULL allows every operation.
    allowed_operations  VARCHAR(2048),
    -- Optional Credential check (KMIP 1.4 §2.1.2 Username and Password); never the password itself.
    credential_username VARCHAR(256),
    credential_hash     VARCHAR(512),
    created_at          BIGINT        NOT NULL,
    created_by          VARCHAR(512)  NOT NULL,
    updated_at          BIGINT        NOT NULL,
    updated_by          VARCHAR(512)  NOT NULL
);

-- An adapter admits every client certificate issued by this CA (optionally only subjects matching
-- subject_pattern, a Java regular expression).
CREATE TABLE adapter_trust (
    id              VARCHAR(64)   NOT NULL PRIMARY KEY,
    adapter_id      VARCHAR(64)   NOT NULL REFERENCES adapters (id) ON DELETE CASCADE,
    ca_fingerprint  VARCHAR(64)   NOT NULL,
    ca_subject      VARCHAR(1024) NOT NULL,
    ca_pem          TEXT          NOT NULL,
    subject_pattern VARCHAR(1024),
    created_at      BIGINT        NOT NULL,
    created_by      VARCHAR(512)  NOT NULL
);
CREATE INDEX adapter_trust_by_adapter ON adapter_trust (adapter_id);
CREATE INDEX adapter_trust_by_ca ON adapter_trust (ca_fingerprint);

-- Client certificates pinned by SHA-256 fingerprint (lower-case hex); looked up on every handshake.
CREATE TABLE client_certificates (
    id          VARCHAR(64)   NOT NULL PRIMARY KEY,
    adapter_id  VARCHAR(64)   NOT NULL REFERENCES adapters (id) ON DELETE CASCADE,
    name        VARCHAR(256)  NOT NULL,
    fingerprint VARCHAR(64)   NOT NULL UNIQUE,
    subject     VARCHAR(1024) NOT NULL,
    pem         TEXT          NOT NULL,
    not_after   BIGINT        NOT NULL,
    created_at  BIGINT        NOT NULL,
    created_by  VARCHAR(512)  NOT NULL
);
CREATE INDEX client_certificates_by_adapter ON client_certificates (adapter_id, name);

-- Managed Objects. The typed columns are a summary the store derives from object_attributes in the
-- same transaction (the attributes are the truth); they serve ordering, listing by state and
-- lifecycle sweeps. row_version is raised by every change: optimistic concurrency.
CREATE TABLE objects (
    unique_identifier VARCHAR(64) NOT NULL PRIMARY KEY,
    adapter_id        VARCHAR(64) NOT NULL REFERENCES adapters (id),
    object_type       INTEGER     NOT NULL,
    state             INTEGER     NOT NULL,
    crypto_algorithm  INTEGER,
    crypto_length     INTEGER,
    initial_date      BIGINT      NOT NULL,
    last_change_date  BIGINT      NOT NULL,
    activation_date   BIGINT,
    deactivation_date BIGINT,
    destroy_date      BIGINT,
    compromise_date   BIGINT,
    -- Insertion instant in microseconds, strictly increasing per writer: orders objects created in
    -- the same second (Initial Date has one-second resolution).
    created_micros    BIGINT      NOT NULL,
    row_version       BIGINT      NOT NULL
);
-- Locate without filters, and the final ordering (newest first), walk this index.
CREATE INDEX objects_newest_first ON objects (adapter_id, initial_date, created_micros, unique_identifier);
CREATE INDEX objects_by_state ON objects (adapter_id, state, initial_date);

-- Every attribute instance of every object (KMIP 2.1 §4; 1.x Attribute Index kept in attr_index).
-- Key: a standard attribute by its tag (attr_vendor = attr_name = ''), a vendor/custom attribute by
-- attr_tag = 0 plus Vendor Identification and Attribute Name (KMIP 2.1 §4.60).
-- value_ttlv is the TTLV encoding of the normalised 2.x item; value_num / value_text are its indexable
-- projections (numbers, enumerations, booleans, dates / text, short byte strings as hex, the first
-- text and number field of a structure), so Locate is an index search, never a scan.
-- adapter_id is copied from objects (it never changes) so every index is scoped to one tenant.
CREATE TABLE object_attributes (
    unique_identifier VARCHAR(64)  NOT NULL REFERENCES objects (unique_identifier) ON DELETE CASCADE,
    adapter_id        VARCHAR(64)  NOT NULL,
    attr_tag          INTEGER      NOT NULL,
    attr_vendor       VARCHAR(128) NOT NULL,
    attr_name         VARCHAR(256) NOT NULL,
    attr_index        INTEGER      NOT NULL,
    value_ttlv        ${bytes_type} NOT NULL,
    value_num         BIGINT,
    value_text        VARCHAR(512),
    PRIMARY KEY (unique_identifier, attr_tag, attr_vendor, attr_name, attr_index)
);
CREATE INDEX object_attributes_by_number
    ON object_attributes (adapter_id, attr_tag, attr_vendor, attr_name, value_num, unique_identifier);
CREATE INDEX object_attributes_by_text
    ON object_attributes (adapter_id, attr_tag, attr_vendor, attr_name, value_text, unique_identifier)
    WHERE value_text IS NOT NULL;

-- Key material, only ever as a KeyProtector blob. Destroy deletes the row and keeps the metadata.
CREATE TABLE object_material (
    unique_identifier  VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES objects (unique_identifier) ON DELETE CASCADE,
    -- KMIP Key Format Type of the protected plaintext (e.g. 1 = Raw), or 0 for opaque data.
    format             INTEGER     NOT NULL,
    protected_material ${bytes_type} NOT NULL
);
