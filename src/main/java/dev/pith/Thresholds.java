package dev.pith;

/**
 * Every tuning constant of pith in one place, each with the reason for its value.
 *
 * <p>Rules and extractors read these instead of literals, so that a change of heuristic is a change
 * here, reviewed on its own, and measured with {@code pith eval}.
 */
public final class Thresholds {
    private Thresholds() {
    }

    /** Default cap on the bytes of one input (after gunzip): bigger inputs are hostile or not pages. */
    public static final long MAX_INPUT_BYTES = 64L * 1024 * 1024;

    /** How much of the start of a file is sniffed for a charset declaration (HTML spec says 1024; pages lie). */
    public static final int CHARSET_PRESCAN_BYTES = 8192;

    /**
     * How much of the start of a file is looked at for UTF-16 without a byte-order mark: a doctype and a head's
     * worth, all ASCII in nearly every page, which UTF-16 writes with a zero byte beside each character.
     */
    public static final int UTF16_SNIFF_BYTES = 512;

    /**
     * UTF-16 without a mark puts a zero on at least this share of its even (or odd) bytes over that start; CJK text
     * in the title takes a few of them away, and no single-byte or UTF-8 page has zero bytes so regularly.
     */
    public static final double UTF16_ZERO_SHARE = 0.9;

    // ---- cleaning guards -------------------------------------------------------------------------------

    /**
     * A block holding this many prose paragraphs is content, whatever its class says: share bars, menus and
     * offers never carry three paragraphs of sentences, while article wrappers named "paywall" or "share-root"
     * often do.
     */
    public static final int GUARD_PROSE_PARAGRAPHS = 3;

    /** A paragraph counts as prose for the guard above from this many characters (two short sentences). */
    public static final int GUARD_PROSE_CHARS = 80;

    /**
     * A block named "widget" holding a paragraph this long (three sentences or so) is content, not sidebar
     * furniture: search boxes, archives and tag clouds have no paragraph, a promotion's blurb a sentence.
     */
    public static final int WIDGET_PROSE_CHARS = 200;

    /**
     * Rules that match a block by its words (e.g. "Subscribe now") only fire on blocks this short: longer
     * blocks that mention the word are prose about it.
     */
    public static final int TEXT_RULE_MAX_CHARS = 200;

    /**
     * A row of up to this many like items (spans sharing a class, nothing between them) is a line of labels, each
     * judged alone by the text rules: a post's date, its edit note, its category. More are a list's worth.
     */
    public static final int ROW_ITEMS_MAX = 8;

    /**
     * A bar of at least this many links to the page's own anchors is a table of contents ("NAME | SYNOPSIS |
     * DESCRIPTION"); two or three are a "see below" and a footnote in a line of text.
     */
    public static final int JUMP_LINKS_MIN = 4;

    /** Letters a bar of jump links may have besides its links: a label such as "Jump to:" or "On this page". */
    public static final int JUMP_LINKS_LABEL_LETTERS = 12;

    /**
     * A block up to this long is judged whole by the text rules, and the links and spans inside it are not
     * judged again on their own: a "Subscribe" link inside a sentence is prose, not an offer.
     */
    public static final int TEXT_JUDGED_WHOLE_CHARS = 400;

    /**
     * A heading shorter than this inside the page's title names it only when it is the whole title: "News" is in
     * "Bridge opens | Example News" but does not name the page; a headline is longer.
     */
    public static final int TITLE_PART_MIN_CHARS = 15;

    /**
     * A line of loose words between line breaks up to this long is judged by the text rules on its own ("Last
     * modified: March 3, 2004" in an old page's footer); a longer one is a sentence of a paragraph set with breaks.
     */
    public static final int LINE_JUDGED_MAX_CHARS = 200;

    // ---- choosing the article --------------------------------------------------------------------------

    /**
     * In a text dump, an opening paragraph at least this long that comes again later in the chosen run marks a
     * second copy of the article (shorter lines, "Good morning!", repeat by chance).
     */
    public static final int REPEATED_OPENING_CHARS = 60;

