package dev.pith.clean;

import dev.pith.Thresholds;

import java.util.List;

import static dev.pith.clean.Guard.CONTAINER;
import static dev.pith.clean.Guard.CONTENT;
import static dev.pith.clean.Guard.HEADLINE_AND_FIGURES;

/** Navigation: menus, breadcrumbs, pagination, skip links, sidebars. */
final class NavigationRules {
    private NavigationRules() {
    }

    /** Class words that name a menu or a skip link, in a link too ("menu-toggle", "skip-link"). */
    private static final Match NAMED_MENU = Match.classWords("menu", "menus", "navbar", "topnav", "subnav", "mainnav",
            "megamenu", "sitenav", "toc-nav", "skiplink", "skiplinks", "skip");

    static final List<Rule> RULES = List.of(
            Rule.of("nav.landmark", "A navigation landmark (<nav>, role=navigation) links to the rest of the site, whatever"
                    + " promotions its menus carry.")
                    // A <nav> with nothing to click is no navigation: site builders draw an FAQ's folded answer as
                    // one (Webflow's "w-dropdown-list").
                    .html(Match.or(Match.and(Match.tags("nav"), Match.css("nav:has(a, button, input, select)")),
                            Match.roles("navigation", "menubar", "menu", "search")))
                    .guards(HEADLINE_AND_FIGURES, CONTAINER),
            Rule.of("nav.menu", "Menus and navigation bars link to the rest of the site.")
                    // Not an FAQ's own "menu" of questions ("faq_tabs-menu-link"): the questions are content; nor a
                    // heading, which is no menu whatever its class says ("anchorWithStickyNavbar": a heading that
                    // scrolls clear of a sticky navigation bar, as documentation sites class every h2); nor a link
                    // that only says "nav" or "navigation", which is one place to go, not a menu (community software
                    // classes every link of the page "lia-link-navigation", the poster's name too): the menus around
                    // such links go whole. A link to skip or to open a menu goes, and so does a hidden one laid over
                    // a teaser card ("crayons-story__hidden-navigation-link"), which repeats the card's title.
                    .html(Match.and(Match.or(Match.classWords("nav", "navigation"), NAMED_MENU),
                            Match.not(Match.classWords("faq", "faqs")),
                            Match.not(Match.tags("h1", "h2", "h3", "h4", "h5", "h6")),
                            Match.not(Match.and(Match.tags("a"), Match.not(NAMED_MENU),
                                    Match.not(Match.classWords("hidden"))))))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("nav.breadcrumb", "Breadcrumbs repeat the site's sections above the article.")
                    .html(Match.or(Match.classContains("breadcrumb"), Match.css("[itemtype*=BreadcrumbList]")))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("nav.permalink", "A heading's permalink (\"¶\", \"#\", \"§\" linking to the heading itself) is a"
                    + " control for copying a link, not a word of the text.")
                    .html(Match.css("a[href^=#]:matchesWholeOwnText(^[\\s\\u00a0]*(¶|#|§|🔗|◆)[\\s\\u00a0]*$), a.headerlink[href^=#]"))
                    .unguarded(),
            Rule.of("nav.toc", "A table of contents repeats the article's own headings as links to them.")
                    // Blocks only: the headings it lists carry ids such as "toc-heading-3", and links back to it sit
                    // inside them ("toc-backref").
                    .html(Match.and(Match.tags("div", "nav", "section", "aside", "ul", "ol", "details", "table"),
                            Match.or(Match.classWords("toc", "lwptoc", "tableofcontents"),
                                    Match.classContains("table-of-contents"))))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("nav.jump-links", "A bar of links to the page's own sections (\"NAME | SYNOPSIS | DESCRIPTION\", an"
                    + " index's \"Jump to: A B C\") is a table of contents without the name; the sections follow.")
                    // A line of links, not a list: a list of the sections, with its heading, is a table of contents
                    // that readers and Reader View keep, and a docs page's list of anchored items is its text.
                    .html(Match.and(Match.tags("p", "div", "td", "span"),
                            Match.jumpLinks(Thresholds.JUMP_LINKS_MIN, Thresholds.JUMP_LINKS_LABEL_LETTERS)))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("nav.categories", "A wiki's box of the categories a page is filed under (\"Categories: Rivers of France\","
                    + " \"Hidden categories\") links to other lists; it is navigation.")
                    .html(Match.or(Match.css("#catlinks"), Match.classNames("catlinks", "mw-normal-catlinks", "mw-hidden-catlinks")))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("nav.pagination", "Pagination links move between pages of a list.")
                    .html(Match.classWords("pagination", "pager", "paging", "pagenav", "pagelinks"))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("nav.sidebar", "Sidebars and rails hold widgets beside the article.")
                    // "widget" only at the start of a class name: page builders call every block of the content
                    // itself a widget ("elementor-widget-text-editor"); a sidebar's are "widget widget_text". And
                    // only without a paragraph of prose: a builder's "widget" presenting a course with a paragraph
                    // about it is content; search boxes, archives, tag clouds and link lists have none.
                    .html(Match.or(Sidebars.MARKED,
                            Match.and(Match.classStarts("widget", "widgets"),
                                    Match.not(Match.holdsParagraph(Thresholds.WIDGET_PROSE_CHARS)))))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("nav.page-tools", "A documentation page's links to its own source and editor (\"source\", \"[src]\","
                    + " \"Edit this page\", \"Edit on GitHub\", \"View page source\") are tools for its writers, not its text.")
                    // Only a link classed as the source's (rustdoc's a.src, a.srclink): a table's column, a quote's
                    // "Source" and a list's link to the Source language are words.
                    .html(Match.css("a[class~=(?i)(^|\\s)(src|srclink)(\\s|$)]:matches((?i)^\\W*(source|src)\\W*$)"))
                    .text("(?i)^\\W*(edit this (page|article|doc)|edit (this page )?on (github|gitlab|bitbucket)"
                            + "|view (page )?source|show source|view on github|suggest (an edit|changes)"
                            + "|improve this (page|doc|article))\\W*$", 40)
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("nav.page-jump", "A link that only moves the reader up or down the page (\"top\", \"Back to top\", a"
                    + " summary's \"More...\" down to the details) is a control, wherever it is set: in each section's heading,"
                    + " \"<h2>NAME <a href='#top'>top</a></h2>\", or at the end of a sentence.")
                    .html(Match.css("a[href*=#]:matches((?i)^\\W*(((back|go|return) )?(to )?(the )?top( of (the )?page)?"
                            + "|more\\s*(\\.\\.\\.|…)|(read|see) more below)\\W*$)"))
                    .unguarded(),
            Rule.of("nav.skip-link", "Accessibility and toolbar links (\"Skip to content\", \"Back to top\") are controls.")
                    .text("(?i)^\\W*(skip to (the )?(main )?(content|navigation|main|search)|jump to (content|navigation|search)"
                            + "|back to top|go to top|go (up|down)|menu|search|close|open menu|toggle navigation|main menu"
                            + "|post navigation|(previous|next|older|newer) (post|article|story|entry)\\b.{0,100}"
                            + "|tags?:.{0,150}|filed under:?.{0,150}|posted in\\b.{0,150}|loading\\.{0,3}"
                            // The same in other languages: "Zum Inhalt springen", "Aller au contenu", "Ir al contenido".
                            + "|zum (haupt)?inhalt springen|(aller|passer) au contenu( principal)?|(ir|saltar) al contenido( principal)?"
                            + "|(ir|pular|saltar) para o conteúdo( principal)?|(vai|salta) al contenuto( principale)?"
                            + "|naar (de )?(hoofd)?inhoud (springen|gaan)|[пП]ерейти к (основному )?содержимому"
                            + "|nach oben|(retour en )?haut de (la )?page|volver arriba|voltar ao topo|torna su|ir arriba)\\W*$", 170)
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("nav.list-controls", "A list's count of results and its sort and filter controls (\"Showing 24 of 133"
                    + " results\", \"Sort by: Featured\") work the list; they are not its items.")
                    // Not a bare "Filters" or "Sort": a documentation page's heading may be just that word.
                    .text("(?i)^\\W*(showing (all )?\\d[\\d,]*(\\s*(-|–|to)\\s*\\d[\\d,]*)?( of \\d[\\d,]*)?( results| items| products| entries)?"
                            + "|\\d[\\d,]* (results|items|products|listings|matches|jobs|openings|open (roles|positions))( found)?"
                            + "|(sort\\s*)?sort( by)?\\s*:(\\s*sort( by)?\\s*:)?[\\w ,&-]{0,30}"
                            + "|filter (by|results)\\s*:?|(clear|reset) (all )?filters|expand/collapse all filters"
                            + "|(results|items|products) per page\\s*:?\\s*\\d*|view as:? (grid|list))\\W*$", 60)
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("nav.text-size", "A control that makes the text larger or smaller (\"Text size: A A\", \"Font size\") works"
                    + " the page; it is not part of it.")
                    // By class too, for the control set inline beside other words ("text size: T T Your Company");
                    // not "font-size" or "text-size", which WordPress's editor and Webflow's utility classes put on
                    // paragraphs and headings ("has-large-font-size", "text-size-xlarge").
                    .html(Match.and(Match.classContains("text_size", "textsize", "textresize", "text-resize",
                            "fontresize", "font-resize"), Match.shortText(40)))
                    .text("(?i)^\\W*(text|font|type) ?size\\W*(([at]|small|medium|large|larger|smaller|reset|default|[+-])\\W*){0,6}$", 40)
                    .triggers("size")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("nav.media-control", "Slideshow counters and caption toggles (\"Image 2 of 5\", \"Hide caption\") work the player.")
                    .text("(?i)^\\W*((image|photo|picture|slide|foto|bild|imagen|immagine)\\s*\\d+\\s*(of|/|de|von|di|sur|van)\\s*\\d+"
                            // A bare "1 of 6" under a gallery; "23/16" in a table's cell is data.
                            + "|\\d+ of \\d+"
                            + "|(show|hide|toggle) (captions?|thumbnails)|caption|(image|photo|picture|video) (copyright|caption|source)|closed captions?( settings)?"
                            + "|(click (here )?to )?enlarge(( this)? (image|photo|picture))?|view (larger|full[- ]size) (image|photo)"
                            + "|(this|the) (slideshow|gallery|video|player|content) requires javascript\\b.{0,40}"
                            // A gallery's buttons: "Full Screen", "Autoplay", "View Photos", "Buy Photo".
                            + "|(exit )?full ?screen|auto ?play|view (all )?photos|buy (this )?photo|wait \\d+ seconds? to continue"
                            // "Last Slide Next Slide": the arrows' labels, one or both.
                            + "|((first|last|previous|prev|next) (slide|image|photo|picture)\\W*){1,2}"
                            + "|please enable javascript\\b.{0,80})\\W*$", 120)
                    .guards(HEADLINE_AND_FIGURES));
}
