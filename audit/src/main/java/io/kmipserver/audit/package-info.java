/** kmip-server audit module. */
package io.kmipserver.audit;
