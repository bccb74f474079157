package io.kmipserver.audit.event;

/** Whether the audited operation did what it was asked to do (CADF {@code outcome}). */
public enum Outcome {
    SUCCESS,
    FAILURE
}
