package dev.pith.extract;

import dev.pith.Thresholds;
import dev.pith.clean.TextLength;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote a post of a thread, and when, as a line to set above its body: forum software prints the poster's name
 * and the date in a column or a bar beside the body, which the thread's twin bodies leave out.
 *
 * <pre>{@code
 * PostHeader.ofCopy(body, bodies, copy);   // <p><strong>boobaloobie</strong> · Jul 18, 2024</p>
 * }</pre>
 */
final class PostHeader {
    private PostHeader() {
    }

    /** Where a post names its writer: schema.org's author, or a class that says user name, poster or author. */
    private static final Evaluator NAME = QueryParser.parse("[itemprop=author] [itemprop=name], [class*=username],"
            + " [class*=full-name], [class*=fullname],"
            + " [class*=user-name], [class*=poster], [class*=author] a, a[class*=author], [rel=author], .authi a,"
            + " [itemprop=author] a:not([class*=avatar]), [class~=(?i)(^|\\s)name(\\s|$)]");
    /**
     * The words a line of name and date keeps once both are gone: "by » ", "Posted on", "von". Letters of every
     * script are words here: a line of Chinese is not left over.
     */
    private static final Pattern LEFT_OVER = Pattern.compile(
            "(?iU)^[\\W_]*((by|posted|wrote|on|at|von|par|por|di|door|av|am|le|el)[\\W_]*)*$");

    /** Where a post says when: a {@code <time>}, or a block classed as the post's date (vBulletin's "postdate"). */
    private static final Evaluator TIME = QueryParser.parse("time, [class~=(?i)(^|\\s)(date|postdate|post-date|post_date"
            + "|posttime|post-time|timestamp|timeago)(\\s|$)]");

    private static final Evaluator Q_PARAGRAPH = QueryParser.parse("p");
    /** A block that says who posted, beside the post's body: "poster", "post_author", "author_information", "userinfo". */
    private static final Evaluator COLUMN = QueryParser.parse("[class*=author], [class*=poster], [class*=username],"
            + " [class*=user-info], [class*=userinfo], [class*=user_info], [class*=user-details], [class*=avatar]");
    private static final Evaluator Q_HEADING_OR_LINK = QueryParser.parse("h1, h2, h3, h4, h5, h6, a");

    /**
     * A line that is a date and nothing else, as boards print it in a post's bar: "March 3rd, 2007, 10:14 AM",
     * "03-14-2024, 07:42 PM", "Tue Feb 03, 2026 6:22 pm", "Yesterday, 09:12". Group 1 is the date.
     */
    private static final Pattern DATE_LINE = Pattern.compile("(?i)^\\W*("
            + "(?:" + Signals.WEEKDAY_NAME + ",?\\s+)?"
            + "(?:" + Signals.MONTH_NAME + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + Signals.MONTH_NAME + ",?\\s+\\d{4}"
            + "|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}|\\d{4}-\\d\\d-\\d\\d|today|yesterday)"
            + "(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d\\d(?::\\d\\d)?\\s*(?:[ap]\\.?m\\.?)?)?)\\W*$");

    /**
     * A line that says when, as old boards print it above a post's body: "Posted: Sat Apr 08, 2006 9:14 pm Post subject:
     * Restringing a 12 string" (phpBB), "Reply #1 on: March 03, 2024, 09:14:22 PM" (SMF). Group 1 is the date.
     */
    private static final Pattern POSTED = Pattern.compile(
            "(?iU)^\\W*(?:posted:?|发表于|發表於|(?:reply #\\d+ )?on:)\\s*(?:on\\s+)?(\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d\\d)?"
                    + "|.{4,40}?\\d{4}(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d\\d(?::\\d\\d)?\\s*(?:[ap]\\.?m\\.?)?)?)");

    /** A post's number in its thread, "#1", "#12": where the post sits, not what it says. */
    private static final Pattern COUNTER = Pattern.compile("^\\s*#\\d{1,6}\\s*$");
    /** A post's number is a few characters: "#1" to "#999999". */
    private static final int COUNTER_MAX_CHARS = 8;

    /**
     * Sets a header above each of the thread's post bodies inside {@code article}: the blocks with the tag and class
     * of the best-scoring of {@code ranked} that the article holds twice or more (the top candidate itself may be the
     * page's whole body, the posts' bodies come after it), when the article holds the posts whole: a thread chosen as
     * the block that holds all its posts, columns of names and dates included. Blocks that head none of their posts
     * (the whole posts, when the name sits in a column and the date over the body) give way to the next candidate.
     */
    static void addAll(Element article, List<Element> ranked) {
        for (Element core : ranked.subList(0, Math.min(ranked.size(), Thresholds.POST_BODY_CANDIDATES))) {
            List<Element> bodies = twinsIn(article, core);
            if (bodies.size() >= 2 && headAll(article, bodies) > 0) {
                return;
            }
        }
    }

