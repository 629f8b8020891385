package dev.pith.extract;

/**
 * An image with the words that go with it.
 *
 * @param url     absolute URL (or as written in the page when no base URL is known)
 * @param alt     alternative text, or null
 * @param caption the caption, or null
 * @param credit  the credit line ("© Reuters", "Photo: AP"), or null
 */
public record Image(String url, String alt, String caption, String credit) {
}
