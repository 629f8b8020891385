package dev.pith.extract;

/**
 * One reader comment, as {@code --comments} returns it.
 *
 * @param author    the commenter's name as shown, or null
 * @param published the date as the page gives it ({@code datetime} attribute or visible text), or null
 * @param text      what the comment says, on one line per paragraph
 * @param depth     0 for a comment on the article, 1 for a reply to it, and so on
 */
public record Comment(String author, String published, String text, int depth) {
    public Comment {
        java.util.Objects.requireNonNull(text, "text");
    }
}
