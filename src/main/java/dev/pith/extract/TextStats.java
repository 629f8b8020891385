package dev.pith.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text and link-text lengths of every element under a root, counted in one walk, so that scoring and
 * pruning never ask each element for its whole text again. Lengths count non-whitespace-collapsed
 * characters of text nodes; links count as {@link Signals#linkChars} says.
 */
final class TextStats {
    private final Map<Element, int[]> lengths = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int len = visibleLength(t.getWholeText());
                    if (len > 0) {
                        Element parent = (Element) t.parentNode();
                        if (parent != null) {
                            stats.add(parent, len, 0);
                        }
                    }
                } else if (node instanceof Element el && node != root) {
                    int[] own = stats.lengths.get(el);
                    if (own == null) {
                        return;
                    }
                    int link = own[1];
                    if (el.normalName().equals("a")) {
                        link = Signals.linkChars(el.attr("href"), own[0]);
                    }
                    Element parent = el.parent();
                    if (parent != null) {
                        stats.add(parent, own[0], link);
                    }
                }
            }
        }, root);
        return stats;
    }

    private void add(Element e, int text, int link) {
        int[] v = lengths.computeIfAbsent(e, k -> new int[2]);
        v[0] += text;
        v[1] += link;
    }

    /** Characters of text under {@code e}. */
    int textLength(Element e) {
        int[] v = lengths.get(e);
        return v == null ? 0 : v[0];
    }

    /** Share of {@code e}'s text inside links (0 when it has none). */
    double linkDensity(Element e) {
        int[] v = lengths.get(e);
        if (v == null || v[0] == 0) {
            return 0;
        }
        int link = e.normalName().equals("a") ? Signals.linkChars(e.attr("href"), v[0]) : v[1];
        return Math.min(1.0, (double) link / v[0]);
    }

    /** Length of {@code s} with runs of whitespace counted as one character, ends trimmed. */
    static int visibleLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) {
                    n++;
                    space = true;
                }
            } else {
                n++;
                space = false;
            }
        }
        return space && n > 0 ? n - 1 : n;
    }
}
