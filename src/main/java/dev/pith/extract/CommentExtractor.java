package dev.pith.extract;

import dev.pith.Thresholds;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.pith.clean.CommentRules;
import java.util.regex.Pattern;

/**
 * Finds reader comments in an uncleaned page, for {@code --comments}: blocks marked as one comment
 * (class or id word {@code comment}, schema.org {@code Comment}) or as one customer review inside a block of
 * reviews, that hold text, each with its author, date and reply depth. Comments are never part of the article; this only returns them beside it.
 *
 * <pre>{@code
 * List<Comment> comments = CommentExtractor.find(document.body());
 * }</pre>
 */
public final class CommentExtractor {
    /** Class or id words that mark one comment (not the list, the form or the comment's parts). */
    private static final Pattern ITEM = Pattern.compile("(?i)^(comment|comment-item|comment-entry|single-comment|"
            + "commentlist-item|c-comment|js-comment)$");
    /** Class or id words that mark one customer review, counted only inside a block of reviews. */
    private static final Pattern REVIEW_ITEM = Pattern.compile("(?i)^(review|review-item|customer-review|c-review)$");
    private static final Pattern AUTHOR = Pattern.compile("(?i)author|user-?name|commenter|\\bfn\\b|nickname");
    private static final Pattern BODY = Pattern.compile("(?i)comment-?(content|body|text|message)|\\b(content|text|body|message)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final org.jsoup.select.Evaluator Q_NOT_TEXT =
            org.jsoup.select.QueryParser.parse("script, style, button, form, svg, noscript");
    private static final Pattern DATE = Pattern.compile("(?i)date|time|published|meta");
    /** A comment with less text than this is empty (deleted, or only an avatar); "+1" and "Lol" count. */
    private static final int MIN_CHARS = 2;
    private static final int MAX_AUTHOR_CHARS = 60;

    private CommentExtractor() {
    }

    /** The comments under {@code root}, in page order. */
    public static List<Comment> find(Element root) {
        List<Comment> out = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (!isItem(e)) {
                continue;
            }
            Comment c = read(e, depth(e, root));
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean isItem(Element e) {
        if (e.attr("itemtype").toLowerCase(Locale.ROOT).endsWith("schema.org/comment")) {
            return true;
        }
        boolean inline = e.normalName().equals("a") || e.normalName().equals("span");
        for (String word : SPACES.split(e.className() + " " + e.id())) {
            if (!word.isEmpty() && ITEM.matcher(word).matches()) {
                return !inline;
            }
            if (!word.isEmpty() && REVIEW_ITEM.matcher(word).matches()) {
                return !inline && inReviews(e);
            }
        }
        return false;
    }

    /** True when an ancestor is a block of customer reviews, the block the cleaner removes as such. */
    private static boolean inReviews(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (CommentRules.REVIEWS_BLOCK.matches(p)) {
                return true;
            }
        }
        return false;
    }

    private static int depth(Element e, Element root) {
        int depth = 0;
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            if (isItem(p)) {
                depth++;
            }
        }
        return depth;
    }

    /** The comment in {@code item}, without the replies nested in it; null when it holds no text. */
    private static Comment read(Element item, int depth) {
        Element own = item.clone();
        for (Element nested : own.getAllElements()) {
            if (nested != own && nested.parent() != null && isItem(nested)) {
                nested.remove();
            }
        }
        own.select(Q_NOT_TEXT).remove();
        String author = firstText(own, AUTHOR, MAX_AUTHOR_CHARS);
        Element time = own.selectFirst("time");
        String published = time == null ? firstText(own, DATE, MAX_AUTHOR_CHARS)
                : !time.attr("datetime").isBlank() ? time.attr("datetime").strip() : time.text().strip();
        Element body = null;
        for (Element e : own.getAllElements()) {
            if (e != own && BODY.matcher(e.className()).find() && e.text().length() >= MIN_CHARS) {
                body = e;
                break;
            }
        }
        String text = body != null ? paragraphs(body) : paragraphs(own);
        if (body == null) {
            text = strip(strip(text, author), published == null || time != null ? null : published);
        }
        // A block named "comment" that is mostly a link is a teaser for an opinion piece, not a reader's comment.
        if (text.length() < MIN_CHARS || Signals.linkDensity(own, own.text().length()) > Thresholds.MAX_LINK_DENSITY) {
            return null;
        }
        return new Comment(author, published, text, depth);
    }

    private static String firstText(Element root, Pattern cls, int max) {
        for (Element e : root.getAllElements()) {
            if (e != root && (cls.matcher(e.className()).find() || e.attr("itemprop").equals("author"))) {
                String t = e.text().strip();
                if (!t.isEmpty() && t.length() <= max) {
                    return t;
                }
            }
        }
        return null;
    }

    /** Text of {@code e}, one line per paragraph. */
    private static String paragraphs(Element e) {
        List<Element> ps = e.select("p");
        if (ps.isEmpty()) {
            return e.text().strip();
        }
        StringBuilder sb = new StringBuilder();
        for (Element p : ps) {
            String t = p.text().strip();
            if (!t.isEmpty()) {
                sb.append(sb.length() > 0 ? "\n" : "").append(t);
            }
        }
        return sb.toString();
    }

    private static String strip(String text, String part) {
        if (part == null || part.isEmpty()) {
            return text;
        }
        int at = text.indexOf(part);
        return at < 0 ? text : (text.substring(0, at) + text.substring(at + part.length())).strip();
    }
}
