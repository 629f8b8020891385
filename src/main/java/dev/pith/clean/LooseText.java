package dev.pith.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Wraps text that sits loose beside blocks ({@code <div>Text<div>…</div>More</div>}) into paragraphs, splitting
 * at {@code <br><br>}, so that later steps see the paragraphs a reader sees: the cleaner judges such a line by its
 * words ({@code <a>Log in</a> to set a price alert} is a prompt, not the product's text), and scoring counts it.
 *
 * <pre>{@code
 * LooseText.wrap(doc.body());   // <div>Intro<div>…</div></div> becomes <div><p>Intro</p><div>…</div></div>
 * }</pre>
 */
public final class LooseText {
    private LooseText() {
    }

    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "blockquote",
            "form", "center", "body", "span", "font", "dd");

    /** Code keeps its lines as written: a highlighter's {@code <div>} per line is no paragraph. */
    private static final Evaluator Q_CODE = QueryParser.parse("pre, code");

    /** Tags whose presence makes an element a container of blocks rather than a paragraph. */
    public static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "dd", "details",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
            "thead", "tfoot", "tr", "td", "th", "ul", "center");

    /** True when one of {@code e}'s children is a block ({@link #BLOCK_TAGS}). */
    public static boolean hasBlockChild(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element c && BLOCK_TAGS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code e} holds text of its own, not only in child elements. */
    public static boolean hasOwnText(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Wraps the loose text of every block under {@code root} that mixes text and blocks (in place). */
    public static void wrap(Element root) {
        List<Element> containers = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (CONTAINERS.contains(e.normalName()) && hasOwnText(e) && (hasBlockChild(e) || hasBreak(e))
                    && e.closest(Q_CODE) == null) {
                containers.add(e);
            }
        }
        for (Element e : containers) {
            wrapChildren(e);
        }
    }

    private static void wrapChildren(Element container) {
        Element p = null;
        for (Node node : new ArrayList<>(container.childNodes())) {
            if (node instanceof Element el && (BLOCK_TAGS.contains(el.normalName()) || isBreak(el))) {
                p = null;
                continue;
            }
            if (p == null) {
                if (node instanceof TextNode t && t.isBlank() || node instanceof Element el && el.normalName().equals("br")) {
                    continue;
                }
                p = new Element("p");
                node.before(p);
            }
            p.appendChild(node);
        }
    }

    /** True when one of {@code e}'s children is a paragraph break ({@code <br><br>}). */
    private static boolean hasBreak(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element c && isBreak(c)) {
                return true;
            }
        }
        return false;
    }

    /** A {@code <br>} followed by another: a paragraph break. */
    private static boolean isBreak(Element el) {
        if (!el.normalName().equals("br")) {
            return false;
        }
        for (Node n = el.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof TextNode t && t.isBlank()) {
                continue;
            }
            return n instanceof Element e && e.normalName().equals("br");
        }
        return false;
    }
}
