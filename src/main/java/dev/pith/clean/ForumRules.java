package dev.pith.clean;

import java.util.List;

import static dev.pith.clean.Guard.CONTAINER;
import static dev.pith.clean.Guard.CONTENT;
import static dev.pith.clean.Guard.HEADLINE_AND_FIGURES;

/** The furniture around each post of a thread: the member's badges, counts and signature, vote buttons' numbers. */
final class ForumRules {
    private ForumRules() {
    }

    /**
     * A signature by its class or id ("signature", Discuz!'s {@code div.sign}), or by the role a script gives it
     * ({@code data-role="memberSignature"}).
     */
    private static final Match SIGNATURE = Match.and(Match.or(
            Match.classWords("signature", "signatures", "postsignature", "usersignature"),
            Match.classNames("sign"),
            Match.css("[data-role*=signature]")),
            // Code's signatures are not members' ("type-signature", "member-signature", "method-signature"): the
            // declaration that an API reference documents.
            Match.not(Match.classWords("type", "member", "method", "function", "func", "fn", "declaration", "api")));
    /** Inside a post of a thread, as forum software names it: post, message, entry, comment, reply. */
    private static final String IN_A_POST = "[class*=post] *, [class*=message] *, [class*=entry] *, [class*=comment] *,"
            + " [class*=reply] *";

    /**
     * Headings of the panels forum software sets beside a thread: who posts most in it, on which days, who is
     * reading it, which threads are like it.
     */
    private static final String THREAD_PANEL = "(top|most active) posters( in this (topic|thread))?"
            + "|popular days( in this (topic|thread))?|recently browsing( this (topic|thread))?( \\d+ members?)?"
            + "|users? (who are )?(currently )?(browsing|viewing|reading) this (topic|thread|forum)"
            + "|similar (topics|threads|discussions)|who'?s online( now)?|who is online( now)?";

    /** The counts a forum prints beside a post, each a label before its value ("Posts: 88"). */
    private static final String MEMBER_COUNT = "joined|join date|member since|posts|messages|reaction score|reputation|points"
            + "|likes received|best answers|trophy points|threads";

    /**
     * When a thread was started or last answered, as its summary prints it: "1 yr", "3 days ago", "Sep 26",
     * "2 Apr 2024", "2024-04-02", "yesterday".
     */
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final String WHEN = "\\d{1,3} ?(y|yrs?|years?|mo|mos|months?|w|wks?|weeks?|d|days?|h|hrs?|hours?"
            + "|min|mins?|minutes?)( ago)?"
            + "|" + MONTH + " \\d{1,2}(st|nd|rd|th)?(,? \\d{4})?"
            + "|\\d{1,2} " + MONTH + ",? \\d{4}"
            + "|\\d{4}-\\d\\d-\\d\\d|yesterday|today";

