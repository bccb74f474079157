package io.kmipserver.audit.export;

/**
 * What an export wrote.
 *
 * @param exported events written
 * @param corrupt  events in the time range skipped because their bytes fail their checksum or do
 *                 not decode; {@code audit verify} says where they are
 */
public record ExportResult(long exported, long corrupt) {
}