    /**
     * A table without headers of at most this many cells (rows times columns), one cell of which holds prose, is
     * layout rather than data. Readability.js draws the line at the same ten cells: data tables are bigger.
     */
    public static final int LAYOUT_TABLE_MAX_CELLS = 10;

    /** A header cell of a layout table this short is a column's label ("Author", "Message"), dropped with the layout. */
    public static final int LAYOUT_LABEL_MAX_CHARS = 20;

    /** A table cell this long, with a sentence ending inside it, holds prose rather than a value. */
    public static final int LAYOUT_CELL_PROSE_CHARS = 100;

    /**
     * How many inline elements (spans, links, emphasis) may wrap a span for it to be read as part of its line of words:
     * real sentences nest a few; deeper is markup gone wrong, and walking it for every span would cost its square.
     */
    public static final int INLINE_NESTING_MAX = 12;

    /**
     * A first h1 sharing less than this share of its words with the page's known title is not its headline but its
     * text (a landing page's slogan): a headline rewritten for search still shares most of its words with the title.
     */
    public static final double HEADLINE_OTHER_WORDS = 0.2;

    /** How far into the article its leading blocks are looked for: a headline, a date line come first or never. */
    public static final int LEADING_ELEMENTS = 40;

    /** A line that is only a date is short: "Wednesday, 14 September 2025, 10:04 a.m." is 41 characters. */
    public static final int DATE_LINE_MAX_CHARS = 45;

    /**
     * A byline without a class is at most this long: "By Marcus Bell, The Wendell Courier, Staff Writer". A longer
     * line that opens with the writer's name is a sentence about them.
     */
    public static final int BYLINE_LINE_MAX_CHARS = 70;

    // ---- thread posts' headers (PostHeader) -------------------------------------------------------------

    /** A poster's name is a few words at most: "boobaloobie", "Jane Doe"; more is a sentence or a card. */
    public static final int POST_NAME_MAX_CHARS = 40;

    /**
     * How many of the best candidates are tried for a thread's post bodies: the block holding all the posts often
     * outscores each, so the bodies rank just under it.
     */
    public static final int POST_BODY_CANDIDATES = 5;

    /**
     * The title of an accordion's panel is a question or a heading ("Do you work with insurers?"), a line; a block
     * that opens a panel and says more than this is a panel itself, judged like any other block.
     */
    public static final int PANEL_TITLE_MAX_CHARS = 150;

    /**
     * A site's logo file has a short name ("logo-og", "givewell_fb_logo", "django-logo-negative.1d528e2cb5fb"); a
     * picture of a logo in a story is named at length, by its subject, agency and size.
     */
    public static final int LOGO_FILE_MAX_CHARS = 40;

    /**
     * A poster's column beside a post (name, rank, title, a line of personal text) is a few short lines; a block
     * longer than this that is classed as the author's holds more than who posted, and only the name leaves it.
     */
    public static final int POST_COLUMN_MAX_CHARS = 200;

    /** A strip above a post's body that says who and when is short: a name, a date, a number, no sentence. */
    public static final int POST_STRIP_MAX_CHARS = 80;

    /** An old board's "Posted: …" line holds the date and at most the post's subject. */
    public static final int POST_POSTED_MAX_CHARS = 160;

    /** A heading linked to the home page this short is the site's name (a masthead), not a headline. */
    public static final int MASTHEAD_MAX_CHARS = 60;

    /**
     * An og:title that shares fewer than this share of its words with every headline of the page is no rewording
     * of the headline ("Seven secrets hotel owners keep" for "The seven secrets that hotel owners keep" shares all
     * of them) but a template's line for every page ("From the learnprogramming community on Reddit": none).
     */
    public static final double OG_TITLE_SHARED_WORDS = 0.5;

    /**
     * Links marked rel="tag" are the post's labels when there are at most this many: a post files itself under a
     * handful, a tag cloud beside it lists dozens.
     */
    public static final int MAX_LINKED_TAGS = 15;

    /** A label longer than this is a sentence or a headline linked as a tag, not a label. */
    public static final int MAX_LINKED_TAG_CHARS = 40;

