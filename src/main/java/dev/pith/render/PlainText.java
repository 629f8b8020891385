package dev.pith.render;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import dev.pith.Article;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.regex.Pattern;

/**
 * The article body as plain text: one block a paragraph, paragraphs separated by a blank line, list items
 * on their own lines, table rows as cells joined by " | ", code as written.
 *
 * <pre>{@code
 * String text = PlainText.of(article);
 * }</pre>
 */
public final class PlainText {
    private static final Evaluator Q_TR = QueryParser.parse("tr");
    private static final Pattern LINE_EDGES = Pattern.compile("[ \\t]*\\n[ \\t]*");
    /** A run of line breaks ({@code <br><br><br>} spacing a page out) is one blank line, as between paragraphs. */
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private PlainText() {
    }


    /** Reader comments as text under a "Comments" line, one "author (date):" line before each; empty when none. */
    public static String comments(java.util.List<dev.pith.extract.Comment> comments) {
        if (comments == null || comments.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("Comments\n");
        for (dev.pith.extract.Comment c : comments) {
            String indent = "  ".repeat(Math.min(c.depth(), 6));
            String by = c.author() == null ? "" : c.author();
            String head = c.published() == null ? by : by.isEmpty() ? c.published() : by + " (" + c.published() + ")";
            sb.append('\n');
            if (!head.isEmpty()) {
                sb.append(indent).append(head).append(":\n");
            }
            for (String line : c.text().split("\n")) {
                sb.append(indent).append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * The body text of {@code article}: its prose, without the title, standfirst, lead image or the captions of
     * pictures (those are fields of their own: {@code title}, {@code subtitle}, {@code image}, {@code images}).
     */
    public static String of(Article article) {
        return of(article.content());
    }

    /** The text of a clean content element as produced by the extractor. */
    public static String of(Element content) {
        StringBuilder sb = new StringBuilder();
        blocks(content, sb, "");
        return sb.toString().strip();
    }

    /**
     * Words in {@code text}: runs of letters and digits; in Chinese and Japanese, which do not space words,
     * each Han, Hiragana or Katakana character counts as one word.
     */
    public static int wordCount(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isCjk(c)) {
                n++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                n += inWord ? 0 : 1;
                inWord = true;
            } else {
                // Apostrophes, hyphens and underscores join a word's parts ("don't", "well-known").
                inWord = inWord && (c == '\'' || c == '’' || c == '_' || c == '-');
            }
        }
        return n;
    }

    private static boolean isCjk(int c) {
        if (c < 0x2E80) {
            return false; // below the CJK radicals: every alphabet, and the common case
        }
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return Character.isIdeographic(c) || b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA;
    }

    private static void blocks(Element parent, StringBuilder sb, String indent) {
        for (Element e : parent.children()) {
            switch (e.normalName()) {
                case "ul", "ol" -> {
                    list(e, sb, indent);
                    sb.append('\n');
                }
                case "pre" -> para(sb, e.wholeText()).append('\n');
                case "table" -> {
                    for (Element row : e.select(Q_TR)) {
                        StringBuilder line = new StringBuilder();
                        for (Element cell : row.children()) {
                            if (line.length() > 0) {
                                line.append(" | ");
                            }
                            line.append(inlineOf(cell, false));
                        }
                        para(sb, line.toString());
                    }
                    sb.append('\n');
                }
                case "figure" -> {
                    // A picture and its caption are not prose: they are in Markdown, HTML and JSON "images".
                }
                case "blockquote", "dl", "dt", "dd", "li" -> {
                    if (hasBlocks(e)) {
                        blocks(e, sb, indent);
                    } else {
                        para(sb, inlineOf(e, false)).append('\n');
                    }
                }
                case "hr", "img" -> {
                }
                default -> {
                    String t = inlineOf(e, false);
                    if (!t.isEmpty()) {
                        para(sb, t).append('\n');
                    }
                }
            }
        }
    }

    private static void list(Element list, StringBuilder sb, String indent) {
        ListNumbers numbers = ListNumbers.of(list);
        int i = 0;
        for (Element li : list.children()) {
            String marker = list.normalName().equals("ol") ? numbers.label(i++) + ". " : "- ";
            String item = inlineOf(li, true);
            if (!item.isEmpty()) {
                // An item holding only a picture (a gallery's slide) has no words for the text.
                para(sb, indent + marker + item);
            }
            for (Element nested : li.children()) {
                if (nested.normalName().equals("ul") || nested.normalName().equals("ol")) {
                    list(nested, sb, indent + "  ");
                }
            }
        }
    }

    private static boolean hasBlocks(Element e) {
        for (Element c : e.children()) {
            switch (c.normalName()) {
                case "p", "ul", "ol", "pre", "table", "blockquote", "h2", "h3", "h4", "h5", "h6", "figure", "dl", "dt", "dd" -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static StringBuilder para(StringBuilder sb, String text) {
        return sb.append(text).append('\n');
    }

    /** Inline text of {@code e}: whitespace collapsed, {@code br} as a line break; nested lists skipped when asked. */
    static String inlineOf(Element e, boolean skipLists) {
        StringBuilder sb = new StringBuilder();
        inline(e, sb, skipLists);
        if (sb.indexOf("\n") < 0) {
            return sb.toString().strip();  // one line, the usual case: nothing for the patterns below to do
        }
        return BLANK_LINES.matcher(LINE_EDGES.matcher(sb).replaceAll("\n")).replaceAll("\n\n").strip();
    }

    private static void inline(Element e, StringBuilder sb, boolean skipLists) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                appendCollapsed(sb, t.text());
            } else if (n instanceof Element c) {
                String tag = c.normalName();
                if (tag.equals("br")) {
                    sb.append('\n');
                } else if (skipLists && (tag.equals("ul") || tag.equals("ol")) || tag.equals("figure")) {
                    continue;  // a figure's caption is not prose, in a list item as anywhere
                } else if (tag.equals("p") || tag.equals("h2") || tag.equals("h3") || tag.equals("pre")) {
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    inline(c, sb, skipLists);
                } else {
                    inline(c, sb, skipLists);
                }
            }
        }
    }

    private static void appendCollapsed(StringBuilder sb, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Control characters are never printed; they still separate words.
            boolean space = Character.isWhitespace(c) || c == '\u00a0' || c < ' ' || c == '\u007f';
            if (space) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ' && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
    }
}
