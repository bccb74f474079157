/** kmip-server bench module. */
package io.kmipserver.bench;
