package dev.pith.eval;

import dev.pith.metadata.PageTypeModel;
import dev.pith.metadata.PageTypes.Type;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageTypeTrainerTest {
    /**
     * Three kinds of page told apart by two noisy numbers: stories have prose, shops have prices, threads
     * have many posts; "noise" says nothing.
     */
    private static List<PageTypeTrainer.Sample> pages(int each, long seed) {
        Random r = new Random(seed);
        List<PageTypeTrainer.Sample> out = new ArrayList<>();
        for (int i = 0; i < each; i++) {
            out.add(sample("story" + i, Type.ARTICLE, 8 + r.nextGaussian(), r.nextGaussian(), r.nextGaussian(), r));
            out.add(sample("shop" + i, Type.COLLECTION, 3 + r.nextGaussian(), 4 + r.nextGaussian(), r.nextGaussian(), r));
            out.add(sample("thread" + i, Type.FORUM, 6 + r.nextGaussian(), r.nextGaussian(), 4 + r.nextGaussian(), r));
        }
        return out;
    }

    private static PageTypeTrainer.Sample sample(String id, Type t, double prose, double prices, double posts, Random r) {
        return new PageTypeTrainer.Sample(id, Map.of("prose", prose, "prices", prices, "posts", posts,
                "noise", r.nextGaussian()), t, 1.0);
    }

    private static double accuracy(PageTypeModel m, List<PageTypeTrainer.Sample> test) {
        return test.stream().filter(s -> m.decide(s.features()).type() == s.type()).count() / (double) test.size();
    }

    @Test
    void aFittedModelTellsNewPagesApart() {
        PageTypeModel m = PageTypeTrainer.fit(pages(40, 1), 0.01, 500);
        assertTrue(accuracy(m, pages(40, 2)) > 0.95, "accuracy on unseen pages " + accuracy(m, pages(40, 2)));
        assertEquals(Type.COLLECTION, m.decide(Map.of("prose", 3.0, "prices", 5.0, "posts", 0.0)).type());
    }

    @Test
    void crossValidationPredictsEveryPageFromTheOtherFolds() {
        List<PageTypeTrainer.Sample> s = pages(20, 3);
        List<Type> predicted = PageTypeTrainer.crossValidate(s, 5, 0.01, 300);
        assertEquals(s.size(), predicted.size());
        long right = 0;
        for (int i = 0; i < s.size(); i++) {
            right += predicted.get(i) == s.get(i).type() ? 1 : 0;
        }
        assertTrue(right > 0.9 * s.size(), right + " of " + s.size());
    }

    @Test
    void theSamePagesGiveTheSameModel() {
        assertEquals(PageTypeTrainer.fit(pages(10, 4), 0.05, 200).toTsv("x"),
                PageTypeTrainer.fit(pages(10, 4), 0.05, 200).toTsv("x"));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PageTypeTrainer.fit(List.of(), 0.1, 10));
        assertThrows(IllegalArgumentException.class, () -> PageTypeTrainer.crossValidate(pages(2, 5), 7, 0.1, 10));
        assertThrows(IllegalArgumentException.class, () -> PageTypeTrainer.fit(pages(2, 5), -1, 10));
        assertThrows(IllegalArgumentException.class,
                () -> new PageTypeTrainer.Sample("x", Map.of(), Type.ARTICLE, 0));
    }
}
