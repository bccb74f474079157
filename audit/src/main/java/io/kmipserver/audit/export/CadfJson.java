package io.kmipserver.audit.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.EventTimes;
import io.kmipserver.audit.event.Initiator;
import io.kmipserver.audit.event.Reason;
import io.kmipserver.audit.event.Target;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an event as one CADF-shaped JSON object (DMTF DSP0262: {@code typeURI},
 * {@code eventType: activity}, {@code id}, {@code eventTime}, {@code action}, {@code outcome},
 * {@code reason}, {@code initiator}, {@code target}, {@code observer}) plus this server's
 * {@code severity}, {@code correlationId}, {@code requestData} and {@code responseData}.
 *
 * <p>The field names are a contract with the SIEMs that parse them: every field is always written,
 * null when absent, in the same order. {@code eventTime} is ISO-8601 UTC with exactly six fraction
 * digits; {@code outcome} and {@code severity} are lower case, as CADF writes outcomes.
 */
public final class CadfJson {
    public static final String TYPE_URI = "http://schemas.dmtf.org/cloud/audit/1.0/event";
    public static final String EVENT_TYPE = "activity";
    static final JsonFactory FACTORY = JsonFactory.builder().build();

    private CadfJson() {
    }

    /** The event as one line of JSON, without a line end. */
    public static String toJson(AuditEvent event) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(event, json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toString();
    }

    /** A generator for writing events one after another, each on its own line. */
    public static JsonGenerator lineGenerator(Writer out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        json.setRootValueSeparator(null);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return json;
    }

    /** Writes the event and a line end. */
    public static void writeLine(AuditEvent event, JsonGenerator json) throws IOException {
        write(event, json);
        json.writeRaw('\n');
    }

    public static void write(AuditEvent event, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("typeURI", TYPE_URI);
        json.writeStringField("eventType", EVENT_TYPE);
        json.writeStringField("id", event.id());
        json.writeStringField("eventTime", EventTimes.toIso(event.eventTime()));
        json.writeStringField("action", event.action());
        json.writeStringField("outcome", event.outcome().name().toLowerCase(Locale.ROOT));
        json.writeFieldName("reason");
        Reason reason = event.reason();
        if (reason == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            json.writeStringField("code", reason.code());
            json.writeStringField("message", reason.message());
            json.writeEndObject();
        }
        json.writeStringField("severity", event.severity().name().toLowerCase(Locale.ROOT));
        Initiator initiator = event.initiator();
        json.writeObjectFieldStart("initiator");
        json.writeStringField("adapter", initiator.adapter());
        json.writeStringField("certificateSubject", initiator.certificateSubject());
        json.writeStringField("certificateFingerprint", initiator.certificateFingerprint());
        json.writeStringField("remoteAddress", initiator.remoteAddress());
        json.writeFieldName("remotePort");
        if (initiator.remotePort() == null) {
            json.writeNull();
        } else {
            json.writeNumber(initiator.remotePort());
        }
        json.writeStringField("tlsProtocol", initiator.tlsProtocol());
        json.writeStringField("cipherSuite", initiator.cipherSuite());
        json.writeEndObject();
        Target target = event.target();
        json.writeObjectFieldStart("target");
        json.writeArrayFieldStart("uniqueIdentifiers");
        for (String id : target.uniqueIdentifiers()) {
            json.writeString(id);
        }
        json.writeEndArray();
        json.writeStringField("objectType", target.objectType());
        json.writeStringField("adapter", target.adapter());
        json.writeEndObject();
        json.writeStringField("correlationId", event.correlationId());
        writeMap("requestData", event.requestData(), json);
        writeMap("responseData", event.responseData(), json);
        json.writeStringField("observer", event.observer());
        json.writeEndObject();
    }

    private static void writeMap(String name, Map<String, String> data, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, String> entry : data.entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }
}
