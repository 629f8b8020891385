package dev.pith;

import dev.pith.clean.Rules;
import dev.pith.extract.Focus;

import java.util.Objects;
import java.util.Set;

/**
 * How {@link Pith} extracts: the page's URL, rules to leave out, the byte cap, the focus and whether to
 * return reader comments. Immutable; each {@code with} method returns a copy.
 *
 * <pre>{@code
 * Options o = Options.defaults().withUrl("https://example.com/a").withDisabledRules(Set.of("share.bar"))
 *         .withFocus(Focus.PRECISION).withComments(true);
 * }</pre>
 *
 * @param url           the page's address, to resolve relative links; null to use the page's own canonical URL
 * @param disabledRules rule ids or concerns (e.g. {@code paywall}) not to apply
 * @param maxBytes      inputs larger than this (after gunzip) are refused
 * @param focus         what to favour when a block may or may not be content
 * @param comments      true to return reader comments in {@link Article#comments()} (they are never in the text)
 */
public record Options(String url, Set<String> disabledRules, long maxBytes, Focus focus, boolean comments) {

    public Options {
        Objects.requireNonNull(disabledRules, "disabledRules");
        Objects.requireNonNull(focus, "focus");
        disabledRules = Set.copyOf(disabledRules);
        Rules.requireKnown(disabledRules);
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (url != null && !url.matches("(?i)^[a-z][a-z0-9+.-]*://\\S+$")) {
            throw new IllegalArgumentException("not an absolute URL: " + url);
        }
    }

    /** No URL, every rule, 64 MiB cap, balanced focus, no comments. */
    public static Options defaults() {
        return new Options(null, Set.of(), Thresholds.MAX_INPUT_BYTES, Focus.BALANCED, false);
    }

    public Options withUrl(String newUrl) {
        return new Options(newUrl, disabledRules, maxBytes, focus, comments);
    }

    public Options withDisabledRules(Set<String> ids) {
        return new Options(url, ids, maxBytes, focus, comments);
    }

    public Options withMaxBytes(long bytes) {
        return new Options(url, disabledRules, bytes, focus, comments);
    }

    public Options withFocus(Focus newFocus) {
        return new Options(url, disabledRules, maxBytes, newFocus, comments);
    }

    public Options withComments(boolean wanted) {
        return new Options(url, disabledRules, maxBytes, focus, wanted);
    }
}
