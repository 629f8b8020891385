package dev.pith.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A dataset folder as in {@code shared/datasets}: {@code pages/<id>.html} (or {@code .txt}) and
 * {@code truth.jsonl} with at least {@code id} and {@code text}.
 *
 * <pre>{@code
 * Dataset d = Dataset.load(Path.of("../shared/datasets/scrapinghub"));
 * for (Dataset.Entry e : d.entries()) { ... e.page() ... e.truth() ... }
 * }</pre>
 */
public record Dataset(String name, Path dir, List<Entry> entries) {

    /**
     * One page with its expected text and, where the dataset has them, its page type and expected metadata
     * ({@code title}, {@code byline}/{@code author}, {@code excerpt}, {@code published}/{@code date},
     * {@code lang}, {@code site_name}; absent ones are left out).
     */
    public record Entry(String id, Path page, String truth, String pageType, java.util.Map<String, String> fields) {
        public Entry {
            fields = java.util.Map.copyOf(fields);
        }
    }

    private static final List<String> FIELDS = List.of("title", "byline", "author", "excerpt", "published", "date",
            "lang", "site_name");

    /** Reads {@code dir}; throws with a clear message when it is not a dataset. */
    public static Dataset load(Path dir) throws IOException {
        Path truth = dir.resolve("truth.jsonl");
        if (!Files.isRegularFile(truth)) {
            throw new IOException(dir + ": not a dataset (no truth.jsonl)");
        }
        ObjectMapper mapper = new ObjectMapper();
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(truth, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                String id = n.path("id").asText();
                Path page = dir.resolve("pages").resolve(id + ".html");
                if (!Files.exists(page)) {
                    page = dir.resolve("pages").resolve(id + ".txt");
                }
                String text = n.path("text").isTextual() ? n.path("text").asText() : null;
                String type = n.path("page_type").isTextual() ? n.path("page_type").asText() : null;
                java.util.Map<String, String> fields = new java.util.HashMap<>();
                for (String f : FIELDS) {
                    if (n.path(f).isTextual() && !n.path(f).asText().isBlank()) {
                        fields.put(f, n.path(f).asText());
                    }
                }
                entries.add(new Entry(id, page, text, type, fields));
            }
        }
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return new Dataset(name == null ? dir.toString() : name.toString(), dir, List.copyOf(entries));
    }
}
