package dev.pith.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar's manifest, or "dev" when run from classes. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"pith " + (v == null ? "0.1.0" : v)};
    }
}
