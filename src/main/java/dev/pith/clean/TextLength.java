package dev.pith.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/** Reads an element's text only while it stays short, so that testing big blocks stays cheap. */
public final class TextLength {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private TextLength() {
    }

    /** About the first {@code max} characters of the element's text, without reading the rest. */
    static String prefix(Element element, int max) {
        StringBuilder sb = new StringBuilder();
        walkText(element, max, TextLength::rawLength, t -> sb.append(t).append(' '));
        return SPACES.matcher(sb).replaceAll(" ").strip();
    }

    /**
     * Feeds text nodes to {@code sink} until their {@code size}s add up to more than {@code max}; true when
     * they did (the walk stops there).
     */
    private static boolean walkText(Element element, int max, ToIntFunction<String> size, Consumer<String> sink) {
        int[] count = {0};
        boolean[] over = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String text = t.getWholeText();
                    sink.accept(text);
                    count[0] += size.applyAsInt(text);
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
        return over[0];
    }

    /** What a text node counts for in the raw text length: its characters, stripped. */
    private static int rawLength(String text) {
        return text.strip().length();
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /**
     * True when the element's text holds more than {@code limit} letters and digits; stops counting there. A
     * lower bound of any normalised form of the text that keeps letters and digits ({@link Loose#of}).
     */
    public static boolean moreLettersThan(Element element, int limit) {
        return walkText(element, limit, TextLength::letters, t -> { });
    }

    /**
     * The raw text length of {@code root} and of every element under it, in one walk: the same count that
     * {@link #atMost} makes (characters of each text node, stripped), for code that asks it of many nested
     * elements. Valid until the tree changes.
     */
    static Map<Element, Integer> measure(Element root) {
        Measure m = new Measure();
        NodeTraversor.traverse(m, root);
        return m.lengths;
    }

    /** Sums text lengths bottom-up: each open element's running total sits on a stack. */
    private static final class Measure implements NodeVisitor {
        private final Map<Element, Integer> lengths = new IdentityHashMap<>();
        private int[] open = new int[32];
        private int top = -1;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element) {
                if (++top == open.length) {
                    open = Arrays.copyOf(open, open.length * 2);
                }
                open[top] = 0;
            } else if (node instanceof TextNode t && top >= 0) {
                open[top] += rawLength(t.getWholeText());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                int length = open[top--];
                lengths.put(e, length);
                if (top >= 0) {
                    open[top] += length;
                }
            }
        }
    }

    /**
     * The element's normalised text when it has at most {@code max} characters of raw text, else null.
     * Stops walking as soon as the limit is passed.
     */
    public static String atMost(Element element, int max) {
        if (element.childNodeSize() == 1 && element.childNode(0) instanceof TextNode t) {
            // Most links and labels hold one text node: measured without a walk.
            return rawLength(t.getWholeText()) > max ? null : element.text();
        }
        return walkText(element, max, TextLength::rawLength, t -> { }) ? null : element.text();
    }
}
