package dev.pith.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The article's text as the page declares it in its structured data (JSON-LD {@code articleBody}), made into
 * paragraphs: for pages saved before their scripts drew the article, whose HTML body is an empty shell while
 * the text is in the head. Plain text is split at line breaks; a body written as HTML keeps its paragraphs.
 *
 * <pre>{@code
 * StructuredBody.of("First paragraph.\n\nSecond paragraph.").select("p").size();   // 2
 * }</pre>
 */
public final class StructuredBody {
    private StructuredBody() {
    }

    /** A {@code <div>} of paragraphs holding {@code articleBody}'s text; never null. */
    public static Element of(String articleBody) {
        if (articleBody.contains("</")) {
            // Some sites put the article's HTML there: its blocks, rebuilt as any chosen content is.
            return ContentTree.build(Jsoup.parseBodyFragment(articleBody).body(), "").content();
        }
        Element div = new Element("div");
        for (String line : articleBody.split("\\s*\\n\\s*")) {
            if (!line.isBlank()) {
                div.appendElement("p").text(line.strip());
            }
        }
        return div;
    }
}
