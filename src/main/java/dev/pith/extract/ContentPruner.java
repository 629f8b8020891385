package dev.pith.extract;

import dev.pith.Thresholds;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.Locale;
import java.util.Set;

/**
 * Step 4 of extraction: tidies the chosen article in place. Takes out the headline (it has its own field),
 * link lists, blocks that say "boilerplate" in their class and carry links, and empty shells.
 */
final class ContentPruner {
    private ContentPruner() {
    }

    private static final Set<String> PRUNABLE = Set.of("div", "section", "ul", "ol", "table", "aside", "header",
            "footer", "form", "fieldset", "nav", "dl", "span", "article", "center", "details");

    /** Prunes {@code article} and returns the headline it removed, or null. */
    static String prune(Element article, String title) {
        String headline = removeHeadline(article, title);
        removeLinkParagraphs(article);
        removeDuplicates(article);
        Elements all = article.getAllElements();
        for (int i = all.size() - 1; i > 0; i--) {
            Element e = all.get(i);
            if (e.parent() == null || !PRUNABLE.contains(e.normalName())) {
                continue;
            }
            if (isBoilerplate(e)) {
                e.remove();
            }
        }
        return headline;
    }

    /**
     * In an article with prose, a short paragraph that is nothing but a link ("READ MORE: Other story") points
     * elsewhere. Pages without prose (link listings) keep theirs.
     */
    private static void removeLinkParagraphs(Element article) {
        int prose = 0;
        for (Element p : article.getElementsByTag("p")) {
            if (p.text().length() >= Thresholds.GUARD_PROSE_CHARS && Signals.linkDensity(p, p.text().length()) < 0.5) {
                prose++;
            }
        }
        if (prose < Thresholds.GUARD_PROSE_PARAGRAPHS) {
            return;
        }
        for (Element p : article.getElementsByTag("p")) {
            String text = p.text();
            if (!text.isEmpty() && text.length() < Thresholds.LINK_PARAGRAPH_MAX_CHARS
                    && Signals.linkDensity(p, text.length()) >= 0.9) {
                p.remove();
            }
        }
    }

    /**
     * Removes a block that repeats an earlier one from another container: a second rendering (mobile copy
     * of a caption, teaser above the body). Repeats within one container are left: they are the author's.
     */
    private static void removeDuplicates(Element article) {
        java.util.Map<String, Element> seen = new java.util.HashMap<>();
        for (Element e : article.select("p, h2, h3, h4, h5, h6, figcaption, figure")) {
            String text = e.text();
            boolean figure = e.normalName().startsWith("fig");
            if (text.length() < Thresholds.DUPLICATE_MIN_CHARS || e.parent() == null) {
                continue;
            }
            String key = (figure ? "f" : "p") + text;
            Element first = seen.putIfAbsent(key, e);
            if (first != null && (figure || first.parent() != e.parent())) {
                e.remove();
            }
        }
    }

    private static String removeHeadline(Element article, String title) {
        Elements headings = article.select("h1, h2");
        Element match = null;
        String wanted = title == null ? null : normalize(title);
        for (Element h : headings) {
            String text = normalize(h.text());
            if (wanted != null && !text.isEmpty() && (wanted.equals(text) || wanted.contains(text) && text.length() > 15
                    || text.contains(wanted))) {
                match = h;
                break;
            }
        }
        if (match == null && !headings.isEmpty() && headings.first().normalName().equals("h1")
                && precedesProse(article, headings.first())) {
            match = headings.first();
        }
        if (match == null) {
            return null;
        }
        String text = match.text();
        match.remove();
        return text;
    }

    /** True when {@code h} comes before the first long paragraph: a headline, not a section heading. */
    private static boolean precedesProse(Element article, Element h) {
        for (Element p : article.getElementsByTag("p")) {
            if (p.text().length() >= Thresholds.SIBLING_PARAGRAPH_CHARS) {
                return h.siblingIndex() >= 0 && comesBefore(h, p);
            }
        }
        return true;
    }

    private static boolean comesBefore(Element a, Element b) {
        for (Element e : a.root().getAllElements()) {
            if (e == a) {
                return true;
            }
            if (e == b) {
                return false;
            }
        }
        return false;
    }

    private static boolean isBoilerplate(Element e) {
        String text = e.text();
        int len = text.length();
        boolean hasMedia = !e.select("img, picture, video, audio").isEmpty();
        if (len == 0) {
            return !hasMedia && e.selectFirst("pre, table, hr") == null;
        }
        if (e.selectFirst("pre, code") != null) {
            return false;
        }
        double density = Signals.linkDensity(e, len);
        int weight = Signals.classWeight(e);
        if (density > Thresholds.MAX_LINK_DENSITY && Signals.commas(text) < 10) {
            return true;
        }
        if (weight < 0 && density > Thresholds.MAX_LINK_DENSITY_WEAK) {
            return true;
        }
        boolean list = e.normalName().equals("ul") || e.normalName().equals("ol");
        int paragraphs = e.getElementsByTag("p").size();
        int items = e.getElementsByTag("li").size();
        if (!list && items > paragraphs + 2 && density > Thresholds.MAX_LINK_DENSITY_WEAK) {
            return true;
        }
        int inputs = e.select("input, select, textarea, button").size();
        return inputs > 0 && inputs > paragraphs / 3 && len < 200;
    }

    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}‘’“”«»—–]+", " ").strip();
    }
}
