package dev.pith.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Up to 64 substrings looked for together in one pass over a text: at each character only the substrings that
 * start with it are compared. Class attributes are tested against dozens of fragments on every element of a
 * page; one pass is cheaper than one search per fragment.
 *
 * <pre>{@code
 * Substrings s = Substrings.of("share", "social", "follow");
 * s.foundIn("post-social-bar");   // true
 * s.which("share-social")         // 0b011: the first two
 * }</pre>
 */
public final class Substrings {
    private final char[][] parts;
    /** For each character below 128, the indexes of the parts that start with it; the last slot for the rest. */
    private final int[][] byFirst = new int[129][];

    private Substrings(String[] parts) {
        if (parts.length == 0 || parts.length > Long.SIZE) {
            throw new IllegalArgumentException("1 to 64 substrings, not " + parts.length);
        }
        this.parts = new char[parts.length][];
        List<List<Integer>> slots = new ArrayList<>();
        for (int c = 0; c < byFirst.length; c++) {
            slots.add(new ArrayList<>());
        }
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                throw new IllegalArgumentException("empty substring");
            }
            this.parts[i] = parts[i].toCharArray();
            slots.get(slot(parts[i].charAt(0))).add(i);
        }
        for (int c = 0; c < byFirst.length; c++) {
            byFirst[c] = slots.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The substrings to look for (case as given: compare with lower-cased text for lower-case parts). */
    public static Substrings of(String... parts) {
        return new Substrings(parts);
    }

    /** The slot of {@code c} in a table by first character: itself below 128, 128 for the rest. */
    static int slot(char c) {
        return c < 128 ? c : 128;
    }

    /** True when {@code text} contains at least one of the substrings. */
    public boolean foundIn(String text) {
        return foundIn(text.toCharArray());
    }

    /** As {@link #foundIn(String)}, for a text already in an array (the loop over it is cheaper before the JIT). */
    public boolean foundIn(char[] text) {
        return scan(text, true) != 0;
    }

    /** The substrings {@code text} contains, as bits: bit {@code i} for the {@code i}-th given to {@link #of}. */
    public long which(String text) {
        return scan(text.toCharArray(), false);
    }

    private long scan(char[] text, boolean any) {
        long found = 0;
        int n = text.length;
        for (int at = 0; at < n; at++) {
            int[] candidates = byFirst[slot(text[at])];
            for (int k = 0; k < candidates.length; k++) {
                int i = candidates[k];
                if (startsWith(text, at, parts[i])) {
                    found |= 1L << i;
                    if (any) {
                        return found;
                    }
                }
            }
        }
        return found;
    }

    /** True when {@code text} holds {@code part} at {@code at}, its first character already known to be equal. */
    static boolean startsWith(char[] text, int at, char[] part) {
        if (at + part.length > text.length) {
            return false;
        }
        for (int j = 1; j < part.length; j++) {
            if (text[at + j] != part[j]) {
                return false;
            }
        }
        return true;
    }
}
