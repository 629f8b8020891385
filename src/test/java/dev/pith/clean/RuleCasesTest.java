package dev.pith.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule, shown on what it must remove and on what it must keep. Each case is a small page around an
 * article of real prose; the probe text must be gone (positive) or still there (negative).
 */
class RuleCasesTest {
    private static final String PROSE = "<p>The council met on Tuesday to discuss the budget for the coming year, "
            + "and members agreed to fund two new libraries after a long debate.</p>"
            + "<p>Residents who attended said they were pleased, though several asked why the swimming pool "
            + "had been left out of the plan again this year.</p>"
            + "<p>The final vote is expected next month, after a public consultation that opens on Monday.</p>";

    /** A rule, a block it must remove, and a similar block it must keep. Probes are plain words in the blocks. */
    record Case(String rule, String removeHtml, String removeProbe, String keepHtml, String keepProbe) {
    }

    /** A side rail of three cards, each a heading linking to {@code href}+n over a summary starting {@code probe}+n. */
    private static String railOfCards(String href, String probe) {
        StringBuilder rail = new StringBuilder("<div class='article-side-rail'>");
        for (int i = 1; i <= 3; i++) {
            rail.append("<div class='module'><h3><a href='").append(href).append(i).append("'>Talks on the harbour deal")
                    .append(" stall again, number ").append(i).append("</a></h3><div><p>").append(probe).append(i)
                    .append(": the minister is to return home on Friday as his latest effort to reach a deal appears to")
                    .append(" fall short.</p></div></div>");
        }
        return rail.append("</div>").toString();
    }

