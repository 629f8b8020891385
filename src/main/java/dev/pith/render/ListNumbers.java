package dev.pith.render;

import org.jsoup.nodes.Element;

/**
 * The numbers of an ordered list's items as the page shows them: from its {@code start}, counting down when it
 * is {@code reversed}, in the letters or Roman numerals its {@code type} asks for. A top-ten list broken by a
 * picture into {@code <ol start="1">} and {@code <ol start="6">} reads 1 to 10, not 1 to 5 twice.
 *
 * <pre>{@code
 * ListNumbers n = ListNumbers.of(ol);   // <ol type="A" start="3">
 * n.label(0);                           // "C"
 * n.number(0);                          // 3
 * }</pre>
 */
final class ListNumbers {
    private final int first;
    private final int step;
    private final String type;

    private ListNumbers(int first, int step, String type) {
        this.first = first;
        this.step = step;
        this.type = type;
    }

    /** The numbering of {@code list}; an unordered list or bad attributes number 1, 2, 3... */
    static ListNumbers of(Element list) {
        boolean reversed = list.hasAttr("reversed");
        int items = 0;
        for (Element c : list.children()) {
            items += c.normalName().equals("li") ? 1 : 0;
        }
        int first = reversed ? items : 1;
        String start = list.attr("start").strip();
        if (start.matches("-?\\d{1,9}")) {
            first = Integer.parseInt(start);
        }
        String type = list.attr("type");
        return new ListNumbers(first, reversed ? -1 : 1, type.matches("[aAiI]") ? type : "1");
    }

    /** The number of the item at {@code index} (from 0). */
    int number(int index) {
        return first + step * index;
    }

    /** The label of the item at {@code index}: "3", "c", "C", "iii" or "III" by the list's type. */
    String label(int index) {
        int n = number(index);
        if (n <= 0 || type.equals("1")) {
            return Integer.toString(n);  // browsers too fall back to numbers where letters cannot count
        }
        String s = switch (type.toLowerCase(java.util.Locale.ROOT)) {
            case "a" -> letters(n);
            default -> n < 4000 ? roman(n) : Integer.toString(n);
        };
        return Character.isUpperCase(type.charAt(0)) ? s.toUpperCase(java.util.Locale.ROOT) : s;
    }

    /** 1 → a, 26 → z, 27 → aa, as browsers count in letters. */
    private static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        while (n > 0) {
            n--;
            sb.append((char) ('a' + n % 26));
            n /= 26;
        }
        return sb.reverse().toString();
    }

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] NUMERALS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

    private static String roman(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                sb.append(NUMERALS[i]);
                n -= VALUES[i];
            }
        }
        return sb.toString();
    }
}
