package io.kmipserver.bench.load;

/** What each connection does in a loop. */
public enum Scenario {
    /** Independent requests drawn from the {@link OperationMix}; Gets pick from a pre-created key pool. */
    MIX,
    /**
     * One key's whole life per iteration: Create, Activate, Get, Revoke (Cessation of Operation, so
     * Active → Deactivated), Destroy (KMIP 1.4 §3.22 state transitions). An iteration stops at its
     * first failed step.
     */
    LIFECYCLE
}
