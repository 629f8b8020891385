package dev.pith.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the rules ask of a class attribute, worked out once per distinct attribute on a page: most repeat
 * ({@code "menu-item"}, {@code "col-md-4"} on every item of a grid), and splitting and scanning them again for
 * each element was a tenth of cleaning. One instance serves one page; it is not shared between threads.
 *
 * <pre>{@code
 * ClassBits page = new ClassBits();
 * page.of("share-bar")[0];     // the WordBits.WORDS bits of "share" and "bar"
 * }</pre>
 */
final class ClassBits {
    /** For each class attribute: its word bits, its contains bits, its class-name bits, its start bits. */
    private final Map<String, long[]> byClass = new HashMap<>();

    /**
     * The bits of {@code classAttr}: {@link WordBits#WORDS} of its words, {@link ContainsBits} of it lower-cased,
     * {@link WordBits#CLASS_NAMES} of its class names, {@link StartBits} of its class names. The array is shared:
     * read it, never write it.
     */
    long[] of(String classAttr) {
        long[] bits = byClass.get(classAttr);
        if (bits == null) {
            bits = compute(classAttr);
            byClass.put(classAttr, bits);
        }
        return bits;
    }

    /** The four kinds of bits of one attribute, without a cache (for a single look at one element). */
    static long[] compute(String classAttr) {
        if (classAttr.isEmpty()) {
            return new long[4];
        }
        String lower = classAttr.toLowerCase(Locale.ROOT);
        return new long[] {wordBits(classAttr), ContainsBits.of(lower.toCharArray()), nameBits(lower),
            StartBits.ofClassNames(classAttr)};
    }

    /** The {@link WordBits#WORDS} bits of the words of {@code raw} (a class attribute or an id). */
    static long wordBits(String raw) {
        long bits = 0;
        for (String w : ElementView.split(raw)) {
            bits |= WordBits.WORDS.of(w);
        }
        return bits;
    }

    private static long nameBits(String lowerClassAttr) {
        long bits = 0;
        List<String> names = ElementView.splitClassNames(lowerClassAttr);
        for (String n : names) {
            bits |= WordBits.CLASS_NAMES.of(n);
        }
        return bits;
    }
}
