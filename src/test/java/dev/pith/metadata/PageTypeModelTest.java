package dev.pith.metadata;

import dev.pith.Article;
import dev.pith.Options;
import dev.pith.Pith;
import dev.pith.input.Page;
import dev.pith.metadata.PageTypes.Type;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageTypeModelTest {
    /** Two features: "prices" speaks for a collection, "prose" for an article; biases favour the article. */
    private static PageTypeModel tiny() {
        return new PageTypeModel(List.of("prices", "prose"), new double[] {1, 5}, new double[] {1, 2},
                List.of(Type.ARTICLE, Type.COLLECTION),
                new double[][] {{0.5, -1, 2}, {0, 2, -1}});
    }

    @Test
    void thePageGetsTheTypeWithTheHighestScoreAndTheFeatureBehindIt() {
        PageTypeModel.Decision shop = tiny().decide(Map.of("prices", 3.0, "prose", 3.0));
        assertEquals(Type.COLLECTION, shop.type());
        assertTrue(shop.probability() > 0.9, "probability " + shop.probability());
        assertEquals("prices +4.0", shop.reasons().get(0));
        assertEquals(Type.ARTICLE, tiny().decide(Map.of("prices", 0.0, "prose", 9.0)).type());
    }

    @Test
    void aDoubtedTypeGivesWayToTheRunnerUpOnlyInANearTie() {
        // Features at their means: both types score their bias alone, nearly level.
        Map<String, Double> average = Map.of("prices", 1.0, "prose", 5.0);
        double[] p = tiny().probabilities(average);
        Type first = p[0] >= p[1] ? Type.ARTICLE : Type.COLLECTION;
        Type second = first == Type.ARTICLE ? Type.COLLECTION : Type.ARTICLE;
        double gap = Math.abs(p[0] - p[1]);
        assertEquals(first, tiny().decide(average).type());
        assertEquals(second, tiny().decide(average, first, gap + 0.01).type());
        assertEquals(first, tiny().decide(average, first, gap / 2).type(), "a wider gap stands");
        assertEquals(first, tiny().decide(average, second, 1.0).type(), "only the doubted type gives way");
    }

    @Test
    void probabilitiesSumToOne() {
        double[] p = tiny().probabilities(Map.of("prices", 2.0, "prose", 6.0));
        assertEquals(1.0, p[0] + p[1], 1e-12);
    }

    @Test
    void aMissingFeatureIsUnknownAndCountsAsTheAveragePage() {
        assertArrayEquals(tiny().probabilities(Map.of("prices", 1.0, "prose", 5.0)),
                tiny().probabilities(Map.of()), 1e-12);
    }

    @Test
    void oneExtremeCountCannotOutweighEverythingElse() {
        double[] far = tiny().probabilities(Map.of("prices", 1e6, "prose", 5.0));
        double[] clipped = tiny().probabilities(Map.of("prices", 1 + PageTypeModel.CLIP, "prose", 5.0));
        assertArrayEquals(clipped, far, 1e-12);
    }

    @Test
    void theTsvFormReadsBackToTheSameModel() {
        PageTypeModel again = PageTypeModel.parse(tiny().toTsv("a test model"));
        Map<String, Double> f = Map.of("prices", 2.5, "prose", 4.0);
        assertArrayEquals(tiny().probabilities(f), again.probabilities(f), 1e-5);
        assertEquals(tiny().features(), again.features());
    }

    @Test
    void aBrokenModelIsRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> PageTypeModel.parse("feature\tmean\tscale\tarticle\n"));
        assertThrows(IllegalArgumentException.class,
                () -> PageTypeModel.parse("feature\tmean\tscale\tarticle\n(bias)\t0\t1\t0\nprose\t1\n"));
        assertThrows(IllegalArgumentException.class, () -> new PageTypeModel(List.of("a"), new double[] {0},
                new double[] {1}, List.of(Type.ARTICLE), new double[][] {{0}}));
    }

    @Test
    void theShippedModelReadsOnlyFeaturesThatPithComputes() throws Exception {
        PageTypeModel m = PageTypeModel.standard();
        assertTrue(m.features().size() > 50, "features: " + m.features().size());
        Article a = Pith.extract(Page.html("t", "<html><head><title>Bridge opens</title></head><body><article>"
                + "<h1>Bridge opens</h1><p>" + "The new bridge opened to traffic on Monday morning. ".repeat(8)
                + "</p></article></body></html>"), Options.defaults().withUrl("https://news.example.com/2024/05/01/bridge"));
        Map<String, Double> computed = a.fields().typeFeatures();
        for (String f : m.features()) {
            assertTrue(computed.containsKey(f), "the model reads " + f + ", which pith no longer computes");
        }
        assertEquals("article", a.fields().pageType());
    }
}
