/** kmip-server server module. */
package io.kmipserver.server;
