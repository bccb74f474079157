/** kmip-server codec module. */
package io.kmipserver.codec;
