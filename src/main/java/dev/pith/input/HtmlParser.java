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
 * the limit, so they are untouched. An AMP page's pictures ({@code <amp-img>}, {@code <amp-anim>}) become the
 * {@code <img>} they stand for, so that they are seen, kept in figures and chosen as the lead image.
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
        normalise(doc);
        return doc;
    }

    /**
     * In one walk: unwraps every element deeper than {@link #MAX_DEPTH}, deepest first, and turns AMP pictures
     * into images; returns how many elements were unwrapped.
     */
    static int normalise(Document doc) {
        List<Element> tooDeep = new ArrayList<>();
        List<Element> ampPictures = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) {
                    if (depth > MAX_DEPTH) {
                        tooDeep.add(el);
                    } else if (AMP_PICTURES.contains(el.normalName())) {
                        ampPictures.add(el);
                    }
                }
            }
        }, doc);
        for (int i = tooDeep.size() - 1; i >= 0; i--) {
            tooDeep.get(i).unwrap();
        }
        for (Element amp : ampPictures) {
            amp.replaceWith(imageOf(amp));
        }
        return tooDeep.size();
    }

    private static final java.util.Set<String> AMP_PICTURES = java.util.Set.of("amp-img", "amp-anim");
    private static final List<String> IMAGE_ATTRIBUTES = List.of("src", "srcset", "sizes", "alt", "title", "width",
            "height", "class", "id");

    /** The {@code <img>} an AMP picture stands for: its address, size and text (its fallback children dropped). */
    private static Element imageOf(Element amp) {
        Element img = new Element("img");
        for (String name : IMAGE_ATTRIBUTES) {
            if (amp.hasAttr(name)) {
                img.attr(name, amp.attr(name));
            }
        }
        return img;
    }
}
