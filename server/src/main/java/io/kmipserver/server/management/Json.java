package io.kmipserver.server.management;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The management API's JSON: one shared, thread-safe {@link ObjectMapper}, the error document
 * {@code {"errors":[{"code","message"}]}} and collection documents
 * {@code {"metadata":{"collectionType","collectionTotal"},"resources":[…]}} (IBM Key Protect's shape).
 */
public final class Json {

    /** Thread-safe once configured; never reconfigured after this. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Parses a request body; a body that is not one JSON value is a 400. */
    public static JsonNode parse(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ApiException.badRequest("the request body is empty; a JSON document is expected");
            }
            return node;
        } catch (JsonProcessingException e) {
            // Not Jackson's message: it may quote the body, which goes into the audit event.
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw ApiException.badRequest("the request body is not valid JSON" + where);
        } catch (IOException e) {
            throw ApiException.badRequest("the request body cannot be read");
        }
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    /** {@code {"metadata":{"collectionType":type,"collectionTotal":total},"resources":[…]}}. */
    public static ObjectNode collection(String collectionType, long total, List<? extends JsonNode> resources) {
        ObjectNode document = object();
        ObjectNode metadata = document.putObject("metadata");
        metadata.put("collectionType", collectionType);
        metadata.put("collectionTotal", total);
        ArrayNode array = document.putArray("resources");
        resources.forEach(array::add);
        return document;
    }

    /** {@code {"errors":[{"code":code,"message":message}]}}. */
    public static ObjectNode error(String code, String message) {
        ObjectNode document = object();
        ObjectNode error = document.putArray("errors").addObject();
        error.put("code", code);
        error.put("message", message);
        return document;
    }

    /** An ISO-8601 instant, or JSON null. */
    public static void putInstant(ObjectNode node, String field, Instant instant) {
        if (instant == null) {
            node.putNull(field);
        } else {
            node.put(field, instant.toString());
        }
    }
}
