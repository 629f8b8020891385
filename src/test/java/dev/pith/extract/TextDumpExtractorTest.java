package dev.pith.extract;

import dev.pith.clean.Cleaner;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDumpExtractorTest {
    private static TextDumpExtractor.TextExtraction extract(String dump) {
        return new TextDumpExtractor(Cleaner.standard(Set.of())).extract(dump);
    }

    private static final String BODY = "The river rose by two metres overnight, and the town's flood barriers held for "
            + "the first time since they were built.\n\nResidents who had moved furniture upstairs spent the morning "
            + "carrying it back down, relieved and a little tired.\n\nEngineers will inspect the barriers next week, the "
            + "council said, before the next storm arrives from the west.\n";

    @Test
    void teasersAfterARelatedHeadingStayOutButTheArticleMayResume() {
        String teaser = "Library budget approved\n\nCouncil approves the budget for the new library, after a long debate "
                + "that lasted into the night and ended with a narrow vote of seven to six, the clerk said.\n\n";
        String dump = "Flood barriers hold\n\n" + BODY + "\n\nRelated articles\n\n" + BODY.replace("river", "canal")
                + "\n\n" + BODY.replace("river", "brook") + "\n\nLatest headlines\n\n" + teaser.repeat(4);
        String text = extract(dump).content().text();
        assertTrue(text.contains("canal") && text.contains("brook"), text);
        assertFalse(text.contains("library"), text);
    }

    @Test
    void datedTeasersAfterTheArticleStayOutWithoutARelatedHeading() {
        StringBuilder dump = new StringBuilder("Flood barriers hold\n\n").append(BODY).append("\n")
                .append(BODY.replace("river", "canal")).append("\n\nWeather\n\nRegion\n\n");
        for (String topic : new String[] {"library", "school", "bridge", "market"}) {
            dump.append("Council approves the ").append(topic).append(" budget\n\nJane Roe\n\nWednesday November 20, 2019\n\n")
                    .append("The council approved the budget for the new ").append(topic).append(" after a long debate that")
                    .append(" lasted into the night and ended with a narrow vote of seven to six, the clerk said. The")
                    .append(" mayor, who had argued for the plan since the spring, thanked the members who changed their")
                    .append(" minds and promised that work would begin before the end of the year, weather allowing.\n\n");
        }
        String text = extract(dump.toString()).content().text();
        assertTrue(text.contains("from the west."), text);
        assertFalse(text.contains("library") || text.contains("market"), text);
    }

    @Test
    void aListOfItemsWithoutDatesIsNoRunOfTeasers() {
        // A gift guide: each item's name and shop above its paragraph, as teasers have, but no dates.
        StringBuilder dump = new StringBuilder("Best gadgets of the year\n\n").append(BODY).append("\n\n");
        for (String item : new String[] {"speaker", "drone", "watch", "camera"}) {
            dump.append("Pocket ").append(item).append(" for $99\n\nSee it now: Shop\n\n")
                    .append("The pocket ").append(item).append(" is small enough to carry everywhere, lasts a full day")
                    .append(" on one charge and costs far less than the models it competes with this year.\n\n");
        }
        String text = extract(dump.toString()).content().text();
        assertTrue(text.contains("pocket drone") && text.contains("pocket camera"), text);
    }

    @Test
    void aLongReadersThreadAfterTheArticleStaysOut() {
        StringBuilder dump = new StringBuilder("Flood barriers hold\n\n").append(BODY).append("\n\n")
                .append(BODY.replace("river", "canal")).append("\n\n3 Comments\n\n");
        for (String who : new String[] {"riverfan", "jo_k", "Old Mill"}) {
            dump.append(who).append(" says:\n\nNovember 19, 2019 at 6:34 am\n\n")
                    .append("I have lived by this river for forty years and I have never seen the water so high, and ")
                    .append("the council should have built the barriers a decade ago, as we asked them to in every ")
                    .append("meeting, every letter and every petition since the last flood took the bridge away.\n\n");
        }
        String text = extract(dump.toString()).content().text();
        assertTrue(text.contains("canal"), text);
        assertFalse(text.contains("forty years"), text);
    }

    @Test
    void anArticleThatTheDumpHoldsTwiceIsReturnedOnce() {
        // A page's metadata flattened with it: the title, timestamps and the articleBody again.
        String dump = "Flood barriers hold\n\n" + BODY + "\nFlood barriers hold\n\n2019-11-19T08:57:40+01:00\n\n500\n\n"
                + BODY + "\n" + BODY;
        String text = extract(dump).content().text();
        assertEquals(1, text.split("The river rose", -1).length - 1, text);
        assertTrue(text.contains("before the next storm arrives"), text);
    }

    @Test
    void aParagraphThatComesBackAloneIsNoCopy() {
        String quote = "\"We have never seen the water so high,\" the mayor said, standing on the barrier at dawn.\n\n";
        String dump = "Flood barriers hold\n\n" + quote + BODY + "\n" + quote + BODY.replace("river", "canal");
        String text = extract(dump).content().text();
        assertTrue(text.contains("canal"), text);
    }

    @Test
    void aCommentCounterAboveTheArticleOpensNoThread() {
        String dump = "Flood barriers hold\n\n0 Comments\n\n" + BODY + "\n\n" + BODY.replace("river", "canal") + "\n";
        assertTrue(extract(dump).content().text().contains("canal"));
    }

    @Test
    void menusAboveAndOffersBelowAreDropped() {
        String dump = "Home\n\nNews\n\nSport\n\nWeather\n\nFlood barriers hold as river peaks\n\n" + BODY
                + "\nSubscribe now\n\nRelated articles\n\nMore from the region\n";
        var x = extract(dump);
        String text = x.content().text();
        assertTrue(text.startsWith("The river rose"), text);
        assertTrue(text.endsWith("from the west."), text);
        assertFalse(text.contains("Subscribe"));
        assertEquals("Flood barriers hold as river peaks", x.title());
    }

    @Test
    void subheadingsAndListsInsideTheBody() {
        var x = extract(BODY + "\nWhat happens next\n\n" + BODY.replace("river", "stream"));
        assertEquals("What happens next", x.content().selectFirst("h2").text());
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append("This paragraph was wrapped at a fixed column by an old tool, so each line\n")
                    .append("ends early and the next one continues the same sentence without a break\n")
                    .append("until the paragraph is over, when a blank line follows as usual here.\n\n");
        }
        var x = extract(sb.toString());
        assertEquals(6, x.content().select("p").size(), x.content().outerHtml());
    }

    @Test
    void noTitleWhenTheBodyStartsTheDump() {
        assertNull(extract(BODY).title());
    }
}