    static final List<Case> CASES = List.of(
            new Case("markup.short-variant", "<p>Posted <time><span class='ipsTime__long'>April 2, 2024</span><span"
                    + " class='ipsTime__short'>probeShort 1 yr</span></time></p>", "probeShort",
                    "<div><span class='summary-short'>probeKept: the short summary</span><span class='summary-main'>and"
                            + " the rest</span></div>", "probeKept"),
            // Other languages' phrasings; and a sentence in a script without ASCII letters that merely holds the
            // word ("реклама", "分享") is no label: only whole labels go.
            new Case("ads.label", "<p>Intro.</p><div>hirdetés</div><p>probeAdAfter</p>", "hirdetés",
                    "<p>A hirdetés probeKept szerint a lakás eladó, írta az ügynök.</p>", "probeKept"),
            new Case("share.label", "<p>Intro.</p><div><b>Podziel się</b></div><div>分享到:</div><p>probeAfter</p>",
                    "Podziel", "<p>Podziel się probeKept opinią z redakcją, prosi autor tekstu.</p>", "probeKept"),
            new Case("share.label", "<p>Intro.</p><div>分享到:</div><p>probeAfter</p>", "分享到",
                    "<p>分享到朋友圈的照片 probeKept 引起了很多讨论。</p>", "probeKept"),
            new Case("share.follow-author", "<p>Intro.</p><p>Polub Money.pl na Facebooku:</p><p>Volg ons op Instagram"
                    + " voor meer nieuws</p><p>probeAfter</p>", "Polub",
                    "<p>Polub probeKept też innych, mówił ksiądz na Facebooku w piątek.</p>", "probeKept"),
            new Case("ads.label", "<div>Реклама</div>", "Реклама",
                    "<p>Это не реклама, а честный обзор</p>", "честный обзор"),
            new Case("share.label", "<div><a>Teilen</a></div><div><a>Поделиться</a></div><p>probeShareAfter</p>", "Teilen",
                    "<p>他很高兴地和朋友们分享了这个好消息</p>", "好消息"),
            new Case("comments.heading", "<h3>12 Kommentare</h3><h3>Laisser un commentaire</h3>", "Kommentare",
                    "<p>Как оставить комментарий на сайте, объяснил редактор</p>", "объяснил редактор"),
            new Case("consent.cookie-notice", "<p>Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten."
                    + " probeCookieDe</p>", "probeCookieDe",
                    "<p>Wir backen Cookies probeKept am Sonntag, sagte die Bäckerin.</p>", "probeKept"),
            new Case("nav.skip-link", "<a href='#c'>Zum Inhalt springen</a><p>probeSkipAfter</p>", "Zum Inhalt",
                    "<p>Er wollte zum Inhalt springen probeKept, aber das Vorwort war zu lang.</p>", "probeKept"),
            new Case("newsletter.signup", "<p>Inscrivez-vous à notre newsletter probeNewsFr</p>", "probeNewsFr",
                    "<p>Elle s'est inscrite à la probeKept chorale du village l'an dernier.</p>", "probeKept"),
            new Case("chrome.cta", "<p>Der Rat stimmte zu.</p><div><a href='/a'>Weiterlesen</a></div><div><a>Подробнее</a></div>",
                    "Weiterlesen",
                    "<p>Wer weiterlesen probeKept will, findet den Bericht in der Bibliothek.</p>", "probeKept"),
            new Case("chrome.counter", "<p>Intro.</p><font size='2'>Last modified: March 3, 2004<br>You are visitor number"
                    + " <img src='/c.gif' alt='counter'> since January 1999.<br>Page views: 5,210</font><p>probeAfter</p>",
                    "visitor number", "<p>Visitors to the park probeKept can hire bikes since the spring, said the ranger.</p>",
                    "probeKept"),
            new Case("paywall.support-appeal", "<p>Intro.</p><div class='box'><h3>Support the show</h3><p>probeAppeal The"
                    + " Load Path is listener-supported. Become a member for ad-free episodes.</p></div>", "probeAppeal",
                    "<div class='faq'><h3>Support</h3><p>probeKept Our team answers every ticket within a working day.</p>"
                    + "</div>", "probeKept"),
            new Case("paywall.subscribe-offer", "<div>Jetzt abonnieren und weiterlesen probeAboDe</div>"
                    + "<div>Réservé aux abonnés</div>", "probeAboDe",
                    "<p>Assine o contrato probeKept até sexta-feira, disse o advogado.</p>", "probeKept"),
            new Case("share.follow-author", "<p>Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.</p>"
                    + "<p>Have a tip? Amy Kuperinsky may be reached at amy@example.com. Follow her on Twitter.</p>"
                    + "<p>Reach the reporters on Twitter at http://twitter.com/example</p>", "Newsbeat",
                    "<p>Follow the Main Street signs probeKept on foot to the museum, then turn left at Twitter Plaza.</p>"
                            + "<p>The office may be reached at 555-1234 on weekdays.</p>", "probeKept"),
            new Case("chrome.image-credit", "<p>Личный архив Ольги Петровой</p><p>Фото: РИА Новости</p>", "Личный архив",
                    "<p>Личный архив писателя передали музею в прошлом году, сообщили в библиотеке.</p>", "Личный архив"),
            new Case("chrome.dateline", "<p>First Published: Tuesday, November 19, 2019 08:38 AM</p><p>Updated at 1:23 p.m.</p>"
                    + "<p>Veröffentlicht am 3. März 2024</p>", "First Published",
                    "<p>Updated guidance was published on Monday after 3 weeks of talks with the unions.</p>"
                            + "<p>Published in 1998</p>", "Published in 1998"),
            new Case("forum.member-stats", "<div><a href='/u/2'>sam</a><div>Best Answers: 5 Trophy Points: 108</div></div>",
                    "Trophy Points",
                    "<p>The best answers probeKept came from the youngest students, their teacher said.</p>", "probeKept"),
            new Case("paywall.sign-in", "<div>Sign in to add this item to your wishlist, follow it, or mark it as ignored</div>",
                    "wishlist",
                    "<p>Guests sign in to add probeKept their names to the list at the front desk, the hotel says.</p>", "probeKept"),
            new Case("markup.script", "<script>var probeScript = 1;</script>", "probeScript",
                    "<p>Scripts such as probeKept in prose stay, says the developer, in this paragraph of text.</p>", "probeKept"),
            new Case("markup.noscript", "<noscript>Please enable JavaScript probeNoscript</noscript>", "probeNoscript",
                    "<noscript>" + PROSE.replace("budget", "probeKept budget") + "</noscript>", "probeKept"),
            // A player's shell by its class; an unknown player's control bar by its readouts. A sentence that
            // names a button, or a track list of times, is no control bar.
            new Case("comments.section", "<div id='livefyre'><div class='fyre'><article class='fyre-comment-article'><p>"
                    + "probeFyre: how is this news? Could you maybe stop doing this?</p></article></div></div>", "probeFyre",
                    "<div class='coral-reef'><p>probeKept: divers counted the fish of the coral reef for the third year"
                    + " running, and found more of them.</p></div>", "probeKept"),
            new Case("paywall.sign-in", "<p>Intro.</p><h4>Login using your social network</h4><h4>Sign in with your"
                    + " Google account</h4><p>probeAfter</p>", "Login using",
                    "<p>Log in with your probeKept bank account only on the bank's own site, the police advised.</p>",
                    "probeKept"),
            new Case("comments.heading", "<p>Intro.</p><h2>Visitor Opinions (latest shown first)</h2><h2>Add Your Opinion"
                    + " On This Article</h2><p>probeAfter</p>", "Visitor Opinions",
                    "<p>Readers' opinions probeKept differed sharply, the survey of the town found.</p>", "probeKept"),
            new Case("related.heading", "<p>Intro.</p><p>Like this topic? You may also like these photo galleries:</p>"
                    + "<p>probeAfter</p>", "Like this topic",
                    "<p>You may also like probeKept the old harbour, which the guide recommends for a walk.</p>",
                    "probeKept"),
            // A rail of teaser cards (a linked headline over a summary) holds no prose of the page's own; a rail of
            // sections under headings that link within the page does.
            new Case("nav.sidebar", railOfCards("/world/story-", "probeRail"), "probeRail1",
                    railOfCards("#part-", "probeKept"), "probeKept1"),
            new Case("chrome.copyright", "<p>Intro.</p><p><b>Copyright: Harbour Health News</b></p><p>Not to be reproduced"
                    + " without permission of Harbour Health News</p><p>probeAfter</p>", "Copyright:",
                    "<p>Copyright: the court ruled probeKept that the photographs belong to the agency that paid for them,"
                    + " not to the freelancer.</p>", "probeKept"),
            new Case("nav.media-control", "<p>Intro.</p><div><a href='#'>[+] Enlarge</a></div><p>probeAfter</p>", "Enlarge",
                    "<p>The council will enlarge probeKept the car park next year.</p>", "probeKept"),
            new Case("paywall.subscribe-offer", "<p>Intro.</p><h3>Available to WSJ.com Subscribers</h3><p>probeAfter</p>",
                    "Available to", "<p>The vaccine is now available to probeKept members of the public over 65, the"
                    + " health service said.</p>", "probeKept"),
            new Case("ads.label", "<p>Intro.</p><div>Ads by Google</div><p>probeAfter</p>", "Ads by Google",
                    "<p>Ads by Google probeKept were shown to fewer users this year, the regulator found.</p>", "probeKept"),
            new Case("chrome.cta", "<p>Intro.</p><div><a href='/signup'>Sign Up</a></div><div>(2) Click to rate</div>"
                    + "<p>probeAfter</p>", "Sign Up",
                    "<p>Sign up probeKept for the course opened on Monday and closes at the end of the month.</p>",
                    "probeKept"),
            new Case("related.heading", "<p>Intro.</p><p><strong>ALSO:</strong></p><p>probeAfter</p>", "ALSO:",
                    "<p>Also probeKept on the agenda was the question of parking near the school.</p>", "probeKept"),
            new Case("chrome.author-bio", "<p>Intro.</p><div class='postauthor'><h4>About Author</h4><p>probeBio: based in"
                    + " Las Vegas, Gary keeps everyone up to date on the city's shows, films and music.</p></div>",
                    "probeBio", "<div class='postauthor'><h4>About the book</h4><p>probeKept: set in Las Vegas, the novel"
                    + " follows a family through the city's shows, films and music.</p></div>", "probeKept"),
            new Case("share.follow-author", "<p>Intro.</p><p>Get HuffPost Business On Twitter, Facebook, and Google Buzz!</p>"
                    + "<p>Devenez fan sur , suivez-nous sur</p><p>probeAfter</p>", "HuffPost Business",
                    "<p>Get Smart on Twitter probeKept was the first campaign the agency ran for the film.</p>", "probeKept"),
            new Case("markup.player", "<p>Intro.</p><div><a href='#'>Play Video</a></div><p>probeAfter</p>", "Play Video",
                    "<p>Play video probeKept games with your children, the study recommends, but not for long.</p>",
                    "probeKept"),
            new Case("markup.player", "<p>Intro.</p><div><span>12:00:00</span> / <span>-:--:--</span></div>"
                    + "<p>probeAfter</p>", "12:00:00",
                    "<table><tr><td>Start</td><td>12:00:00 probeKept</td></tr></table>", "probeKept"),
            new Case("markup.player", "<div class='video-js vjs-paused'><div class='vjs-poster'></div><div>probePlayer"
                    + " Play Video</div></div>", "probePlayer",
                    "<div class='video-wrap'><p>probeKept: press Play to start the video, then Mute it.</p></div>",
                    "probeKept"),
            new Case("markup.player", "<div><button>Play</button><span>Current Time 0:00</span> / <span>Duration Time"
                    + " 0:00</span><span>Loaded: 0%</span><span>Stream Type LIVE</span></div>", "Current Time",
                    "<ul><li>0:00 Intro</li><li>4:12 probeKept: the interview</li></ul>", "probeKept"),
            new Case("markup.embed", "<iframe src='x'>probeIframe</iframe>", "probeIframe",
                    "<p>An iframe is mentioned here in prose about probeKept web pages and their embeds.</p>", "probeKept"),
            new Case("markup.embed", "<video><source src='a.mp4'>Your browser does not support probeVideo.</video>", "probeVideo",
                    "<p>The probeKept video shows the bridge at dawn, the caption says, filmed from the river.</p>", "probeKept"),
            new Case("markup.control", "<button>probeButton</button>", "probeButton",
                    "<p>Press the probeKept button, the guide says, and wait for the light to turn green.</p>", "probeKept"),
            new Case("markup.control", "<button aria-expanded='false' aria-controls='menu'>Open the probeMenu</button>",
                    "probeMenu", "<button aria-expanded='false' aria-controls='a1'>Do you ship probeKept abroad?</button>"
                            + "<div id='a1'><p>Yes, to every country in Europe, within five working days.</p></div>", "probeKept"),
            new Case("markup.control", "<div class='accordion'><button aria-expanded='false'>probeTab</button></div>",
                    "probeTab", "<div class='c-accordion'><h3><button aria-expanded='false'>Shipping and probeKept returns"
                            + "</button></h3><div><p>Free within five working days.</p></div></div>", "probeKept"),
            new Case("markup.control", "<h3><button aria-expanded='true'>probeToggle menu</button></h3>", "probeToggle",
                    "<section class='faq-accordion'><button aria-expanded='false'>01. Getting probeKept started</button>"
                            + "<div><p>Set up your account.</p></div></section>", "probeKept"),
            new Case("markup.form", "<form><label>probeForm</label><input></form>", "probeForm",
                    "<form>" + PROSE.replace("budget", "probeKept budget") + "</form>", "probeKept"),
            // A form holding a post and nothing to fill in is the post's wrapper; one holding only a product row is not.
            new Case("markup.form", "<p>Hand tools are quiet and cheap.</p><form><input type='hidden' name='id' value='7'>"
                    + "<div>probeForm Rust DLC pack 12,79€</div></form>", "probeForm",
                    "<form class='usertext'><input type='hidden' name='thing_id' value='t1_x'><div class='md'><p>Thanks!"
                    + " Which saw would you start with, probeKept a pull saw or a panel saw?</p></div></form>", "probeKept"),
            new Case("icon.svg", "<svg><title>probeSvg Created with Sketch.</title></svg>", "probeSvg",
                    "<figure><img src='a.jpg'><figcaption>probeKept drawing of a harbour</figcaption></figure>", "probeKept"),
            new Case("icon.font", "<i class='fa fa-probeicon'>probeGlyph</i>", "probeGlyph",
                    "<p>He said <i>probeKept</i> twice, with emphasis, before leaving the room for good.</p>", "probeKept"),
            new Case("icon.titles", "<div>ArrowArtboardCreated with Sketch. probeTitles</div>", "probeTitles",
                    "<p>The designer sketched probeKept icons by hand, she said, before moving to software.</p>", "probeKept"),
            new Case("template.placeholder", "<div>You have {{numberArticlesLeft}} probeTpl left</div>", "probeTpl",
                    "<pre><code>{{ probeKept }}</code></pre>", "probeKept"),
            new Case("template.shortcode", "<p>[button link=”http://example.com/review/” type=”big”] Send us probeCode"
                    + " review[/button]</p><p>[gallery ids=\"4,7,9\"]</p>", "probeCode",
                    "<p>Write [probeKept] in square brackets, the style guide says, where a word was added to a quote.</p>",
                    "probeKept"),
            new Case("consent.platform", "<div id='onetrust-consent-sdk'>" + PROSE.replace("budget", "probePlatform budget")
                    + "</div>", "probePlatform",
                    "<p>Platform probeKept workers stood on the trains' roofs to fix the wires, the report said.</p>",
                    "probeKept"),
            new Case("consent.cookie-banner", "<div class='cookie-banner'>probeCookie accept</div>", "probeCookie",
                    "<p>The bakery sold probeKept cookies all afternoon, and the queue reached the corner.</p>", "probeKept"),
            new Case("paywall.container", "<div class='tp-modal'><p>Subscribe for full access probePiano</p></div>", "probePiano",
                    "<div class='o-article_block pb-10 cf@tp-'><p>The console's probeKept controller has not changed since"
                            + " its last upgrade, the review says.</p></div>", "probeKept"),
            new Case("paywall.container", "<div class='paywall'>probePaywall offer</div>", "probePaywall",
                    "<div class='paywall'>" + PROSE.replace("budget", "probeKept budget") + "</div>", "probeKept"),
            new Case("paywall.meter-message", "<div>You have 2 free articles left probeMeter</div>", "probeMeter",
                    "<p>Readers get probeKept articles from the archive, the editor explained, at no cost this week.</p>", "probeKept"),
            new Case("paywall.subscribe-offer", "<div><p>Cet article est réservé aux abonnés. <a href='/abo'>Abonnez-vous</a> pour"
                    + " lire la suite. Déjà abonné ? <a href='/login'>Connectez-vous</a></p></div><p>probeAfter</p>", "réservé aux",
                    "<p>Le parking probeKept est réservé aux abonnés du réseau de bus, a rappelé la mairie lundi.</p>",
                    "probeKept"),
            new Case("paywall.subscribe-offer", "<div><p>Member-only story</p></div><p>Premium content</p><p>probeAfter</p>",
                    "Member-only",
                    "<p>Only members of the board may vote on the member-only story hour, probeKept the chair said.</p>",
                    "probeKept"),
            new Case("paywall.subscribe-offer", "<p>Try 3 months for $9 probeOffer</p>", "probeOffer",
                    "<p>Many said they would subscribe to probeKept services for the first time, a cost they had not planned for.</p>", "probeKept"),
            new Case("paywall.subscribe-offer", "<p>Get Bike Monthly delivered through your letterbox every month. 12 issues"
                    + " for £11.99. probeIssues</p>", "probeIssues",
                    "<p>Get your probeKept groceries delivered to your door in two hours, the shop promises.</p>", "probeKept"),
            new Case("paywall.subscribe-offer", "<p>If you enjoyed this article, and were stimulated by its contents, we have a"
                    + " proposition for you: Join probeClub.</p>", "probeClub",
                    "<p>If you enjoyed this probeKept article, the author says, you will like the book it came from.</p>",
                    "probeKept"),
            new Case("paywall.subscribe-offer", "<p>Subscribe to Example and stay smart with more of your favorite writers"
                    + " probeStay.</p>", "probeStay",
                    "<p>Subscribe to probeKept podcasts and you will hear the ads twice, the study found.</p>", "probeKept"),
            new Case("paywall.subscribe-offer", "<p>Support Example and make a difference for readers everywhere probeSupport.</p>",
                    "probeSupport",
                    "<p>Support for probeKept renters and owners will make a difference, the mayor said on Monday.</p>", "probeKept"),
            new Case("paywall.sign-in", "<div><h3>Price Alert</h3><p>Log in to set a price alert on this product.</p></div>",
                    "price alert on",
                    "<p>Most shoppers log in to set probeKept alerts on prices, the survey of online stores found.</p>",
                    "probeKept"),
            new Case("paywall.sign-in", "<div><a>Sign in to continue probeSignin</a></div>", "probeSignin",
                    "<p>Visitors must sign in at the probeKept front desk before entering the building, staff said.</p>", "probeKept"),
            new Case("ads.slot", "<div class='ad-slot'>probeAd</div>", "probeAd",
                    "<div class='add-to-list'><p>probeKept is a word in a paragraph that happens to be long enough to count.</p></div>", "probeKept"),
            new Case("ads.label", "<div><div>Advertisement - Members don't see this ad</div><p>probeAdAfter the break.</p></div>",
                    "Members don't see", "<p>Members don't see this ad campaign as probeKept fair, the union said.</p>",
                    "probeKept"),
            new Case("ads.label", "<p>Story continues below</p><div>Article continues after advertisement</div>"
                    + "<p>Lesen Sie nach der Anzeige weiter</p>", "continues below",
                    "<p>The story continues below the bridge, where probeKept the river turns east, the guide said.</p>",
                    "probeKept"),
            new Case("ads.label", "<div>Advertisement</div>", "Advertisement",
                    "<p>Advertisement spending probeKept rose sharply last year, the agency reported on Friday.</p>", "probeKept"),
            new Case("sponsored.block", "<div class='sponsored-links'>probeSponsored</div>", "probeSponsored",
                    "<p>The event was probeKept sponsored by a local bank, which paid for the stage and lights.</p>", "probeKept"),
            new Case("sponsored.label", "<h3>Sponsored Content</h3>", "Sponsored Content",
                    "<p>Sponsored content probeKept is growing, the study found, as publishers look for revenue.</p>", "probeKept"),
            new Case("newsletter.signup", "<p>There's plenty more where that came from. Sign up for The Daily probeDaily"
                    + " today to get the free newsletter.</p>", "probeDaily",
                    "<p>More than 10,000 people subscribe to her probeKept newsletter, which she started in 2019.</p>",
                    "probeKept"),
            new Case("newsletter.signup", "<div class='newsletter-box'>probeNewsletter</div>", "probeNewsletter",
                    "<p>The probeKept newsletter of the club, printed monthly, has been published since 1962.</p>", "probeKept"),
            new Case("share.bar", "<p>Intro.</p><a class='swp_CTT' href='https://twitter.com/share'><span class='sw-click-to-tweet'>"
                    + "<span class='sw-ctt-text'>Every business lives in time.</span><span class='sw-ctt-btn'>Click To probeTweet"
                    + "</span></span></a>", "probeTweet",
                    "<a class='swp_CTT' href='https://twitter.com/share'><span class='sw-click-to-tweet'><span class='sw-ctt-text'>"
                    + "Every probeKept business lives in time.</span><span class='sw-ctt-btn'>Click To Tweet</span></span></a>",
                    "probeKept"),
            new Case("share.follow-author", "<p>Email Tariq Malik at tmalik@example.com or follow him @tariqjmalik. Follow us"
                    + " on Twitter @Example.</p>", "tmalik", "<p>Contact the probeKept office at permits@example.gov for a building"
                    + " permit, or follow the steps below.</p>", "probeKept"),
            new Case("share.bar", "<div class='share-buttons'>probeShare</div>", "probeShare",
                    "<div class='shared-history'><p>probeKept shared history of the two towns goes back centuries, and locals know it.</p></div>", "probeKept"),
            new Case("share.bar", "<div class='follow-us'><a href='/x'>probeFollow</a></div>", "probeFollow",
                    "<div class='follow-up__item'><p>probeKept The clinic called back within a day and booked the"
                            + " second visit, which we had not expected.</p></div>", "probeKept"),
            new Case("share.bar", "<ul class='social-links'><li><a href='/fb'>probeSocial</a></li></ul>", "probeSocial",
                    "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>probeKept this is real, and the"
                    + " state spent half a million on it</p>— A Reader (@reader)</blockquote></div>", "probeKept"),
            // A recipe card's Pinterest button and a share plug-in's hidden pin image; a pinned post is no button.
            new Case("share.bar", "<div class='wprm-recipe-buttons'><a class='wprm-recipe-pin' href='#'>probePin</a></div>",
                    "probePin", "<div class='post pinned-post'><p>probeKept Welcome to the board: read the rules before"
                            + " you post, and be kind to newcomers.</p></div>", "probeKept"),
            new Case("share.label", "<p>Intro.</p><div><a href='#r'>Jump to Recipe</a> <a href='#p'>Print Recipe</a></div>",
                    "Jump to Recipe", "<p>Print the recipe probeKept on thick paper: it lives in the kitchen.</p>", "probeKept"),
            new Case("share.follow-author", "<p>Swap the lemon for orange.</p><div>Tried this recipe? Mention <a href='#'>"
                    + "@sundayskillet</a> or tag <a href='#'>#sundayskillet</a>!</div>", "Tried this recipe",
                    "<p>Tried this recipe? probeKept We did, twice, and found it too salty for our taste.</p>", "probeKept"),
            new Case("shop.pay-later", "<div class='price'>$349.00</div><div class='bnpl'>Or 4 interest-free payments of"
                    + " $87.25 with Klarna. <a href='#'>Learn more</a></div>", "Klarna",
                    "<p>Pay in four payments by cheque probeKept, or all at once by card: the office takes both.</p>",
                    "probeKept"),
            new Case("markup.control", "<div><label for='qty'>Quantity</label><input id='qty' type='number'></div>"
                    + "<div><label>Color</label><button>Sage</button></div>", "Quantity",
                    "<div class='tabs'><input type='radio' id='t1' name='t'><label for='t1'>probeKept Overview</label>"
                    + "<div><p>The tent sets up in three minutes with one pole.</p></div></div>", "probeKept"),
            new Case("share.label", "<span>Share on Facebook</span>", "Share on Facebook",
                    "<p>She would share probeKept recipes with neighbours every Sunday, her son remembered.</p>", "probeKept"),
            new Case("related.links", "<div class='related-posts'><a>probeRelated</a></div>", "probeRelated",
                    "<p>The two cases are probeKept related, police said, but no arrests have been made so far.</p>", "probeKept"),
            new Case("related.heading", "<h3>Read more</h3>", "Read more",
                    "<p>Read more probeKept books, the teacher urged her class, and write down what you learn.</p>", "probeKept"),
            // "Recommended:" labels a spec list (a game's recommended system), where "Recommended" heads teasers.
            new Case("related.heading", "<h3>Recommended</h3><ul><li><a href='/a'>Ten tips for spring</a></li></ul>", "Recommended",
                    "<ul><strong>Recommended:</strong><br><ul><li>Requires a 64-bit processor and operating system</li>"
                            + "<li>OS: Windows 10 - 64-bit</li><li>Processor: Intel Core i7-4770K / AMD Ryzen 5 1500X</li>"
                            + "<li>Memory: 12 GB RAM</li><li>Graphics: Nvidia GeForce GTX 1060 6GB / AMD Radeon RX 480 4GB</li>"
                            + "<li>Storage: 150 GB available space</li></ul></ul>", "Recommended:"),
            new Case("related.heading", "<h3>Читайте также</h3>", "Читайте",
                    "<h3>Что думают эксперты по теме</h3>", "эксперты"),
            new Case("related.heading", "<h3>Popular on Example</h3>", "Popular on",
                    "<h3>Popular on probeKept campuses: night buses</h3>", "probeKept"),
            new Case("related.pointer", "<p>More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports</p>"
                    + "<p>Related Roundup: MacBook Pro</p>", "apnews", "<p>More than 300 probeKept fans: the club's record,"
                    + " set in 1998.</p>", "probeKept"),
            new Case("related.block", "<div class='heading-h3'>More Great Example Stories</div><ul><li><a href='/a'>"
                    + "probeNext story</a></li><li><a href='/b'>Another</a></li></ul>", "probeNext",
                    "<h3>Ingredients</h3><ul><li>Two probeKept eggs</li><li>Flour</li></ul>", "probeKept"),
            new Case("related.block", "<div class='x1'><div><h3>You may also like</h3></div><article><p>Teaser probeBlock:"
                    + " a long summary of another story, written as a sentence that runs past eighty characters.</p></article></div>",
                    "probeBlock",
                    "<section><h2>Top stories</h2><p>probeKept A home page's own list of the day's stories is its content,"
                            + " not a list of other articles like this one.</p></section>", "probeKept"),
            new Case("related.block", "<article><h3 class='t'>Você pode gostar...</h3><p>probeVoce Um texto longo sobre"
                    + " outra coisa, escrito como uma frase que passa dos oitenta caracteres.</p></article>", "probeVoce",
                    "<div><h2>Related work</h2><p>probeKept Earlier studies of the harbour measured the same tides, the"
                            + " authors write, with older gauges.</p></div>", "probeKept"),
            new Case("related.block", "<div><h2>Most Popular Posts</h2><ul><li><a href='/p'>probePopular What is the worry?"
                    + " The real issue is where the line for its uses is, and who decides it.</a></li></ul></div>", "probePopular",
                    "<section><h2>Popular culture</h2><p>probeKept Films and songs of the decade shaped the way the town saw"
                            + " itself, the historian writes.</p></section>", "probeKept"),
            // The pointer in other languages; the same words inside a sentence are the sentence's.
            new Case("related.pointer", "<p>Читайте также: <a href='/x'>probePointer метро в феврале вырос на 8%</a></p>"
                    + "<p>À lire aussi : <a href='/y'>probePointer les critiques de la loi</a></p>", "probePointer",
                    "<p>Эксперты высказались по теме: probeKept все согласны, что станция нужна.</p>", "probeKept"),
            new Case("related.pointer", "<p>政府は今後、打ち上げ回数を増やす考えだ。</p><p>【関連記事】<a href='/n/1'>probePointer"
                    + "初号機の失敗、原因は電源系統</a></p><p>相关阅读：<a href='/n/2'>probePointer 三峡水库开闸泄洪</a></p>",
                    "probePointer", "<p>関連記事の probeKept 書き方について、編集部は新しい指針をまとめた。</p>", "probeKept"),
            new Case("related.pointer", "<p>Pemerintah membuka pembangkit baru.</p><p>Baca juga: <a href='/x'>probePointer"
                    + " Harga listrik naik</a></p><p>اقرأ أيضاً: <a href='/y'>probePointer الطلب على الكهرباء</a></p>",
                    "probePointer", "<p>Warga diminta baca juga probeKept aturan baru sebelum mendaftar ke kantor desa.</p>",
                    "probeKept"),
            new Case("related.pointer", "<p>Los inquilinos valoraron la medida.</p><p><strong>Te puede interesar:</strong>"
                    + " <a href='/x'>probePointer El alquiler sube un 9%</a></p>", "probePointer",
                    "<p>Te puede interesar probeKept saber que el plazo termina el viernes, recordó la ministra.</p>",
                    "probeKept"),
            new Case("share.bar", "<p>Los inquilinos valoraron la medida.</p><div class='compartir'>probeShare Compartir en"
                    + " Facebook</div>", "probeShare", "<p>Compartir piso probeKept es la opción de muchos jóvenes, según"
                    + " el informe.</p>", "probeKept"),
            new Case("chrome.post-meta", "<p>Los inquilinos valoraron la medida.</p><div>Por Lucía Martín | Madrid | 12 de"
                    + " marzo de 2024</div>", "Lucía", "<p>Por la tarde probeKept llovió | y por la noche nevó en la"
                    + " sierra.</p>", "probeKept"),
            new Case("related.pointer", "<p>Lesen Sie auch: <a href='/x'>probePointer Neue Tarife ab April</a></p>",
                    "probePointer", "<p>Lesen Sie auch probeKept die Hinweise der Polizei, bevor Sie losfahren.</p>",
                    "probeKept"),
            new Case("related.pointer", "<p>READ MORE: <a href='/x'>probePointer plague cases confirmed in Beijing</a></p>",
                    "probePointer",
                    "<p>Read more probeKept about the plague in the report the agency published on Monday.</p>", "probeKept"),
            new Case("related.pointer", "<p>Police said two people were hurt.</p><a class='teaser' href='/b'><span>Also on"
                    + " example.com</span> <span>probeAlsoOn ministers resign over the fuel deal</span></a><p>The talks"
                    + " resume on Monday.</p>", "probeAlsoOn",
                    "<p>The band also played probeKept songs, and also on Friday they played in Lisbon.</p>", "probeKept"),
            new Case("consent.cookie-notice", "<p>This website uses cookies to improve your experience while you navigate "
                    + "through the website. probeCookie Out of these cookies, the cookies that are categorized as necessary are "
                    + "stored on your browser as they are essential for the working of basic functionalities of the website. "
                    + "We also use third-party cookies that help us analyze and understand how you use this website. These cookies "
                    + "will be stored in your browser only with your consent, and you can opt out of them.</p>",
                    "probeCookie",
                    "<p>This website uses probeKept cookie-free analytics, the editors wrote, and keeps no data about readers.</p>",
                    "probeKept"),
            new Case("comments.byline", "<p>probeByline Griffes on September 12, 2018 at 4:47 pm said:</p>", "probeByline",
                    "<p>The minister probeKept said on Monday, 12 May 2018, that she wrote to the council.</p>", "probeKept"),
            new Case("comments.byline", "<p>probeSays fan says:</p>", "probeSays",
                    "<p>In a statement, the company probeKept said: we will appeal.</p>", "probeKept"),
            new Case("chrome.license", "<p>Except as otherwise noted, the content of this page is licensed under the Creative"
                    + " Commons Attribution 4.0 License, and code samples are licensed under the Apache 2.0 License.</p>",
                    "Creative Commons Attribution 4.0",
                    "<p>Its source code probeKept is licensed under the Mozilla Public License.</p>", "probeKept"),
            new Case("chrome.license", "<div>This page is licensed under the Python Software Foundation License Version 2.</div>"
                    + "<div>Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may"
                    + " apply.</div>", "Python Software Foundation",
                    "<p>Which espresso machines are probeKept available under $500?</p>", "probeKept"),
            new Case("chrome.post-meta", "<p>On Behalf of Smith &amp; Jones LLP | Apr 21, 2017 | Products Liability</p>",
                    "Products Liability",
                    "<p>By the end of the year probeKept prices had risen by a third, the statistics office said.</p>",
                    "probeKept"),
            new Case("chrome.app-prompt", "<div><a>Open in Desktop App</a></div><div>Open this page in the Steam App to"
                    + " wishlist, follow, purchase and see recommendations</div><div>Get the App</div>", "Open in Desktop",
                    "<p>Get the app probeKept developers said they would fix the bug by Friday, the report said.</p>",
                    "probeKept"),
            new Case("hidden.class", "<p>Intro.</p><div class='hide'>" + ("<h4><a href='/a'>Other story</a></h4><p>Today's golden"
                    + " children may be iOS 7 and all things software, but that doesn't mean the machines running it are"
                    + " being… <a href='/a'>Read…</a></p>").repeat(3) + "<p>probeTeaser excerpt ends here and goes on"
                    + " somewhere else entirely, on a page of its own, as teasers do...</p></div>", "probeTeaser",
                    "<div class='hide'>" + ("<p>The council said on Monday that the bridge, which took four years to"
                    + " build, would open in the spring after final checks.</p>").repeat(3) + "<p>probeKept</p></div>",
                    "probeKept"),
            new Case("hidden.class", "<table><tr><td>Chat <span class='sr-only'>probeHint opens a tooltip</span></td>"
                    + "<td><i class='fa-check'></i></td></tr></table>", "probeHint",
                    "<table><tr><td>Chat</td><td><i class='fa-check'></i><span class='sr-only'>probeKept</span></td></tr></table>",
                    "probeKept"),
            new Case("icon.avatar", "<div class='post'><img src='data/avatars/m/13/1378.jpg?17' alt='probeAvatar'>"
                    + "<img class='avatar avatar-48' src='https://secure.example.com/u/8659.png' alt='probeClassed'>"
                    + "<p>I agree with the last reply.</p></div>", "probeAvatar",
                    "<article><p>The sequel opens in May.</p><img src='/images/avatar-poster-2009.jpg' alt='probeKept'>"
                    + "</article>", "probeKept"),
            new Case("icon.avatar", "<div class='comment'><img class='avatar avatar-48' src='https://cdn.example.com/u/8659.png'"
                    + " alt='probeClassed'><p>Thanks for the recipe.</p></div>", "probeClassed",
                    "<figure><img src='/media/team/jane.jpg' alt='probeKept'><figcaption>Jane Roe</figcaption></figure>",
                    "probeKept"),
            new Case("icon.small-picture", "<div class='byline'><a href='/@jane'><img src='/u/1.jpeg' width='44' height='44'"
                    + " alt='probeSmall'></a><p>The council met on Tuesday.</p></div>", "probeSmall",
                    "<p>The view from the ridge.</p><img src='/photos/ridge.jpg' width='640' height='48' alt='probeKept'>"
                    + "<table><tr><td>Rank tracking</td><td><img src='/tick.png' width='20' height='20' alt='probeTick'></td></tr>"
                    + "</table>", "probeKept"),
            new Case("icon.small-picture", "<p>Jane Roe</p><img src='/u/2.png' width='32px' height='32px' alt='probePx'>",
                    "probePx",
                    "<table><tr><td>Rank tracking</td><td><img src='/tick.png' width='20' height='20' alt='probeTick'></td></tr>"
                    + "</table><p>The last column says whether the plan includes it.</p>", "probeTick"),
            new Case("forum.timeline-event", "<div><a href='/bo'>bo</a> added a commit that referenced this issue <a"
                    + " href='#e1'>Sep 4, 2026</a></div><div><a href='/ann'>ann</a> closed this as completed <a href='#e2'>Sep 5,"
                    + " 2026</a></div><p>probeAfter</p>", "closed this",
                    "<p>The mayor closed this probeKept bridge as completed work on Monday, after four years.</p>", "probeKept"),
            new Case("forum.prompt", "<div><a href='/signup'>Sign up for free</a> <strong>to join this conversation on"
                    + " GitHub</strong>. Already have an account? <a href='/login'>Sign in to comment</a></div><p>probeAfter</p>",
                    "join this conversation",
                    "<p>Sign up for free to join this probeKept conversation about the budget, the council said, then "
                    + "bring your questions to the town hall on Tuesday evening and meet the councillors in person there.</p>",
                    "probeKept"),
            new Case("forum.prompt", "<div><h4>Posting Permissions</h4><ul><li>You <strong>may not</strong> post new threads</li>"
                    + "<li>You <strong>may not</strong> post replies</li><li>BB code is On</li></ul></div><p>probeAfter</p>",
                    "post replies",
                    "<p>You may not post replies to letters, the editor wrote probeKept, but you may send new ones.</p>",
                    "probeKept"),
            new Case("share.follow-author", "<p>Haben Sie Hinweise zu diesem Thema? Schreiben Sie uns an lokales@example.de.</p>"
                    + "<p>Got a tip? Email us at tips@example.com</p><p>probeAfter</p>", "Hinweise",
                    "<p>Haben Sie Fragen zur Steuer probeKept, hilft das Finanzamt weiter, sagte die Sprecherin.</p>", "probeKept"),
            new Case("ads.label", "<p>Continua após a publicidade</p><p>probeAfter</p>", "Continua após",
                    "<p>A campanha continua após a publicidade probeKept ser aprovada pelo conselho, disse a empresa.</p>",
                    "probeKept"),
            new Case("share.follow-author", "<p><a href='https://news.google.com/x'>Siga o Jornal da Serra no Google News</a></p>"
                    + "<div><p>Receba as notícias do Jornal da Serra no seu WhatsApp. <a href='#'>Clique aqui</a>.</p></div>"
                    + "<p>probeAfter</p>", "Google News",
                    "<p>Siga o probeKept rio até a ponte e vire à esquerda no Google News café, explicou o guia.</p>",
                    "probeKept"),
            new Case("share.bar", "<div class='compartilhe'><span>Compartilhe:</span> <a href='#'>WhatsApp</a> <a href='#'>X</a>"
                    + " probeShare</div>", "probeShare",
                    "<div class='compartilhamento-dados'><p>probeKept O compartilhamento de dados entre prefeituras começa em maio.</p></div>",
                    "probeKept"),
            new Case("forum.thread-panel", "<div class='stat-block'><h3>Who is online</h3><p>Users browsing this forum: No"
                    + " registered users and 2 guests probePanel</p></div>", "probePanel",
                    "<div><h3>Who is online at the clinic</h3><p>probeKept Two nurses and a doctor are on call every night.</p></div>",
                    "probeKept"),
            new Case("forum.member-info", "<dl class='postprofile'><dt><a class='username' href='/u/97'>ovenspring</a></dt>"
                    + "<dd class='profile-custom-field profile-location'><strong>Location:</strong> Bristol probeField</dd></dl>",
                    "probeField",
                    "<dl class='profile'><dt>Location</dt><dd class='location'>probeKept Town Hall, Bristol</dd></dl>", "probeKept"),
            new Case("forum.prompt", "<div class='review'><p>Hot coffee for an hour.</p><span>212 people found this helpful</span>"
                    + "</div><p>Was this review helpful?</p><p>probeAfter</p>", "found this helpful",
                    "<p>Most of the 212 people found this helpful probeKept advice in the leaflet, the survey showed.</p>",
                    "probeKept"),
            new Case("forum.member-info", "<aside class='ipsEntry__author'><h3><a class='ipsUsername' href='/u/3'>R C-R</a></h3>"
                    + "<div class='ipsEntry__group'>Members probeGroup</div><ul class='ipsEntry__authorStats'><li>28.4k</li></ul>"
                    + "</aside>", "probeGroup",
                    "<div class='form-group'><p>probeKept Members of the group meet on the first Tuesday of each month.</p></div>",
                    "probeKept"),
            new Case("newsletter.fine-print", "<div><p>No spam, we promise. You can unsubscribe at any time and we'll never"
                    + " share your details.</p></div><p>Yes, I want offers by e-mail from the shop. You may unsubscribe at any"
                    + " time.</p><p>probeAfter</p>", "No spam",
                    "<p>The law says probeKept users must be able to unsubscribe at any time from marketing lists.</p>"
                    + "<p>No spam filter catches everything, the researchers found.</p>", "probeKept"),
            new Case("newsletter.fine-print", "<p>Yes, I want offers by e-mail from the shop. You may unsubscribe at any"
                    + " time. probeConsent</p>", "probeConsent",
                    "<p>No spam filter catches probeKept everything, the researchers found.</p>", "probeKept"),
            new Case("nav.text-size", "<div><span class='text_size'><span>text size:</span> <a href='#'>T</a>"
                    + " <a href='#'>T</a></span></div><div><span>Text Size </span><a href='#'><img src='minus.gif'></a></div>"
                    + "<p>probeAfter</p>", "text size",
                    "<p>Text size probeKept matters for how long people read, the designers said.</p>", "probeKept"),
            new Case("nav.text-size", "<div id='article_top'><span class='text_size'><span>text size:</span> <a href='#'>T</a>"
                    + " <a href='#'>T</a></span> <a href='/your-company'>Your Company</a></div><p>probeAfter</p>", "text size",
                    "<p class='has-large-font-size'>Text size probeKept matters.</p><h3 class='text-size-xlarge'>Password"
                    + " probeKept manager</h3>", "probeKept"),
            new Case("chrome.post-meta", "<p>By: Patti Domm | CNBC Executive News Editor</p><p>probeAfter</p>", "Patti Domm",
                    "<p>By: the end probeKept of the year, prices had risen by a third, the office said.</p>", "probeKept"),
            new Case("share.label", "<ul><li><a href='#'>Print</a></li><li><a href='#'>Recommend</a></li></ul>"
                    + "<p>probeAfter</p>", "Recommend",
                    "<p>I recommend probeKept this book to anyone who likes a long walk.</p>", "probeKept"),
            new Case("related.heading", "<p>Intro.</p><h5>Related tags</h5><p>probeAfter</p>", "Related tags",
                    "<p>Related tags probeKept are grouped together by the editors, the guide says.</p>", "probeKept"),
            new Case("chrome.browser-warning", "<p><strong>Improve your experience.</strong> We are very sorry but this"
                    + " website does not support Internet Explorer. We recommend using a different browser that is supported"
                    + " such as <a>Google Chrome</a> or <a>Mozilla Firefox</a>.</p><p>You are using an outdated browser."
                    + " Please upgrade your browser to improve your experience.</p>", "does not support Internet",
                    "<p>Microsoft said its probeKept website does not support Internet Explorer any more, and that users"
                    + " should move to Edge before the end of support next June, when security updates stop for good.</p>"
                    + "<p>Your browser is out of date probeKept: a tale of three engineers who fixed it.</p>", "probeKept"),
            new Case("chrome.browser-warning", "<p>Intro.</p><div><p>This page is best viewed in an up-to-date web browser"
                    + " with style sheets (CSS) enabled. While you will be able to view the content of this page in your"
                    + " current browser, you will not be able to get the full visual experience. Please consider upgrading"
                    + " your browser software or enabling style sheets (CSS) if you are able to do so.</p></div>",
                    "best viewed", "<p>The painting is best viewed in probeKept daylight from the east gallery, the"
                    + " curator said.</p>", "probeKept"),
            new Case("chrome.app-prompt", "<p>Intro.</p><div><strong>CLICK HERE TO GET THE FOX NEWS APP</strong></div>",
                    "FOX NEWS APP",
                    "<p>Click here to get the probeKept latest version of the app once it is out.</p>", "probeKept"),
            new Case("share.label", "<p>Intro.</p><div><span>197 Shares</span></div>", "197 Shares",
                    "<p>He bought 197 shares probeKept of the company in March.</p>", "probeKept"),
            new Case("paywall.sign-in", "<div>You're not signed in!</div><p>probeAfter</p>", "not signed in",
                    "<p>You're not signed in probeKept to the network until the router shows a green light.</p>", "probeKept"),
            new Case("nav.categories", "<div id='catlinks' class='catlinks'><div class='mw-normal-catlinks'><a>Categories</a>:"
                    + " <ul><li><a>Rivers of France</a></li></ul></div></div>", "Rivers of France",
                    "<div class='categories-intro'><p>The probeKept museum sorts its collection into five categories,"
                    + " each in its own wing.</p></div>", "probeKept"),
            new Case("nav.list-controls", "<div><span>Showing 24 of 133 results</span><ul><li>probeItem</li></ul></div>",
                    "Showing 24",
                    "<h2>Filters</h2><p>A filter probeKept narrows the query set; chain several to combine them.</p>",
                    "Filters"),
            new Case("nav.list-controls", "<div>Sort By: Sort By: Featured</div><div>33 Results</div><p>probeItem</p>",
                    "33 Results",
                    "<p>Sort by: the probeKept committee weighed the bids one by one and kept the cheapest three.</p>",
                    "probeKept"),
            new Case("nav.media-control", "<div><span>Full Screen</span><span>Autoplay</span></div><div>View Photos</div>"
                    + "<div>Wait 1 second to continue.</div>", "Wait 1 second",
                    "<p>Autoplay probeKept videos annoy readers, the survey of news sites found last year.</p>", "probeKept"),
            new Case("nav.media-control", "<p>Image 2 of 5</p><p>probeCounter</p>", "Image 2 of 5",
                    "<p>Image 2 of the report probeKept shows the river at its highest point on record.</p>", "probeKept"),
            new Case("chrome.image-credit", "<p>Image: probeCredit Q cells</p>", "probeCredit",
                    "<p>Image: the report probeKept paints a picture of a town that has run out of money.</p>", "probeKept"),
            new Case("comments.section", "<div id='comments'><p>probeComment first!</p></div>", "probeComment",
                    "<p>Officials declined to comment probeKept on the report, which was published on Monday.</p>", "probeKept"),
            // Whatever the markup, a block that opens with "Comments" holds them; a heading that only starts so stays.
            new Case("comments.section", "<div class='box'><h2>Коментари</h2><div class='cdv'><p>probeComment Г-н Борисов,"
                    + " с това ваше изявление вие предупреждавате мутрите.</p></div></div>", "probeComment",
                    "<div class='box'><h2>Comments on the draft law</h2><p>The ministry received probeKept comments from"
                    + " forty groups.</p></div>", "probeKept"),
            // An old page's box: a header row in wrappers, its heading first and a link beside it, over the comments.
            new Case("comments.section", "<p>Intro.</p><div class='box'><div class='hbox'><div>"
                    + "<div><h2>Коментари</h2> <a href='#f'>Коментирай</a></div></div></div><div class='cbox'><p>probeComment"
                    + " Г-н Борисов, с това ваше изявление вие предупреждавате мутрите.</p></div></div>", "probeComment",
                    "<div class='box'><div class='hbox'><div><div><h2>Прогноза</h2> <a href='#f'>Още</a></div></div></div>"
                    + "<p>probeKept Утре ще вали.</p></div>", "probeKept"),
            // The thread right after its heading, the two not wrapped together; after a post's meta line, no thread.
            new Case("comments.section", "<h3>3 Comments</h3><ol class='list'><li><b>Tom</b> <p>probeComment We did the"
                    + " same last year and I agree about the cleaning.</p></li></ol>", "probeComment",
                    "<p class='meta'>12 Comments</p><ul class='tags'><li><a href='/t/ai'>probeKept AI</a></li></ul>",
                    "probeKept"),
            new Case("comments.reviews", "<section class='product-reviews'><h2>Customer reviews</h2>" + PROSE.replace("budget",
                    "probeReview budget") + "</section>", "probeReview",
                    "<main class='reviews'><h2>Film reviews</h2>" + PROSE.replace("budget", "probeKept budget") + "</main>",
                    "probeKept"),
            new Case("comments.heading", "<div>Please enable JavaScript to view the comments powered by Disqus.</div>",
                    "enable JavaScript", "<p>To view the comments of probeKept readers, the guide says, scroll past the photos.</p>",
                    "probeKept"),
            new Case("comments.heading", "<h3>Leave a Review</h3>", "Leave a Review",
                    "<p>Leave a review of the probeKept hotel only after your stay, the site asks.</p>", "probeKept"),
            new Case("chrome.posted-by", "<span class='posted'>Posted by David at December 16, 2025 11:15 AM<br></span>",
                    "Posted by", "<p>Posted by the council on the probeKept notice board, the plan drew no objections.</p>",
                    "probeKept"),
            new Case("forum.reactions", "<div class='likesSummary secondaryContent'><span class='LikeText'><a href='/m/1'>"
                    + "MargoFarrel</a> probeLikes likes this.</span></div>", "probeLikes",
                    "<div class='likes-and-dislikes'><p>What probeKept likes and dislikes about the new forum layout, in"
                    + " her own words, after a week of using it.</p></div>", "probeKept"),
            new Case("chrome.cta", "<a class='btn' href='/book'>Schedule a strategy call</a><a href='/c'>Let's connect</a>",
                    "strategy call", "<p>Schedule a strategy call probeKept with the board before March, the memo advised"
                    + " the new director.</p>", "probeKept"),
            new Case("shop.gallery-hint", "<span id='canvasCaption'>Roll over image to zoom in</span>", "Roll over",
                    "<p>Roll over the probeKept image to zoom in on the crack, the museum's guide suggests, then look"
                    + " at the date.</p>", "probeKept"),
            new Case("shop.gallery-hint", "<p>Click to enlarge</p>", "Click to",
                    "<p>Click to enlarge probeKept was the only instruction the engineers left on the old panel.</p>",
                    "probeKept"),
            new Case("related.block", "<div class='sp'><h2>Products related to this item</h2><ol><li><a href='/p/1'>"
                    + "Ridgeback Dome Tent probeOffer</a> $79.99</li></ol></div>", "probeOffer",
                    "<section><h2>Related coverage of probeKept</h2><p>The ministry's earlier statements on the tent"
                    + " camps are collected in the appendix below, with the dates they were made.</p></section>",
                    "probeKept"),
            new Case("newsletter.list-info", "<a href='/mailman/listinfo/users'>More information about the users"
                    + " mailing list</a>", "More information",
                    "<p>More information about the probeKept mailing list scandal came out in court on Tuesday, when"
                    + " the clerk read the messages aloud.</p>", "probeKept"),
            new Case("comments.notes", "<ol><li><span><a href='/k'>knitnerd</a> reblogged this from <a href='/'>wool</a> and"
                    + " added:</span><blockquote><p>saving this probeNote for next winter</p></blockquote></li>"
                    + "<li><span><a href='/p'>purlfan</a> liked this</span></li></ol><a href='#'>Show more notes</a>", "probeNote",
                    "<p>The probeKept blogger reblogged this from a friend's page before the story spread to the news sites"
                    + " that week.</p>", "probeKept"),
            new Case("comments.heading", "<h4>Top comments (31)</h4>", "Top comments",
                    "<p>The top comments probeKept of the minister were about the budget, aides said.</p>", "probeKept"),
            new Case("comments.heading", "<h3>42 Comments</h3>", "42 Comments",
                    "<p>The mayor's comments probeKept drew criticism from the opposition on Wednesday.</p>", "probeKept"),
            new Case("forum.member-info", "<div class='message-userExtras'><dl><dt>Joined</dt><dd>Jun 29, 2016"
                    + " probeMember</dd></dl></div>", "probeMember",
                    "<div class='message-userContent'><p>I applied probeKept to four programs this cycle and heard back"
                    + " from two of them.</p></div>", "probeKept"),
            // A rank printed by its class, which the rank words do not know: "Moderator", "Lifetime Supporter".
            new Case("forum.member-info", "<div class='message-userDetails'><h4 class='message-name'><a href='/u/311'>wokhei</a>"
                    + "</h4><h5 class='userTitle message-userTitle'>Moderator probeRank</h5></div>", "probeRank",
                    "<div class='page-title'><h2>Moderator probeKept of the evening debate</h2></div>", "probeKept"),
            new Case("nav.page-tools", "<section class='method'><a class='src rightside' href='../src/lib.rs.html#36'>source"
                    + "</a><h4>pub fn with_capacity(n: usize) -&gt; Self</h4></section><p>Edit this page</p><p>probeAfter</p>",
                    "source</a>",
                    "<table><tr><th>Source</th><th>probeKept Share</th></tr><tr><td>Wind</td><td>31%</td></tr></table>"
                    + "<ul><li><a href='/wiki/Snobol'>SNOBOL</a></li><li><a href='/wiki/Source'>Source</a></li></ul>",
                    "Source</a>"),
            new Case("chrome.cta", "<details open><summary class='hideme'><span>Expand description</span></summary><p>A bounded"
                    + " queue that drops the oldest item when full.</p></details>", "Expand description",
                    "<p>Expand description probeKept fields before you save the form, the guide says.</p>", "probeKept"),
            new Case("shop.reassurance", "<div class='blockreassurance_product'><div><img src='/pack2/carrier.svg'>"
                    + "<p class='block-title'>Free UK delivery over £75 probeUsp</p></div></div>", "probeUsp",
                    "<div class='product-description'><p>probeKept Free repairs for life: send the throw back and we darn"
                    + " it, however old it is.</p></div>", "probeKept"),
            new Case("shop.badge", "<ul class='product-flags'><li class='product-flag new'>New probeFlag</li></ul>", "probeFlag",
                    "<ul class='product-features'><li>New probeKept merino from our own flock</li></ul>", "probeKept"),
            new Case("chrome.header", "<header id='header'><a href='/'><img src='/logo.jpg' alt='Loom'></a><div>Contact us"
                    + " probeHeader</div></header>", "probeHeader",
                    "<header class='entry-header'><p class='standfirst'>probeKept The mill reopened in May.</p></header>",
                    "probeKept"),
            new Case("chrome.cta-banner", "<div class='hs-cta-embed'><a href='/cta/redirect'><img alt='Download the free"
                    + " template' src='/cta/probeBanner.png'></a></div>", "probeBanner",
                    "<section class='cta-banner'><h2>Need a plumber tonight?</h2><p>probeKept Call 0161 555 0199: we answer"
                    + " round the clock.</p></section>", "probeKept"),
            new Case("chrome.cite-box", "<section class='sub_item citation_display'><h2 class='label'>How to Cite</h2><div>"
                    + "Okafor, A. (2024). Soil moisture memory. <i>J. Upland Ecol.</i> 12(3) probeCite</div></section>",
                    "probeCite",
                    "<section><h2>How to cite sources in a lab report</h2><p>probeKept Give the author and year in brackets"
                    + " after the claim, then list each source at the end.</p></section>", "probeKept"),
            new Case("chrome.dateline", "<p>Stand: 12.03.2024 14:05 Uhr probeStand</p>", "probeStand",
                    "<p>Stand 4 probeKept at the fair opens daily at 10.</p>", "probeKept"),
            new Case("newsletter.terms-notice", "<p class='privacy-note'>By applying you agree to our <a href='/privacy'>"
                    + "candidate privacy notice</a> probeTerms.</p>", "probeTerms",
                    "<p>By signing the lease, the tenant probeKept agreed to pay for repairs, the court found.</p>", "probeKept"),
            // Chinese boards (Discuz!): the reply prompt, the post's buttons, the member's counts, the signature.
            new Case("forum.prompt", "<div class='pt hm'>您需要登录后才可以回帖 <a href='/login'>登录</a> | <a href='/reg'>立即注册</a>"
                    + "</div><p>probeAfter</p>", "您需要登录",
                    "<p>probeKept 他回复说，需要登录后才可以看到全部内容，这一点让很多读者不满。</p>", "probeKept"),
            new Case("forum.post-actions", "<div class='pob'><em><a href='#'>回复</a></em> <a href='#'>使用道具</a> <a href='#'>举报"
                    + "</a></div><p>probeAfter</p>", "使用道具",
                    "<p>probeKept 市民可以通过热线举报违规停车，回复时间一般在三天以内。</p>", "probeKept"),
            new Case("forum.member-stats", "<div class='tns'><table><tr><th><p>3</p>主题</th><th><p>15</p>帖子</th><td><p>58</p>"
                    + "积分</td></tr></table></div><p>probeAfter</p>", "帖子",
                    "<p>probeKept 这个主题的帖子很多，积分制度也在讨论之中。</p>", "probeKept"),
            new Case("forum.signature", "<div class='sign'>种花种菜，快乐生活 probeSig</div>", "probeSig",
                    "<div class='signpost'><p>probeKept Follow the signs to the front desk, which opens on Monday.</p></div>",
                    "probeKept"),
            new Case("markup.video-transcript", "<div class='video-full-transcript'><div class='video-transcript-title'>Video"
                    + " Transcript</div><div>00:01 But according to the CDC probeTranscript the screening</div></div>",
                    "probeTranscript",
                    "<div class='podcast-transcript'><p>probeKept Host: Welcome back. Today we talk to a nurse who spent a"
                    + " year in Monrovia.</p></div>", "probeKept"),
            new Case("chrome.author-bio", "<div class='author-dropdown'><div class='authorlinks'><a href='/author/at'>View Author"
                    + " Page</a></div><div class='description'><p>Alexia Tsotsis currently works for TechCrunch as a writer."
                    + " probeBio</p></div></div>", "probeBio",
                    "<div class='author-notes'><p>probeKept The author's notes on the card game list three newest rules.</p></div>",
                    "probeKept"),
            new Case("chrome.dateline", "<div class='date'>probeDate الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21 (GMT+0400)</div>",
                    "probeDate",
                    "<p>probeKept قال المتحدث إن آخر تحديث للنظام سيصدر في عام 2014 بعد الاختبارات.</p>", "probeKept"),
            new Case("forum.signature", "<div class='signature'>probeSig Ride safe</div>", "probeSig",
                    "<div class='member-signature'><span class='modifiers'>public static</span> RetryPolicy probeKept"
                    + "(Duration initialDelay)</div><div class='type-signature'>public final class Retry</div>", "probeKept"),
            new Case("forum.signature", "<aside class='message-signature'>probeSig Denon AVR-X2300W, KEF Q350, SVS SB-1000</aside>",
                    "probeSig",
                    "<p>The probeKept signature on the treaty was smudged, the archivist noted, but still legible.</p>", "probeKept"),
            new Case("forum.signature", "<div data-role='memberSignature' class='ipsBorder_top'><p>probeSig '09 Outback,"
                    + " '14 Forester XT</p></div>", "probeSig",
                    "<div data-role='commentContent'><p>probeKept The signature on the title was the seller's, not mine.</p></div>",
                    "probeKept"),
            new Case("forum.reactions", "<div class='ipsReact_blurb'><ul class='ipsReact_reactions'><li><a title='Like'>"
                    + "<img alt='Like' src='/like.png'> probeLikes 3</a></li></ul></div>", "probeLikes",
                    "<div class='reactions-to-the-ruling'><p>probeKept Lawmakers from both parties welcomed the ruling,"
                    + " and the governor said she would not appeal it.</p></div>", "probeKept"),
            // A signature of several paragraphs under a post goes too; the word outside any post is not a signature.
            new Case("forum.signature-in-post", "<article class='ipsEntry'><div class='ipsEntry__post'>" + PROSE
                    + "<div class='ipsEntry__signature'>" + PROSE.replace("budget", "probeLongSig budget").repeat(3)
                    + "</div></div></article>", "probeLongSig",
                    "<section class='signature-dishes'>" + PROSE.replace("budget", "probeKept budget").repeat(3) + "</section>",
                    "probeKept"),
            new Case("forum.thread-panel", "<div class='overview'><h4>Top Posters In This Topic</h4><ul><li><a href='/u/1'>"
                    + "probePoster</a> 54 posts</li><li><a href='/u/2'>alice</a> 12 posts</li></ul></div>", "probePoster",
                    "<div><h4>Top posters of the decade</h4><p>The probeKept list of the decade's poster artists opens with"
                    + " a printer from Lyon.</p></div>", "probeKept"),
            new Case("forum.thread-panel", "<section><h3>Similar threads</h3><a href='/t/9'>probeSimilar</a></section>",
                    "probeSimilar", "<p>Similar threads of probeKept silk were found in both tombs, the report says.</p>",
                    "probeKept"),
            new Case("forum.prompt", "<div>You must log in to answer this question.</div><p>3 likes</p><p>Sorted by:</p><p>Explore related questions</p>", "log in to answer",
                    "<p>You must log in to answer this question, the probeKept forum says, before you can post anything.</p>",
                    "probeKept"),
            new Case("forum.prompt", "<ul><li>Replies 154</li><li>Views 26.2k</li><li>12 replies</li></ul>", "Views 26.2k",
                    "<p>The video drew 26,000 views in a day, probeKept the channel said, and 154 replies.</p>",
                    "probeKept"),
            new Case("forum.prompt", "<ul><li><span>Created</span> <span><time datetime='2024-04-02'>1 yr</time></span></li>"
                    + "<li><span>Last Reply </span><span><time><span class='long'>Sep 26</span><span class='short'>Sep 26"
                    + "</span></time></span></li></ul>", "Last Reply",
                    "<ul><li>Created 3 rooms for probeKept guests</li><li>Last post office in town closed</li></ul>",
                    "probeKept"),
            new Case("forum.prompt", "<div>1.9k views</div>", "1.9k views",
                    "<p>Replies 154 came in a day, probeKept the forum said, and views doubled.</p>", "probeKept"),
            new Case("forum.prompt", "<div><p>This topic was automatically closed 30 days after the last reply. New replies"
                    + " are no longer allowed.</p><p>Create an account or sign in to comment</p></div>", "automatically closed",
                    "<p>This topic was closed by probeKept moderators after a week, the forum's owner said.</p>", "probeKept"),
            new Case("forum.prompt", "<p>You need to be a member in order to leave a comment</p>", "need to be a member",
                    "<p>You need to be a member of the probeKept club in order to leave a boat in the harbour.</p>",
                    "probeKept"),
            new Case("forum.member-stats", "<div><a href='/u/1'>hikerjo</a><h5>Well-Known Member</h5></div>", "Well-Known Member",
                    "<p>Every probeKept member of the committee voted for the plan, the chair said afterwards.</p>", "probeKept"),
            new Case("forum.member-stats", "<div><a href='/u/1'>hikerjo</a><div>7+ Year Member</div></div>", "Year Member",
                    "<div class='plan'><h3>Starter</h3><ul><li>1 user</li><li>Invoices and quotes</li></ul></div>", "1 user"),
            new Case("forum.member-stats", "<div><a href='/u/1'>hikerjo</a><div>Offline</div><div>Registered: 2011-11-29</div>"
                    + "<div>probeStats</div></div>", "Registered:",
                    "<ul><li>Registered Nurse probeKept</li><li>Offline maps</li></ul>", "Registered Nurse"),
            // An old forum's poster cell: name, then rank and counts on lines of their own; the name stays.
            new Case("forum.member-stats", "<table><tr><td><a href='/member.php?u=12'>panfan</a><br><span>Junior Member"
                    + "<br>Join Date: Jan 2007<br>Posts: 14</span></td><td><div>probePost</div></td></tr></table>", "Join Date",
                    "<table><tr><td><a href='/member.php?u=12'>probeName</a><br><span>Junior Member<br>Join Date: Jan 2007"
                            + "</span></td></tr></table>", "probeName"),
            // A place after the counts is the member's; a place alone is an event's.
            new Case("forum.member-stats", "<div><b>strummer_joe</b><br><span>Joined: 12 Mar 2005<br>Posts: 88<br>Location:"
                    + " Leeds</span></div>", "Leeds",
                    "<div><h3>Spring concert</h3><p>Location: Main Hall, second floor</p></div>", "Main Hall"),
            new Case("forum.member-stats", "<div><span>23.8k 14 gold badges 88 silver badges</span></div>", "gold badges",
                    "<p>The posts probeKept on the council's website drew hundreds of replies over the weekend.</p>",
                    "probeKept"),
            new Case("chrome.powered-by", "<div>All times are GMT -5. The time now is 03:12 PM.<br>Powered by vBulletin Version"
                    + " 3.6.4<br>Copyright ©2000 - 2007, Jelsoft Enterprises Ltd.</div><p>Proudly powered by WordPress | Theme: Astra by"
                    + " Brainstorm Force</p><p>Powered by phpBB © 2001, 2005 phpBB Group</p>",
                    "vBulletin",
                    "<ul><li>Powered by solar panels on the roof</li><li>Powered by WordPress, the site went live in"
                            + " a week, and the team says probeKept it would choose it again for the next launch.</li></ul>",
                    "probeKept"),
            new Case("nav.landmark", "<nav><a href='/'>probeNav</a></nav>", "probeNav",
                    "<p>Sailors learned to navigate probeKept by the stars long before the compass arrived.</p>", "probeKept"),
            new Case("nav.landmark", "<nav class='w-dropdown-list'><button>Menu</button> probeNav</nav>", "probeNav",
                    "<div class='faq'><div class='faq-question'>What does it cost?</div><nav class='faq-answer w-dropdown-list'>"
                    + "<p>Bookkeeping starts at £95 a month probeKept for up to 100 transactions.</p></nav></div>", "probeKept"),
            new Case("nav.menu", "<div class='tabs-menu'><a href='#one'>probeTabMenu</a></div>", "probeTabMenu",
                    "<div class='faq_tabs-menu'><div class='faq_tabs-menu-link'>How long does probeKept recovery"
                            + " take?</div></div>", "probeKept"),
            new Case("nav.landmark", "<nav><ul><li><a href='/printers'>Printers</a><div>" + PROSE.replace("budget",
                    "probeMega budget") + "</div></li></ul></nav>", "probeMega",
                    "<nav><main>" + PROSE.replace("budget", "probeKept budget") + "</main></nav>", "probeKept"),
            new Case("nav.menu", "<div class='site-menu'><a href='/'>probeMenu</a></div>", "probeMenu",
                    "<p>Sailors learned to navigate probeKept by the stars long before the compass arrived.</p>", "probeKept"),
            // A link that only says "navigation" is one place to go: a community's poster name; a hidden one over a card goes.
            new Case("nav.menu", "<div class='card'><a class='story__hidden-navigation-link' href='/a'>probeOverlay</a>"
                    + "<h3>The title</h3></div>", "probeOverlay",
                    "<div class='post'><span class='UserName'><a class='lia-link-navigation lia-user-name-link' href='/u/5'>"
                            + "probeKept</a></span><p>Same here on the RX-300.</p></div>", "probeKept"),
            new Case("forum.member-info", "<div class='poster'><h4><a href='/u/88'>Sue</a></h4><ul><li class='membergroup'>"
                    + "probeGroup Moderator</li><li class='postcount'>Posts: 6,402</li><li class='poster_ip'>Logged</li></ul></div>",
                    "probeGroup", "<p>The group probeKept met in March to count the posts.</p>", "probeKept"),
            new Case("forum.edit-note", "<p>Try the other kernel.</p><div class='modified'>« Last Edit: March 05, 2024,"
                    + " 07:10:03 AM by dave_m »</div>", "Last Edit",
                    "<p>Last edit before the deadline: probeKept the draft went to the printer on Friday.</p>", "probeKept"),
            new Case("nav.skip-link", "<div><a href='#bot' class='button'>Go Down</a></div><p>A post.</p>", "Go Down",
                    "<p>Go down probeKept the stairs and turn left at the boiler room.</p>", "probeKept"),
            new Case("nav.pagination", "<div class='pagelinks'><span class='pages'>Pages</span> probePages 1 2</div>",
                    "probePages", "<p>The pagelinks probeKept module was removed in version 2.</p>", "probeKept"),
            new Case("forum.prompt", "<div class='information'><h2>Boiler pressure</h2><p>Started by dave_m, March 03, 2024,"
                    + " 08:47:10 PM</p></div>", "Started by",
                    "<p>Started by two students in 2004, probeKept the club now has 300 members.</p>", "probeKept"),
            new Case("forum.edit-note", "<p>Feed it twice a day.</p><span class='post_edit'>(This post was last modified:"
                    + " 02-09-2025, 09:10 AM by <a href='/u/40'>Old Mill</a>.)</span>", "last modified",
                    "<p>This post was last modified by the probeKept editors in 2019, when the rules changed again.</p>",
                    "probeKept"),
            // A rank is one word (or a count of years) before "Member": a name before the rank is no rank.
            new Case("forum.member-stats", "<div class='author'><a href='/u/8'>crumbshot</a><br><span>probeRank Member</span>"
                    + "</div><p>My starter is three weeks old.</p>", "probeRank",
                    "<div class='author_information'><strong><a href='/u/8'>probeKept</a></strong><br><span>Junior Member"
                            + "</span></div>", "probeKept"),
            new Case("comments.heading", "<p>Check the spam folder.</p><section class='talk'><p>Article is closed for"
                    + " comments.</p></section>", "closed for",
                    "<p>The pier is closed for repairs, probeKept the council said, and comments are welcome.</p>", "probeKept"),
            new Case("nav.list-controls", "<div class='filter-count'>12 jobs</div><section><h3>Engineering</h3><div"
                    + " class='opening'><a href='/jobs/7001'>Senior Embedded Engineer</a></div></section>", "12 jobs",
                    "<p>The plant will bring 12 jobs to the valley, probeKept the council said on Monday.</p>", "probeKept"),
            new Case("forum.prompt", "<p>Use occurred_at to order them.</p><div><p>Was this helpful?</p><button>Yes</button>"
                    + "</div>", "Was this helpful",
                    "<p>Was this helpful to the probeKept team? The survey says it was, by a wide margin of votes.</p>",
                    "probeKept"),
            new Case("share.follow-author", "<p>Construction starts in 2027.</p><p><em>Do you have a news tip? Email us at"
                    + " tips@courier.example.</em></p>", "news tip",
                    "<p>Do you have a tip for probeKept the plumber? Most readers leave ten percent, the survey found.</p>",
                    "probeKept"),
            // A review's own <article> header (its title in an h5) guards nothing; an article's header with its headline does.
            new Case("comments.reviews", "<article><h1>Linen apron</h1><p>Heavy linen.</p></article><div class='productView-reviews'>"
                    + "<article><header><h5>Worth it</h5><p>Posted by probeReviewer</p></header><p>Comfortable.</p></article>"
                    + "<article><header><h5>Good</h5><p>Posted by Ann</p></header><p>Deep pockets.</p></article></div>", "probeReviewer",
                    "<div class='reviews'><article><header><h1>Oven reviews</h1><p>By probeKept</p></header><p>We tested"
                            + " twelve ovens.</p></article></div>", "probeKept"),
            new Case("nav.menu", "<div class='navbar'><a href='/docs'>probeMenu</a></div>", "probeMenu",
                    "<h2 class='anchor anchorWithStickyNavbar_LWe7' id='store'>probeKept Choosing a store</h2>", "probeKept"),
            new Case("chrome.author-bio", "<p>Look for a hip belt with pockets.</p><div class='author-box'><h4>About the Author"
                    + "</h4><p>probeBio Jane Doe is a gear editor who has hiked 3,000 miles.</p></div>", "probeBio",
                    "<div class='author-guidelines'><p>probeKept Authors send drafts by the first of the month; the"
                    + " editors reply within a week.</p></div>", "probeKept"),
            new Case("forum.edit-note", "<p>Try the other kernel.</p><div>Last edited: Mar 27, 2025</div><p>And reboot.</p>"
                    + "<span>Last edited by chunix64 (2025-11-01 15:15:18)</span>", "Last edited",
                    "<p>Last edited in 2019, the guide probeKept still works for the new kernel, he said.</p>", "probeKept"),
            new Case("forum.post-actions", "<p>Hand tools are quiet and cheap.</p><ul class='buttons'><li><a href='#'>"
                    + "permalink</a></li><li><a href='#'>embed</a></li><li><a href='#'>save</a></li><li><a href='#'>reply"
                    + "</a></li></ul>", "embed", "<p>Save probeKept the offcuts and reply to the seller before Friday.</p>",
                    "probeKept"),
            new Case("forum.prompt", "<p>Hand tools are quiet and cheap.</p><div><span>sorted by: best</span></div>",
                    "sorted by", "<p>The boards were sorted by probeKept length before the glue went on.</p>", "probeKept"),
            new Case("comments.heading", "<p>Hand tools are quiet and cheap.</p><div>all 87 comments</div>", "87 comments",
                    "<p>All 87 probeKept comments were read by the council before the vote.</p>", "probeKept"),
            new Case("nav.breadcrumb", "<ol class='breadcrumb'><li>probeCrumb</li></ol>", "probeCrumb",
                    "<p>Hansel left a trail of probeKept breadcrumbs, the story goes, but the birds ate them.</p>", "probeKept"),
            new Case("nav.toc", "<div class='ez-toc-container'><p>Table of Contents</p><ul><li><a href='#a'>probeToc"
                    + " first steps</a></li></ul></div>", "probeToc",
                    "<h2 id='toc-heading-2'>The probeKept second section</h2><p>Its heading is a target of the table of"
                            + " contents, not part of it, and it stays with its text.</p>", "probeKept"),
            new Case("nav.pagination", "<div class='pagination'>1 2 3 probePager</div>", "probePager",
                    "<p>Page numbers probeKept were added to the manuscript by a later hand, experts believe.</p>", "probeKept"),
            new Case("nav.sidebar", "<div class='sidebar'>probeSidebar</div>", "probeSidebar",
                    "<p>In a probeKept sidebar conversation, the judge asked both lawyers to approach the bench.</p>", "probeKept"),
            new Case("nav.sidebar", "<section class='widget widget_recent_entries'>probeWidget</section>", "probeWidget",
                    "<div class='elementor-widget elementor-widget-text-editor'><p>The probeKept intro, a page builder's"
                            + " block of the page's own text, says what the firm does and for whom.</p></div>", "probeKept"),
            new Case("nav.sidebar", "<div class='widget widget_search'><h3>Search</h3><form><input></form>"
                    + "<p>probeSearchWidget</p></div>", "probeSearchWidget",
                    "<div class='widget widget-content'><h4>Accounting and Auditing</h4><p>probeKept: accounting and"
                            + " auditing are crucial across every industry. Stakeholders depend on accountants to prepare"
                            + " timely and accurate reports, and auditors examine those documents to ensure they are right"
                            + " and that the law is followed.</p><ul><li><a href='/cia'>Certified Internal Auditor</a></li>"
                            + "</ul></div>", "probeKept"),
            new Case("nav.skip-link", "<a href='#c'>Skip to content</a>", "Skip to content",
                    "<p>Skip to the probeKept chorus, the conductor told the choir, and start from bar twelve.</p>", "probeKept"),
            new Case("chrome.header", "<div role='banner'>probeBanner</div>", "probeBanner",
                    "<article><header><h1>Budget approved</h1><p>probeKept standfirst</p></header>" + PROSE + "</article>", "probeKept"),
            new Case("chrome.footer", "<footer>probeFooter</footer>", "probeFooter",
                    "<p>The team's probeKept footer design won an award at the printing fair last year.</p>", "probeKept"),
            new Case("chrome.dialog", "<p>Intro.</p><div class='util-bar-flyout'><h6>Your Take</h6><p>View reader"
                    + " contributions and add your own.</p><span>Be first to contribute probeFlyout</span></div>",
                    "probeFlyout", "<p>The flyout probeKept menu opens when you hover over it, the designers said.</p>",
                    "probeKept"),
            new Case("chrome.dialog", "<div role='dialog'><p>Install our app on your home screen probeDialog</p></div>",
                    "probeDialog", "<p>The two leaders held a probeKept dialog on trade, their aides said on Friday.</p>",
                    "probeKept"),
            new Case("chrome.dialog", "<section role='dialog' aria-modal='true'><h2>Consent configuration</h2>"
                    + "<div>Performance cookies collect information about how you use a website, like which pages you visited"
                    + " and which links you clicked on. probeConsent</div>"
                    + "<div>Functional cookies allow a website to remember choices you have made in the past, like what"
                    + " language you prefer or what region you are in.</div>"
                    + "<div>Targeting cookies track your online activity to help advertisers deliver more relevant"
                    + " advertising or to limit how many times you see an ad.</div></section>", "probeConsent",
                    "<p>The clerk was <a class='popup' href='#g'>probeKept rather elderly</a> and had worked in the office"
                            + " for thirty years without once asking for a day off.</p>", "probeKept"),
            new Case("chrome.cta", "<p><a href='/tours'>Learn more →</a></p>", "Learn more",
                    "<p>Learn more about the probeKept tours on the museum's site, where the times are listed.</p>", "probeKept"),
            new Case("chrome.cta", "<div><p>A course for probeKept developers.</p><a href='#'><span>read less</span>"
                    + "<span>read more</span></a></div>", "read less",
                    "<p>Read less, the probeKept teacher said, and read more slowly.</p>", "probeKept"),
            new Case("chrome.cta", "<div><blockquote>We met in 2019.<div>Click to expand...</div></blockquote>"
                    + "<button>Add to cart</button><p>PIN FOR LATER</p></div>", "Click to expand",
                    "<p>Click to expand the probeKept map, the guide says, and add to cart what you need.</p>", "probeKept"),
            new Case("chrome.cta", "<ul><li><h3>Espresso machine</h3><p>$299</p><div><a href='/p/1'>Choose Options</a></div>"
                    + "<div><label><input type=checkbox>Compare</label></div></li></ul>", "Choose Options",
                    "<p>Compare probeKept prices before you choose options for the loan, the bank advises.</p>", "probeKept"),
            new Case("forum.edit-note", "<div class='Meta'><span class='MItem'>probeAuthor</span> <span class='MItem'>edited"
                    + " October 16</span></div><div class='Message'><p>One more thing: a loose lid helps.</p></div>",
                    "edited October", "<p>She edited 3 probeKept photos from the trip before posting them.</p>", "probeKept"),
            new Case("nav.jump-links", "<p class='section-dir'><a href='#NAME'>NAME</a> | <a href='#SYNOPSIS'>SYNOPSIS</a> |"
                    + " <a href='#DESCRIPTION'>DESCRIPTION</a> | <a href='#probeJump'>probeJump</a></p>", "probeJump",
                    // A list of the sections under its heading is a table of contents readers keep.
                    "<h2>Contents</h2><ul><li><a href='#a'>Setup</a></li><li><a href='#b'>Usage</a></li><li><a href='#c'>Flags"
                            + "</a></li><li><a href='#d'>probeKept</a></li></ul>", "probeKept"),
            new Case("nav.jump-links", "<td>Jump to: <a href='#A'>A</a> <a href='#B'>B</a> <a href='#C'>C</a> <a href='#D'>"
                    + "probeJumpD</a></td>", "probeJumpD",
                    // Links to other pages, or with words between them, are not a bar of jump links.
                    "<p><a href='/a'>A</a> | <a href='/b'>B</a> | <a href='/c'>C</a> | <a href='/d'>probeKept</a></p>"
                            + "<p>See <a href='#a'>one</a>, then <a href='#b'>two</a> and <a href='#c'>three</a> before"
                            + " <a href='#d'>four</a> probeKept2.</p>", "probeKept"),
            new Case("nav.page-jump", "<h2>NAME <a href='#top_of_page'><span class='top-link'>top</span></a></h2><p>"
                    + "tailwatch probeName follows logs.</p><p><a href='#'>Back to top ↑</a></p>", "top</",
                    "<p>Climbers reached <a href='#summit'>the top</a> probeKept of the ridge before noon.</p>", "probeKept"),
            new Case("chrome.cta", "<p><a class='dl' href='/pdf/2611.04127'>View PDF</a> <a class='dl' href='/html/2611'>HTML"
                    + " (experimental)</a></p><div><a href='/pdf/1'>Download PDF (2.1 MB)</a></div>", "View PDF",
                    "<p>Readers can view the PDF probeKept of the ruling on the court's site, the clerk said.</p>", "probeKept"),
            new Case("chrome.cta", "<div class='review-widget'><p>Average rating 4.5 of 5</p><p><a class='btn' href='#review-form'>"
                    + "Bewertung schreiben</a></p></div><p><a href='#r'>Write a review</a></p>", "Bewertung schreiben",
                    "<p>Guests write a review probeKept of each stay in the hotel's book, the manager says.</p>", "probeKept"),
            new Case("nav.page-jump", "<p>A bounded queue shared by one writer and one reader. <a href='ringbuf.html#details'>"
                    + "More...</a></p>", "More...",
                    "<p>Read <a href='#details'>more about probeKept queues</a> in the next section.</p>", "probeKept"),
            new Case("nav.permalink", "<h2 class='memtitle'><span class='permalink'><a href='#a1f0c'>◆&nbsp;</a></span>capacity"
                    + "</h2><p>Number of slots.</p>", "◆",
                    "<p>The ◆ probeKept marks a member in the reference, the legend says.</p>", "probeKept"),
            new Case("paywall.subscribe-offer", "<div class='card'><h3>Continue reading your article with a Valley Herald"
                    + " subscription</h3><p>Unlimited digital access for $1 for the first month.</p><p>Already a subscriber?"
                    + " <a href='/login'>Log in</a> or <a href='/activate'>activate your account</a>.</p></div>", "Continue reading",
                    "<p>Readers can continue reading the probeKept council minutes with a library card, the clerk said.</p>",
                    "probeKept"),
            new Case("chrome.dateline", "<div class='gnt_ar_dt'>Published 5:00 a.m. ET July 9, 2026 <span>Updated 11:32 a.m."
                    + " ET July 9, 2026</span></div>", "Published 5:00",
                    "<p>Published 5 years after the flood, the report was updated twice probeKept before the vote.</p>", "probeKept"),
            new Case("share.follow-author", "<p><em>Marcus Bell covers the environment for The Courier. Reach him at"
                    + " mbell@courier.example or follow him on X @marcusbell.</em></p>", "Reach him",
                    "<p>Marcus Bell covers probeKept the council for the paper, and his story on the lake ran Sunday.</p>",
                    "probeKept"),
            new Case("forum.prompt", "<ul class='topic-map__stats'><li class='views'><span>1.2k</span> <h4>views</h4></li>"
                    + "<li class='users'><span>4</span> <h4>users</h4></li></ul>", "users",
                    "<p>The 4 users probeKept who reported the fault were all on the night shift, the log shows.</p>", "probeKept"),
            new Case("related.heading", "<h3>See also</h3><ul><li><a href='/a'>A</a></li></ul>", "See also",
                    // A definition's term labels the links after it, which stay: Javadoc's "See Also:".
                    "<dl class='notes'><dt>Since:</dt><dd>2.0</dd><dt id='probeKept'>See Also:</dt><dd><ul class='see-list'><li><a"
                            + " href='Client.html#retryPolicy'><code>Client.Builder.retryPolicy(RetryPolicy)</code></a></li>"
                            + "</ul></dd></dl>",
                    "probeKept"),
            new Case("chrome.wire-source", "<p>View original content to download multimedia:<a href='https://wire.example/r/1'>"
                    + "https://wire.example/news-releases/probeWire-302144871.html</a></p>", "probeWire",
                    "<p>Visitors can view original content probeKept from the archive in the reading room, the library"
                            + " says.</p>", "probeKept"),
            // A card's button after the link that holds the product's picture, name and price is a line of its own.
            new Case("chrome.cta", "<ul><li class='product'><a href='/p/1'><img src='/t.jpg' alt='Tea'><h2>Dian Hong</h2>"
                    + "<span class='price'>£9.75</span></a><a class='button' href='?add-to-cart=1'>Add to basket</a>"
                    + "<span class='screen-reader-text'>probeSr</span></li></ul>", "Add to basket",
                    "<p>Pick a tea, <a href='/p/1'>Dian Hong</a> <a href='?add-to-cart=1'>add to basket</a> probeKept and pay"
                            + " at the counter, the shop's sign says.</p>", "probeKept"),
            new Case("chrome.image-address", "<p>https://www.example.com/assets/images/logos/probeLogo.png</p>", "probeLogo",
                    "<p>The probeKept logo, https://www.example.com/logo.png, was drawn in 1962.</p>", "probeKept"),
            new Case("nav.media-control", "<p>Intro.</p><div>Show Thumbnails</div><div><a href='#'>Last Slide</a> <a"
                    + " href='#'>Next Slide</a></div><p>probeAfter</p>", "Next Slide",
                    "<p>The next slide probeKept showed the budget, which the council had not seen before.</p>",
                    "probeKept"),
            new Case("nav.media-control", "<div>1 of 6</div>", "1 of 6",
                    "<table><tr><td>Auckland</td><td>23/16 probeKept</td></tr></table>", "probeKept"),
            new Case("nav.media-control", "<div>Closed captions</div><div>Image copyright</div>", "Closed captions",
                    "<p>Closed captions help probeKept viewers follow the film, the festival says.</p>", "probeKept"),
            new Case("chrome.reporting-credit", "<p>(Reporting by Greg Roumeliotis, Koh Gui Qing, with reporting by Herb Lash,"
                    + " editing by Martin Howell.)</p><p>Keith Bradsher contributed reporting from Hong Kong.</p>",
                    "Roumeliotis", "<p>Reporting by the probeKept newspaper in 2019 revealed the scheme, which the council"
                    + " later scrapped.</p>", "probeKept"),
            new Case("chrome.image-credit", "<p>Intro.</p><p>Illustration by Mike Nudelman</p>", "Nudelman",
                    "<p>Photo by Jane Doe probeKept shows the fire spreading over the hill.</p>", "probeKept"),
            new Case("chrome.image-credit", "<p>Intro.</p><p>Courtesy G4</p><p>Win McNamee / Getty Images</p><p>probeAfter</p>",
                    "McNamee", "<p>Courtesy probeKept of the city, the museum opened its doors on Sunday.</p>", "probeKept"),
            new Case("chrome.image-credit", "<p>Photo: Gene J. Puskar, AP</p>", "Puskar",
                    "<p>The probeKept photo shows the mayor at the opening; she cut the ribbon herself.</p>", "probeKept"),
            new Case("chrome.reading-time", "<span>6 min read</span>", "6 min read",
                    "<p>It is a 6 min read, the probeKept editor warned, but worth every minute of it.</p>", "probeKept"),
            new Case("chrome.reading-time", "<p>Tempo de leitura: 1 minuto</p>", "leitura",
                    "<p>O tempo de leitura probeKept: 2 minutos por página, disse o professor aos alunos.</p>", "probeKept"),
            new Case("chrome.reading-time", "<p>Время чтения: 3 минуты</p>", "чтения",
                    "<p>Время чтения probeKept книги: 3 минуты на страницу, сказал учитель ученикам.</p>", "probeKept"),
            new Case("chrome.tagline", "<div id='siteSub'>From Examplepedia, the probeTagline encyclopedia</div>", "probeTagline",
                    "<p>From the probeKept archive, the encyclopedia's first edition is now online, the library said.</p>",
                    "probeKept"),
            new Case("chrome.copyright", "<p>© 2024 Example Media probeCopy</p>", "probeCopy",
                    "<p>Copyright law probeKept changed in 2019, and authors now keep more of their rights.</p>", "probeKept"),
            new Case("nav.permalink", "<h2 id='setup'>Setup probeHeading <a class='headerlink' href='#setup'>¶</a></h2>"
                    + "<p>A <a href='#note'>#</a> probePilcrow</p>", "¶",
                    "<p>See <a href='#setup'>the setup section</a> for the probeKept steps before you start.</p>", "probeKept"),
            new Case("hidden.attribute", "<div hidden>probeHidden</div>", "probeHidden",
                    "<p>The hidden probeKept costs of the project surprised the auditors, the report said.</p>", "probeKept"),
            new Case("hidden.style", "<div style='display: none'>probeStyle</div>", "probeStyle",
                    "<div style='display: block'><p>probeKept visible text in a paragraph that is long enough to be prose.</p></div>", "probeKept"),
            new Case("hidden.aria", "<span aria-hidden='true'>probeAria</span>", "probeAria",
                    "<div aria-hidden='true'>" + PROSE.replace("budget", "probeKept budget") + "</div>", "probeKept"),
            // The visible half of a sale price whose other half is for screen readers stays.
            new Case("hidden.aria", "<span aria-hidden='true'>probeIcon</span><span>Menu</span>", "probeIcon",
                    "<p class='price'><del aria-hidden='true'>$14.00</del> <span class='screen-reader-text'>Original price"
                            + " was: $14.00.</span><ins aria-hidden='true'>$11.20 probeKept</ins><span"
                            + " class='screen-reader-text'>Current price is: $11.20.</span></p>", "probeKept"),
            new Case("hidden.aria", "<div aria-hidden='true'>" + PROSE.replace("budget", "probeAria2 budget").substring(0, 60)
                    + "</div>", "probeAria2", "<div id='faq-content-0' aria-hidden='true'><p>Yes, probeKept every course is"
                    + " free to study.</p></div>", "probeKept"),
            new Case("hidden.class", "<div class='d-none'>probeDnone mobile menu copy</div>", "probeDnone",
                    "<section class='hidden lg:block'><p>The probeKept desktop column, hidden only on phones, holds the"
                            + " second half of the story.</p></section>", "probeKept"),
            new Case("hidden.class", "<div class='elementor-swiper-button' role='button'><span class='elementor-screen-only'>"
                    + "probeScreenOnly Next</span></div>", "probeScreenOnly",
                    "<p class='elementor-heading-title'>probeKept: what our clients say about the firm's work.</p>", "probeKept"),
            new Case("hidden.class", "<span class='sr-only'>probeSr</span>", "probeSr",
                    "<div class='hidden-xs'><p>probeKept only hidden on phones, this paragraph is still visible text.</p></div>", "probeKept"),
            new Case("hidden.attribute", "<div class='install' hidden>npm probeTabless</div>", "probeTabless",
                    "<div role='tabpanel' hidden><pre>cargo install probeKept</pre></div>", "probeKept"),
            new Case("hidden.style", "<div class='panel' style='display:none'>Core clock probeSpecs</div>", "probeSpecs",
                    "<div class='tab-pane' style='display:none'><table><tr><th>Core clock</th><td>915 MHz probeKept</td>"
                            + "</tr></table></div>", "probeKept"),
            new Case("hidden.class", "<div class='hide'>Our offers probeOffers</div>", "probeOffers",
                    "<div class='tab__content hide'><p>probeKept audits of your systems, shown when its tab is clicked.</p></div>",
                    "probeKept"),
            new Case("hidden.style", "<div class='promo-strip' style='display:none'>Sign in to probeStrip</div>", "probeStrip",
                    "<div class='faq'><button aria-controls='a1'>Is it free?</button><div id='a1' class='faq__answer'"
                            + " style='display:none'>Yes, probeKept every course is free to study.</div></div>", "probeKept"),
            new Case("hidden.attribute", "<div class='promo' hidden>probePromo offer</div>", "probePromo",
                    "<div class='c-accordion__panel' hidden>The probeKept warranty covers parts for two years.</div>"
                            + "<div hidden='until-found'>The probeKept2 warranty covers labour for a year.</div>", "probeKept2"));

