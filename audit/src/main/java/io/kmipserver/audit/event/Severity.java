package io.kmipserver.audit.event;

/**
 * How urgently a human should look at an event. The caller (the server) decides the severity of
 * an action; this module only stores it.
 */
public enum Severity {
    NORMAL,
    WARNING,
    CRITICAL
}
