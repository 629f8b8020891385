package dev.pith.input;

import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
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

    /** Parses {@code html} with {@code baseUri} (may be empty), flattens excess depth and reads stray CDATA. */
    public static Document parse(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        Walk walk = Walk.of(doc);
        walk.unwrapTooDeep();
        if (walk.reparseCdata()) {
            Walk.of(doc).unwrapTooDeep();
        }
        return doc;
    }

    /** Unwraps every element deeper than {@link #MAX_DEPTH}, deepest first; returns how many. */
    static int flatten(Document doc) {
        return Walk.of(doc).unwrapTooDeep();
    }

    /** What one walk over the tree found: elements too deep, and CDATA sections. */
    private record Walk(List<Element> tooDeep, List<CDataNode> cdata) {
        static Walk of(Document doc) {
            Walk walk = new Walk(new ArrayList<>(), new ArrayList<>());
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (depth > MAX_DEPTH && node instanceof Element el) {
                        walk.tooDeep.add(el);
                    } else if (node instanceof CDataNode c) {
                        walk.cdata.add(c);
                    }
                }
            }, doc);
            return walk;
        }

        int unwrapTooDeep() {
            for (int i = tooDeep.size() - 1; i >= 0; i--) {
                tooDeep.get(i).unwrap();
            }
            return tooDeep.size();
        }

        /**
         * Browsers read a {@code <![CDATA[} written in HTML (outside SVG and MathML) as a short comment; jsoup
         * reads everything up to {@code ]]>} as text, which can turn the rest of a page into one text of raw
         * tags. The markup in such a section is parsed as markup again, in place. True when any was.
         */
        boolean reparseCdata() {
            boolean changed = false;
            for (CDataNode c : cdata) {
                Element parent = c.parent();
                if (parent == null || inForeignContent(parent)) {
                    continue;
                }
                for (Node n : Parser.parseFragment(c.getWholeText(), parent, parent.baseUri())) {
                    c.before(n);
                }
                c.remove();
                changed = true;
            }
            return changed;
        }

        private static boolean inForeignContent(Element e) {
            for (Element a = e; a != null; a = a.parent()) {
                if (a.normalName().equals("svg") || a.normalName().equals("math")) {
                    return true;
                }
            }
            return false;
        }
    }
}
