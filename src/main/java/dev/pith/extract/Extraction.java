package dev.pith.extract;

import org.jsoup.nodes.Element;

import java.util.List;

/**
 * What the extractor found: the article as a small clean DOM, the elements it set apart (headline,
 * standfirst, lead image) and the candidates it weighed.
 *
 * @param content    the article body as clean HTML (p, h2-h6, lists, tables, pre, figures, links, emphasis)
 * @param headline   the headline text found in the page, or null
 * @param standfirst the standfirst text set apart from the body, or null
 * @param leadImage  the image leading the article, or null
 * @param candidates the best candidates, best first
 */
public record Extraction(Element content, String headline, String standfirst, Image leadImage,
                         List<Candidate> candidates) {
    public Extraction {
        candidates = List.copyOf(candidates);
    }
}
