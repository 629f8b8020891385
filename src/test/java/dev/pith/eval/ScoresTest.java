package dev.pith.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.Options;
import dev.pith.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoresTest {
    @TempDir
    Path dir;

    @Test
    void shinglesFollowTheBenchmarkRules() {
        Scores.Doc same = Scores.shingles("a b c d e", "a b c d e");
        assertEquals(1.0, same.f1());
        assertTrue(same.exact());
        Scores.Doc shortText = Scores.shingles("a b", "a b");
        assertEquals(1.0, shortText.p());
        Scores.Doc none = Scores.shingles("a b c d e", "");
        assertEquals(0.0, none.r());
        Scores.Summary s = Scores.summarize(List.of(same, none));
        assertEquals(1.0, s.precision(), 1e-12);
        assertEquals(0.5, s.recall(), 1e-12);
    }

    @Test
    void tokenScoreCaseFolds() {
        assertEquals(1.0, Scores.tokenF1("Straße ONE", "strasse one").f1(), 1e-12);
    }

    /** pith's numbers equal the independent scorer's on the same predictions, to 1e-9. */
    @Test
    void agreesWithTheSharedScorer() throws Exception {
        Path data = SharedData.dataset("readability");
        Dataset full = Dataset.load(data);
        Dataset d = new Dataset(full.name(), full.dir(), full.entries().subList(0, 40));
        Evaluator.Report r = new Evaluator(Options.defaults(), 2).run(d);
        ObjectMapper m = new ObjectMapper();
        List<String> truth = new ArrayList<>();
        List<String> pred = new ArrayList<>();
        for (int i = 0; i < d.entries().size(); i++) {
            Dataset.Entry e = d.entries().get(i);
            truth.add(m.writeValueAsString(m.createObjectNode().put("id", e.id()).put("text", e.truth())));
            pred.add(m.writeValueAsString(m.createObjectNode().put("id", e.id()).put("text", r.pages().get(i).predicted())));
        }
        Files.write(dir.resolve("truth.jsonl"), truth);
        Files.write(dir.resolve("pred.jsonl"), pred);
        Path json = dir.resolve("scores.json");
        Process p = new ProcessBuilder("python3", SharedData.root().resolve("tools/score.py").toString(),
                "--truth", dir.resolve("truth.jsonl").toString(), "--pred", dir.resolve("pred.jsonl").toString(),
                "--json", json.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "score.py timed out");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log.txt")));
        JsonNode ds = m.readTree(json.toFile());
        JsonNode sh = find(ds, "shingles");
        JsonNode tk = find(ds, "tokens");
        assertEquals(sh.path("benchmark").path("f1").asDouble(), r.shingles().f1(), 1e-9, ds.toString());
        assertEquals(sh.path("benchmark").path("precision").asDouble(), r.shingles().precision(), 1e-9);
        assertEquals(sh.path("benchmark").path("recall").asDouble(), r.shingles().recall(), 1e-9);
        assertEquals(tk.path("mean_over_docs").path("f1").asDouble(), r.tokenF1(), 1e-9, ds.toString());
    }

    private static JsonNode find(JsonNode root, String metric) {
        for (JsonNode n : root.findParents(metric)) {
            return n.get(metric);
        }
        throw new AssertionError("no " + metric + " in " + root);
    }
}
