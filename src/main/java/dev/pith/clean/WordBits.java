package dev.pith.clean;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One bit for each set of names that a matcher looks for, and for each name the bits of the sets that hold it.
 * An element's names are then looked up once, however many rules ask about them: a page has thousands of
 * classed elements and the built-in rules a dozen sets. Two registries: the words of class and id
 * ({@link Match#classWords}) and whole class names ({@link Match#classNames}).
 *
 * <pre>{@code
 * long share = WordBits.WORDS.register(Set.of("share", "social"));
 * (WordBits.WORDS.of("share") & share) != 0   // true
 * }</pre>
 */
final class WordBits {
    /** The lower-case words of class and id: {@code shareButtons} → share, buttons. */
    static final WordBits WORDS = new WordBits();
    /** Whole class names, lower-cased: {@code sr-only}. */
    static final WordBits CLASS_NAMES = new WordBits();

    private final Map<String, Long> bits = new ConcurrentHashMap<>();
    private int next;

    private WordBits() {
    }

    /** A bit of its own for {@code names}, or 0 when all 64 are taken (the matcher then tests the set itself). */
    synchronized long register(Set<String> names) {
        if (next == Long.SIZE) {
            return 0;
        }
        long bit = 1L << next++;
        for (String w : names) {
            bits.merge(w, bit, (a, b) -> a | b);
        }
        return bit;
    }

    /** The bits of the registered sets that hold {@code name}; 0 for a name none holds. */
    long of(String name) {
        Long b = bits.get(name);
        return b == null ? 0 : b;
    }
}
