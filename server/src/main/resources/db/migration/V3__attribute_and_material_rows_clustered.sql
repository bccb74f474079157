-- kmip-server store schema, version 3: on SQLite, attribute and material rows live in their primary
-- key's B-tree (WITHOUT ROWID); on PostgreSQL ${clustered} is empty and the tables are rebuilt as they were.
--
-- Why: with a rowid, every attribute row was two B-tree inserts (the table by rowid, then the
-- primary key index), and a Get read each of an object's ~17 rows through the index and then the
-- table. Clustered on (unique_identifier, attribute key, index), an object's rows are one stretch of
-- one B-tree: one insert a row, one range read for all of them.
--
-- SQLite cannot change a table to WITHOUT ROWID in place: each table is copied into a new one,
-- the old one dropped (both are children of objects, so nothing cascades), and the new one renamed.

CREATE TABLE object_attributes_clustered (
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
)${clustered};
INSERT INTO object_attributes_clustered (unique_identifier, adapter_id, attr_tag, attr_vendor, attr_name, attr_index,
        value_ttlv, value_num, value_text)
    SELECT unique_identifier, adapter_id, attr_tag, attr_vendor, attr_name, attr_index, value_ttlv, value_num, value_text
    FROM object_attributes;
DROP TABLE object_attributes;
ALTER TABLE object_attributes_clustered RENAME TO object_attributes;
CREATE INDEX object_attributes_by_number
    ON object_attributes (adapter_id, attr_tag, attr_vendor, attr_name, value_num, unique_identifier)
    WHERE value_num IS NOT NULL;
CREATE INDEX object_attributes_by_text
    ON object_attributes (adapter_id, attr_tag, attr_vendor, attr_name, value_text, unique_identifier)
    WHERE value_text IS NOT NULL;

CREATE TABLE object_material_clustered (
    unique_identifier  VARCHAR(64) NOT NULL REFERENCES objects (unique_identifier) ON DELETE CASCADE,
    format             INTEGER     NOT NULL,
    protected_material ${bytes_type} NOT NULL,
    PRIMARY KEY (unique_identifier)
)${clustered};
INSERT INTO object_material_clustered (unique_identifier, format, protected_material)
    SELECT unique_identifier, format, protected_material FROM object_material;
DROP TABLE object_material;
ALTER TABLE object_material_clustered RENAME TO object_material;
