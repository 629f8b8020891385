package dev.pith.extract;

import dev.pith.Thresholds;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds the grid of item cards on a shop's category page or a listing: one container whose children repeat
 * the same markup (tag and class), each card a link with a short text ("Enamel mug $24.99"). Those pages
 * have no paragraphs for the scorer to find; their items are the content.
 *
 * <pre>{@code
 * Element grid = CardGrid.find(doc.body());   // the <ul class="products">, or null
 * }</pre>
 */
final class CardGrid {
    private static final org.jsoup.select.Evaluator Q_LINK = org.jsoup.select.QueryParser.parse("a[href]");
    private CardGrid() {
    }

    /** The container with the most text in repeated cards, or null when no container has enough cards. */
    static Element find(Element body) {
        Element best = null;
        int bestChars = 0;
        for (Element e : body.getAllElements()) {
            if (!Signals.hasChildElements(e, Thresholds.GRID_MIN_CARDS)) {
                continue;
            }
            int chars = cardChars(e);
            if (chars > bestChars) {
                best = e;
                bestChars = chars;
            }
        }
        return best;
    }

    /**
     * The text in the largest set of children that share a tag and class and look like cards (a link, a short
     * text); 0 when that set is smaller than {@link Thresholds#GRID_MIN_CARDS}.
     */
    private static int cardChars(Element container) {
        Map<String, int[]> groups = new HashMap<>();
        for (Element child : container.children()) {
            String text = child.text();
            if (text.isEmpty() || text.length() > Thresholds.GRID_CARD_MAX_CHARS || !isItem(child, text)) {
                continue;
            }
            int[] g = groups.computeIfAbsent(child.normalName() + "." + child.className(), k -> new int[2]);
            g[0]++;
            g[1] += text.length();
        }
        int chars = 0;
        for (int[] g : groups.values()) {
            if (g[0] >= Thresholds.GRID_MIN_CARDS && g[1] > chars) {
                chars = g[1];
            }
        }
        return chars;
    }

    /** A card links to its item, or (a grid built by script, its links in click handlers) shows its price. */
    private static boolean isItem(Element card, String text) {
        return card.selectFirst(Q_LINK) != null
                || Signals.PRICE.matcher(text.toLowerCase(java.util.Locale.ROOT)).find();
    }
}
