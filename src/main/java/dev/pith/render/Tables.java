package dev.pith.render;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** GFM tables: the first row is the header, ragged rows are padded, pipes in cells are escaped. */
final class Tables {
    private static final Evaluator Q_TR = QueryParser.parse("tr");
    private static final Evaluator Q_CAPTION = QueryParser.parse("caption");
    private Tables() {
    }

    static String markdown(Element table) {
        List<List<String>> rows = new ArrayList<>();
        int width = 0;
        for (Element tr : table.select(Q_TR)) {
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                String text = Markdown.oneLine(Markdown.inline(cell));
                cells.add(text.isBlank() ? " " : text);
                int span = parseSpan(cell.attr("colspan"));
                for (int i = 1; i < span; i++) {
                    cells.add(" ");
                }
            }
            width = Math.max(width, cells.size());
            rows.add(cells);
        }
        if (rows.isEmpty() || width == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        Element caption = table.selectFirst(Q_CAPTION);
        if (caption != null) {
            sb.append('*').append(Markdown.inline(caption)).append("*\n\n");
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            while (cells.size() < width) {
                cells.add(" ");
            }
            sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (r == 0) {
                sb.append("|").append(" --- |".repeat(width)).append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }

    private static int parseSpan(String s) {
        try {
            return Math.max(1, Math.min(50, Integer.parseInt(s.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
