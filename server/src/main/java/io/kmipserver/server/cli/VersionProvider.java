package io.kmipserver.server.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version from the jar's manifest, when there is one. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"kmip-server " + (version != null ? version : "(development build)")};
    }
}
