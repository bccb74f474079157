/** kmip-server certs module. */
package io.kmipserver.certs;