    /** The blocks of {@code article} with the tag and class of {@code core}, in page order; none for a bare tag. */
    private static List<Element> twinsIn(Element article, Element core) {
        String cls = core.className();
        List<Element> inOrder = new ArrayList<>();
        if (cls.isEmpty()) {
            return inOrder;
        }
        for (Element e : article.getElementsByTag(core.normalName())) {
            if (e.className().equals(cls)) {
                inOrder.add(e);
            }
        }
        return inOrder;
    }

    /** Sets the header of each post of {@code inOrder}; returns how many were headed. */
    private static int headAll(Element article, List<Element> inOrder) {
        // In page order, each post's header set as it is met; the set answers "is this another body" by identity.
        Set<Element> bodies = Collections.newSetFromMap(new IdentityHashMap<>());
        bodies.addAll(inOrder);
        int headed = 0;
        for (Element b : inOrder) {
            Optional<Element> outside = of(b, bodies, article);
            if (outside.isPresent()) {
                b.before(outside.get());
                headed++;
            } else if (headInside(b)) {
                headed++;
            }
        }
        return headed;
    }

    /**
     * Where a thread's repeated block is the whole post, its name and date in a strip above the body (Discourse's
     * {@code <div class="crawler-post-meta">}: "marta_k October 14, 2026, 8:12am 1"), that strip becomes the post's
     * header, as {@link #of} sets it: the name, then the date of its {@code <time>}; the post's number and the like go.
     * A strip without a {@code <time>} is left as it is; a post with nothing under its strip loses the strip too (a
     * body its rules took: "This topic was automatically closed").
     */
    private static boolean headInside(Element post) {
        Element named = firstName(post, null);
        Element strip = named == null ? null : strip(named, post, null);
        if (strip == null) {
            return false;
        }
        if (post.text().length() <= strip.text().length()) {
            strip.remove();
            return false;
        }
        strip.replaceWith(header(named.text().strip(), dateOf(strip.selectFirst(TIME))));
        return true;
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
        if (TextLength.atMost(strip, Thresholds.POST_STRIP_MAX_CHARS) == null || strip.selectFirst(TIME) == null
                || strip.selectFirst(Q_PARAGRAPH) != null
                || body != null && Signals.isAncestor(strip, body)) {
            return null;
        }
        return strip;
    }

    /** The first element under {@code post} (outside {@code body}, when given) that names the writer, or null. */
    private static Element firstName(Element post, Element body) {
        for (Element e : post.select(NAME)) {
            if (body != null && (Signals.isAncestor(body, e) || e == body)) {
                continue;
            }
            Element name = nameIn(e);
            String text = TextLength.atMost(name, Thresholds.POST_NAME_MAX_CHARS);
            if (text != null && !text.isBlank()) {
                return name;
            }
        }
        return null;
    }

    /**
     * The name itself in an element that says who posted: its first heading or link with words when that says less
     * than the whole (a poster's column: {@code <div class="poster"><h4>dave_m</h4><ul>Newbie, Logged</ul></div>}),
     * else the element.
     */
    private static Element nameIn(Element named) {
        for (Element inner : named.select(Q_HEADING_OR_LINK)) {
            if (inner != named && !inner.text().isBlank()) {
                return inner.text().length() < named.text().length() ? inner : named;
            }
        }
        return named;
    }

    private static String dateOf(Element time) {
        if (!time.normalName().equals("time")) {
            Matcher posted = POSTED.matcher(time.text());
            if (posted.lookingAt()) {
                return posted.group(1).strip();
            }
            Matcher alone = DATE_LINE.matcher(time.text());
            if (alone.matches()) {
                return alone.group(1).strip();
            }
        }
        // A relative date a script was to write ("<a class='timeago' title='2024-05-02T10:11:12Z'></a>") is in the title.
        return !time.text().isBlank() ? time.text().strip() : time.hasAttr("datetime") ? time.attr("datetime")
                : time.attr("title");
    }

