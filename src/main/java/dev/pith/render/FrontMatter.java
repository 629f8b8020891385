package dev.pith.render;

import dev.pith.Article;

import java.util.List;

/** YAML front matter for Markdown output: the metadata fields that are present, strings double-quoted. */
final class FrontMatter {
    private FrontMatter() {
    }

    static String of(Article article) {
        Article.Fields f = article.fields();
        StringBuilder sb = new StringBuilder("---\n");
        field(sb, "title", f.title());
        field(sb, "subtitle", f.subtitle());
        list(sb, "authors", f.authors());
        field(sb, "published", f.published());
        field(sb, "modified", f.modified());
        field(sb, "siteName", f.siteName());
        field(sb, "section", f.section());
        list(sb, "tags", f.tags());
        field(sb, "lang", f.lang());
        field(sb, "url", f.url());
        field(sb, "description", f.description());
        field(sb, "image", f.image() == null ? null : f.image().url());
        field(sb, "source", article.source());
        return sb.append("---\n\n").toString();
    }

    private static void field(StringBuilder sb, String key, String value) {
        if (value != null) {
            sb.append(key).append(": ").append(quote(value)).append('\n');
        }
    }

    private static void list(StringBuilder sb, String key, List<String> values) {
        if (!values.isEmpty()) {
            sb.append(key).append(":\n");
            for (String v : values) {
                sb.append("  - ").append(quote(v)).append('\n');
            }
        }
    }

    /** A YAML double-quoted scalar. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c >= ' ' && c != '\u007f') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
