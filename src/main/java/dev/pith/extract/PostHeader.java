package dev.pith.extract;

import dev.pith.clean.TextLength;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Optional;
import java.util.Set;

/**
 * Who wrote a post of a thread, and when, as a line to set above its body: forum software prints the poster's name
 * and the date in a column or a bar beside the body, which the thread's twin bodies leave out.
 *
 * <pre>{@code
 * PostHeader.of(body, bodies);   // <p><strong>boobaloobie</strong> · Jul 18, 2024</p>
 * }</pre>
 */
final class PostHeader {
    private PostHeader() {
    }

    /** Where a post names its writer: schema.org's author, or a class that says user name, poster or author. */
    private static final Evaluator NAME = QueryParser.parse("[itemprop=author] [itemprop=name], [class*=username],"
            + " [class*=user-name], [class*=poster], [class*=author] a, a[class*=author], [rel=author],"
            + " [class~=(?i)(^|\\s)name(\\s|$)]");
    /** Where a post says when: a {@code <time>}, or a block classed as the post's date (vBulletin's "postdate"). */
    private static final Evaluator TIME = QueryParser.parse("time, [class~=(?i)(^|\\s)(date|postdate|post-date|post_date"
            + "|posttime|post-time|timestamp)(\\s|$)]");
    /** A name is a few words at most: "boobaloobie", "Jane Doe"; more is a sentence or a card. */
    private static final int NAME_MAX_CHARS = 40;

    /**
     * The header of the post whose body is {@code body}: its name and date, read from the post around the body (its
     * largest ancestor that holds no other of the thread's {@code bodies}), outside the body; empty when the post
     * names no one, or its body already does.
     */
    static Optional<Element> of(Element body, Set<Element> bodies) {
        return of(body, bodies, null);
    }

    /**
     * Sets a header above each of the thread's post bodies inside {@code article} (the blocks with the tag and class
     * of {@code core}, the best-scoring body), when the article holds the posts whole: a thread chosen as the block
     * that holds all its posts, columns of names and dates included.
     */
    static void addAll(Element article, Element core) {
        String cls = core.className();
        if (cls.isEmpty()) {
            return;
        }
        // In page order, each post's header set as it is met; the set answers "is this another body" by identity.
        java.util.List<Element> inOrder = new java.util.ArrayList<>();
        for (Element e : article.getElementsByTag(core.normalName())) {
            if (e.className().equals(cls)) {
                inOrder.add(e);
            }
        }
        if (inOrder.size() < 2) {
            return;
        }
        Set<Element> bodies = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        bodies.addAll(inOrder);
        for (Element b : inOrder) {
            Optional<Element> outside = of(b, bodies, article);
            if (outside.isPresent()) {
                b.before(outside.get());
            } else {
                headInside(b);
            }
        }
    }

    /**
     * Where a thread's repeated block is the whole post, its name and date in a strip above the body (Discourse's
     * {@code <div class="crawler-post-meta">}: "marta_k October 14, 2026, 8:12am 1"), that strip becomes the post's
     * header, as {@link #of} sets it: the name, then the date of its {@code <time>}; the post's number and the like go.
     * A strip without a {@code <time>} is left as it is; a post with nothing under its strip loses the strip too (a
     * body its rules took: "This topic was automatically closed").
     */
    static void headInside(Element post) {
        Element named = firstName(post, null);
        Element strip = named == null ? null : strip(named, post, null);
        if (strip == null) {
            return;
        }
        if (post.text().length() <= strip.text().length()) {
            strip.remove();
            return;
        }
        strip.replaceWith(header(named.text().strip(), dateOf(strip.selectFirst(TIME))));
    }

    /**
     * The child of {@code post} holding {@code named} when it is a strip of who and when (a {@code <time>}, a few
     * words, no paragraph) and not around {@code body}; null otherwise.
     */
    private static Element strip(Element named, Element post, Element body) {
        Element strip = named;
        while (strip.parent() != post) {
            strip = strip.parent();
        }
        boolean short_ = TextLength.atMost(strip, STRIP_MAX_CHARS) != null;
        if (!short_ || strip.selectFirst(TIME) == null || strip.selectFirst(Q_PARAGRAPH) != null
                || body != null && Signals.isAncestor(strip, body)) {
            return null;
        }
        return strip;
    }

    /** A strip above a post's body that says who and when: a name, a date, a number or a count, no sentence. */
    private static final int STRIP_MAX_CHARS = 80;
    private static final Evaluator Q_PARAGRAPH = QueryParser.parse("p");

