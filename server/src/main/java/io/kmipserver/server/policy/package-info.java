/**
 * KMIP server policy: the object lifecycle state machine ({@link
 * io.kmipserver.server.policy.Lifecycle}, KMIP 1.4 §3.22, 2.1 §4.57), which attributes a client may
 * set, change or delete ({@link io.kmipserver.server.policy.AttributeRules}, the "Attribute Rules"
 * tables of KMIP 1.4 §3 and 2.1 §4), and the Result Reasons whose choice depends on the protocol
 * version ({@link io.kmipserver.server.policy.Failures}).
 *
 * <p>Pure functions over values: no I/O, no state. Safe from any thread.
 */
package io.kmipserver.server.policy;