    /** A heading or a block classed as a title longer than this is a paragraph, not a headline to match the title. */
    public static final int LESSER_HEADING_MAX_CHARS = 200;

    /** Paragraph-like blocks shorter than this add nothing to a candidate's score (captions, labels). */
    public static final int MIN_PARAGRAPH_CHARS = 25;

    /** Each full 100 characters of a paragraph add one point, up to this many (long paragraphs win, but not alone). */
    public static final int MAX_LENGTH_POINTS = 3;

    /** Class or id words such as "article"/"comment" move a candidate by this much (a few paragraphs' worth). */
    public static final int CLASS_WEIGHT = 25;

    /** Semantic article containers (article, main, itemprop=articleBody) get this bonus: they rarely lie. */
    public static final int SEMANTIC_BONUS = 20;

    /**
     * Class and tag hints count in full for blocks with this much text, proportionally less below: a tiny
     * block called "content" must not outscore the paragraphs of the real article.
     */
    public static final int PRIOR_FULL_CHARS = 150;

    /** A sibling joins the article when its score is at least this share of the winner's. */
    public static final double SIBLING_SCORE_RATIO = 0.2;

    /** ...and in any case at least this score, so that weak siblings of a weak winner stay out. */
    public static final double SIBLING_MIN_SCORE = 10;

    /** A parent whose score is this close to its child's wins instead: the article spans several blocks. */
    public static final double PARENT_SCORE_RATIO = 0.75;

    /**
     * The chosen block's ancestor, scoring more than the block's parent but less than the block, is the article only
     * when it holds this much more prose beside the block (its intro or the rest of a body split by an advert): a
     * couple of paragraphs. Teasers and lists beside a story are not prose.
     */
    public static final int SPLIT_STORY_PROSE_CHARS = 200;

    /** A paragraph of prose, for {@link #SPLIT_STORY_PROSE_CHARS}, has at least this many characters. */
    public static final int SPLIT_STORY_PARAGRAPH_CHARS = 100;

    /**
     * A teaser card (a headline linking elsewhere over a summary) holds its summary and perhaps a line of byline or
     * date; a post printed under its own title as a link holds more paragraphs than this.
     */
    public static final int CARD_MAX_PARAGRAPHS = 2;

    /**
     * The chosen block should hold at least this share of the page's paragraph points; when it holds less,
     * the content is spread over many blocks (cards, sections, posts) and its nearest ancestor that holds
     * this share is taken instead.
     */
    public static final double WIDEN_COVERAGE = 0.5;

    /**
     * On a page that declares itself an article (see {@link #DECLARED_ARTICLE_WEIGHT}) the blocks beside the
     * article are asides (galleries, tickers, teasers): the chosen block is widened only when it holds less than
     * this share, which means it is a fragment of the article (a body split into cards or pages).
     */
    public static final double WIDEN_COVERAGE_DECLARED = 0.2;

    /**
     * A block with this many paragraphs of its own, holding {@link #STORY_PROSE_CHARS} of prose, is a story in itself
     * and is not widened whatever the rest of the page holds: a news story is ten to forty paragraphs, a card or a
     * section of a page split into many is one to five.
     */
    public static final int STORY_PARAGRAPHS = 10;

    /** See {@link #STORY_PARAGRAPHS}: about four hundred words. */
    public static final int STORY_PROSE_CHARS = 2000;

    /**
     * See {@link #STORY_PARAGRAPHS}: the share of the page's prose the chosen block must hold as well. A sports site's
     * story stood beside as much text again in its columns of videos and shop items; one long section of a guide of
     * many held a fifth of its prose.
     */
    public static final double STORY_PROSE_SHARE = 0.35;

    /** A paragraph cut short with an ellipsis is a teaser for another page: it counts this much toward coverage. */
    public static final double TEASER_WEIGHT = 0.25;

