package dev.pith.metadata;

import java.util.List;
import java.util.Map;

/**
 * What a page says about itself, read from JSON-LD, OpenGraph, Twitter cards, meta tags, microdata and the
 * visible page. Absent values are null or empty lists. {@code sources} names where each field came from
 * ({@code json-ld}, {@code opengraph}, {@code meta}, {@code microdata}, {@code html}, {@code url}, {@code text}).
 *
 * <p>{@code shownDate} is a date shown in the page that was not taken as {@code published} because the page
 * did not look like an article or a thread at first; the facade takes it when the final page type says so.
 */
public record Metadata(String title, String subtitle, List<String> authors, String published, String shownDate,
                       String modified,
                       String siteName, String section, List<String> tags, String lang, String dir, String url,
                       String description, String image, String articleBody, PageTypes.Guess pageType,
                       Map<String, String> sources) {
    public Metadata {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        sources = Map.copyOf(sources);
    }
}
