package dev.pith.metadata;

import java.util.List;
import java.util.Map;

/**
 * What a page says about itself, read from JSON-LD, OpenGraph, Twitter cards, meta tags, microdata and the
 * visible page. Absent values are null or empty lists. {@code sources} names where each field came from
 * ({@code json-ld}, {@code opengraph}, {@code meta}, {@code microdata}, {@code html}, {@code url}, {@code text}).
 *
 * <p>Two values wait for the final page type, because the page did not look like an article or a thread at
 * first: {@code poster}, the first poster's user name (the author when it is a thread), and {@code shownDate},
 * a date shown in the page (the published date when it is an article or a thread).
 */
public record Metadata(String title, String subtitle, List<String> authors, List<String> poster, String published,
                       String shownDate,
                       String modified,
                       String siteName, String section, List<String> tags, String lang, String dir, String url,
                       String description, String image, String articleBody, PageTypes.Guess pageType,
                       Map<String, String> sources) {
    public Metadata {
        authors = List.copyOf(authors);
        poster = List.copyOf(poster);
        tags = List.copyOf(tags);
        sources = Map.copyOf(sources);
    }
}
