package dev.pith.clean;

import dev.pith.Thresholds;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text for loose comparison, and whether a heading names a page's title: the one test the headline guard, the
 * extractor and the metadata reader share.
 *
 * <pre>{@code
 * Loose.of("Bridge opens — at last!");                                   // "bridge opens at last"
 * Loose.namesTitle(Loose.of("Bridge opens"), Loose.of("Bridge opens | The Courier"));  // false: too short a part
 * }</pre>
 */
public final class Loose {
    private Loose() {
    }

    private static final Pattern GAPS = Pattern.compile("[\\s\\p{Punct}\\p{P}\\p{S}\\p{Co}]+");

    /** {@code s} lower-cased, with punctuation, symbols and runs of spaces as one space. */
    public static String of(String s) {
        return GAPS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * True when a heading whose loose text is {@code heading} names the page whose loose title is {@code title}: the
     * same words, or the title with the site's name around them, or the heading with a kicker.
     */
    public static boolean namesTitle(String heading, String title) {
        return !heading.isEmpty() && !title.isEmpty() && (title.equals(heading)
                || title.contains(heading) && heading.length() > Thresholds.TITLE_PART_MIN_CHARS
                || heading.contains(title));
    }

    /** Those of {@code headings} that name the page whose title is {@code title} (may be null: none does). */
    public static List<Element> naming(List<Element> headings, String title) {
        String wanted = title == null ? "" : of(title);
        List<Element> naming = new ArrayList<>();
        for (Element h : headings) {
            if (namesTitle(of(h.text()), wanted)) {
                naming.add(h);
            }
        }
        return naming;
    }
}