    /**
     * On pages made of sections, the chosen block grows into an enclosing block when at least this share of the
     * text it adds is paragraphs: a neighbouring section of prose. Menus, cards, forms and link lists are short
     * lines, not paragraphs, and stop it.
     */
    public static final double GROW_PROSE_SHARE = 0.6;

    /** ...and when at most this share of the text it adds is links (a block of teasers is prose in links). */
    public static final double GROW_LINK_SHARE = 0.25;

    /**
     * ...and into the page's main landmark ({@code <main>}, {@code role=main}) at once when this share of what it
     * adds is paragraphs or cells: half of {@link #GROW_PROSE_SHARE}, the page having said itself that the block
     * is its main part. Shop widgets (swatches, cart totals, "Frequently bought together") stay under it.
     */
    public static final double LANDMARK_PROSE_SHARE = 0.3;

    /**
     * Page-type evidence for "article" from this weight up (structured data and og:type agree, or structured
     * data and an article-like URL) means one article: blocks beside it are asides, see
     * {@link #WIDEN_COVERAGE_DECLARED}.
     */
    public static final double DECLARED_ARTICLE_WEIGHT = 3.0;

    /**
     * When the page-type model puts "article" first by at most this much and the page names no author and no
     * date, the runner-up is taken: a tie is what the model's probabilities are worth to a point or two, and an
     * article nearly always says who wrote it or when (no page of the dev sets is that close with neither).
     */
    public static final double UNSIGNED_ARTICLE_MARGIN = 0.03;

    /**
     * A block elsewhere in the page with the article's tag and class joins it when it holds this share of the
     * article's text: the rest of a body split by full-width figures, not a one-line box that shares a style.
     */
    public static final double TWIN_MIN_SHARE = 0.2;

    /** A sibling paragraph with this many characters and little link text joins the article. */
    public static final int SIBLING_PARAGRAPH_CHARS = 80;

    /** Link density above which a sibling paragraph is navigation rather than prose. */
    public static final double SIBLING_MAX_LINK_DENSITY = 0.25;

    /**
     * Link text beyond this many characters in one link is not navigation: menu items and related headlines
     * are shorter, while a card that wraps a headline and its teaser in one link is content of a listing.
     */
    public static final int CARD_LINK_CHARS = 120;

    /** Within the article, a block whose text is more than this share of link text is a link list. */
    public static final double MAX_LINK_DENSITY = 0.5;

    /** ... or more than this share when the block also has a negative class word. */
    public static final double MAX_LINK_DENSITY_WEAK = 0.2;

    /** A paragraph shorter than this that is all link is a "read more" pointer when the article has prose. */
    public static final int LINK_PARAGRAPH_MAX_CHARS = 150;

    /** Repeated blocks (responsive copies of captions, bylines) are dropped from this length up. */
    public static final int DUPLICATE_MIN_CHARS = 15;

    /**
     * A quote box repeating at least this many characters of the story is a pull quote: a sentence or a long clause,
     * more than a shared phrase ("the prime minister said").
     */
    public static final int PULL_QUOTE_MIN_CHARS = 40;

    /** The labels and credit a pull quote's box adds to it ("Start Quote", "End Quote Jane Doe, Acme"), at most. */
    public static final int PULL_QUOTE_LABELS_MAX_CHARS = 80;

    /**
     * ...but a repeated paragraph at least this long (two full sentences) stays when its block holds another
     * paragraph as long that is not a repeat: the writer said it twice, the page did not copy the block.
     */
    public static final int REPEATED_PROSE_CHARS = 150;

    /**
     * Blocks inside the article with more text than this are only pruned for link density above
     * {@link #MAX_LINK_DENSITY}: weaker signals (class words, list shape) are not enough against that much text.
     */
    public static final int PRUNE_MAX_CHARS = 1000;

    /**
     * A page showing too little text ({@link #MIN_ARTICLE_CHARS}) gives the article body its JSON-LD declares when
     * that is this many times longer: a shell whose scripts never ran, not a photo story with a short caption
     * that the declared body merely repeats.
     */
    public static final int SHELL_BODY_FACTOR = 2;

