package dev.pith.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Step 0 of extraction: wraps text that sits loose beside blocks ({@code <div>Text<div>…</div>More</div>})
 * into paragraphs, splitting at {@code <br><br>}, so that scoring sees it as the paragraphs a reader sees.
 */
final class LooseText {
    private LooseText() {
    }

    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "blockquote",
            "form", "center", "body", "span", "font", "dd");

    static void wrap(Element root) {
        List<Element> containers = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (CONTAINERS.contains(e.normalName()) && Signals.hasOwnText(e) && Signals.hasBlockChild(e)) {
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
            if (node instanceof Element el && (Signals.BLOCK_TAGS.contains(el.normalName()) || isBreak(el))) {
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
