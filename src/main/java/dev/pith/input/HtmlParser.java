package dev.pith.input;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a page with jsoup and bounds the depth of the tree: elements nested deeper than
 * {@link #MAX_DEPTH} are unwrapped (their children move up), so that no later step recurses or walks
 * ancestors without end on hostile markup such as 100,000 nested {@code div}s. Real pages stay far below
 * the limit, so they are untouched.
 *
 * <pre>{@code
 * Document doc = HtmlParser.parse(page.content(), "https://example.com/a");
 * }</pre>
 */
public final class HtmlParser {
    private HtmlParser() {
    }

    /** Deepest nesting kept; the deepest of the 611 dataset pages is about 60. */
    public static final int MAX_DEPTH = 200;

    /**
     * Parses {@code html} with {@code baseUri} (may be empty) and flattens excess depth. A stray
     * {@code <![CDATA[} in HTML is read as browsers read it (a short comment, jsoup 1.24 and later), so a
     * template's leftover never turns the rest of a page into text.
     */
    public static Document parse(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        flatten(doc);
        return doc;
    }

    /** Unwraps every element deeper than {@link #MAX_DEPTH}, deepest first; returns how many. */
    static int flatten(Document doc) {
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (depth > MAX_DEPTH && node instanceof Element el) {
                    tooDeep.add(el);
                }
            }
        }, doc);
        for (int i = tooDeep.size() - 1; i >= 0; i--) {
            tooDeep.get(i).unwrap();
        }
        return tooDeep.size();
    }
}
