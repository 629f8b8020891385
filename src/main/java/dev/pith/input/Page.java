package dev.pith.input;

import java.util.Objects;

/**
 * One loaded input: its decoded text, whether it is HTML or a plain-text dump, and where it came from.
 *
 * <pre>{@code
 * Page page = new PageLoader().load(Path.of("saved/article.html"), "saved/article.html");
 * page.kind();    // HTML
 * page.charset(); // "UTF-8"
 * }</pre>
 *
 * @param source  the input's name as the user gave it ({@code -} for stdin)
 * @param kind    HTML or a text dump
 * @param content the decoded characters
 * @param charset the charset the bytes were decoded with
 */
public record Page(String source, Kind kind, String content, String charset) {

    /** What kind of input a page is. */
    public enum Kind {
        /** Markup: parsed as HTML. */
        HTML,
        /** A page flattened to text (copied text, {@code lynx -dump} output): classified line by line. */
        TEXT
    }

    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(charset, "charset");
    }

    /** A page from a string already in memory, e.g. for tests or library callers. */
    public static Page html(String source, String html) {
        return new Page(source, Kind.HTML, html, "UTF-8");
    }

    /** A text dump from a string already in memory. */
    public static Page text(String source, String text) {
        return new Page(source, Kind.TEXT, text, "UTF-8");
    }
}
