package dev.pith;

import dev.pith.clean.Rules;

import java.util.Objects;
import java.util.Set;

/**
 * How {@link Pith} extracts: the page's URL, rules to leave out, and the byte cap. Immutable; each
 * {@code with} method returns a copy.
 *
 * <pre>{@code
 * Options o = Options.defaults().withUrl("https://example.com/a").withDisabledRules(Set.of("share.bar"));
 * }</pre>
 *
 * @param url           the page's address, to resolve relative links; null to use the page's own canonical URL
 * @param disabledRules rule ids or concerns (e.g. {@code paywall}) not to apply
 * @param maxBytes      inputs larger than this (after gunzip) are refused
 */
public record Options(String url, Set<String> disabledRules, long maxBytes) {

    public Options {
        Objects.requireNonNull(disabledRules, "disabledRules");
        disabledRules = Set.copyOf(disabledRules);
        Rules.requireKnown(disabledRules);
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (url != null && !url.matches("(?i)^[a-z][a-z0-9+.-]*://\\S+$")) {
            throw new IllegalArgumentException("not an absolute URL: " + url);
        }
    }

    /** No URL, every rule, 64 MiB cap. */
    public static Options defaults() {
        return new Options(null, Set.of(), Thresholds.MAX_INPUT_BYTES);
    }

    public Options withUrl(String newUrl) {
        return new Options(newUrl, disabledRules, maxBytes);
    }

    public Options withDisabledRules(Set<String> ids) {
        return new Options(url, ids, maxBytes);
    }

    public Options withMaxBytes(long bytes) {
        return new Options(url, disabledRules, bytes);
    }
}