    /**
     * The outermost block of {@code post} that is a {@link #POSTED} line or a {@link #DATE_LINE}, outside the poster's
     * name and outside the body or at its very start (a board whose repeated block holds the line above the message);
     * or null.
     */
    private static Element postedLine(Element post, Element body, Element named) {
        String bodyText = null;
        for (Element e : post.getAllElements()) {
            if (e == post || e == body || Signals.isAncestor(e, body) || Signals.isAncestor(e, named)) {
                continue;
            }
            String text = TextLength.atMost(e, Thresholds.POST_POSTED_MAX_CHARS);
            if (text == null || !POSTED.matcher(text).lookingAt() && !DATE_LINE.matcher(text).matches()) {
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
     * The header of a post whose body is copied into the article as {@code copy}: the copy loses what
     * the header says (a {@link #POSTED} line opening it), or its own strip of name and date becomes its header
     * ({@link #headInside}) when nothing around the body names the poster.
     */
    static Optional<Element> ofCopy(Element body, Set<Element> bodies, Element copy) {
        Optional<Element> header = of(body, bodies, null);
        if (header.isEmpty()) {
            headInside(copy);
        } else if (header.get().childNodeSize() > 1) {
            dropPostedLine(copy);  // the header is dated
        }
        return header;
    }

    /**
     * Removes the {@link #POSTED} line that opens {@code copy}, a post's body copied into the article with its header
     * set above it: the date is said in the header.
     */
    private static void dropPostedLine(Element copy) {
        String text = copy.text();
        for (Element e : copy.getAllElements()) {
            String line = e == copy ? null : TextLength.atMost(e, Thresholds.POST_POSTED_MAX_CHARS);
            if (line != null && POSTED.matcher(line).lookingAt() && text.startsWith(line.strip())) {
                e.remove();
                dropLeadingRules(copy);
                return;
            }
        }
    }

    /** Removes the post's number ({@link #COUNTER}) printed outside its body: the header says whose post it is. */
    private static void dropCounters(Element post, Element body) {
        for (Element e : post.getAllElements()) {
            if (e != post && !Signals.isAncestor(e, body) && !Signals.isAncestor(body, e) && e != body
                    && TextLength.atMost(e, COUNTER_MAX_CHARS) != null && COUNTER.matcher(e.text()).matches()) {
                e.remove();
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

    /**
     * The header of the post whose body is {@code body}: its name and date, read from the post around the body (its
     * largest ancestor that holds no other of the thread's {@code bodies}), outside the body; empty when the post
     * names no one, or its body already does. Within {@code limit} (the article's own copy), the name and
     * date move into the header.
     */
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
            moveIntoHeader(post, body, named, time, empty);
        }
        // A post whose body its rules took ("This topic was automatically closed") is headed by no one.
        return empty ? Optional.empty() : Optional.of(header(name, date));
    }

    /**
     * In the article's own copy of a post, its name and date move into the header: said once, also where the post
     * prints its date twice (beside the name and again above the message). A strip of them ("ann October 14, 2026 #1")
     * goes whole, and so do the post's number and the rules above its first words.
     */
    private static void moveIntoHeader(Element post, Element body, Element named, Element time, boolean empty) {
        Element strip = strip(named, post, body);
        if (strip != null) {
            strip.remove();
        } else if (!empty) {
            Element column = posterColumn(named, post, body);
            (column != null ? column : named).remove();
            if (time != null) {
                String date = dateOf(time);
                removeDate(post, time);
                // The same date printed again outside the body (a layout for narrow screens, a bar above the message).
                for (Element again : post.select(TIME)) {
                    if (!Signals.isAncestor(body, again) && dateOf(again).equals(date)) {
                        removeDate(post, again);
                    }
                }
            }
        }
        if (!empty) {
            dropPosterAgain(post, body, named.text().strip());
        }
        dropCounters(post, body);
        dropLeadingRules(body);
    }

    /**
     * The poster's column around {@code named}: the outermost block inside the post, outside its body, that is
     * named as the poster's ({@link #COLUMN}) and holds the name with a rank, a title, a status, a line about the
     * member ("Gas Safe engineer", "Boilers since 1998"), but no paragraph of words; null when there is none.
     */
    private static Element posterColumn(Element named, Element post, Element body) {
        Element column = null;
        for (Element e = named.parent(); e != null && e != post && !Signals.isAncestor(e, body); e = e.parent()) {
            if (COLUMN.matches(post, e)) {
                column = e;
            }
        }
        if (column == null || column.select(Q_PARAGRAPH).stream().anyMatch(p -> !p.text().isBlank())
                || TextLength.atMost(column, Thresholds.POST_COLUMN_MAX_CHARS) == null) {
            return null;
        }
        return column;
    }

    /**
     * Removes the poster's column printed a second time outside the body, as forum software prints one for narrow
     * screens and another for wide ones ({@code div.cAuthorPane_mobile} and {@code aside.cAuthorPane}): the name,
     * rank and counts said once in the header are not said again above the message.
     */
    private static void dropPosterAgain(Element post, Element body, String name) {
        Element again = firstName(post, body);
        if (again != null && again.text().strip().equals(name)) {
            Element column = posterColumn(again, post, body);
            if (column != null) {
                column.remove();
            }
        }
    }

    /** Removes a post's date, and what was left of the line it stood in ("by » "). */
    private static void removeDate(Element post, Element time) {
        Element around = time.parent();
        time.remove();
        if (around != null && around != post && LEFT_OVER.matcher(around.text()).matches()) {
            around.remove();
        }
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
