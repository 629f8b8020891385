package dev.pith.cli;

import dev.pith.Article;
import dev.pith.render.Html;
import dev.pith.render.Json;
import dev.pith.render.Markdown;
import dev.pith.render.PlainText;

/** The output formats of {@code -f}, with the file extension each writes under {@code -o}. */
enum Format {
    markdown("md"), json("json"), text("txt"), html("html");

    final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** Renders {@code a} in this format. */
    String render(Article a, boolean frontMatter, boolean explain, boolean pretty) {
        return switch (this) {
            case markdown -> a.comments() == null || a.comments().isEmpty() ? Markdown.of(a, frontMatter)
                    : Markdown.of(a, frontMatter) + "\n" + Markdown.comments(a.comments());
            case json -> pretty ? Json.pretty(a, explain) + "\n" : Json.of(a, explain) + "\n";
            case text -> a.comments() == null || a.comments().isEmpty() ? PlainText.of(a) + "\n"
                    : PlainText.of(a) + "\n\n" + PlainText.comments(a.comments());
            case html -> Html.of(a);
        };
    }
}
