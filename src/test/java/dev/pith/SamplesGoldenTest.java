package dev.pith;

import dev.pith.input.PageLoader;
import dev.pith.render.Json;
import dev.pith.render.Markdown;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whole pages as golden files: every page in {@code samples/} and every folder under
 * {@code src/test/resources/pages/} must produce exactly its expected {@code .json} and {@code .md}.
 */
class SamplesGoldenTest {

    @TestFactory
    Stream<DynamicTest> samples() throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            pages = s.filter(p -> p.toString().matches(".*\\.(html|txt)$")).sorted().toList();
        }
        assertTrue(pages.size() >= 7, "samples/ should hold the seed and at least six HTML pages");
        return pages.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String stem = p.getFileName().toString().replaceFirst("\\.(html|txt)$", "");
            checkPage(p, "samples/" + p.getFileName(), p.resolveSibling(stem + ".json"), p.resolveSibling(stem + ".md"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> testPages() throws IOException {
        Path root = Path.of("src/test/resources/pages");
        List<Path> dirs;
        try (Stream<Path> s = Files.list(root)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(!dirs.isEmpty(), "no test pages under " + root);
        return dirs.stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> {
            Path input = Files.exists(d.resolve("input.html")) ? d.resolve("input.html") : d.resolve("input.txt");
            checkPage(input, d.getFileName() + "/" + input.getFileName(), d.resolve("expected.json"),
                    d.resolve("expected.md"));
        }));
    }

    private static void checkPage(Path input, String source, Path json, Path md) throws Exception {
        Article a = Pith.extract(new PageLoader().load(input, source), Options.defaults());
        Goldens.check(json, Json.pretty(a, false) + "\n");
        Goldens.check(md, Markdown.of(a));
    }
}
