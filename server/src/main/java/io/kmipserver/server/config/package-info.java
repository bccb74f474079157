/**
 * Server configuration: one validated record tree ({@link io.kmipserver.server.config.ServerConfig})
 * loaded from one properties file, with every key overridable by an environment variable and by a
 * command-line flag. Immutable once loaded; safe to share between threads.
 */
package io.kmipserver.server.config;
