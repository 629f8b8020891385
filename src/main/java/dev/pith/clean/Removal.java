package dev.pith.clean;

/**
 * One block that a rule removed, as {@code --explain} shows it.
 *
 * @param rule    the rule's id, e.g. {@code paywall.subscribe-offer}
 * @param reason  the rule's one-sentence reason
 * @param matched what matched: a selector, class words or a text pattern
 * @param where   the block's CSS path in the page, or {@code line N} in a text dump
 * @param text    the first 80 characters of the block's text
 */
public record Removal(String rule, String reason, String matched, String where, String text) {
    /** The most characters of a removed block's text that are kept. */
    public static final int TEXT_PREVIEW_CHARS = 80;

    /** Shortens {@code text} to the preview length, on one line. */
    public static String preview(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= TEXT_PREVIEW_CHARS ? t : t.substring(0, TEXT_PREVIEW_CHARS - 1) + "…";
    }
}
