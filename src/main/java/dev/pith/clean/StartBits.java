package dev.pith.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * One bit for each list of words that a {@link Match#classStarts} matcher looks for at the start of a class name
 * or an id, so that a page's class attributes are read once for all such matchers (see {@link ClassBits}).
 *
 * <pre>{@code
 * long widget = StartBits.register("widget");
 * (StartBits.of("widget_text") & widget) != 0     // true
 * (StartBits.of("elementor-widget") & widget) != 0 // false
 * }</pre>
 */
final class StartBits {
    /** The registered words and their bits; replaced whole on registration, so a reader sees a full list. */
    private static volatile List<Entry> entries = List.of();
    private static int next;

    private record Entry(String word, long bit) {
    }

    private StartBits() {
    }

    /** A bit of its own for {@code words}, or 0 when all 64 are taken (the matcher then reads for itself). */
    static synchronized long register(String... words) {
        if (next == Long.SIZE) {
            return 0;
        }
        long bit = 1L << next++;
        List<Entry> all = new ArrayList<>(entries);
        for (String w : words) {
            all.add(new Entry(w, bit));
        }
        entries = List.copyOf(all);
        return bit;
    }

    /** The bits of the words that the name {@code name} is, or starts with before a dash, an underscore or a capital. */
    static long of(String name) {
        long bits = 0;
        for (Entry e : entries) {
            if (ElementView.startsName(name, 0, name.length(), e.word)) {
                bits |= e.bit;
            }
        }
        return bits;
    }

    /** The bits of all the space-separated class names in {@code classAttr}. */
    static long ofClassNames(String classAttr) {
        long bits = 0;
        for (String name : ElementView.splitClassNames(classAttr)) {
            bits |= of(name);
        }
        return bits;
    }
}
