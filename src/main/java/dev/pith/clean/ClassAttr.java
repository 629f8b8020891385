package dev.pith.clean;

/**
 * A class attribute read as written, without building the set of its names: for tests asked of many elements,
 * where {@code Element.classNames()} would make a set for each.
 *
 * <pre>{@code
 * ClassAttr.holds("price sr-only", "SR-ONLY");   // true: a whole name, in any case
 * ClassAttr.holds("price sr-only-focusable", "sr-only");   // false: part of another name
 * }</pre>
 */
final class ClassAttr {
    private ClassAttr() {
    }

    /** True when the class attribute {@code cls} holds {@code name} as one of its space-separated names, in any case. */
    static boolean holds(String cls, String name) {
        int n = name.length();
        for (int at = 0; at + n <= cls.length(); at++) {
            if (cls.regionMatches(true, at, name, 0, n)
                    && (at == 0 || Character.isWhitespace(cls.charAt(at - 1)))
                    && (at + n == cls.length() || Character.isWhitespace(cls.charAt(at + n)))) {
                return true;
            }
        }
        return false;
    }
}
