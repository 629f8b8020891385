package dev.pith.cli;

/** The version from the jar's manifest, or the project's version when run from classes. */
final class Version {
    private Version() {
    }

    /** {@code pith 0.1.0}: what {@code --version} prints. */
    static String text() {
        String v = Version.class.getPackage().getImplementationVersion();
        return "pith " + (v == null ? "0.1.0" : v);
    }
}
