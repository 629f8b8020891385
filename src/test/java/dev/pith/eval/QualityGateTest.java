package dev.pith.eval;

import dev.pith.Options;
import dev.pith.SharedData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accuracy gate: runs {@code pith eval} on the shared datasets and fails when a score drops below the
 * floor pinned in {@code quality-floors.properties}, so that no change loses accuracy silently.
 */
class QualityGateTest {

    @TestFactory
    List<DynamicTest> scoresStayAboveTheirFloors() throws Exception {
        Properties floors = new Properties();
        try (InputStream in = QualityGateTest.class.getResourceAsStream("/quality-floors.properties")) {
            assertNotNull(in, "quality-floors.properties is missing");
            floors.load(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String dataset : List.of("scrapinghub", "readability", "wcxb", "scrapinghub-text")) {
            Evaluator.Report r = new Evaluator(Options.defaults(), 2).run(Dataset.load(SharedData.dataset(dataset)));
            check(tests, floors, dataset + ".shingleF1", r.shingles().f1());
            check(tests, floors, dataset + ".shinglePrecision", r.shingles().precision());
            check(tests, floors, dataset + ".tokenF1", r.tokenF1());
            int[] types = r.fieldMatches().get("pageType");
            if (types != null) {
                check(tests, floors, dataset + ".pageType", (double) types[0] / types[1]);
            }
        }
        assertTrue(tests.size() >= floors.size(), "a floor names an unknown dataset or metric: " + floors.keySet());
        return tests;
    }

    private static void check(List<DynamicTest> tests, Properties floors, String key, double value) {
        String floor = floors.getProperty(key);
        if (floor == null) {
            return;
        }
        double min = Double.parseDouble(floor);
        tests.add(DynamicTest.dynamicTest(key, () -> assertTrue(value >= min,
                String.format(Locale.ROOT, "%s fell to %.4f, below its floor %.3f", key, value, min))));
    }
}
