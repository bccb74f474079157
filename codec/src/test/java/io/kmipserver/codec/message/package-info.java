/**
 * Tests of the message codec: the spec's message vectors, round trips of every payload in both
 * generations (hand-written and property-based), the attribute mapping, decode failures, secret
 * hygiene and the Get decode allocation budget. Single-threaded, except that the allocation test
 * measures on its own FastThreadLocalThread like an event loop.
 */
package io.kmipserver.codec.message;
