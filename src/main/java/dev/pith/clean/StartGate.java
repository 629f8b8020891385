package dev.pith.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which starts of a text a pattern anchored at the start ({@code ^…}) can match, so that most blocks of a page are
 * turned away without running it. A start is ruled out when the pattern, given those characters alone, fails
 * without having reached their end: no text that starts with them can match either. The first character is
 * judged for all of ASCII when the gate is made; pairs of printable characters are judged the first time a text
 * starts with them, and remembered.
 *
 * <pre>{@code
 * StartGate gate = StartGate.of(Pattern.compile("(?i)^\\W*(share|tweet)\\W*$"));
 * gate.admits("The council said", matcher);  // false: no alternative starts with "Th"
 * gate.admits("Share this", matcher);         // true: run the pattern
 * }</pre>
 *
 * <p>Shared by every cleaner and thread: a pair's verdict is a byte that a race can only compute twice, never
 * get wrong.
 */
final class StartGate {
    private static final int FIRST_PRINTABLE = 32;
    private static final int PRINTABLE = 96;
    private static final byte UNKNOWN = 0;
    private static final byte POSSIBLE = 1;
    private static final byte IMPOSSIBLE = 2;

    private final boolean[] firstChars = new boolean[128];
    private final byte[] pairs = new byte[PRINTABLE * PRINTABLE];

    private StartGate(Pattern pattern) {
        Matcher m = pattern.matcher("");
        for (char c = 0; c < firstChars.length; c++) {
            firstChars[c] = couldStart(m, String.valueOf(c));
        }
    }

    /** The gate of {@code pattern}, or null when the pattern is not anchored at the start ({@link Rule#anchored}). */
    static StartGate of(Pattern pattern) {
        return Rule.anchored(pattern.pattern()) ? new StartGate(pattern) : null;
    }

    /**
     * False when {@code text} cannot match; true when it may. {@code scratch} is a matcher of the same pattern,
     * used to judge a new pair; the caller resets it before matching.
     */
    boolean admits(String text, Matcher scratch) {
        if (text.isEmpty()) {
            return true;
        }
        char first = text.charAt(0);
        if (first < firstChars.length && !firstChars[first]) {
            return false;
        }
        if (text.length() < 2) {
            return true;
        }
        int a = first - FIRST_PRINTABLE;
        int b = text.charAt(1) - FIRST_PRINTABLE;
        if (a < 0 || a >= PRINTABLE || b < 0 || b >= PRINTABLE) {
            return true;
        }
        int index = a * PRINTABLE + b;
        byte verdict = pairs[index];
        if (verdict == UNKNOWN) {
            verdict = couldStart(scratch, text.substring(0, 2)) ? POSSIBLE : IMPOSSIBLE;
            pairs[index] = verdict;
        }
        return verdict == POSSIBLE;
    }

    private static boolean couldStart(Matcher m, String start) {
        m.reset(start);
        return m.lookingAt() || m.hitEnd();
    }
}
