package dev.pith.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Reads an element's text only while it stays short, so that testing big blocks stays cheap. */
final class TextLength {
    private TextLength() {
    }

    /** About the first {@code max} characters of the element's text, without reading the rest. */
    static String prefix(Element element, int max) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText()).append(' ');
                    if (sb.length() > max) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, element);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * The element's normalised text when it has at most {@code max} characters of raw text, else null.
     * Stops walking as soon as the limit is passed.
     */
    static String atMost(Element element, int max) {
        int[] count = {0};
        boolean[] over = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    count[0] += t.getWholeText().strip().length();
                    if (count[0] > max) {
                        over[0] = true;
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, element);
        return over[0] ? null : element.text();
    }
}
