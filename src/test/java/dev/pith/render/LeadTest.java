package dev.pith.render;

import dev.pith.Article;
import dev.pith.Options;
import dev.pith.Pith;
import dev.pith.input.Page;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeadTest {
    private static final String SHORT = "A thick end-grain chopping board cut from English walnut, finished with oil.";

    /** A shop's product: the og:image is the gallery's first picture at full size; the short description has a class. */
    private static String page(String ogImage) {
        return "<html><head><title>Walnut Board</title><meta property='og:image' content='" + ogImage + "'></head><body>"
                + "<div class='product'><h1>Walnut Board</h1><div class='gallery'><a"
                + " href='https://s.example/up/2026/03/board-1.jpg'><img src='https://s.example/up/2026/03/board-1-600x600.jpg'"
                + " alt='The board'></a></div><div class='short-description'><p>" + SHORT + "</p></div>"
                + "<p>Each board is glued up from blocks of walnut with the end grain facing up, so the fibres part under"
                + " the knife instead of being cut, and small scratches close up again over the years.</p>"
                + "<p>We season the timber for two years before it reaches the workshop, then plane, glue and flatten"
                + " every board by hand, so no two boards have the same pattern.</p></div></body></html>";
    }

    private static Article extract(String html) throws Exception {
        return Pith.extract(Page.html("board.html", html), Options.defaults());
    }

    @Test
    void aStandfirstThatIsAlsoTheBodysParagraphIsWrittenOnce() throws Exception {
        Article a = extract(page("https://s.example/up/2026/03/board-1.jpg"));
        String md = Markdown.of(a);
        assertEquals(1, md.split(java.util.regex.Pattern.quote(SHORT), -1).length - 1, md);
        assertEquals(1, Html.of(a).split(java.util.regex.Pattern.quote(SHORT), -1).length - 1);
    }

    @Test
    void theLeadPictureIsLeftOutWhenTheBodyShowsItAtAnotherSize() throws Exception {
        String md = Markdown.of(extract(page("https://s.example/up/2026/03/board-1.jpg?w=1200")));
        assertFalse(md.contains("](https://s.example/up/2026/03/board-1.jpg?w=1200)"), md);
        // Another picture is shown above the body.
        String other = Markdown.of(extract(page("https://s.example/up/2026/03/workshop.jpg")));
        assertTrue(other.contains("![](https://s.example/up/2026/03/workshop.jpg)"), other);
    }

    @Test
    void aPicturesKeyIsItsPathWithoutSizeSuffixExtensionOrHost() {
        assertEquals("/up/2026/03/board-1", Lead.pictureKey("https://cdn.example/up/2026/03/board-1-600x600.JPG?x=1"));
        assertEquals("/up/2026/03/board-1", Lead.pictureKey("//s.example/up/2026/03/Board-1-scaled.webp"));
        assertEquals("/prn/drone", Lead.pictureKey("https://mma.example/prn/drone_600.jpg"));
        assertEquals("/prn/drone", Lead.pictureKey("https://mma.example/prn/drone.jpg"));
        assertEquals("", Lead.pictureKey("https://s.example/images/"));
        // A wiki's sizes are served under the file's own name.
        assertEquals("/wiki/images/4/4a/keep", Lead.pictureKey("https://s.example/wiki/images/4/4a/Keep.png/revision/latest?cb=1"));
        assertEquals("/wiki/images/4/4a/keep",
                Lead.pictureKey("https://s.example/wiki/images/4/4a/Keep.png/revision/latest/scale-to-width-down/268?cb=1"));
        assertEquals("/commons/a/ab/keep", Lead.pictureKey("https://u.example/commons/thumb/a/ab/Keep.jpg/220px-Keep.jpg"));
    }
}
