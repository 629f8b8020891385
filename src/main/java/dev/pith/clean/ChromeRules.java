package dev.pith.clean;

import java.util.List;
import java.util.regex.Pattern;

import static dev.pith.clean.Guard.CONTENT;
import static dev.pith.clean.Guard.HEADLINE_AND_FIGURES;
import static dev.pith.clean.Guard.SENTENCE;

/** The site's chrome around every page: header, footer, copyright lines. */
final class ChromeRules {
    private ChromeRules() {
    }

    /** People's names as credits print them: capitalised words, joined by commas, "and" or "&". */
    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*";
    private static final String NAMES = NAME + "(\\s+" + NAME + "){0,3}(\\s*(,|\\band\\b|&)\\s*" + NAME + "(\\s+" + NAME + "){0,3})*";

    /** Who a picture is credited to: one to five capitalised words, which may hold digits ("G4", "NASA/JPL"). */
    private static final String CREDITED = "(?-i:\\p{Lu})[\\p{L}\\p{N}'’.&-]*(\\s+(of |the |de )?(?-i:\\p{Lu})[\\p{L}\\p{N}'’.&-]*){0,4}";

    static final List<Rule> RULES = List.of(
            Rule.of("chrome.header", "The site header (logo, masthead, top links) is the same on every page.")
                    .html(Match.or(Match.roles("banner"),
                            Match.classContains("site-header", "siteheader", "masthead", "global-header",
                                    "globalheader", "top-bar", "topbar", "header-nav"),
                            // Also in a <main> that wraps the whole page (PrestaShop), and by its id.
                            Match.and(Match.tags("header"),
                                    Match.css("body > header, body > div > header, body > main > header:first-child")),
                            Match.css("#header")))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("chrome.footer", "The site footer (legal links, addresses, copyright) is the same on every page.")
                    .html(Match.or(Match.tags("footer"), Match.roles("contentinfo"),
                            Match.classWords("footer", "colophon", "sitefooter")))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("chrome.dialog", "Dialogs, popovers and install prompts float over the page; they are never its content.")
                    .html(Match.or(Match.roles("dialog", "alertdialog"), Match.css("[aria-modal=true]"),
                            Match.classWords("modal", "popover", "popup", "flyout")))
                    // No CONTENT guard: a consent manager's dialog explains itself in paragraphs of prose.
                    .guards(HEADLINE_AND_FIGURES, SENTENCE),
            Rule.of("chrome.cite-box", "A paper's box of how to cite it, its citation formats, reuse permissions and"
                    + " metrics is the publisher's apparatus around the text, not the text.")
                    .html(Match.and(Match.tags("div", "section", "aside"), Match.opensWithHeading(Pattern.compile(
                            "(?i)^\\W*(how to cite( this (article|paper|item|chapter|page))?|cite this (article|paper|item|chapter|page)"
                                    + "|citation formats?|rights and permissions|(article )?metrics)\\W*$"))))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("chrome.cta-banner", "A call to action drawn as a picture (a banner that reads \"Download the free template\")"
                    + " advertises the site's own offer; it has no words of its own.")
                    // Only a picture without words: a service page's call-to-action section that says something stays.
                    .html(Match.and(Match.classContains("hs-cta", "cta-embed", "cta-banner", "cta-image", "cta-wrapper"),
                            Match.shortText(0)))
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("chrome.cta", "A line that is only a call to action (\"Learn more\", \"Shop now\", \"View all\") is a button"
                    + " styled as a link: it leads elsewhere and says nothing itself; so is the toggle that folds a block"
                    + " (\"Read less Read more\").")
                    .text("(?i)^\\W*((learn more|shop now|shop all|buy now|read more|see more|view more|show more|load more"
                            + "|view all|see all|get started|find out more|discover more|explore more|view details|see details"
                            + "|more info|click here|more|(read|see|show|view) less|click to (expand|shrink)\\.*"
                            // "Sign Up" under a newsletter's pitch; a rating widget's "(2) Click to rate".
                            + "|sign ?up( now| today| for free)?|(\\(\\d+\\) )?click to rate"
                            // A fold's label: rustdoc's "Expand description", "Collapse all".
                            + "|(expand|collapse)( (description|details|all))?"
                            + "|add to (cart|bag|basket|wishlist|compare)|pin (it|this|for later)"
                            // A product card's buttons: "Choose Options", "Quick view", "Compare".
                            + "|(more|choose|select) options|quick ?(view|shop)|compare|apply now|get pricing"
                            // A shop's invitation to review: "Write a review", "Bewertung schreiben".
                            + "|(write|leave|add) a review|bewertung schreiben|rédiger un avis|escribir una opinión"
                            // A paper's download buttons: "View PDF", "Download PDF (2.1 MB)".
                            + "|(view|download)( the)? (pdf|full ?text)( \\(\\d[\\d.,]* ?[kKmM]i?B\\))?"
                            // A service's buttons: "Talk to a specialist", "Schedule a demo", "Start free trial".
                            + "|contact us( today| now)?|talk to (a|an|our) (specialist|expert|advisor|sales( team)?|team)"
                            + "|(schedule|book|request) (a |your )?(free )?(call|demo|consultation|strategy call)"
                            + "|get (a |your )?(free )?(quote|demo)|start (your |a )?free trial|try (it )?(for )?free"
                            + "|let'?s (talk|connect|chat)|donate (now|today)"
                            // The same in other languages: "Mehr erfahren", "Lire la suite", "Leer más", "Подробнее".
                            + "|mehr erfahren|weiterlesen|mehr lesen|en savoir plus|lire la suite|leer más|ver más|saiba mais"
                            + "|leia mais|scopri di più|leggi (di più|tutto)|lees meer|meer lezen|[пП]одробнее|[чЧ]итать далее"
                            + "|続きを読む|もっと見る|阅读更多|查看更多|了解更多)\\W*){1,2}$", 30)
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("chrome.app-prompt", "A prompt to open the page in the site's app, or to get the app, is the site's offer,"
                    + " not the page's text.")
                    // What may follow the app is its platforms or what it is for, not a sentence: "Get the app
                    // developers said..." is news.
                    .text("(?i)^\\W*(((click|tap) here to )?(open (this page |this article |this story )?in (the |our )?([\\w-]+ ){0,2}app"
                            + "|(get|download|install) (the|our) (free )?([\\w-]+ ){0,2}app|continue in (the )?app)"
                            + "(\\s+(now|today|for (free|ios|android|iphone)|to .{1,90}|and .{1,60}|on .{1,40}))?)\\W*$", 140)
                    .triggers("app")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("chrome.browser-warning", "A notice that the reader's browser is outdated or unsupported speaks"
                    + " to the visitor's software, not about the page.")
                    // A notice is the whole block ("Improve your experience. We are sorry but this website does not
                    // support Internet Explorer. We recommend ..."); a story about browsers says more around it.
                    .text("(?i)^\\W*(improve your experience\\W+)?(we are (very )?sorry,? but )?"
                            + "((this|our) (web)?site (does not|doesn't|no longer) supports? (internet explorer|ie ?\\d*|your browser)"
                            // Not "Your browser does not support the video tag": a player's fallback, which
                            // markup.embed judges with the player.
                            + "|(your|the) (web )?browser (you are using )?is (out ?of ?date|outdated|unsupported|not supported|no longer supported)"
                            + "|you are using an? (outdated|unsupported|old|older|legacy) (web )?browser"
                            // "This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled."
                            + "|(this (web ?)?(page|site) is )?best viewed (in|with|using) .{0,60}(browser|resolution|css|chrome|firefox|explorer))"
                            + "\\W*(.{0,240}(browser|upgrade|update|chrome|firefox|edge|safari).{0,80})?$", 400)
                    .triggers("browser", "explorer")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("chrome.image-address", "A line that is only the address of a picture file is a leftover of the page's"
                    + " markup (a logo's, a share image's), not text.")
                    .text("(?i)^\\s*(https?:)?//\\S+\\.(png|jpe?g|gif|svg|webp|avif)(\\?\\S*)?\\s*$", 300)
                    .triggers("//")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("chrome.wire-source", "A news wire's closing pointer to its own copy of a release (\"View original content"
                    + " to download multimedia: https://…\", \"View source version on …\") is the wire's, printed under"
                    + " every release it carries.")
                    // Only the pointer and its address: "View the original content policy here" is no such line.
                    .text("(?i)^\\W*view (original content( to download multimedia)?|source version on \\S+)\\s*:?\\s*"
                            + "(https?://\\S+)?\\s*$", 300)
                    .triggers("view original content", "view source version")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("chrome.author-bio", "The box about the writer under a post (\"About the author: Jane Doe is a gear"
                    + " editor…\") is printed under everything they write; their name is in the byline.")
                    .html(Match.or(Match.classContains("author-bio", "authorbio", "author_bio", "author-box", "authorbox",
                            "about-author", "about-the-author", "aboutauthor", "author-description",
                            // The same box folded under the byline, opened by a click or a hover.
                            "author-dropdown", "author-popup", "author-tooltip", "author-card"),
                            // However it is classed, a box that opens with "About the author".
                            Match.and(Match.tags("div", "section", "aside"), Match.opensWithHeading(Pattern.compile(
                                    "(?i)^\\W*about (the )?(author|writer)s?\\W*$")))))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("chrome.reporting-credit", "The newsroom's credits at the foot of a story (\"Reporting by ...; Editing by ...\","
                    + " \"X contributed reporting\") say who worked on it, not what happened.")
                    // Names only (capitalised words): "Reporting by the BBC revealed the scheme." is a sentence.
                    .text("^\\W*(\\(?((?i:with |and |additional )?(?i:reporting|writing|editing|compiled) by " + NAMES
                            + "( in [\\p{L} ]{2,30})?\\s*[;,]?\\s*)+\\.?\\)?\\.?"
                            + "|" + NAMES + " (?i:contributed (reporting|research|to this (report|story|article)))\\b.{0,60})$", 260)
                    .triggers("reporting", "editing", "writing", "compiled", "contributed")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("chrome.post-meta", "A line of the post's particulars (\"By Jane Doe | March 3, 2024 | Politics\") repeats its"
                    + " byline, date and section, which are read as metadata.")
                    // Only with the bar that sets the particulars apart: "By the end of the year, prices rose" is a sentence.
                    // In other languages the name after "By" has its capital: "Por Lucía Martín | Madrid", not "Por la tarde".
                    .text("(?i)^\\W*((by|on behalf of|posted by|written by|posted on)\\s*:?\\s+|(por|par|von|door|przez|oleh)\\s+"
                            + "(?=(?-i:\\p{Lu})))[^|]{2,60}(\\|\\s*[^|]{2,40}){1,3}$", 150)
                    // The bar is in every line it takes, and in few others: a gate far tighter than its words.
                    .triggers("|")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("chrome.posted-by", "A post's closing line \"Posted by David at December 16, 2025 11:15 AM\" repeats its"
                    + " byline and date, which are read as metadata.")
                    // A name, then "at" or "on" and a date or time: "Posted by the council on the notice board" has none.
                    .text("(?i)^\\W*(posted|written|published|submitted) by \\S[^|.!?]{0,40}? (at|on) [^|!?]{0,20}\\d"
                            + "[^|!?]{0,40}(\\|.{0,40})?$", 140)
                    .triggers("posted by", "written by", "published by", "submitted by")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("chrome.dateline", "A line that only says when the page was published or updated (\"Updated at 1:23"
                    + " p.m.\", \"First Published: Tuesday, November 19, 2019\") is the page's metadata, read as the date.")
                    .text("(?i)^\\W*(?:((first |last |originally )?(published|updated|modified)( on| at)?|veröffentlicht( am)?"
                            + "|aktualisiert( am)?|zuletzt aktualisiert( am)?|publié le|mis à jour le|publicado (el|em)"
                            + "|actualizado( el)?|atualizado em|stand(?=:)|pubblicato( il)?|aggiornato( il)?|gepubliceerd( op)?"
                            + "|bijgewerkt( op)?)\\s*:?\\s*(?!in\\b|by\\b)(?=[^0-9]{0,40}\\d)(\\S++\\s*+){1,8}"
                            // Both dates on one line: "Published 5:00 a.m. ET July 9, 2026 Updated 11:32 a.m. ET July 9, 2026".
                            + "((\\|\\s*)?(last )?(updated|modified)\\s*:?\\s*(?=[^0-9]{0,40}\\d)(\\S++\\s*+){1,8})?"
                            // Arabic news sites: "الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21 (GMT+0400)" (last updated).
                            + "|.{0,40}\\d{4}\\W+آخر تحديث\\W*\\d{1,2}:\\d\\d.{0,20})$", 90)
                    .triggers("published", "updated", "modified", "veröffentlicht", "aktualisiert", "publié", "mis à jour",
                            "publicado", "actualizado", "atualizado", "stand", "pubblicato", "aggiornato", "gepubliceerd",
                            "bijgewerkt", "آخر تحديث")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("chrome.counter", "A hit counter (\"You are visitor number 1234\", \"Page views: 5,210\") counts the"
                    + " page's readers; it says nothing about the page.")
                    .text("(?i)^\\W*(you are (the )?visitor (number|no\\.?|#)\\W*.{0,60}"
                            + "|(visitors?|hits|page ?views|besucher)( since [^:]{1,30})?:\\s*[\\d,.]+\\b.{0,20}"
                            + "|this page has been (viewed|visited|accessed) [\\d,.]+ times\\b.{0,40}"
                            + "|[\\d,.]+ (visitors|hits|page ?views) since\\b.{1,30})$", 100)
                    .triggers("visitor", "hits", "views", "viewed", "visited", "accessed", "besucher")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("chrome.reading-time", "A reading-time estimate (\"6 min read\") is the site's furniture, worked out from the text.")
                    .text("(?i)^\\W*(\\d+\\s*-?\\s*(min|mins|minutes?)\\.?\\s*(read|reading|reading time)"
                            + "|(reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|leestijd"
                            + "|tempo de leitura|czas czytania|[вВ]ремя чтения|lästid|okuma süresi)"
                            + "\\s*:?\\s*(about |approx\\.? |ca\\.? |около )?\\d+\\s*"
                            + "(min|mins|minutes?|minuten|minutos?|minuti|minut|minuty|мин|минут[аы]?|dakika)\\.?)\\W*$", 40)
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("chrome.tagline", "A wiki prints its tagline (\"From Wikipedia, the free encyclopedia\", \"From ArchWiki\")"
                    + " under every title: it names the site, not the article.")
                    .html(Match.css("#siteSub"))
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("chrome.copyright", "Copyright and rights lines belong to the site, not the article.")
                    .text("(?i)^\\W*((©|\\(c\\))\\s*\\S.*|copyright\\s*(©|\\(c\\))?\\s*(\\d{4}|by\\b).*|all rights reserved\\.?"
                            // "Copyright: Medical News Today", "Not to be reproduced without permission of …".
                            + "|copyright\\s*:\\s*\\S.{0,60}|not to be (reproduced|republished|copied)( or \\w+)? without"
                            + " (the )?(prior )?(written )?permission\\b.{0,60})\\s*$", 200)
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("chrome.powered-by", "\"Powered by WordPress\", \"Powered by vBulletin Version 3.6.4\": the software a site runs"
                    + " on signs every page, with the forum's \"All times are GMT\" line before it and its copyright after.")
                    .text("(?i)^\\W*(all times are (gmt|utc)[^.]{0,12}\\.?( the time now is [^.]{1,16}\\.?)?\\s*)?"
                            + "(proudly )?powered by (wordpress|vbulletin|phpbb|xenforo|discourse|mybb|smf|simple machines"
                            + "|invision( community| power board)?|vanilla( forums)?|flarum|nodebb|ghost|blogger|jekyll|hugo"
                            + "|drupal|joomla|typo3|shopify|squarespace|wix|tumblr|movable type|dokuwiki|mediawiki|sphinx"
                            + "|read the docs|mkdocs|docusaurus|gitbook)\\b"
                            // Only its version, its theme and its copyright may follow: "Powered by WordPress, the site
                            // went live in a week" is a sentence about it.
                            + "(\\s*(version|v\\.?)?\\s*\\d[\\w.]*)?(\\s*[|·•-]\\s*theme\\b.{1,60})?"
                            + "(\\s*(©|\\(c\\)|copyright)\\s*.{0,100})?\\W*$", 200)
                    .triggers("powered by")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("chrome.license", "A site's licence notice (\"Content is available under CC BY-SA 4.0\", \"This page is licensed"
                    + " under the PSF License\") is printed on every page; it is not what the page says.")
                    // Only a whole line about the page, the site or its code: "Its source code is licensed under the
                    // MPL" in an article about a program is that article's own sentence.
                    .text("(?i)^\\W*((except (as|where) otherwise noted,?\\s*)?(the )?(text|content|contents|material|documentation)"
                            + "( (of|on) this (page|site|website|wiki))? (is )?(available|licensed|released) under\\b.{0,250}"
                            + "|(this|the) (page|site|website|work|wiki|documentation)( and [\\w ]{1,30})? (is|are)"
                            + " (available|licensed|released) under\\b.{0,250}"
                            + "|([^;]{1,80}; )?user contributions (are )?licensed under\\b.{0,80}"
                            + "|(([\\w ,]{1,40} )?code( samples| examples)? in (the|this) documentation"
                            + "|code (samples|examples)( from [\\w .-]{1,40})?) (is|are) (additionally )?licensed under\\b.{0,200}"
                            + "|licensed under the [\\w .-]{2,40} licen[cs]e)\\W*$", 400)
                    .triggers("licen", "available under", "released under")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("chrome.image-credit", "A line that only credits a picture (\"Image: Getty\", \"Photo: AP\") outside its figure is the"
                    + " picture's furniture, left behind when the picture was not kept.")
                    .text("(?i)^\\W*((image|photo|picture|pic|foto|bild|photograph|credit)s?( copyright| credit| by)?\\s*[:©]\\s*[^!?]{2,70}"
                            // Without a colon, only a name may follow: "Illustration by Mike Nudelman", "Courtesy G4".
                            + "|((image|photo|picture|photograph|illustration|artwork)s? (by|courtesy( of)?)|courtesy( of)?) "
                            + CREDITED + "(\\s*/\\s*" + CREDITED + ")?"
                            + "|([^|/.!?]{1,40}[|/]\\s*){0,3}(getty images|getty|afp|ap photo|ap|reuters|epa|shutterstock|alamy|istock"
                            + "|pa images|bloomberg|dpa|anadolu)( via getty images)?"
                            // In Russian: "Фото: РИА Новости", "Личный архив Анны Петровой" (a portrait from their album).
                            + "|[фФ]ото(графия)?\\s*[:©]\\s*[^!?]{2,70}|([фФ]ото: )?[лЛ]ичный архив( \\p{Lu}\\S*){1,3})\\W*$", 90)
                    // One word of each alternative ("ap" lets many texts through, but never misses one).
                    .triggers("image", "photo", "pic", "foto", "bild", "credit", "courtesy", "illustration", "artwork", "getty",
                            "afp", "ap", "reuters", "epa",
                            "shutterstock", "alamy", "istock", "bloomberg", "dpa", "anadolu", "фото", "архив")
                    .guards(HEADLINE_AND_FIGURES));
}