    static final List<Rule> RULES = List.of(
            Rule.of("forum.thread-panel", "A panel beside a thread that lists its top posters, its popular days, who is"
                    + " reading it or similar threads describes the forum, not what anyone wrote.")
                    .html(Match.and(Match.tags("div", "section", "aside", "ul", "ol"),
                            Match.opensWithHeading(java.util.regex.Pattern.compile("(?i)^\\W*(" + THREAD_PANEL + ")\\W*$"))))
                    .text("(?i)^\\W*(" + THREAD_PANEL + ")\\W*$", 60)
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("forum.member-info", "A poster's join date, post count, rank, reputation and badges, and the"
                    + " post's vote count, describe the member and the voting, not what they wrote; the name stays.")
                    .html(Match.classContains("userextras", "user-extras", "userinfo_extra", "userbanner",
                            "authorfields", "author-fields", "reputation-score", "-flair", "user-action-time",
                            "profile-joined", "profile-posts", "profile-rank", "profile-custom-field", "member-stats",
                            "memberstats", "votecell", "usergroup", "user-group", "user_group", "ipsentry__group",
                            "authorstats", "author-stats", "membergroup", "postgroup", "poster_ip", "postcount",
                            "vote-count", "usertitle", "user-title", "user_title", "membertitle", "member-title"))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("forum.signature", "A member's signature (their kit, a motto, links) is printed under every post they write;"
                    + " it is not part of the post.")
                    .html(SIGNATURE)
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("forum.signature-in-post", "A signature inside a post goes however long it is: a member's three"
                    + " paragraphs of motto, offers and links would otherwise pass for prose.")
                    // Only inside a post: elsewhere the word names other things ("our signature dishes").
                    .html(Match.and(SIGNATURE, Match.css(IN_A_POST)))
                    .guards(HEADLINE_AND_FIGURES, CONTAINER),
            Rule.of("forum.prompt", "A thread's calls to join in (\"You must log in to answer this question\", \"Ask question\","
                    + " \"Explore related questions\") and its counters (\"Sorted by:\", \"3 likes\", \"Views 1.9k\","
                    + " \"Last reply Sep 26\") are the forum's controls, not what anyone wrote.")
                    .text("(?i)^\\W*(you must (be )?(log(ged)? ?in|sign(ed)? ?in|register(ed)?) to (reply|answer|comment|post)\\b.{0,40}"
                            + "|(log ?in|sign ?in|register) to (reply|answer)( to this (thread|topic|question))?"
                            + "|ask (a )?question|start asking to get answers|find the answer to your question by asking"
                            + "|explore related questions|see similar questions with these tags|sort(ed)? by:?( [\\w-]+){0,2}"
                            + "|this (topic|thread) was automatically closed\\b.{0,80}|new replies are no longer allowed\\.?"
                            + "|(create an account or sign in|sign in or create an account|register or sign in) to (comment|reply|post)\\b.{0,40}"
                            + "|you need to be a member in order to (leave a comment|comment|reply|post)\\b.{0,40}"
                            // "Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment"
                            + "|(sign up|register|create an account)( for free)? to join (this|the) (conversation|discussion)\\b.{0,100}"
                            // A review's votes: "212 people found this helpful", "Was this review helpful?".
                            + "|[\\d,.]+k? (people|persons|customers|users|others) found this (review |answer )?(helpful|useful)\\b.{0,40}"
                            + "|(was|is) this( (review|answer|post|article|page|guide|information))? (helpful|useful)\\??.{0,40}"
                            // A board's posting permissions: "You may not post replies", "BB code is On".
                            + "|you (may|may not|cannot|can ?not|can) (post (new threads|replies|attachments|polls)|edit your posts"
                            + "|vote on polls)|(bb ?code|smilies|\\[img\\] code|\\[video\\] code|html code) (is|are) (on|off)"
                            + "|posting (permissions|rules)|forum rules|thread information"
                            + "|[\\d.,]+k? (likes?|reactions?|replies|views|users|participants|links)|(replies|views):? [\\d.,]+k?"
                            // A thread's activity: "Created 1 yr", "Last Reply Sep 26", "Last post: 3 days ago"; the
                            // date may be printed twice, a long and a short form side by side ("Sep 26Sep 26").
                            + "|(created|started|last (reply|post|activity)):? (" + WHEN + ")( ?(" + WHEN + "))?"
                            // The thread's own byline over its first post: "Started by dave_m, March 03, 2024, 08:47 PM".
                            + "|started by [^,]{1,40}?,? (" + WHEN + ")"
                            + "(,? (at )?\\d{1,2}:\\d\\d(:\\d\\d)?( ?[ap]\\.?m\\.?)?)?"
                            // Chinese boards (Discuz!, phpwind): "您需要登录后才可以回帖 登录 | 立即注册", "查看: 2318|回复: 2",
                            // "返回列表", "发新帖", a post's floor ("楼主", "沙发", "12#") and its "只看该作者" (this poster only).
                            + "|(您需要登录后才可以(回帖|发帖)|(查看|回复)\\s*[:：]\\s*[\\d,]+)(\\W|登录|立即注册|(查看|回复)\\s*[:：]\\s*[\\d,]+)*"
                            + "|返回列表|发新帖|楼主|沙发|板凳|地板|\\d+\\s*#|\\[?复制链接]?"
                            + "|只看该作者)\\W*$", 130)
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("forum.post-actions", "A row of a post's buttons (\"permalink embed save reply\", \"Like Quote Report\")"
                    + " acts on the post; two or more such words and nothing else.")
                    .text("(?i)^\\W*((permalink|embed|save|hide|report|reply|quote|multi-?quote|edit|delete|flag|share"
                            + "|like|unlike|upvote|downvote|vote|award|give award|copy link|link|bookmark|follow"
                            // The same on Chinese boards: reply, quote, report, use items, rate, share, favourite.
                            + "|回复|引用|举报|使用道具|评分|分享|收藏|支持|反对|编辑|删除"
                            // The counts among them: "87 comments share save hide report".
                            + "|[\\d.,]+k? (comments?|replies|points|votes?|likes?))"
                            + "(\\W+|$)){2,10}$", 80)
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("forum.reactions", "The likes and reactions a post drew (\"Like 3\", \"ann, bo and 12 others\")"
                    + " count its readers' clicks; they are not what the member wrote.")
                    .html(Match.and(Match.classContains("reactions", "reactcount", "reactionsbar", "reaction-summary",
                            "likecount", "like-count", "likes-count", "likessummary", "likes-summary", "liketext"),
                            Match.shortText(80)))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("forum.timeline-event", "An issue tracker's line of what happened to the issue (\"ann closed this as"
                    + " completed Sep 5\", \"bo added a commit that referenced this issue\") is its history, not a post.")
                    .text("(?i)^\\W*\\S{1,40} (closed this( as (completed|not planned|duplicate))?|reopened this"
                            + "|added a commit that referenced this (issue|pull request)|mentioned this (issue|pull request)"
                            + "|self-assigned this|changed the title\\b.{0,120}|added the .{1,40} labels?|removed the .{1,40} labels?"
                            + "|added this to the .{1,40} milestone|assigned \\S{1,40}|linked a pull request that will close this issue"
                            + "|locked (and limited conversation to collaborators|as (resolved|off-topic|spam|too heated))"
                            + "|marked this (issue|pull request|as a duplicate)\\b.{0,60})( on)?\\W*.{0,40}$", 180)
                    .triggers(" this", " label", " milestone", "assigned ")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("forum.edit-note", "A post's \"Last edited: Mar 27, 2025\", \"Last edited by ann (2024-08-03 11:02)\","
                    + " \"Last Edit: March 5, 2024 by dave\" or \"edited October 16\" dates a correction, not what the member wrote.")
                    .text("(?i)^\\W*((last edit(ed)?|this post was last (modified|edited))(:| by [^()]{1,40}?\\s*[:(]| on\\b)"
                            + "\\s*[^()]{0,40}\\d[^()]{0,30}\\)?\\W*"
                            + "(reason:.{0,80})?"
                            // "edited" and a date alone: "Edited 3 photos" is no note.
                            + "|edited( on)? (" + WHEN + ")( at \\d{1,2}[:.]\\d\\d ?([ap]\\.?m\\.?)?)?\\W*)$", 140)
                    .triggers("last edit", "last modified", "edited")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("forum.member-stats", "\"Joined: Jun 2016\", \"Join Date: Jan 2007 Posts: 14\", \"Posts: 1,204\", \"Offline\", \"23.8k 14 gold badges\", \"Senior Member\":"
                    + " counts and ranks that a forum prints beside each post, and its \"Not open for further replies\".")
                    // Several in a row too: "Best Answers: 5 Trophy Points: 108".
                    // A rank may lead the counts: "Junior Member Join Date: Jan 2007 Posts: 14".
                    .text("(?i)^\\W*((((junior|senior|new|active|regular|veteran|elite|established|valued|registered|premium|well-known) )?"
                            + "(member|user|poster) )?(" + MEMBER_COUNT + ")\\s*:?\\s*[\\w ,.+/-]{0,20}"
                            // After a count, the member's place too: "Joined: 12 Mar 2005 Posts: 88 Location: Leeds".
                            + "((" + MEMBER_COUNT + "|location|from)\\s*:?\\s*[\\w ,.+/-]{0,20}){0,3}|registered:\\s*[\\w ,.+/-]{0,20}"
                            + "|[\\d.,]+k?( \\d+ (gold|silver|bronze) badges?)+"
                            // A member's rank under their name: "Member", "Well-Known Member", "7+ Year Member".
                            // The member's status beside the name: "Offline", "Online now".
                            // Not a bare count: a plan's "1 user" is a feature.
                            // One word of rank, or a number of years: a name before it is no rank ("crumbshot Junior
                            // Member" is the poster's name over the rank, and the name stays for the post's header).
                            + "|(?!\\d[\\d,.]* (member|user|poster)\\s*$)((\\d+\\+? )?[\\w+-]+ )?(member|user|poster)|offline|online now"
                            + "|not open for further replies\\.?"
                            // A Chinese board's counts and ranks: "3 主题 15 帖子 58 积分", "注册会员", "版主".
                            + "|([\\d.,]+万?\\s*(主题|帖子|积分|精华|金钱|威望|贡献)\\s*){2,}|(新手上路|注册会员|中级会员|高级会员"
                            + "|金牌会员|论坛元老|版主|超级版主|管理员))\\s*$", 60)
                    // One word of each alternative: most short blocks hold none and are not tried.
                    .triggers("joined", "member", "registered:", "offline", "online now", "best answers", "posts", "messages",
                            "reaction", "reputation", "points", "likes", "threads", "badge", "user", "poster", "not open",
                            "主题", "帖子", "积分", "会员", "新手上路", "论坛元老", "版主", "管理员")
                    .guards(HEADLINE_AND_FIGURES));
}
