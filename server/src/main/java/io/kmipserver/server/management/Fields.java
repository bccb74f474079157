package io.kmipserver.server.management;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads typed fields of a request resource; a missing or wrong one is a 400 naming the field. */
final class Fields {

    private Fields() {
    }

    static String requiredText(JsonNode body, String field, int maxLength) {
        String value = optionalText(body, field, maxLength);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("'" + field + "' is required");
        }
        return value;
    }

    static String optionalText(JsonNode body, String field, int maxLength) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ApiException.badRequest("'" + field + "' must be a string");
        }
        String value = node.asText();
        if (value.length() > maxLength) {
            throw ApiException.badRequest("'" + field + "' is limited to " + maxLength + " characters");
        }
        return value;
    }
}
