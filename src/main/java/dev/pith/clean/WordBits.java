package dev.pith.clean;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One bit for each set of class/id words that a {@link Match#classWords} matcher looks for, and for each word the
 * bits of the sets that hold it. An element's words are then looked up once, however many rules ask about them:
 * a page has thousands of classed elements and the built-in rules a dozen word sets.
 *
 * <pre>{@code
 * long share = WordBits.register(Set.of("share", "social"));
 * (WordBits.of("share") & share) != 0   // true
 * }</pre>
 */
final class WordBits {
    private static final Map<String, Long> BITS = new ConcurrentHashMap<>();
    private static int next;

    private WordBits() {
    }

    /** A bit of its own for {@code words}, or 0 when all 64 are taken (the matcher then tests the set itself). */
    static synchronized long register(Set<String> words) {
        if (next == Long.SIZE) {
            return 0;
        }
        long bit = 1L << next++;
        for (String w : words) {
            BITS.merge(w, bit, (a, b) -> a | b);
        }
        return bit;
    }

    /** The bits of the registered sets that hold {@code word}; 0 for a word none holds. */
    static long of(String word) {
        Long bits = BITS.get(word);
        return bits == null ? 0 : bits;
    }
}