    /** With less text than this, extraction is retried with relaxed cleaning: a rule probably ate the article. */
    public static final int MIN_ARTICLE_CHARS = 250;

    /**
     * On a page that looks like a forum, when cleaning without {@code comments.section} leaves this many times
     * the text that cleaning with it leaves, the "comments" block held the thread itself (the rule took more than
     * it left); a question's comments under its answers are a small part of their page and stay removed.
     */
    public static final int THREAD_KEPT_FACTOR = 2;

    /** Paragraphs from this length count as prose for the readerable score (Readability.js uses 140 too). */
    public static final int READERABLE_MIN_CHARS = 140;

    /**
     * A page showing this many prices is a shop's category page (a collection): a product page shows its own
     * price, an old price and a few accessories, but rarely this many.
     */
    public static final int COLLECTION_MIN_PRICES = 8;

    /** With this many characters in prose paragraphs a page is fully readerable. */
    public static final int READERABLE_FULL_CHARS = 1500;

    // ---- text dumps ------------------------------------------------------------------------------------

    /** A line of a text dump with this many words and a sentence end is prose. */
    public static final int PROSE_MIN_WORDS = 10;

    /**
     * In a text dump, a comment heading or byline ("42 Comments", "jo says:") after this much prose opens the
     * readers' thread (before it, it is a comment counter in the article's header).
     */
    public static final int THREAD_AFTER_PROSE_CHARS = 500;

    /**
     * After a "Related stories" heading in a text dump, prose lines are teasers (and count as little as the
     * readers' thread) until this many prose paragraphs follow each other: then the article has resumed.
     */
    public static final int TEASER_ZONE_ENDS_AFTER = 2;

    /**
     * A block classed as a caption outside any figure is taken for a picture's caption up to this many characters:
     * news captions run to two or three sentences; a longer block so classed is a section's text.
     */
    public static final int LOOSE_CAPTION_MAX_CHARS = 400;

    /**
     * In a text dump, a prose line with at least this many short lines right above it (one of them a date) and
     * right below it (a teaser's title, byline and date; the next one's), next to another such line, is a teaser
     * once the article has begun. Two, because an article's paragraph has at most one sub-heading above it.
     */
    public static final int TEASER_LINES_AROUND = 2;

    /**
     * Prose inside the readers' thread (or a teaser zone) counts this much of its length toward the article's
     * run: nothing, since a long thread would otherwise outweigh a short article.
     */
    public static final double THREAD_PROSE_WEIGHT = 0.0;

    /** Headlines have at most this many words; longer unpunctuated lines are standfirsts or prose. */
    public static final int HEADLINE_MAX_WORDS = 20;

    /**
     * A footer or menu landmark with less prose than this (characters in its paragraphs) is site chrome and never
     * the content. Real footers and mega-menus hold a few short lines; an article swallowed by an unclosed
     * {@code <nav>} holds a thousand characters of paragraphs or more.
     */
    public static final int CHROME_MAX_PROSE_CHARS = 1000;

    /**
     * When link-dense blocks hold more than this share of the chosen text, the links are the content (a list of
     * posts or items with teasers) and are not pruned. Related-story lists inside an article are a small part
     * of it; on an index page they are nearly all of it.
     */
    public static final double LINK_LISTS_ARE_CONTENT = 0.5;

    /**
     * Text outside the link-dense blocks of the chosen content that makes it a story of its own, beside which the
     * lists are extras however long they are: about three short news paragraphs. An index page's intro above its
     * list of posts is a sentence or two.
     */
    public static final int PROSE_BESIDE_LINK_LISTS = 1200;

    /** A grid of item cards has at least this many cards of the same markup (a row or two of a shop's grid). */
    public static final int GRID_MIN_CARDS = 6;

    /** A card longer than this (characters) is a section of prose, not an item's name, price and label. */
    public static final int GRID_CARD_MAX_CHARS = 400;

    /**
     * The block holding both the chosen text and the item grid is taken when its text is at most this many times
     * theirs together: an intro and its grid in one column, not the whole page around them.
     */
    public static final double GRID_JOIN_SLACK = 1.5;
}
