package dev.pith.extract;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommentExtractorTest {
    private static List<Comment> find(String body) {
        return CommentExtractor.find(Jsoup.parse("<body>" + body + "</body>").body());
    }

    @Test
    void aWordPressThreadWithAReply() {
        List<Comment> c = find("<ol class='commentlist'><li class='comment' id='comment-1'><div class='comment-author'>"
                + "<cite class='fn'>Mo</cite></div><div class='comment-meta'><time datetime='2023-01-02T10:00'>Jan 2"
                + "</time></div><div class='comment-content'><p>First paragraph.</p><p>Second one.</p></div>"
                + "<a class='reply'>Reply</a><ul class='children'><li class='comment'><div class='comment-author'>Jo"
                + "</div><div class='comment-content'><p>Thanks, Mo.</p></div></li></ul></li></ol>");
        assertEquals(2, c.size(), c.toString());
        assertEquals(new Comment("Mo", "2023-01-02T10:00", "First paragraph.\nSecond one.", 0), c.get(0));
        assertEquals(new Comment("Jo", null, "Thanks, Mo.", 1), c.get(1));
    }

    @Test
    void customerReviewsInABlockOfReviewsAreComments() {
        List<Comment> c = find("<section class='product-reviews'><div class='review'><span class='review-author'>Priya</span>"
                + "<p>Consistent grind.</p></div></section><article class='review'><h1>Film of the week</h1>"
                + "<p>A critic's review is an article.</p></article>");
        assertEquals(1, c.size());
        assertEquals("Priya", c.get(0).author());
        assertEquals("Consistent grind.", c.get(0).text());
    }

    @Test
    void reviewsInABlockNamedInCamelCaseAreComments() {
        List<Comment> c = find("<div id='ratingsAndReviews'><div class='review'><span class='review-author'>Ola</span>"
                + "<p>Sturdy and quiet.</p></div></div>");
        assertEquals(1, c.size());
        assertEquals("Sturdy and quiet.", c.get(0).text());
    }

    @Test
    void schemaOrgCommentsWithoutClassNames() {
        List<Comment> c = find("<div itemscope itemtype='https://schema.org/Comment'><span itemprop='author'>Kim</span>"
                + "<p>Lovely photos.</p></div>");
        assertEquals(1, c.size());
        assertEquals("Kim", c.get(0).author());
        assertEquals("Lovely photos.", c.get(0).text());
    }

    @Test
    void anOpinionTeaserNamedCommentIsNotAReadersComment() {
        assertTrue(find("<div class='comment'><a href='/opinion/x'>Comment: the budget is a chance for the Tories</a>"
                + "</div>").isEmpty());
    }

    @Test
    void aPageWithoutCommentsHasNone() {
        assertTrue(find("<article><p>Officials said the bridge would open in the spring.</p></article>"
                + "<form id='commentform'><textarea></textarea></form>").isEmpty());
    }

    @Test
    void aCommentWithoutAnAuthorStillCounts() {
        Comment c = find("<div class='comment'><p>Anonymous but useful: the link in step 3 is broken.</p></div>").get(0);
        assertNull(c.author());
        assertEquals("Anonymous but useful: the link in step 3 is broken.", c.text());
    }
}