    private static String page(String block) {
        return "<html><body><main><h1>Budget approved</h1>" + PROSE + block + PROSE + "</main></body></html>";
    }

    private static String cleaned(String html) {
        Document doc = Jsoup.parse(html);
        Cleaner.standard(Set.of()).clean(doc.body());
        return doc.body().html();
    }

    @TestFactory
    Stream<DynamicTest> removes() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.rule() + " removes", () -> {
            Document doc = Jsoup.parse(page(c.removeHtml()));
            List<Removal> removed = Cleaner.standard(Set.of()).clean(doc.body());
            assertFalse(doc.body().html().contains(c.removeProbe()), c.rule() + " left: " + c.removeProbe());
            assertTrue(removed.stream().anyMatch(r -> r.rule().equals(c.rule())),
                    c.rule() + " did not fire; fired: " + removed.stream().map(Removal::rule).toList());
        }));
    }

    @TestFactory
    Stream<DynamicTest> keeps() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.rule() + " keeps", () ->
                assertTrue(cleaned(page(c.keepHtml())).contains(c.keepProbe()),
                        c.rule() + " removed what it must keep: " + c.keepHtml())));
    }

    @TestFactory
    Stream<DynamicTest> disablingARuleKeepsItsBlock() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.rule() + " disabled", () -> {
            Document doc = Jsoup.parse(page(c.removeHtml()));
            List<Removal> removed = Cleaner.standard(Set.of(c.rule())).clean(doc.body());
            assertFalse(removed.stream().anyMatch(r -> r.rule().equals(c.rule())), c.rule() + " fired while disabled");
        }));
    }

    @Test
    void everyRuleHasCases() {
        Set<String> covered = CASES.stream().map(Case::rule).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (Rule r : Rules.all()) {
            if (!covered.contains(r.id())) {
                missing.add(r.id());
            }
        }
        assertTrue(missing.isEmpty(), "rules without positive and negative cases: " + missing);
        Set<String> unknown = new TreeSet<>(covered);
        unknown.removeAll(Rules.all().stream().map(Rule::id).toList());
        assertTrue(unknown.isEmpty(), "cases for rules that do not exist: " + unknown);
    }
}
