package io.kmipserver.audit.testing;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.EventTimes;
import io.kmipserver.audit.event.Initiator;
import io.kmipserver.audit.event.Severity;
import io.kmipserver.audit.event.Target;
import io.kmipserver.audit.journal.JournalOptions;
import java.time.Clock;

/** Realistic events and journal options for tests. */
public final class TestEvents {
    /** The smallest Chronicle block: test journals stay small on disk. */
    public static final JournalOptions OPTIONS = JournalOptions.DEFAULT
            .withBlockSize(JournalOptions.MIN_BLOCK_SIZE)
            .withMinFreeBytes(0);

    private TestEvents() {
    }

    /** A Get of a symmetric key by a tenant's client, the commonest event, about 330 bytes encoded. */
    public static AuditEvent get(String id, Clock clock) {
        return AuditEvent.builder()
                .id(id)
                .eventTime(EventTimes.nowMicros(clock))
                .action("kmip.get")
                .success()
                .severity(Severity.NORMAL)
                .initiator(new Initiator("payments", "CN=payments-client-1,O=Example", "5f:1a:9c:0e:aa:31", "10.1.2.3",
                        51_234, "TLSv1.3", "TLS_AES_256_GCM_SHA384"))
                .target(Target.object("0d2b6c8e-5f0a-4a43-9c1e-1f1d1a2b3c4d", "Symmetric Key", "payments"))
                .correlationId("c-" + id)
                .request("Unique Identifier", "0d2b6c8e-5f0a-4a43-9c1e-1f1d1a2b3c4d")
                .response("Object Type", "Symmetric Key")
                .observer("node-1")
                .build();
    }
}
