package dev.pith.extract;

import dev.pith.Thresholds;
import dev.pith.clean.Cleaner;
import dev.pith.clean.Removal;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the article in a page flattened to text (copied text, old scraper output, {@code lynx -dump}).
 * A chain of named steps over lines:
 *
 * <ol>
 *   <li>{@link #splitLines} — one unit per non-blank line (hard-wrapped paragraphs are joined);</li>
 *   <li>the {@link Cleaner}'s text rules mark junk lines (icon titles, sponsored, paywall, templates);</li>
 *   <li>{@link #bestRun} — the densest run of prose lines, where junk breaks a run and short lines weigh
 *       against it, and the readers' thread and other pages' teasers ({@link #teasers}) add nothing;</li>
 *   <li>{@link #preamble} — the short lines just above the run: section, title, standfirst, lead caption;</li>
 *   <li>{@link #body} — the run as paragraphs, sub-headings and list items.</li>
 * </ol>
 *
 * <pre>{@code
 * TextExtraction x = new TextDumpExtractor(Cleaner.standard(Set.of())).extract(dumpText);
 * x.title();   // "Trump's 5G push signals softer stance on Huawei"
 * }</pre>
 */
public final class TextDumpExtractor {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…:;]['\"”’)\\]]*\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[•·*▪–-]|\\d{1,2}[.)])\\s+");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)(©|\\(c\\)|\\bphoto(graph)?:|\\bcredit:|\\bgetty images\\b|\\breuters\\b|\\bAFP\\b|\\bAP( Photo)?\\b|\\bEPA\\b|\\bimage:)");
    private static final Pattern NO_COMMENTS = Pattern.compile("(?i)^(0|no) (comments?|responses?|replies)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /**
     * A line that is only a date or an age: "Wednesday November 20, 2019", "20 Nov 2019", "2019-11-20", "3 hours ago".
     */
    private static final Pattern DATE_ONLY = Pattern.compile("(?i)\\W*((\\p{L}+,? )?(\\d{1,2}(st|nd|rd|th)?\\.? \\p{L}{3,9}\\.?,? \\d{4}"
            + "|\\p{L}{3,9}\\.? \\d{1,2}(st|nd|rd|th)?,? \\d{4})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}"
            + "|\\d+ (minutes?|mins?|hours?|hrs?|days?|weeks?) ago)([ ,|@-]+\\d{1,2}:\\d{2}( ?[ap]\\.?m\\.?)?)?\\W*");

    private final Cleaner cleaner;

    public TextDumpExtractor(Cleaner cleaner) {
        this.cleaner = cleaner;
    }

    /** What the text path found: the body, the fields the preamble showed, and the lines removed. */
    public record TextExtraction(Element content, String title, String subtitle, String section, Image leadImage,
                                 List<Removal> removed) {
        public TextExtraction {
            removed = List.copyOf(removed);
        }
    }

    /** One unit of the dump: a line (or joined wrapped lines) and where it started. */
    record Line(String text, int number) {
        int words() {
            java.util.regex.Matcher m = WORD.matcher(text);
            int n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        }

        boolean isProse() {
            int w = words();
            return w >= Thresholds.PROSE_MIN_WORDS && SENTENCE_END.matcher(text).find() || w >= 2 * Thresholds.PROSE_MIN_WORDS
                    || isCjkProse();
        }

        private boolean isCjkProse() {
            return text.length() >= 30 && text.codePoints().filter(c -> Character.isIdeographic(c)).count() > 20
                    && SENTENCE_END.matcher(text).find();
        }
    }

    /** Extracts the article from the text of a dump. */
    public TextExtraction extract(String dump) {
        List<Line> lines = splitLines(dump);
        List<Removal> verdicts = cleaner.cleanLines(lines.stream().map(Line::text).toList());
        List<Removal> removed = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            if (verdicts.get(i) != null) {
                Removal r = verdicts.get(i);
                removed.add(new Removal(r.rule(), r.reason(), r.matched(), "line " + lines.get(i).number(), r.text()));
            }
        }
        int[] run = firstCopy(lines, bestRun(lines, verdicts));
        Preamble pre = preamble(lines, verdicts, run[0]);
        Element content = body(lines, verdicts, run[0], run[1]);
        return new TextExtraction(content, pre.title, pre.subtitle, pre.section, pre.image, removed);
    }

    /** Step 1: non-blank lines; lines of a hard-wrapped paragraph (no blank line between) are joined. */
    static List<Line> splitLines(String dump) {
        String[] raw = dump.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        boolean wrapped = looksHardWrapped(raw);
        List<Line> out = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            String l = raw[i].replace('\u00a0', ' ').strip();
            if (l.isEmpty()) {
                if (current != null) {
                    out.add(new Line(current.toString(), start));
                    current = null;
                }
                continue;
            }
            if (current != null && wrapped && !LIST_ITEM.matcher(l).find()) {
                current.append(' ').append(l);
                continue;
            }
            if (current != null) {
                out.add(new Line(current.toString(), start));
            }
            current = new StringBuilder(l);
            start = i + 1;
        }
        if (current != null) {
            out.add(new Line(current.toString(), start));
        }
        return out;
    }

    /** True when most long lines stop near one width: the dump was wrapped at a fixed column. */
    private static boolean looksHardWrapped(String[] raw) {
        int[] widths = new int[200];
        int longLines = 0;
        for (String l : raw) {
            int n = l.strip().length();
            if (n >= 40 && n < 200) {
                widths[n]++;
                longLines++;
            }
        }
        if (longLines < 10) {
            return false;
        }
        int window = 0;
        for (int w = 40; w < 200; w++) {
            int sum = 0;
            for (int k = w; k < Math.min(200, w + 12); k++) {
                sum += widths[k];
            }
            window = Math.max(window, sum);
        }
        return window >= longLines * 0.8;
    }

    /**
     * Step 3: the run of lines with the most prose, by a maximum-sum search: prose lines count their length,
     * other lines count against, junk lines count heavily against. Returns {start, end} (end exclusive).
     */
    static int[] bestRun(List<Line> lines, List<Removal> verdicts) {
        boolean[] teasers = teasers(lines, verdicts);
        double best = 0;
        double sum = 0;
        int bestStart = 0;
        int bestEnd = 0;
        int start = 0;
        int shortRun = 0;
        int proseSeen = 0;
        boolean inThread = false;
        boolean inTeaserZone = false;
        int proseInARow = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            double value;
            if (verdicts.get(i) != null) {
                value = -Math.max(100, l.text().length());
                shortRun = 0;
                boolean begun = proseSeen >= Thresholds.THREAD_AFTER_PROSE_CHARS;
                inThread |= opensThread(verdicts.get(i), l.text()) && begun;
                if (begun && verdicts.get(i).rule().equals("related.heading")) {
                    inTeaserZone = true;
                    proseInARow = 0;
                }
            } else if (l.isProse()) {
                // After a "Related stories" heading, prose is teasers until paragraphs follow each other again.
                proseInARow++;
                inTeaserZone &= proseInARow < Thresholds.TEASER_ZONE_ENDS_AFTER;
                boolean aside = inThread || inTeaserZone
                        || proseSeen >= Thresholds.THREAD_AFTER_PROSE_CHARS && teasers[i];
                value = l.text().length() * (aside ? Thresholds.THREAD_PROSE_WEIGHT : 1);
                proseSeen += l.text().length();
                shortRun = 0;
            } else {
                // One short line is a sub-heading; a run of them is a menu, a tag list or teasers' bylines.
                proseInARow = 0;
                shortRun++;
                value = -Math.max(25, l.text().length() * 0.5) * Math.min(shortRun, 3);
            }
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += value;
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i + 1;
            }
        }
        while (bestStart < bestEnd && !lines.get(bestStart).isProse()) {
            bestStart++;
        }
        return new int[] {bestStart, bestEnd};
    }

    /**
     * Which prose lines are teasers of other pages: a line standing alone between groups of short lines
     * ({@link Thresholds#TEASER_LINES_AROUND} on each side, or the end of the dump after it) with a date among
     * those above (a teaser's title, byline and date; the next one's below), next to another such line. An
     * article's paragraphs follow each other or a single sub-heading; a list of products or steps has no dates.
     */
    static boolean[] teasers(List<Line> lines, List<Removal> verdicts) {
        // Kept prose, read once: each line is looked at again as its neighbours' neighbour.
        boolean[] prose = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            prose[i] = verdicts.get(i) == null && lines.get(i).isProse();
        }
        boolean[] shaped = new boolean[lines.size()];
        boolean[] teasers = new boolean[lines.size()];
        int previousProse = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!prose[i]) {
                continue;
            }
            shaped[i] = shortLinesAround(prose, i, -1) && shortLinesAround(prose, i, 1) && datedAbove(lines, i);
            if (shaped[i] && previousProse >= 0 && shaped[previousProse]) {
                teasers[previousProse] = true;  // two in a row: both are teasers
                teasers[i] = true;
            }
            previousProse = i;
        }
        return teasers;
    }

    /** True when one of the short lines right above line {@code i} is only a date: a teaser's, not a list item's. */
    private static boolean datedAbove(List<Line> lines, int i) {
        for (int j = i - 1; j >= Math.max(0, i - Thresholds.TEASER_LINES_AROUND - 1); j--) {
            if (DATE_ONLY.matcher(lines.get(j).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean shortLinesAround(boolean[] prose, int i, int step) {
        for (int k = 1; k <= Thresholds.TEASER_LINES_AROUND; k++) {
            int j = i + k * step;
            if (j < 0 || j >= prose.length) {
                return step > 0;
            }
            if (prose[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Step 3b: a run that holds the article more than once ends where the copy begins: a dump of a page whose
     * metadata repeats the article's text (a JSON-LD {@code articleBody}, an AMP copy) reads its first
     * first two paragraphs again. The first must be long enough to be the article's own.
     */
    static int[] firstCopy(List<Line> lines, int[] run) {
        if (run[0] >= run[1] || lines.get(run[0]).text().length() < Thresholds.REPEATED_OPENING_CHARS) {
            return run;
        }
        String opening = lines.get(run[0]).text();
        String second = run[0] + 1 < run[1] ? lines.get(run[0] + 1).text() : null;
        if (opening.equals(second)) {
            return run;  // a paragraph said over and over is not a copy of an article
        }
        for (int i = run[0] + 2; i + 1 < run[1]; i++) {
            // The copy repeats the first two paragraphs in order: a title or a quote that comes back alone is no copy.
            if (lines.get(i).text().equals(opening) && lines.get(i + 1).text().equals(second)) {
                int end = i;
                while (end > run[0] + 1 && !lines.get(end - 1).isProse()) {
                    end--;
                }
                return new int[] {run[0], end};
            }
        }
        return run;
    }

    /**
     * A comment byline, or a comment heading that does not say there are none, after the article has begun opens
     * the readers' thread: what follows is theirs.
     */
    private static boolean opensThread(Removal verdict, String text) {
        return verdict.rule().equals("comments.byline")
                || verdict.rule().equals("comments.heading") && !NO_COMMENTS.matcher(text.strip()).find();
    }

    private static final class Preamble {
        String section;
        String title;
        String subtitle;
        Image image;
    }

    /** Step 4: up to four short kept lines right above the body, read as section, title, standfirst, caption. */
    static Preamble preamble(List<Line> lines, List<Removal> verdicts, int bodyStart) {
        List<String> above = new ArrayList<>();
        for (int i = bodyStart - 1; i >= 0 && above.size() < 4; i--) {
            if (verdicts.get(i) != null) {
                break;
            }
            above.add(0, lines.get(i).text());
        }
        Preamble p = new Preamble();
        if (!above.isEmpty() && CREDIT.matcher(above.get(above.size() - 1)).find()) {
            p.image = captionImage(above.remove(above.size() - 1));
        }
        int t = -1;
        for (int i = 0; i < above.size(); i++) {
            String s = above.get(i);
            int words = new Line(s, 0).words();
            if (words >= 3 && words <= Thresholds.HEADLINE_MAX_WORDS && !s.endsWith(".")) {
                t = i;
                break;
            }
        }
        if (t < 0) {
            return p;
        }
        p.title = above.get(t);
        if (t > 0 && new Line(above.get(t - 1), 0).words() <= 4) {
            p.section = above.get(t - 1);
        }
        if (t + 1 < above.size()) {
            p.subtitle = above.get(t + 1);
        }
        return p;
    }

    private static Image captionImage(String line) {
        Element img = new Element("img").attr("src", "");
        Image parsed = ContentTree.image(img, line);
        return new Image(null, null, parsed.caption(), parsed.credit());
    }

    /** Step 5: the run as blocks; junk lines inside it stay out. */
    static Element body(List<Line> lines, List<Removal> verdicts, int start, int end) {
        Element article = new Element("article");
        Element list = null;
        for (int i = start; i < end; i++) {
            if (verdicts.get(i) != null) {
                continue;
            }
            Line l = lines.get(i);
            if (LIST_ITEM.matcher(l.text()).find()) {
                list = list == null ? article.appendElement("ul") : list;
                list.appendElement("li").text(LIST_ITEM.matcher(l.text()).replaceFirst(""));
                continue;
            }
            list = null;
            boolean heading = !l.isProse() && l.words() <= Thresholds.HEADLINE_MAX_WORDS
                    && !SENTENCE_END.matcher(l.text()).find() && i + 1 < end;
            article.appendElement(heading ? "h2" : "p").text(l.text());
        }
        return article;
    }
}
