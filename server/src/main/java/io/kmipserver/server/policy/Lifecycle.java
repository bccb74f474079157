package io.kmipserver.server.policy;

import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import java.time.Instant;

/**
 * The KMIP object lifecycle (KMIP 1.4 §3.22 State, 2.1 §4.57; SP 800-57): which transitions an
 * operation may make, and the state the object's dates imply.
 *
 * <pre>
 *   Pre-Active --Activate / Activation Date reached--&gt; Active
 *   Active --Revoke (other reason) / Deactivation Date reached--&gt; Deactivated
 *   Pre-Active, Active, Deactivated --Revoke (Key or CA Compromise)--&gt; Compromised
 *   Destroyed --Revoke (Key or CA Compromise)--&gt; Destroyed Compromised
 *   Pre-Active, Deactivated --Destroy--&gt; Destroyed;  Compromised --Destroy--&gt; Destroyed Compromised
 * </pre>
 *
 * <p><b>Date-driven transitions</b> (Activation Date or Deactivation Date reached) are evaluated
 * whenever an object is read: {@link #effective} gives the state the dates imply, which every
 * operation uses and every response reports; the next write to the object persists it. No timer
 * thread walks the store.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /**
     * The state the object is in at {@code now}: the stored state advanced by the Activation Date
     * (Pre-Active → Active, KMIP 1.4 §3.22 transition 2) and the Deactivation Date (Active →
     * Deactivated, transition 5) when they have been reached.
     */
    public static State effective(State stored, Instant activationDate, Instant deactivationDate, Instant now) {
        State s = stored;
        if (s == State.PRE_ACTIVE && activationDate != null && !activationDate.isAfter(now)) {
            s = State.ACTIVE;
        }
        if (s == State.ACTIVE && deactivationDate != null && !deactivationDate.isAfter(now)) {
            s = State.DEACTIVATED;
        }
        return s;
    }

    /** True for Destroyed and Destroyed Compromised: the material is gone. */
    public static boolean isDestroyed(State s) {
        return s == State.DESTROYED || s == State.DESTROYED_COMPROMISED;
    }

    /** Activate (KMIP 1.4 §4.19, 2.1 §6.1.1): only from Pre-Active. */
    public static State activate(State current, KmipVersion version) {
        if (current != State.PRE_ACTIVE) {
            throw Failures.wrongState(version, "Activate needs a Pre-Active object; this one is " + current.specName());
        }
        return State.ACTIVE;
    }

    /**
     * Revoke (KMIP 1.4 §4.20, 2.1 §6.1.44): Key Compromise or CA Compromise move Pre-Active, Active and
     * Deactivated objects to Compromised and Destroyed ones to Destroyed Compromised; any other reason
     * moves an Active object to Deactivated.
     */
    public static State revoke(State current, boolean compromise, KmipVersion version) {
        if (compromise) {
            // Java 17: no pattern matching in switch; a plain enum switch is fine.
            switch (current) {
                case PRE_ACTIVE:
                case ACTIVE:
                case DEACTIVATED:
                    return State.COMPROMISED;
                case DESTROYED:
                    return State.DESTROYED_COMPROMISED;
                default:
                    throw Failures.wrongState(version, "the object is already " + current.specName());
            }
        }
        if (current != State.ACTIVE) {
            throw Failures.wrongState(version,
                    "Revoke with a non-compromise reason needs an Active object; this one is " + current.specName());
        }
        return State.DEACTIVATED;
    }

    /**
     * Destroy (KMIP 1.4 §4.21 and Table 348, 2.1 §6.1.15): allowed in Pre-Active, Deactivated and
     * Compromised (1.4's error table lists these three; the 2.x test cases destroy Compromised objects
     * too). An Active object is refused with the wrong-state reason, a destroyed one with the
     * already-destroyed reason.
     */
    public static State destroy(State current, KmipVersion version) {
        switch (current) {
            case PRE_ACTIVE:
            case DEACTIVATED:
                return State.DESTROYED;
            case COMPROMISED:
                return State.DESTROYED_COMPROMISED;
            case ACTIVE:
                throw Failures.wrongState(version, "an Active object cannot be destroyed; revoke it first");
            default:
                throw Failures.alreadyDestroyed(version, "the object has already been destroyed");
        }
    }

    /**
     * Whether a client may set or change a lifecycle date now: Activation Date only while Pre-Active
     * (KMIP 1.4 §3.24; test case SKLC-M-3), Process Start, Protect Stop and Deactivation Date only while
     * Pre-Active or Active (§3.25–3.27).
     *
     * @param dateTag the attribute's tag; other tags are always allowed
     */
    public static void checkDateChange(int dateTag, State current, KmipVersion version) {
        if (dateTag == Tag.ACTIVATION_DATE) {
            if (current != State.PRE_ACTIVE) {
                throw Failures.wrongState(version,
                        "Activation Date can change only while Pre-Active; the object is " + current.specName());
            }
        } else if (dateTag == Tag.DEACTIVATION_DATE
                || dateTag == Tag.PROCESS_START_DATE
                || dateTag == Tag.PROTECT_STOP_DATE) {
            if (current != State.PRE_ACTIVE && current != State.ACTIVE) {
                throw Failures.wrongState(version,
                        "this date can change only while Pre-Active or Active; the object is " + current.specName());
            }
        }
    }
}
