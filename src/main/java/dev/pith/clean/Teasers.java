package dev.pith.clean;

import dev.pith.Thresholds;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Set;

/**
 * What marks a paragraph as a teaser for another page rather than prose of this one: read alike by the content guard,
 * for which it is no prose, and by the extractor, for which it counts little toward the page's content.
 *
 * <pre>{@code
 * Teasers.underLinkedHeading(p);   // <div><h3><a href="/other-story">…</a></h3><p>Kerry is to return…</p></div>
 * }</pre>
 */
public final class Teasers {
    private Teasers() {
    }

    /**
     * True for a paragraph in a teaser card: within two levels up, a block whose heading links to another page
     * ({@code <div><h2><a href="/other-story">…</a></h2>…<p>Kerry is to return home…</p></div>}). It is another
     * page's summary, not prose of this one. Only in a card of a paragraph or two: a post set under its title as a
     * link (as old blog themes print a single post) is prose.
     */
    public static boolean underLinkedHeading(Element p) {
        Element below = p;
        Element block = p.parent();
        for (int up = 0; up < 2 && block != null; up++) {
            // A card has a summary and perhaps a byline; a post under its linked title (an old blog theme's) has
            // paragraphs, and so does every block around it: counted first, and only up to one too many, this keeps
            // a long page of paragraphs from scanning its siblings for each one.
            if (block.stream().filter(e -> e.normalName().equals("p")).limit(Thresholds.CARD_MAX_PARAGRAPHS + 1).count()
                    > Thresholds.CARD_MAX_PARAGRAPHS) {
                return false;
            }
            // Only a heading before the paragraph's branch heads it.
            for (Element child : block.children()) {
                if (child == below) {
                    break;
                }
                if (HEADINGS.contains(child.normalName()) && child.selectFirst(Q_LINK_WITH_ADDRESS) != null) {
                    return true;
                }
            }
            below = block;
            block = block.parent();
        }
        return false;
    }

    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final Evaluator Q_LINK_WITH_ADDRESS = QueryParser.parse("a[href]:not([href*=#])");
}
