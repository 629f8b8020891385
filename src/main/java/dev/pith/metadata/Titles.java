package dev.pith.metadata;

import dev.pith.clean.Loose;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Takes the site name off a document title: {@code "Headline | The Site"} → {@code "Headline"}.
 *
 * <pre>{@code
 * Titles.stripSite("Trump's 5G push | Nikkei Asian Review", "Nikkei Asian Review");  // "Trump's 5G push"
 * }</pre>
 */
public final class Titles {
    private Titles() {
    }

    /** A title that opens with a separator has lost the part before it. */
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("[|\\-–—:·•»/｜]\\s");
    /** Brackets a template left empty: "Clips 3FB7J ()". */
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\s*(\\(\\s*\\)|\\[\\s*\\])");
    /** What a blog adds to a category's name on its archive page: "Air Fryer Recipes Archives". */
    private static final Pattern ARCHIVES = Pattern.compile("(?i)\\s+archives?$");
    /**
     * The mark of a heading's permalink at its end, as documentation generators write it: "Basic Usage¶", or an
     * icon font's glyph (a character of Unicode's private use area, which no reader sees as text).
     */
    private static final Pattern HEADER_LINK_MARK = Pattern.compile("\\s*[¶§#\\x{E000}-\\x{F8FF}]$");
    /** A separator after a leading site name, where a colon needs no space before it: "Notes from the Garden: …". */
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s*[:|\\-–—»·•/]\\s+");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]\\s+|\\s+::\\s+|\\s*[｜│|]\\s*");
    /**
     * {@link #SEPARATOR}, and the separators written without spaces that Chinese and Japanese titles use
     * ("长江防汛_新闻中心_新浪网", "标题-中新网"): only for finding a part of the title that a heading shows, never for
     * cutting a title on its own.
     */
    private static final Pattern PART_SEPARATOR = Pattern.compile(SEPARATOR.pattern()
            + "|_+|(?<=\\p{IsIdeographic})[-–—－]|[-–—－](?=\\p{IsIdeographic})");

    /**
     * The title without a leading or trailing site name. The site name is known (siteName) or guessed: the
     * short end part after a separator when the rest is a longer headline.
     */
    public static String stripSite(String title, String siteName) {
        if (title == null) {
            return null;
        }
        String whole = title.replaceAll("\\s+", " ").strip();
        if (LEADING_SEPARATOR.matcher(whole).lookingAt()) {
            // " | The Site": the page's own part of the title is empty.
            return "";
        }
        whole = EMPTY_BRACKETS.matcher(whole).replaceAll("").strip();
        String t = stripOnce(whole, siteName);
        // "Thread / Board / Forum": a hierarchy repeats its separator, and its next level up goes too.
        String again = stripOnce(t, null);
        boolean bothTails = t.length() < whole.length() && whole.startsWith(t) && again.length() < t.length()
                && t.startsWith(again);
        String sep = bothTails ? separatorAfter(whole, t.length()) : "";
        return !sep.isEmpty() && sep.equals(separatorAfter(t, again.length())) ? again : t;
    }

    /**
     * The page's part of a title that names the site and then its tagline ("Pricing | Ledgerly — Bookkeeping for small
     * teams" gives "Pricing"): what comes before a separator followed by the site's name and another separator; null
     * when the title is not so made.
     */
    private static String beforeSiteAndTagline(String t, String site) {
        java.util.regex.Matcher m = SEPARATOR.matcher(t);
        while (m.find()) {
            int end = m.end() + site.length();
            if (end < t.length() && t.regionMatches(true, m.end(), site, 0, site.length())
                    && !separatorAfter(t, end).isEmpty() && m.start() > 0) {
                return t.substring(0, m.start()).strip();
            }
        }
        return null;
    }

    /** The separator that starts at {@code at} in {@code title}, without its spaces. */
    private static String separatorAfter(String title, int at) {
        java.util.regex.Matcher m = SEPARATOR.matcher(title);
        return m.find(at) && m.start() == at ? m.group().strip() : "";
    }

    private static String stripOnce(String t, String siteName) {
        if (siteName != null && !siteName.isBlank()) {
            // "Notes from the Garden: Saving tomato seeds", as blog templates write it: the site's name leads, and a
            // colon after it needs no space before it to be a separator.
            String site = siteName.strip();
            java.util.regex.Matcher lead = SITE_SEPARATOR.matcher(t);
            if (t.regionMatches(true, 0, site, 0, site.length())
                    && lead.region(site.length(), t.length()).lookingAt() && lead.end() < t.length()) {
                return t.substring(lead.end()).strip();
            }
            String tagged = beforeSiteAndTagline(t, site);
            if (tagged != null) {
                return tagged;
            }
        }
        java.util.regex.Matcher m = SEPARATOR.matcher(t);
        int firstStart = -1;
        int firstEnd = -1;
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart < 0) {
            return t;
        }
        String head = t.substring(0, lastStart).strip();
        String tail = t.substring(lastEnd).strip();
        if (siteName != null && !siteName.isBlank()) {
            String site = norm(siteName);
            if (norm(tail).equals(site) || norm(tail).length() > 3 && site.contains(norm(tail))) {
                return head;
            }
            String lead = t.substring(0, firstStart).strip();
            if (norm(lead).equals(site)) {
                return t.substring(firstEnd).strip();
            }
        }
        if (words(tail) <= 4 && words(head) >= 3 && tail.length() < head.length() && looksLikeName(tail)) {
            return head;
        }
        return t;
    }

    /** A domain name leading a title, then a colon or a separator: "Amazon.com: ", "example.co.uk - ". */
    private static final Pattern HOST_PREFIX = Pattern.compile("(?i)[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,6}(:|\\s+[|\\-–—·•»])\\s+");
    /** The number an issue tracker sets after a headline it shows: "Parser hangs on deeply nested lists #4812". */
    private static final Pattern NUMBERED = Pattern.compile("\\s+#\\d+\\s*$");

    /**
     * When a page's {@code h1} is one of the parts of the title ({@code "Config reference — Gantry docs"}),
     * that part is the headline; when it is the title itself but for case, or for the "Archives" a blog adds to
     * a category's name, the {@code h1} as shown is; otherwise {@code title} stands.
     */
    public static String preferHeadline(String title, java.util.List<String> h1s) {
        if (title == null) {
            return null;
        }
        String bare = ARCHIVES.matcher(title).replaceFirst("");
        for (String h1 : h1s) {
            String visible = h1.replaceAll("\\s+", " ").strip();
            // The same words as the visible headline, but for case or a blog's "Archives": the headline as shown.
            if (!visible.isEmpty() && (visible.equalsIgnoreCase(title) || visible.equalsIgnoreCase(bare))) {
                return visible;
            }
        }
        // A shop's or a portal's domain name before a colon ("Amazon.com: Cast Iron Skillet"), with the headline after it.
        java.util.regex.Matcher host = HOST_PREFIX.matcher(title);
        if (host.lookingAt()) {
            String rest = title.substring(host.end());
            for (String h1 : h1s) {
                if (same(rest, h1)) {
                    return asShown(h1);
                }
            }
        }
        String[] parts = PART_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        for (String h1 : h1s) {
            // Without the number a tracker sets after it, which the title says apart ("· Issue #4812").
            String shown = NUMBERED.matcher(h1).replaceFirst("");
            for (String part : parts) {
                if (same(part, shown) && words(part) >= 1) {
                    // The headline as the page shows it: "Cast Iron Skillet, 10 inch", not the title's "…Skillet 10 inch".
                    return asShown(shown);
                }
            }
        }
        // A headline that holds a separator itself ("json — JSON encoder and decoder — Docs 3.12"): the run of parts
        // at either end of the title that the headline shows.
        java.util.regex.Matcher m = PART_SEPARATOR.matcher(title);
        while (m.find()) {
            String head = title.substring(0, m.start());
            String tail = title.substring(m.end());
            for (String h1 : h1s) {
                if (same(head, h1) || same(tail, h1)) {
                    return asShown(h1);
                }
            }
        }
        return title;
    }

    /**
     * The longest part of {@code title} (split at its separators) that a heading of the page shows as it is, or null
     * when none does: "Guitar Forums :: View topic - Restringing a 12 string" with a topic heading "Restringing a 12
     * string" gives the heading's words. The longest, since the site's name may be shown as a heading too.
     */
    public static String shownPart(String title, java.util.List<String> headings) {
        if (title == null) {
            return null;
        }
        String best = null;
        for (String part : PART_SEPARATOR.split(title)) {
            String p = part.strip();
            if ((best == null || p.length() > best.length()) && words(p) >= 2
                    && headings.stream().anyMatch(h -> same(h, p))) {
                best = p;
            }
        }
        return best;
    }

    /** A heading's text as a title: spaces collapsed, its permalink mark or icon glyph at the end gone. */
    private static String asShown(String heading) {
        return HEADER_LINK_MARK.matcher(heading.replaceAll("\\s+", " ")).replaceFirst("").strip();
    }

    /** True when two titles say the same, ignoring case, punctuation and spacing. */
    public static boolean same(String a, String b) {
        return a != null && b != null && norm(a).equals(norm(b));
    }

    /** The share of {@code a}'s words (ignoring case and punctuation) that {@code b} holds too: 0 to 1. */
    public static double sharedWords(String a, String b) {
        return dev.pith.extract.Signals.sharedWords(a, b);
    }

    /** True when {@code part} appears in {@code whole}, ignoring case, punctuation and spacing. */
    public static boolean within(String part, String whole) {
        if (part == null || whole == null) {
            return false;
        }
        String p = norm(part);
        return !p.isEmpty() && (" " + norm(whole) + " ").contains(" " + p + " ");
    }

    static String norm(String s) {
        return Loose.of(s);
    }

    /** A site name is capitalised words or a domain: "Field Notes", "BBC News", "example.com". */
    private static boolean looksLikeName(String s) {
        if (s.matches("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
            return true;
        }
        String[] ws = s.strip().split("\\s+");
        if (Character.isLowerCase(ws[0].codePointAt(0))) {
            return false;
        }
        for (String w : ws) {
            int c = w.codePointAt(0);
            if (Character.isLowerCase(c) && w.length() > 3) {
                return false;
            }
        }
        return true;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
