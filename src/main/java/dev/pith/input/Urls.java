package dev.pith.input;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Locale;

/**
 * Resolves the addresses a page contains against its own address, leniently (pages hold spaces and odd
 * characters in links), and refuses script and data URLs.
 *
 * <pre>{@code
 * Urls.resolve("https://x.org/a/b.html", "../c.png");      // "https://x.org/c.png"
 * Urls.resolve("https://x.org/", "javascript:alert(1)");   // null
 * }</pre>
 */
public final class Urls {
    private Urls() {
    }

    /** {@code href} made absolute against {@code base} (may be empty); null for empty, script or data URLs. */
    public static String resolve(String base, String href) {
        String h = href == null ? "" : href.strip();
        String lower = h.toLowerCase(Locale.ROOT);
        if (h.isEmpty() || lower.startsWith("javascript:") || lower.startsWith("data:") || lower.startsWith("vbscript:")) {
            return null;
        }
        if (base == null || base.isEmpty() || lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
            return h;
        }
        try {
            return new URL(new URL(base), h).toExternalForm();
        } catch (MalformedURLException e) {
            return h;
        }
    }
}
