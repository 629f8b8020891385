package dev.pith.extract;

/**
 * A block that was considered as the article, with its score and the signals behind it, for {@code --explain}.
 *
 * @param path        a short CSS path to the block
 * @param score       the final score (content points, class weight, times one minus link density)
 * @param chars       characters of text in the block
 * @param linkDensity share of the block's text that is link text
 * @param signals     the signals in words, e.g. "12 paragraphs, 31 commas, class +25 (article), semantic +20"
 */
public record Candidate(String path, double score, int chars, double linkDensity, String signals) {
}
