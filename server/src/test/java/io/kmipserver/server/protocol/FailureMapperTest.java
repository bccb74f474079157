package io.kmipserver.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.event.Severity;
import io.kmipserver.audit.journal.AuditJournalException;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.server.keys.KeyProtectionException;
import io.kmipserver.server.store.CommitFailedException;
import io.kmipserver.server.store.NotFoundException;
import io.kmipserver.server.store.StoreBusyException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class FailureMapperTest {

    final FailureMapper mapper = new FailureMapper();

    @Test
    void aKmipExceptionKeepsItsReasonAndMessage() {
        Failure f = mapper.map(new InvalidFieldException("bad length"), KmipVersion.V1_4);

        assertThat(f).isEqualTo(Failure.of(ResultReason.INVALID_FIELD, "bad length"));
    }

    @Test
    void aBugIsGeneralFailureWithAnIncidentIdAndNoInternalText() {
        Failure f = mapper.map(new CompletionException(new NullPointerException("secretField was null")),
                KmipVersion.V2_1);

        assertThat(f.reason()).isEqualTo(ResultReason.GENERAL_FAILURE);
        assertThat(f.incidentId()).isNotBlank();
        assertThat(f.message()).contains(f.incidentId()).doesNotContain("secretField", "NullPointer");
    }

    @Test
    void foreignFailuresAreTranslatedOnceWithGenericMessages() {
        assertThat(mapper.map(new AuditJournalException("disk full at /var/x"), KmipVersion.V1_4).message())
                .isEqualTo(FailureMapper.AUDIT_UNAVAILABLE);
        assertThat(mapper.map(new StoreBusyException("queue full"), KmipVersion.V1_4).message())
                .isEqualTo("server busy, retry later");
        assertThat(mapper.map(new NotFoundException(NotFoundException.Kind.OBJECT, "objects row x"), KmipVersion.V1_4)
                .reason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
        Failure commit = mapper.map(new CommitFailedException("COMMIT failed on store.db",
                new SQLException("SQLITE_FULL")), KmipVersion.V1_4);
        assertThat(commit.reason()).isEqualTo(ResultReason.GENERAL_FAILURE);
        assertThat(commit.message()).doesNotContain("store.db", "SQLITE");
        Failure integrity = mapper.map(new KeyProtectionException(KeyProtectionException.Reason.INTEGRITY, "tag mismatch"),
                KmipVersion.V2_1);
        assertThat(integrity.reason()).isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
        assertThat(mapper.map(new KeyProtectionException(KeyProtectionException.Reason.UNAVAILABLE, "token removed"),
                KmipVersion.V2_1).message()).isEqualTo("key protection unavailable");
    }

    @Test
    void aReasonTheVersionDoesNotDefineBecomesGeneralFailure() {
        Failure f = mapper.map(new WrongKeyLifecycleStateException("active"), KmipVersion.V1_2);

        assertThat(f.reason()).isEqualTo(ResultReason.GENERAL_FAILURE);
        assertThat(f.message()).isEqualTo("active");
    }

    @Test
    void actionsAreLowerKebabCaseOfTheOperationName() {
        assertThat(AuditEvents.action(Operation.CREATE)).isEqualTo("kmip.create");
        assertThat(AuditEvents.action(Operation.GET_ATTRIBUTE_LIST)).isEqualTo("kmip.get-attribute-list");
        assertThat(AuditEvents.action(Operation.RE_KEY)).isEqualTo("kmip.re-key");
        assertThat(AuditEvents.action(Operation.RE_KEY_KEY_PAIR)).isEqualTo("kmip.re-key-key-pair");
        assertThat(AuditEvents.action(Operation.MAC_VERIFY)).isEqualTo("kmip.mac-verify");
        assertThat(AuditEvents.action(Operation.PKCS_11)).isEqualTo("kmip.pkcs-11");
        assertThat(AuditEvents.action(null)).isEqualTo("kmip.unknown-operation");
    }

    @Test
    void everyOperationHasAnActionOfLowerCaseWordsJoinedBySingleHyphens() {
        for (Operation operation : Operation.values()) {
            assertThat(AuditEvents.action(operation)).as(operation.specName())
                    .matches("kmip\\.[a-z0-9]+(-[a-z0-9]+)*");
        }
    }

    @Test
    void severityIsCriticalForDestroyAndAuthorityFailuresWarningForRiskyOrFailedOperations() {
        assertThat(AuditEvents.severity(Operation.DESTROY, null)).isEqualTo(Severity.CRITICAL);
        assertThat(AuditEvents.severity(Operation.GET, ResultReason.AUTHENTICATION_NOT_SUCCESSFUL))
                .isEqualTo(Severity.CRITICAL);
        assertThat(AuditEvents.severity(Operation.GET, ResultReason.PERMISSION_DENIED)).isEqualTo(Severity.CRITICAL);
        assertThat(AuditEvents.severity(Operation.REVOKE, null)).isEqualTo(Severity.WARNING);
        assertThat(AuditEvents.severity(Operation.RE_KEY, null)).isEqualTo(Severity.WARNING);
        assertThat(AuditEvents.severity(Operation.DELETE_ATTRIBUTE, null)).isEqualTo(Severity.WARNING);
        assertThat(AuditEvents.severity(Operation.GET, ResultReason.ITEM_NOT_FOUND)).isEqualTo(Severity.WARNING);
        assertThat(AuditEvents.severity(Operation.GET, null)).isEqualTo(Severity.NORMAL);
    }
}