    /** The first element under {@code post} (outside {@code body}, when given) that names the writer, or null. */
    private static Element firstName(Element post, Element body) {
        for (Element e : post.select(NAME)) {
            String text = TextLength.atMost(e, NAME_MAX_CHARS);
            if (text != null && !text.isBlank() && (body == null || !Signals.isAncestor(body, e) && e != body)) {
                return e;
            }
        }
        return null;
    }

    private static String dateOf(Element time) {
        java.util.regex.Matcher posted = POSTED.matcher(time.text());
        if (!time.normalName().equals("time") && posted.lookingAt()) {
            return posted.group(1).strip();
        }
        return !time.text().isBlank() ? time.text().strip() : time.attr("datetime");
    }

    /**
     * A line that says when, as old boards print it above a post's body: "Posted: Sat Apr 08, 2006 9:14 pm Post subject:
     * Restringing a 12 string" (phpBB). Group 1 is the date.
     */
    private static final java.util.regex.Pattern POSTED = java.util.regex.Pattern.compile(
            "(?i)^\\W*posted:?\\s*(?:on\\s+)?(.{4,40}?\\d{4}(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d\\d\\s*(?:[ap]\\.?m\\.?)?)?)");
    /** A posted line is short: the date and at most the post's subject. */
    private static final int POSTED_MAX_CHARS = 160;

    /**
     * The outermost block of {@code post} that is a {@link #POSTED} line, outside the poster's name and outside the
     * body or at its very start (a board whose repeated block holds the line above the message); or null.
     */
    private static Element postedLine(Element post, Element body, Element named) {
        String bodyText = null;
        for (Element e : post.getAllElements()) {
            if (e == post || e == body || Signals.isAncestor(e, body) || Signals.isAncestor(e, named)) {
                continue;
            }
            String text = TextLength.atMost(e, POSTED_MAX_CHARS);
            if (text == null || !POSTED.matcher(text).lookingAt()) {
                continue;
            }
            if (Signals.isAncestor(body, e)) {
                bodyText = bodyText == null ? body.text() : bodyText;
                if (!bodyText.startsWith(text.strip())) {
                    continue;
                }
            }
            return e;
        }
        return null;
    }

    /**
     * Removes the {@link #POSTED} line that opens {@code copy}, a post's body copied into the article with its header
     * set above it: the date is said in the header.
     */
    static void dropPostedLine(Element copy) {
        String text = copy.text();
        for (Element e : copy.getAllElements()) {
            String line = e == copy ? null : TextLength.atMost(e, POSTED_MAX_CHARS);
            if (line != null && POSTED.matcher(line).lookingAt() && text.startsWith(line.strip())) {
                e.remove();
                dropLeadingRules(copy);
                return;
            }
        }
    }

    /** Removes the rules ({@code <hr>}) above the first words of {@code copy}: they divided the line just removed. */
    private static void dropLeadingRules(Element copy) {
        for (Element e : copy.getAllElements()) {
            if (e.normalName().equals("hr")) {
                e.remove();
            } else if (Signals.hasOwnText(e)) {
                return;
            }
        }
    }

    private static Element header(String name, String date) {
        Element header = new Element("p");
        header.appendElement("strong").text(name);
        if (date != null && !date.isBlank()) {
            header.appendText(" · " + date);
        }
        return header;
    }

    private static Optional<Element> of(Element body, Set<Element> bodies, Element limit) {
        Element post = body;
        while (post.parent() != null && post.parent() != limit && !holdsAnother(post.parent(), body, bodies)) {
            post = post.parent();
        }
        if (post == body) {
            return Optional.empty();
        }
        Element named = firstName(post, body);
        String name = named == null ? null : named.text().strip();
        if (name == null || body.text().startsWith(name)) {
            return Optional.empty();
        }
        Element time = null;
        for (Element t : post.select(TIME)) {
            if (!Signals.isAncestor(body, t)) {
                time = t;
                break;
            }
        }
        if (time == null) {
            time = postedLine(post, body, named);
        }
        String date = time == null ? null : dateOf(time);
        boolean empty = body.text().isBlank();
        if (limit != null) {
            // In the article's own copy of the post, the name and the date move into the header: said once. A strip
            // of them ("ann October 14, 2026 #1") goes whole.
            Element strip = strip(named, post, body);
            if (strip != null) {
                strip.remove();
            } else if (!empty) {
                named.remove();
                if (time != null) {
                    time.remove();
                }
            }
        }
        // A post whose body its rules took ("This topic was automatically closed") is headed by no one.
        return empty ? Optional.empty() : Optional.of(header(name, date));
    }

    private static boolean holdsAnother(Element container, Element body, Set<Element> bodies) {
        for (Element other : bodies) {
            if (other != body && Signals.isAncestor(container, other)) {
                return true;
            }
        }
        return false;
    }
}
