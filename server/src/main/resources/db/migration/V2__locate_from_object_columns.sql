-- kmip-server store schema, version 2: Locate reads the attributes that objects holds as columns
-- from those columns, and attribute rows that no value index needs carry no index entry.
--
-- Why: a Create wrote ~17 attribute rows, each with an entry in object_attributes_by_number, every
-- entry in its own stretch of that index; those entries were most of the pages a Create dirtied
-- and most of the single writer's time. Now the rows of the attributes below keep their value
-- (value_ttlv, which Get reads) but no number or text projection, and the value index leaves out
-- rows without a number:
--   * the summary columns of objects (Object Type, State, Cryptographic Algorithm and Length,
--     Initial, Last Change, Activation, Deactivation, Destroy and Compromise Date): Locate reads the
--     column, through the indexes created here;
--   * Unique Identifier: the objects primary key;
--   * the boolean flags Fresh, Sensitive, Always Sensitive, Extractable, Never Extractable: Locate
--     checks them by primary key on the candidates other filters give (two values: an index entry
--     would select half the objects at best).
-- The list is AttributeColumns.UNPROJECTED_TAGS (a test keeps the two equal). Tags in decimal.

UPDATE object_attributes SET value_num = NULL, value_text = NULL
 WHERE attr_vendor = '' AND attr_name = ''
   AND attr_tag IN (4325463, 4325517, 4325416, 4325418, 4325433, 4325448, 4325377, 4325423, 4325427, 4325408,
                    4325524, 4325544, 4325664, 4325665, 4325666, 4325667);

DROP INDEX object_attributes_by_number;
CREATE INDEX object_attributes_by_number
    ON object_attributes (adapter_id, attr_tag, attr_vendor, attr_name, value_num, unique_identifier)
    WHERE value_num IS NOT NULL;

-- Object Type (then Cryptographic Algorithm and Length, which Locate checks on its rows).
CREATE INDEX objects_by_type ON objects (adapter_id, object_type, crypto_algorithm, crypto_length);
CREATE INDEX objects_by_last_change ON objects (adapter_id, last_change_date);
-- The lifecycle dates are unset on a new object: partial indexes cost a Create nothing.
CREATE INDEX objects_by_activation_date ON objects (adapter_id, activation_date) WHERE activation_date IS NOT NULL;
CREATE INDEX objects_by_deactivation_date ON objects (adapter_id, deactivation_date) WHERE deactivation_date IS NOT NULL;
CREATE INDEX objects_by_destroy_date ON objects (adapter_id, destroy_date) WHERE destroy_date IS NOT NULL;
CREATE INDEX objects_by_compromise_date ON objects (adapter_id, compromise_date) WHERE compromise_date IS NOT NULL;
