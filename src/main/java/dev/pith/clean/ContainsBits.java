package dev.pith.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * One bit for each set of substrings that a {@link Match#classContains} matcher looks for in class and id, and
 * one table of all their substrings, so that an element's class and id are scanned once for all such matchers
 * (a dozen rules, over a hundred substrings, thousands of classed elements a page).
 *
 * <pre>{@code
 * long cookie = ContainsBits.register("cookie", "consent");
 * (ContainsBits.of("site-cookie-bar".toCharArray()) & cookie) != 0   // true
 * }</pre>
 */
final class ContainsBits {
    /** The substrings registered so far; replaced whole on registration, so a reader always sees a full table. */
    private static volatile Table table = new Table(List.of(), List.of());
    private static int next;

    private ContainsBits() {
    }

    /** A bit of its own for {@code parts}, or 0 when all 64 are taken (the matcher then scans for itself). */
    static synchronized long register(String... parts) {
        for (String p : parts) {
            if (p.isEmpty()) {
                throw new IllegalArgumentException("empty substring");
            }
            if (p.chars().anyMatch(Character::isWhitespace)) {
                // Class and id are scanned apart (see ElementView#containsBits): a space would span the two.
                throw new IllegalArgumentException("substring with a space: '" + p + "'");
            }
        }
        if (next == Long.SIZE) {
            return 0;
        }
        long bit = 1L << next++;
        List<String> all = new ArrayList<>();
        List<Long> bits = new ArrayList<>();
        for (int i = 0; i < table.chars.length; i++) {
            all.add(new String(table.chars[i]));
            bits.add(table.partBits[i]);
        }
        for (String p : parts) {
            int at = all.indexOf(p);
            if (at >= 0) {
                bits.set(at, bits.get(at) | bit);
            } else {
                all.add(p);
                bits.add(bit);
            }
        }
        table = new Table(all, bits);
        return bit;
    }

    /** The bits of the registered sets one of whose substrings {@code text} contains. */
    static long of(char[] text) {
        return table.scan(text);
    }

    /** The substrings, and for each character below 128 (the last slot for the rest) those that start with it. */
    private static final class Table {
        private final char[][] chars;
        private final long[] partBits;
        private final int[][] byFirst = new int[129][];

        Table(List<String> parts, List<Long> bits) {
            chars = new char[parts.size()][];
            partBits = new long[parts.size()];
            List<List<Integer>> slots = new ArrayList<>();
            for (int c = 0; c < byFirst.length; c++) {
                slots.add(new ArrayList<>());
            }
            for (int i = 0; i < chars.length; i++) {
                chars[i] = parts.get(i).toCharArray();
                partBits[i] = bits.get(i);
                slots.get(Substrings.slot(chars[i][0])).add(i);
            }
            for (int c = 0; c < byFirst.length; c++) {
                byFirst[c] = slots.get(c).stream().mapToInt(Integer::intValue).toArray();
            }
        }

        long scan(char[] text) {
            long found = 0;
            for (int at = 0; at < text.length; at++) {
                for (int i : byFirst[Substrings.slot(text[at])]) {
                    if (Substrings.startsWith(text, at, chars[i])) {
                        found |= partBits[i];
                    }
                }
            }
            return found;
        }
    }
}
