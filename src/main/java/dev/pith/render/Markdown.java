package dev.pith.render;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import dev.pith.Article;
import dev.pith.extract.Comment;
import dev.pith.extract.Image;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article as CommonMark with GFM tables: {@code # title}, the standfirst, the lead image with its
 * caption, then the body. Text is escaped so that it renders as the page showed it; {@code javascript:}
 * links never reach here (the extractor drops them).
 *
 * <pre>{@code
 * String md = Markdown.of(article);                 // whole article
 * String withMeta = Markdown.of(article, true);     // with YAML front matter
 * }</pre>
 */
public final class Markdown {
    private static final Evaluator Q_CODE = QueryParser.parse("code");
    private static final Evaluator Q_IMG = QueryParser.parse("img");
    private static final Evaluator Q_FIGCAPTION = QueryParser.parse("figcaption");
    private Markdown() {
    }

    private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s{0,3})([#>+=-]|\\d{1,9}[.)]|~~~)(?=\\s|$)");
    /** What a Markdown reader would take for a character reference: {@code &amp;}, {@code &#39;}. */
    private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");
    private static final Pattern BACKTICKS = Pattern.compile("`+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    private static final Pattern BREAK_SPACES = Pattern.compile(" ?\\\\\\n ?");
    private static final Pattern ADJACENT_BOLD = Pattern.compile("(?<=[^*\\s])\\*{4}(?=[^*\\s])");
    private static final Pattern BREAK_RUNS = Pattern.compile("(\\\\\\n){2,}");
    private static final Pattern EDGE_BREAKS = Pattern.compile("^\\s*(\\\\\\n\\s*)+|(\\s*\\\\\\n)+\\s*$");

    /** The whole article as Markdown. */
    public static String of(Article article) {
        return of(article, false);
    }

    /** The whole article as Markdown, with YAML front matter when {@code frontMatter}. */
    public static String of(Article article, boolean frontMatter) {
        StringBuilder sb = new StringBuilder();
        if (frontMatter) {
            sb.append(FrontMatter.of(article));
        }
        Article.Fields f = article.fields();
        if (f.title() != null) {
            sb.append("# ").append(escapeLine(f.title())).append("\n\n");
        }
        String subtitle = Lead.subtitle(article);
        if (subtitle != null) {
            sb.append(escapeLine(subtitle)).append("\n\n");
        }
        Image img = Lead.image(article);
        if (img != null && img.url() != null && !img.url().isEmpty()) {
            sb.append("![").append(escape(img.alt() == null ? "" : img.alt())).append("](")
                    .append(url(img.url())).append(")\n\n");
        }
        if (img != null && (img.caption() != null || img.credit() != null)) {
            String cap = img.caption() == null ? img.credit()
                    : img.credit() == null ? img.caption() : img.caption() + " " + img.credit();
            sb.append('*').append(escapeLine(cap)).append("*\n\n");
        }
        sb.append(body(article.content()));
        return sb.toString().strip() + "\n";
    }

    /**
     * Reader comments as a Markdown section ({@code ## Comments}), replies quoted one level deeper per reply
     * level; empty when there are none.
     */
    public static String comments(List<Comment> comments) {
        if (comments == null || comments.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("## Comments\n");
        for (Comment c : comments) {
            String quote = "> ".repeat(Math.min(c.depth(), 6));
            StringBuilder one = new StringBuilder();
            String by = c.author() == null ? "" : "**" + escapeLine(c.author()) + "**";
            String when = c.published() == null ? "" : escapeLine(c.published());
            String head = by.isEmpty() ? when : when.isEmpty() ? by : by + " · " + when;
            if (!head.isEmpty()) {
                one.append(head).append("\n\n");
            }
            for (String line : c.text().split("\n")) {
                one.append(escapeLine(line)).append("\n\n");
            }
            sb.append('\n');
            for (String line : one.toString().strip().split("\n", -1)) {
                sb.append((quote + line).stripTrailing()).append('\n');
            }
        }
        return sb.toString();
    }

    /** The body of a clean content element as Markdown blocks. */
    public static String body(Element content) {
        List<String> blocks = new ArrayList<>();
        blocks(content, blocks);
        return String.join("\n\n", blocks) + (blocks.isEmpty() ? "" : "\n");
    }

    private static void blocks(Element parent, List<String> out) {
        for (Element e : parent.children()) {
            String b = block(e);
            if (b != null && !b.isBlank()) {
                out.add(b);
            }
        }
    }

    private static String block(Element e) {
        return switch (e.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> "#".repeat(Math.max(2, e.normalName().charAt(1) - '0')) + " "
                    + oneLine(inline(e));
            case "ul", "ol" -> list(e);
            case "blockquote" -> quote(e);
            case "pre" -> fence(e);
            case "table" -> Tables.markdown(e);
            case "figure" -> figure(e);
            case "hr" -> "---";
            case "dl" -> definitions(e);
            default -> escapeStarts(inline(e));
        };
    }

    private static String list(Element list) {
        StringBuilder sb = new StringBuilder();
        boolean ordered = list.normalName().equals("ol");
        // Markdown numbers in digits only (a list "A., B." is still a list, from its start); a list written
        // counting down keeps its numbers, which Markdown renderers read as the start.
        ListNumbers numbers = ListNumbers.of(list);
        int n = 0;
        for (Element li : list.children()) {
            String marker = ordered ? Math.max(0, numbers.number(n++)) + ". " : "- ";
            String pad = " ".repeat(marker.length());
            String item = String.join("\n", mixed(li)).replace("\n", "\n" + pad);
            sb.append(marker).append(item.isBlank() ? "" : item).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    /** The parts of an element holding both inline content and blocks (a list item, a definition), in order. */
    private static List<String> mixed(Element e) {
        List<String> parts = new ArrayList<>();
        StringBuilder inlinePart = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof Element c && isBlock(c)) {
                if (!inlinePart.toString().isBlank()) {
                    parts.add(escapeStarts(inlineNodes(inlinePart)));
                    inlinePart.setLength(0);
                }
                String b = block(c);
                if (b != null && !b.isBlank()) {
                    parts.add(b);
                }
            } else {
                inlinePart.append(render(child));
            }
        }
        if (!inlinePart.toString().isBlank()) {
            parts.add(escapeStarts(inlineNodes(inlinePart)));
        }
        return parts;
    }

    private static String inlineNodes(StringBuilder rendered) {
        return tidy(rendered.toString());
    }

    private static boolean isBlock(Element e) {
        return switch (e.normalName()) {
            case "p", "ul", "ol", "pre", "table", "blockquote", "figure", "h2", "h3", "h4", "h5", "h6", "dl", "hr" -> true;
            default -> false;
        };
    }

    private static String quote(Element e) {
        List<String> inner = new ArrayList<>();
        boolean hasBlocks = e.children().stream().anyMatch(Markdown::isBlock);
        if (hasBlocks) {
            blocks(e, inner);
        } else {
            inner.add(escapeStarts(inline(e)));
        }
        return ("> " + String.join("\n\n", inner).replace("\n", "\n> ")).replace("\n> \n", "\n>\n");
    }

    private static String fence(Element pre) {
        Element code = pre.selectFirst(Q_CODE);
        String text = (code != null ? code : pre).wholeText();
        int longest = 0;
        Matcher m = BACKTICKS.matcher(text);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        String lang = code == null ? "" : code.className().replaceFirst("^language-", "");
        return fence + lang + "\n" + text.stripTrailing() + "\n" + fence;
    }

    private static String figure(Element fig) {
        StringBuilder sb = new StringBuilder();
        Element img = fig.selectFirst(Q_IMG);
        if (img != null) {
            sb.append(image(img));
        }
        Element cap = fig.selectFirst(Q_FIGCAPTION);
        if (cap != null) {
            String c = oneLine(inline(cap));
            if (!c.isBlank()) {
                sb.append(sb.length() > 0 ? "\n\n" : "").append('*').append(c).append('*');
            }
        }
        return sb.toString();
    }

    private static String definitions(Element dl) {
        List<String> out = new ArrayList<>();
        for (Element c : dl.children()) {
            if (c.normalName().equals("dt")) {
                out.add(emphasize(oneLine(inline(c)), "**"));
            } else {
                // A definition may hold paragraphs and a nested list of definitions (an API's attributes).
                out.addAll(mixed(c));
            }
        }
        return String.join("\n\n", out);
    }

    // ---- inline --------------------------------------------------------------------------------------

    /** Inline Markdown of {@code e}'s children, whitespace collapsed. */
    static String inline(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            sb.append(render(n));
        }
        return tidy(sb.toString());
    }

    /** Inline Markdown on one line (a heading, a caption, a term): its line breaks become spaces. */
    static String oneLine(String inline) {
        return inline.replace("\\\n", " ").replace("\n", " ");
    }

    private static String tidy(String s) {
        // Each pattern runs only on a text it can change: most inline runs have no tab, double space or break.
        String t = s.indexOf('\t') >= 0 || s.contains("  ") ? BLANKS.matcher(s).replaceAll(" ") : s;
        if (t.contains("****")) {
            // Two bold runs side by side ("<b>Game D</b><b>ay</b>") are one: "**Game D****ay**" is no bold at all.
            t = ADJACENT_BOLD.matcher(t).replaceAll("");
        }
        if (t.indexOf('\n') < 0) {
            return t.strip();
        }
        // Breaks at either end of a block break nothing; stripped first, they would leave a lone backslash.
        t = EDGE_BREAKS.matcher(BREAK_SPACES.matcher(t).replaceAll("\\\\\n")).replaceAll("").strip();
        // Two breaks in a row ("<br><br>") end a paragraph: a blank line, not a line holding a lone backslash.
        return t.contains("\\\n\\\n") ? BREAK_RUNS.matcher(t).replaceAll("\n\n") : t;
    }

    private static String render(Node n) {
        if (n instanceof TextNode t) {
            // jsoup's text() already turns runs of spaces, tabs and newlines into one space; not a vertical tab.
            String text = t.text();
            return escape(text.indexOf('\u000B') >= 0 ? SPACES.matcher(text).replaceAll(" ") : text);
        }
        if (!(n instanceof Element e)) {
            return "";
        }
        return switch (e.normalName()) {
            case "em" -> wrap(e, "*");
            case "strong" -> wrap(e, "**");
            case "del" -> wrap(e, "~~");
            case "code" -> code(e.wholeText());
            case "br" -> "\\\n";
            case "a" -> link(e);
            case "img" -> image(e);
            case "ul", "ol", "p", "pre", "table", "blockquote", "figure" -> " " + inline(e) + " ";
            default -> inline(e);
        };
    }

    private static String wrap(Element e, String marker) {
        String inner = inline(e).replace("\\\n", " ");
        if (inner.isBlank()) {
            return " ";
        }
        String raw = e.wholeText();
        String lead = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0)) ? " " : "";
        String trail = !raw.isEmpty() && Character.isWhitespace(raw.charAt(raw.length() - 1)) ? " " : "";
        return lead + emphasize(inner, marker) + trail;
    }

    /**
     * {@code text} between {@code marker}s, unless it is already so wrapped whole (a bold name in a bold term):
     * "****name****" would read as text, not as bold.
     */
    private static String emphasize(String text, String marker) {
        boolean wrapped = text.length() > 2 * marker.length() && text.startsWith(marker) && text.endsWith(marker)
                && !text.startsWith(marker + "*") && !text.endsWith("*" + marker);
        return wrapped ? text : marker + text + marker;
    }

    private static String code(String text) {
        String t = SPACES.matcher(text).replaceAll(" ");
        if (t.isBlank()) {
            return "";
        }
        int longest = 0;
        Matcher m = BACKTICKS.matcher(t);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        String ticks = "`".repeat(longest + 1);
        String pad = t.startsWith("`") || t.endsWith("`") ? " " : "";
        return ticks + pad + t + pad + ticks;
    }

    private static String link(Element a) {
        String text = inline(a).replace("\\\n", " ");
        String href = a.attr("href");
        if (text.isBlank()) {
            return "";
        }
        return "[" + text + "](" + url(href) + ")";
    }

    private static String image(Element img) {
        return "![" + escape(img.attr("alt")) + "](" + url(img.attr("src")) + ")";
    }

    /** A link destination that survives Markdown: spaces and parentheses percent-encoded. */
    static String url(String href) {
        return href.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")
                .replace(">", "%3E");
    }

    /** Escapes characters that Markdown would read as markup inside a line. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '[', ']', '|' -> sb.append('\\').append(c);
                case '_' -> {
                    boolean inWord = i > 0 && i + 1 < text.length()
                            && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
                    sb.append(inWord ? "_" : "\\_");
                }
                case '<' -> sb.append(i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1))
                        || text.charAt(i + 1) == '/' || text.charAt(i + 1) == '!' || text.charAt(i + 1) == '?') ? "\\<" : "<");
                case '&' -> sb.append(ENTITY.matcher(text).region(i, text.length()).lookingAt() ? "\\&" : "&");
                case '~' -> sb.append(i + 1 < text.length() && text.charAt(i + 1) == '~' ? "\\~" : "~");
                default -> sb.append(c >= ' ' && c != '\u007f' || c == '\n' || c == '\t' ? c : ' ');
            }
        }
        return sb.toString();
    }

    /** Escapes a line start that Markdown would read as a heading, quote, list or rule. */
    static String escapeStarts(String text) {
        return LINE_START.matcher(text).replaceAll(mr -> Matcher.quoteReplacement(mr.group(1) + escapeMarker(mr.group(2))));
    }

    private static String escapeMarker(String marker) {
        if (Character.isDigit(marker.charAt(0))) {
            return marker.substring(0, marker.length() - 1) + "\\" + marker.charAt(marker.length() - 1);
        }
        return "\\" + marker;
    }

    private static String escapeLine(String text) {
        return escapeStarts(escape(SPACES.matcher(text).replaceAll(" ").strip()));
    }
}
