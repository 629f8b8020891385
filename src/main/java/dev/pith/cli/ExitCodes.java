package dev.pith.cli;

/** The exit codes of pith, as README documents them. */
public final class ExitCodes {
    private ExitCodes() {
    }

    /** Every input was extracted. */
    public static final int OK = 0;
    /** At least one input failed (unreadable, not a page, no content); the others were still processed. */
    public static final int FAILED = 1;
    /** The command line was wrong: unknown option, bad value, no input. */
    public static final int USAGE = 2;
    /** With --articles-only and a single input: the page is not an article. */
    public static final int NOT_ARTICLE = 3;
}
