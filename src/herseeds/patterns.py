"""Line patterns of web chrome, as data: one named, documented entry per pattern.

Each :class:`LinePattern` says which chrome *kind* a whole line is when it matches, where the
pattern comes from, and gives an example line (a test checks every example). All patterns
are compiled into one alternation, so classifying a line costs one ``fullmatch``; the name
of the entry that matched is the rule ``herseeds show`` prints.

Patterns match the whole normalized line, case-insensitively. They are deliberately exact:
a pattern names a line that is chrome wherever it stands (``Leave a Reply``,
``%d bloggers like this:``). Chrome that is only recognizable in context (captions, link
lists, related-post teasers, newsletter boxes, comment author lines) is decided by the
structural rules in :mod:`herseeds.segmenting`.
"""

from __future__ import annotations

import itertools
from functools import cached_property
from typing import Final

import regex
from attrs import Factory, field, frozen

from herseeds.decisions import Rule
from herseeds.languages import (
    NAME_PARTICLES,
    VOCABULARIES,
    alternation,
    count_words,
    fill,
    phrases,
    words,
)
from herseeds.model import CHROME_KINDS, CONTENT_LABELS

__all__ = [
    "BIO_OPENING",
    "BYLINE_PATTERNS",
    "CHROME_PATTERNS",
    "DATED_NAME",
    "NAME",
    "SEPARATOR_RULES",
    "SIGN_OFF",
    "LinePattern",
    "PatternTable",
    "clean_name",
    "is_sign_off",
]


def _check_kind(_: object, __: object, kind: str) -> None:
    if kind not in CHROME_KINDS and kind not in CONTENT_LABELS:
        raise ValueError(f"{kind!r} is neither a ChromeKind nor a content label")


@frozen
class LinePattern:
    """One named line pattern: what it finds, why it is chrome, and a line it matches."""

    name: str
    """An identifier, unique in its table (``leave_a_reply``); its rule, which ``herseeds
    show`` prints, is ``pattern.`` and the name in hyphens (``pattern.leave-a-reply``)."""
    kind: str = field(validator=_check_kind)
    """The chrome kind (a :data:`~herseeds.model.ChromeKind`: the label is
    ``chrome:<kind>``), or the content label for header patterns (``byline``)."""
    pattern: str
    """A regular expression (the `regex` module's syntax) for the whole normalized line."""
    example: str
    """A line the pattern matches."""
    doc: str
    """Where the line comes from and why it is chrome."""
    opening: str = ""
    """A pattern every line the entry matches opens with, or ``""``. In a table's audit
    alternation (:attr:`PatternTable.compiled`) adjacent entries with the same opening
    stand behind one test of it, so a line that opens otherwise skips them all at the cost
    of one test (an optimization only: the entries match what they match without it);
    :meth:`PatternTable.match` tells the entries a line may match by its opening anyway."""
    requires: tuple[str, ...] = ()
    """Strings (lower case) of which every line the pattern matches holds one, case
    folded: lines with none are not tried (a cheap test for a pattern that could start
    anywhere, such as a form control's label). Empty: every line is tried."""
    rule: Rule = field(
        init=False,
        eq=False,
        repr=False,
        default=Factory(
            lambda entry: Rule("pattern." + entry.name.replace("_", "-"), entry.doc),
            takes_self=True,
        ),
    )
    """The rule a line this pattern matches is decided by."""


class PatternTable:
    """A list of :class:`LinePattern`, matched as one case-insensitive alternation would
    be: the first entry, in order, that matches all of a line.

    Most lines are no chrome, and the regex engine tries every alternative of a long
    alternation on each of them (about 1.5 µs an entry, an empty try included). So each
    entry is compiled on its own, and a line is tried against the entries that can match
    a line opening with its first three characters only (the engine's partial matching tells
    which, once for each opening met), and an entry that could start anywhere may name
    strings a line must hold (:attr:`LinePattern.requires`).
    """

    def __init__(self, patterns: tuple[LinePattern, ...]) -> None:
        names = [entry.name for entry in patterns]
        if len(set(names)) != len(names):
            raise ValueError("pattern names must be unique")
        for entry in patterns:
            folded = entry.example.casefold()
            if entry.requires and not any(part in folded for part in entry.requires):
                raise ValueError(f"{entry.name}: its example holds none of {entry.requires}")
            if any(part != part.casefold() for part in entry.requires):
                raise ValueError(f"{entry.name}: what it requires must be case folded")
        self.patterns = patterns
        self.by_name = {entry.name: entry for entry in patterns}
        self._entries = tuple(regex.compile(entry.pattern, regex.IGNORECASE) for entry in patterns)
        self._requires = tuple(entry.requires for entry in patterns)
        self._by_opening: dict[str, tuple[int, ...]] = {}

    @cached_property
    def compiled(self) -> regex.Pattern[str]:
        """The alternation of every entry, each its own named group (for audits): it
        matches what :meth:`match` matches."""
        branches = []
        for opening, run in itertools.groupby(self.patterns, key=lambda entry: entry.opening):
            alternatives = "|".join(f"(?P<{entry.name}>{entry.pattern})" for entry in run)
            branches.append(f"(?={opening})(?:{alternatives})" if opening else alternatives)
        return regex.compile("|".join(branches), regex.IGNORECASE)

    def match(self, line: str) -> tuple[LinePattern, regex.Match[str]] | None:
        """Return the first entry whose pattern matches all of *line*, with the match."""
        folded = None
        for index in self._entries_for(line[:_KEY]):
            required = self._requires[index]
            if required:
                if folded is None:
                    folded = line.casefold()
                if not any(part in folded for part in required):
                    continue
            found = self._entries[index].fullmatch(line)
            if found is not None:
                return self.patterns[index], found
        return None

    def _entries_for(self, opening: str) -> tuple[int, ...]:
        """The entries that may match a line that opens with *opening* (every entry, for
        an empty line)."""
        found = self._by_opening.get(opening)
        if found is None:
            found = tuple(
                index
                for index, pattern in enumerate(self._entries)
                if pattern.fullmatch(opening, partial=True) is not None
            )
            if len(self._by_opening) < _OPENINGS_KEPT:  # hostile text: any character
                self._by_opening[opening] = found
        return found


_OPENINGS_KEPT: Final = 65536
_KEY: Final = 3
"""The characters of a line's opening that choose the entries it is tried against."""


# Building blocks shared by several patterns. The words of every language come from the
# vocabularies of herseeds.languages, so a pattern built of them reads each language.
_MONTH: Final = alternation(words("months") + words("month_abbreviations"))
_DAY: Final = rf"\d{{1,2}}{alternation(words('day_suffixes'))}?"
_DATE_WORD: Final = alternation(words("date_words"))
_DATE: Final = (
    rf"(?:{alternation(words('weekdays'))}\.?,? )?"
    rf"(?:{_MONTH}\.? {_DAY},? \d{{4}}"
    rf"|{_DAY} (?:{_DATE_WORD} )?{_MONTH}\.?,? (?:{_DATE_WORD} )?\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
)
_TIME: Final = (
    # 10:03, 10.03, and the French and Brazilian 10h03, 10 h 03 min
    rf"(?:\d{{1,2}}(?:[:.]| ?h ?)\d{{2}}(?::\d{{2}})?(?: ?min)?"
    rf"(?: ?{alternation(words('time_suffixes'))})?"
    r"(?: [A-Z]{2,4})?)"
)
_TIME_WORD: Final = alternation(words("time_words"))
_DATETIME: Final = rf"(?:{_DATE}(?:,? {_TIME_WORD} ?{_TIME}|,? {_TIME})?)"
AGO: Final = "|".join(
    fill(
        template,
        n=rf"(?:\d+|{alternation(vocabulary.unit_articles)})",
        unit=alternation(vocabulary.time_units),
    )
    for vocabulary in VOCABULARIES
    for template in vocabulary.ago
)
"""A relative time in any language: ``3 years ago``, ``vor einem Jahr``, ``hace 3 días``."""
_SOCIAL: Final = (
    r"(?:twitter|x|facebook|google\+?|linkedin|pinterest|reddit|tumblr|email|e-mail|print"
    r"|whatsapp|telegram|pocket|flipboard|mastodon|bluesky|threads|skype|mail|sms|more)"
)
_COUNT: Final = rf"(?:\d[\d,.]*k?|{alternation(tuple(count_words()))})"
# Names are case-sensitive even though the tables are not: "By the way" names nobody.
# Words are separated by spaces. A hyphen is part of a capitalized word ("Jean-Luc"), and
# joins a particle to what follows ("van-Dyke"); a hyphen that could also separate two
# capitalized words would let "A-B-C-D-E…" split in exponentially many ways
# (catastrophic backtracking, see docs/robustness.md).
_PARTICLE: Final = alternation(NAME_PARTICLES)
_NAME_WORD: Final = r"\p{Lu}[\p{L}'’.-]*"
NAME: Final = (
    rf"(?-i:(?P<name>{_NAME_WORD}"
    rf"(?: (?:{_NAME_WORD}|{_PARTICLE}(?:-{_PARTICLE})*(?:-{_NAME_WORD})?)){{0,4}}))"
)
"""A person's name as bylines write it: one to five capitalised words and particles, in
the group ``name`` (case-sensitive inside any pattern)."""
_NAME: Final = NAME
# What stands between a name and a date: a bar or a dot, spaced or not, or a dash with a
# space on at least one side. A hyphen glued to both ("Doe-March") is part of the name:
# were it a separator too, the name could end at every hyphen of "A-A-A-A…", and each end
# tries the date pattern again (time quadratic in the line).
_NAME_DATE_SEPARATOR: Final = r"(?: ?[|•·—–] ?| - ?|- )"
_DATE_LABEL: Final = alternation(words("date_labels"))
_ACTIONS: Final = alternation(words("comment_actions") + words("reply_words"))
DATED_NAME: Final = regex.compile(
    # The name is whatever stands before the date (a commenter's name may be a handle in
    # lower case, `mirdochegal`): the caller tells a name from other words. It is lazy and
    # bounded, so a line that is no dated name fails after at most 60 places to split.
    r"(?P<name>\S.{0,59}?)(?:\s*+[|•·,—–]\s*+|\s+-\s+|\s+)"
    rf"(?:{alternation(words('decoration_date_words'))}\s+)?"
    rf"(?P<date>{_DATETIME}|{_MONTH}\.? {_DAY}(?:,? {_TIME_WORD})? {_TIME}|{AGO}"
    rf"|{alternation(words('relative_days'))}(?: {_TIME_WORD})? {_TIME})"
    rf"(?:\s*+[-–,|•·]?\s*+{_TIME})?"
    rf"(?:\s*+[|•·#-]?\s*+(?:{_ACTIONS}|#|¶))?\s*+[:.]?",
    regex.IGNORECASE,
)
"""A comment's author line that is a name and a date (``Jane Doe March 3, 2014 at 10:03
am``, ``Jane | Di, 21. April 2020 - 16:40``, ``Jane am 3. März 2014 - 13:11 Permalink``), in
the group ``name``; a month and day, or a relative day, need a time (``Jun 20th at 2:41
am``, ``Yesterday at 9:40 pm``)."""
_QUOTE_OPEN: Final = r"[“\"‘'«„]"
_REPLY: Final = alternation(words("reply_words"))
_COUNT_SUFFIX: Final = alternation(words("count_suffixes"))
_QUOTE_CLOSE: Final = r"[”\"’'»“]"
# Page furniture and widgets in every language (the vocabularies' furniture fields): what
# may stand around such a line. Arrows and guillemets before or after it, a colon (French
# spaces it), an ellipsis; never a full stop, so a one-word sentence stays prose.
_BEFORE: Final = r"(?:[←«‹<] ?)?"
_AFTER: Final = r"(?: ?(?::|[→»›>↓]{1,3}|…|\.{2,3}))?"
_ROW_SEPARATOR: Final = r"(?: ?[|/·•–-] ?| )"
_NETWORK: Final = _SOCIAL


def _templates_by_ending(templates: tuple[str, ...], slot: str, filler: str) -> str:
    """Templates with one *slot* (``partager sur {network}``, ``auf {network} teilen``)
    as one pattern: those that end alike share it, their openings a :func:`phrases` tree."""
    openings: dict[str, list[str]] = {}
    for template in templates:
        opening, _, ending = template.partition(slot)
        openings.setdefault(ending, []).append(opening)
    return (
        "|".join(
            f"{phrases(found)}{filler}{regex.escape(ending)}" for ending, found in openings.items()
        )
        or "(?!)"
    )


_SHARE_ON: Final = _templates_by_ending(words("share_on"), "{network}", _NETWORK)
_PAGE_OF: Final = (
    "|".join(fill(template, n=r"\d{1,4}", m=r"\d{1,4}") for template in words("page_of")) or "(?!)"
)
_NAVIGATION_ITEM: Final = (
    rf"{_BEFORE}{phrases(words('navigation_links') + words('adjacent_posts'))}"
    r"(?: ?[→»›>]{1,3})?"
)
_LEGAL_LINK: Final = rf"{_BEFORE}{phrases(words('legal_links'))}"
_FURNITURE_FIELDS: Final = (
    "related_headings", "read_more", "section_headings", "share_words", "like_lines",
    "ad_labels", "sponsored_by", "newsletter_lines", "rights_reserved", "legal_links",
    "cookie_openings", "cookie_buttons", "navigation_links", "adjacent_posts", "account_links",
)  # fmt: skip
_FURNITURE: Final = (
    r"(?:[←«‹<“\"‘'„]|"
    + phrases(
        [word for name in _FURNITURE_FIELDS for word in words(name)]
        + [template.partition("{")[0] for template in words("share_on") + words("page_of")]
    )
    + ")"
)
"""What every line of the furniture entries opens with: a phrase of their fields (or a
template's words before its first slot), an arrow or a quote; they are tried behind one
test of it (`LinePattern.opening`)."""
_COOKIE_BUTTON: Final = rf"{_BEFORE}{phrases(words('cookie_buttons'))}"

_P = LinePattern

CHROME_PATTERNS: Final = PatternTable(
    (
        # --- comment section headers --------------------------------------------------
        _P(
            "thoughts_on_title",
            "comments-header",
            rf"(?P<count>{_COUNT}) {alternation(words('header_nouns'))}"
            # `12 Comments on this post` is a bare count, not one on a post so titled.
            rf"(?! {_COUNT_SUFFIX}(?: ?[:.»›↓])?$)"
            rf"(?: {alternation(words('and_words'))} (?:{_COUNT} )?{alternation(words('ping_nouns'))})?"
            rf" {alternation(words('header_title_words'))} {_QUOTE_OPEN}?(?P<title>.+?){_QUOTE_CLOSE}?",
            "36 thoughts on “A Future Tale”",
            "WordPress themes head the comment list with the count and the post title.",
        ),
        _P(
            "comment_count",
            "comments-header",
            rf"(?:{alternation(words('count_prefixes'))} )?(?P<count>{_COUNT}) "
            rf"{alternation(words('count_nouns'))}"
            rf"(?: {_COUNT_SUFFIX})?(?: ?[:.»›↓])?",
            "5 Comments Add yours",
            "A bare comment count heading (WordPress, Blogger's `12 comments:`, Tumblr notes).",
        ),
        _P(
            "comments_heading",
            "comments-header",
            rf"{alternation(words('comments_headings'))}(?: \((?P<count>\d+)\))?:?",
            "Comments (12)",
            "A comments heading without a count, or with the count in brackets.",
        ),
        # --- comment forms ------------------------------------------------------------
        _P(
            "leave_a_reply",
            "comment-form",
            rf"{alternation(words('reply_form_headings'))}"
            rf"(?: {alternation(words('cancel_reply'))})?(?: {alternation(words('reply_to'))} .{{1,200}})?[.:]?",
            "Leave a Reply",
            "The heading of the comment form (WordPress `Leave a Reply`, Blogger `Post a Comment`).",
        ),
        _P(
            "cancel_reply",
            "comment-form",
            rf"{alternation(words('cancel_reply'))}"
            r"|post comment|submit comment|send comment|preview comment|comment\s*\*?"
            r"|name\s*\*?|e-?mail\s*\*?(?: \(required\))?(?: \(will not be published\))?"
            r"|website|url|required fields are marked \*"
            r"|(?:name|e-?mail)(?: \(required\))?(?: \(address never made public\))?",
            "Cancel reply",
            "Buttons and field labels of a comment form.",
        ),
        _P(
            "fill_in_details",
            "comment-form",
            r"fill in your details below or click an icon to log in:?",
            "Fill in your details below or click an icon to log in:",
            "WordPress.com's comment form asks the visitor to identify.",
        ),
        _P(
            "login_service_icon",
            "comment-form",
            r"(?:wordpress\.com|twitter|facebook|google\+?|gravatar|openid) (?:logo|picture|photo|icon)",
            "WordPress.com Logo",
            "Alt text of the log-in service icons of WordPress.com's comment form.",
        ),
        _P(
            "commenting_using",
            "comment-form",
            r"you are commenting using your .{1,40} account\.?(?: \(? ?log ?out ?/ ?change ?\)?)?",
            "You are commenting using your Twitter account. Log Out / Change )",
            "WordPress.com's comment form, one line per log-in service.",
        ),
        _P(
            "connecting_to",
            "comment-form",
            r"connecting to %s",
            "Connecting to %s",
            "An unfilled template string of WordPress.com's comment form.",
        ),
        _P(
            "akismet",
            "comment-form",
            r"this site uses akismet to reduce spam\. learn how your comment data is processed\.?",
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
            "The Akismet anti-spam notice under WordPress comment forms.",
        ),
        _P(
            "notify_me",
            "comment-form",
            r"notify me of (?:new |follow-up )?(?:comments|posts|replies)(?: via| by)? e-?mail\.?"
            r"|save my name, e-?mail, and website in this browser for the next time i comment\.?",
            "Notify me of new comments via email.",
            "Check boxes of WordPress comment forms.",
        ),
        _P(
            "email_not_published",
            "comment-form",
            r"your e-?mail address will not be published\.?(?: required fields are marked \*)?",
            "Your email address will not be published. Required fields are marked *",
            "The privacy note of WordPress comment forms.",
        ),
        _P(
            "must_log_in",
            "comment-form",
            r"you must be (?:logged in|a member) to (?:post|leave) a comment\.?"
            r"|log in to (?:reply|comment)|sign in to comment\.?",
            "You must be logged in to post a comment.",
            "Log-in prompts in place of a comment form.",
        ),
        _P(
            "join_discussion",
            "comment-form",
            r"join the (?:discussion|conversation)(?: on .{1,40})?[.!]?|start the discussion…?\.*",
            "Join the Discussion",
            "The heading of Disqus and magazine comment widgets.",
        ),
        _P(
            "disqus",
            "comment-form",
            r"(?:blog )?comments powered by disqus\.?|powered by disqus"
            r"|after you comment, click post\..{0,200}|sort by (?:best|newest|oldest)"
            r"|(?:or )?sign up with disqus\.?|log in with|comments are closed\.?"
            r"|note: only a member of this blog may post a comment\.?",
            "blog comments powered by Disqus",
            "The Disqus embed's footer and controls.",
        ),
        _P(
            "enter_comment",
            "comment-form",
            r"enter your comment here\.*…?|write a comment\.*…?|what are your thoughts\?",
            "Enter your comment here...",
            "Placeholder text of a comment box.",
        ),
        # --- likes, ratings and shares ---------------------------------------------------
        _P(
            "rating_widget",
            "like-widget",
            r"rate this(?: post| article| recipe)?[:!]?|click (?:on a star )?to rate (?:this|it)(?: post)?!?"
            r"|\(?\d+ votes?, average: [\d.]+ out of \d+\)?|\[total: \d+ average: [\d.]+\]"
            r"|no votes so far! be the first to rate this post\.?|(?:average )?rating: [\d.]+ ?/ ?\d+"
            r"|[★☆✩✭]{3,10}(?: ?\(?[\d.]+\)?)?|submit rating|your rating:?",
            "(12 votes, average: 4.50 out of 5)",
            "Rating plugins under posts and recipes: the prompt, the stars, the votes and average.",
        ),
        _P(
            "bloggers_like_this",
            "like-widget",
            r"%d bloggers? likes? this:?|\d+ (?:bloggers?|people) likes? this\.?"
            r"|be the first to like this\.?|like loading\.*…?|loading\.*…?",
            "%d bloggers like this:",
            "WordPress.com's like widget (sometimes with its template placeholder unfilled).",
        ),
        _P(
            "like_this",
            "like-widget",
            r"like this:?|liked by \d+ (?:person|people)|like|likes?: \d+",
            "Like this:",
            "The heading and button of WordPress.com's like widget.",
        ),
        _P(
            "share_this",
            "share",
            rf"share(?: this| the article| this (?:post|article|story|page))?(?: on {_SOCIAL})?:?"
            rf"|click to (?:share|email|print) (?:on |this to |a link to )?.{{0,40}}"
            rf"|(?:share|post|pin) (?:on|to|it on) {_SOCIAL}|tweet|pin it|email this|save|bookmark"
            r"|copy(?: the)? (?:link|url)|link copied!?"
            r"|\d[\d,.]*k? shares?"
            # A row of share buttons: each button is matched once (atomic), since retrying
            # them all on a line that turns out not to be one takes quadratic time.
            rf"|{_SOCIAL}(?>(?: ?[|•·,/ ] ?{_SOCIAL})){{1,}}+|share via(?::| {_SOCIAL})?"
            # WordPress.com's share-by-email form, whose messages the dump keeps
            r"|post was not sent - check your email addresses!|email check failed, please try again"
            r"|sorry, your blog cannot share posts by email\.",
            "Share this:",
            "Share buttons and their headings (WordPress `Share this:`, news share bars).",
        ),
        _P(
            "blogger_share_bar",
            "share",
            r"email this ?blogthis! ?share to twitter ?share to facebook(?: ?share to pinterest)?",
            "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest",
            "Blogger's share bar under each post, its buttons run together.",
        ),
        # --- post meta: taxonomy, dates, navigation ----------------------------------------
        _P(
            "posted_in_tagged",
            "taxonomy",
            r"(?:this entry was )?posted in .{1,200}?(?:\s*[|.]?\s*tagged .{1,200})?"
            r"(?:\s*[|.]?\s*bookmark the permalink\.?)?"
            r"|tagged(?: with)?:? .{1,200}|tags?: .{1,300}|filed under:? .{1,200}"
            r"|categor(?:y|ies): .{1,200}|labels: .{1,200}|topics?: .{1,200}"
            r"|bookmark the permalink\.?|#[\p{L}\p{N}_-]+(?: +#[\p{L}\p{N}_-]+)*",
            "Posted in Film | Tagged Her, Spike Jonze",
            "Category and tag lines of blog posts (WordPress, Blogger `Labels:`).",
        ),
        _P(
            "byline_template",
            "byline-template",
            r"(?:posted|published|written|updated)?(?: ?(?:on|by|in|at)){1,3}"
            r"|(?:posted|published|written)",
            "Posted on by",
            "A byline whose date and author the text dump lost, leaving only its template words.",
        ),
        _P(
            "about_the_author",
            "author-box",
            r"about the (?:author|writer|contributor)s?:?|about me:?|author bio(?:graphy)?:?"
            r"|meet the author:?",
            "About the author",
            "The heading of an author box; the paragraph after it is the bio.",
        ),
        _P(
            "dateline",
            "date",
            rf"(?:(?:{_DATE_LABEL}|{alternation(words('decoration_date_words'))}):? )?"
            rf"(?P<date>{_DATETIME})"
            r"(?: ?[|•·] ?\d+ min(?:ute)? read)?",
            "Published on March 3, 2014",
            "The date of a post, alone on its line.",
        ),
        _P(
            "reading_time",
            "date",
            r"\d+ min(?:ute)?s? read|(?:estimated )?reading time:? \d+ min(?:ute)?s?\.?",
            "4 min read",
            "Reading-time estimates of Medium and news sites.",
        ),
        _P(
            "newer_older",
            "navigation",
            r"(?:newer(?: posts?)?|older(?: posts?)?|home)(?: ?(?:newer(?: posts?)?|older(?: posts?)?|home)){1,2}"
            r"|(?:[←«‹<] ?)?(?:previous|prev|older|next|newer) (?:posts?|articles?|stor(?:y|ies)|entry|entries|pages?|comments)"
            r"(?: ?[→»›>])?(?::? .{1,150})?|(?:previous|next)(?: ?[→»›>])|[←«‹<] ?(?:previous|back)"
            r"|subscribe to: post comments \(atom\)|subscribe to: posts \(atom\)"
            r"|skip to (?:main )?content|back to top|search(?: for)?:?|home|expand search form"
            r"|(?:(?:primary|secondary|main|footer|mobile|site|top) )?(?:sidebar|menu|navigation)"
            r"|[\p{L}\p{N} .&'’-]{1,40} logo",
            "Newer Post Older Post Home",
            "Navigation between posts and around the site (Blogger, WordPress, magazines).",
        ),
        _P(
            "more_in_section",
            "navigation",
            r"more (?:in|from|on) (?-i:\p{Lu})[\p{L}&' -]{1,40}|just in|latest(?: news| stories)?"
            r"|trending(?: now)?|most (?:popular|read|viewed)|editor'?s picks",
            "More in Technology",
            "Section navigation of news sites.",
        ),
        _P(
            "related_heading",
            "related",
            r"related(?: (?:posts?|articles?|stories|reading|content))?:?"
            r"|you (?:may|might) also (?:like|enjoy)\.*:?|read (?:more|next|also)(?: ?[:→»›])?"
            r"|recommended(?: for you| reading| from .{1,30})?:?|keep reading|continue reading"
            r"|see also:?|further reading:?|more stories|more like this",
            "Related",
            "Headings of related-post and recommendation widgets.",
        ),
        _P(
            "jetpack_related_category",
            "related",
            r"in [“\"][^”\"]{1,40}[”\"]",
            'In "News"',
            "The category line under each related post of WordPress's Jetpack widget.",
        ),
        _P(
            "powered_by",
            "footer",
            r"(?:proudly )?powered by .{1,60}|(?:blog|website|site) at wordpress\.com\.?"
            r"|all rights reserved\.?.{0,80}|copyright (?:©|\(c\)|\d{4}).{0,80}"
            r"|theme(?::.{1,60})? by .{1,60}",
            "Powered by Tumblr",
            "Site footers: platform credits, copyright lines, theme credits.",
        ),
        _P(
            "form_control",
            "form",
            # A text field (`[      ]`, `[you@example.com    ]`: its value, then the
            # padding), a check box (`[ ]`, `[X]`), a radio button (`( )`,
            # `(*)`), each with a label before or after it, or a row of buttons alone
            # (`[Post Comment]`); a field is two spaces or more, so `[1] A note` is no form.
            # A field's value, if any, ends in no padding: were its value and its padding
            # to share its spaces in as many ways as it has, a row of fields would fail in
            # exponentially many. (An atomic field would do as well, but an atomic group
            # makes the `regex` module try the whole table a third slower.)
            r"(?:[^\[\]()]{0,60}?(?:\[(?:[^\[\]]{0,59}?[^\[\] _])?[ _]{2,}+\]|\[[ x*]\]|\([ *]\))"
            r"[ \t*:]*+)+"
            r"(?:[^\[\]()]|\[\p{L}[^\[\].:!?]{0,29}\]){0,160}"
            r"|(?:\[\p{L}[^\[\].:!?]{0,29}\] *+)+",
            "Name * [                              ]",
            "The controls of a form as a text browser prints them: a comment form's fields, a "
            "search box, a newsletter's check boxes, buttons.",
            requires=("[", "("),
        ),
        _P(
            "separator",
            "separator",
            r"[\p{P}\p{S}\s]{1,12}",
            "·",
            "A line of punctuation only: a separator between widgets or comment fields.",
        ),
        # --- boxes: newsletters, ads, cookies, promos -------------------------------------
        _P(
            "newsletter_box",
            "newsletter",
            r"(?:sign up|subscribe) (?:for|to) .{0,60}newsletters?.{0,120}"
            r"|get .{1,40} (?:in|to) your inbox[.!]?|enter your e-?mail(?: address)?.{0,60}"
            r"|by clicking [“\"]?(?:subscribe|sign up|submit)[,.]?[”\"]?,? you agree .{0,200}"
            r"|you(?:'re|’re| are) (?:now )?subscribed.{0,200}|subscribe(?: now)?[.!]?"
            r"|thanks? for (?:signing up|subscribing)[.!]?.{0,120}|newsletter sign-?up",
            "Get The Beast In Your Inbox!",
            "Newsletter sign-up boxes, in and after the article.",
        ),
        _P(
            "advertisement",
            "ad-label",
            r"advertisement|advertising|ad|sponsored(?: content| post)?(?: by .{1,60})?"
            r"|presented by(?: .{1,60})?|paid (?:content|post|partner content)"
            r"|story continues below(?: advertisement)?|partner content",
            "Advertisement",
            "Labels of advertisements and sponsored content.",
        ),
        _P(
            "cookie_notice",
            "cookie-notice",
            r"(?:we|this (?:web)?site) uses? cookies.{0,400}|accept(?: all)?(?: cookies)?"
            r"|got it!?|cookie (?:settings|policy|preferences)|manage (?:cookies|preferences)",
            "We use cookies to improve your experience. Accept",
            "Cookie consent banners.",
        ),
        _P(
            "writer_promo",
            "promo",
            r"want to write (?:about .{1,60}|for us)\?|create (?:a |your )?(?:free |writer )?account"
            r"|become a (?:member|subscriber|writer)|start writing|get the app|open in app"
            r"|sign up(?: for free)?|log ?in|sign in|register|follow(?: us)?|following|listen"
            r"|buy now|shop now|learn more|get more info|show more(?: results)?|see more|load more"
            r"|view (?:all|more)|more",
            "Create writer account",
            "Platform calls to join or write for the site.",
        ),
        _P(
            "leave_a_comment_cta",
            "call-to-action",
            r"(?:(?:what do you think|what are your thoughts|thoughts)\? )?"
            r"(?:(?:leave|share|drop) (?:a comment|your thoughts)(?: below)?[.!]?"
            r"|let (?:us|me) know (?:what you think )?in the comments(?: below)?[.!]?"
            r"|tell us what you think.{0,60})|what do you think\?",
            "What do you think? Leave a comment.",
            "A site's standard line inviting comments at the end of every post.",
        ),
        # --- image credits ------------------------------------------------------------------
        _P(
            "photo_credit",
            "credit",
            r"(?:photo|photograph|image|illustration|picture|video|graphic|gif|still|header image)"
            r"s?(?: credit)?(?::| by| via| courtesy of| credit:?) .{1,120}"
            r"|(?:credit|courtesy|source|via):? .{1,100}|© ?.{1,100}|\(c\) .{1,100}"
            r"|.{1,80}/ ?(?:getty images|ap|reuters|afp|shutterstock|alamy|ap photo|epa|istock"
            r"|corbis|rex features|rex|imdb|everett collection)"
            r"|(?:getty images|ap photo|reuters|afp|shutterstock|alamy|epa|istock|unsplash)"
            r"(?: ?/ ?.{1,60})?"
            r"|photo by .{1,60} on (?:unsplash|pexels|pixabay)",
            "Photo: Jane Doe/Getty Images",
            "Credits of photos and illustrations: `Photo: X/Getty Images`, `Image via X`.",
        ),
        _P(
            "studio_credit",
            "credit",
            r"(?:courtesy of )?(?:warner bros\.?|warner brothers|universal|paramount|sony|columbia"
            r"|20th century (?:fox|studios)|fox searchlight|searchlight|disney|walt disney"
            r"|pixar|lionsgate|mgm|netflix|hbo|a24|annapurna|focus features|miramax|amazon studios"
            r"|apple tv\+?|dreamworks|new line cinema|neon|magnolia pictures|ifc films|bbc|pbs)"
            r"(?: (?:pictures|entertainment|studios|films|features|animation|television|media))?"
            r"(?: pictures)?\.?(?: ?/ ?.{1,40})?",
            "Warner Bros. Pictures",
            "Film and television stills are credited to the studio or network, alone on a line.",
        ),
        # --- comment meta ---------------------------------------------------------------
        _P(
            "reply_link",
            "comment-meta",
            rf"{_REPLY}(?: ?[↓→])?|\(?{_REPLY}\)?|(?:[←«‹] ?)?{alternation(words('comment_actions'))}(?: ?[→»›])?"
            rf"|\d+ {alternation(words('counted_actions'))}|• ?{_REPLY} ?•?.{{0,40}}"
            rf"|{alternation(words('decorations'))} ?(?::|\.*)",
            "Reply",
            "Links and buttons around each comment (`Reply`, `Permalink`, `says:`).",
        ),
        _P(
            "relative_time",
            "comment-meta",
            rf"{AGO}|{alternation(words('relative_days'))}(?: {_TIME_WORD} {_TIME})?",
            "3 years ago",
            "Relative timestamps of comments (Disqus, Medium, Tumblr).",
        ),
        # --- page furniture and widgets in every language --------------------------------
        # Built from the vocabularies' furniture fields, after the English entries above: a
        # line those decide keeps its decision. Each matches the whole line, phrases of the
        # vocabularies with the decorations of _BEFORE and _AFTER, nothing that goes on.
        _P(
            "read_also",
            "related",
            rf"{_BEFORE}{phrases(words('related_headings'))}"
            rf"(?:(?: ?:| \|) .{{1,150}}|{_AFTER})",
            "Lire aussi : La ville sous la pluie",
            "Headings of related-post and recommendation widgets in every language (`Auch "
            "interessant`, `Sur le même sujet`, `Leggi anche`), or one linked headline after "
            "a colon or a bar (`Lire aussi | TITRE`).",
            opening=_FURNITURE,
        ),
        _P(
            "read_more",
            "related",
            rf"(?:{_QUOTE_OPEN}[^“”\"«»„]{{1,150}}{_QUOTE_CLOSE} )?{_BEFORE}"
            rf"{phrases(words('read_more'))}"
            rf"(?: {_QUOTE_OPEN}[^“”\"«»„]{{1,150}}{_QUOTE_CLOSE})?{_AFTER}",
            "Weiterlesen »",
            "Links to the rest of a post in every language (`Read more`, `Weiterlesen`, `Lire "
            "la suite →`, `Continue reading “TITLE” →`).",
            opening=_FURNITURE,
        ),
        _P(
            "most_read",
            "navigation",
            rf"{_BEFORE}{phrases(words('section_headings'))}{_AFTER}",
            "Meistgelesen",
            "Sidebar and news-section headings over lists of other posts in every language "
            "(`Most commented`, `Les plus lus`, `Recent Comments`, `Archives`).",
            opening=_FURNITURE,
        ),
        _P(
            "share_button",
            "share",
            rf"{_BEFORE}(?:{phrases(words('share_words'))}|{_SHARE_ON})"
            rf"(?: ?\(?{phrases(words('new_window'))}\)?)?(?: ?\(\d[\d,.]*k?\))?{_AFTER}",
            "Partager (12)",
            "Share, print, e-mail and copy-link buttons and headings in every language (`Teilen "
            "mit:`, `Partager sur Facebook`, Jetpack's `Klik om te delen op Twitter (Wordt in "
            "een nieuw venster geopend)`), maybe with a count in brackets.",
            opening=_FURNITURE,
        ),
        _P(
            "like_button",
            "like-widget",
            rf"{_BEFORE}{phrases(words('like_lines'))}{_AFTER}",
            "Gefällt mir:",
            "WordPress.com's like widget in every language (`Gefällt mir:`, `J’aime chargement…`).",
            opening=_FURNITURE,
        ),
        _P(
            "ad_label",
            "ad-label",
            rf"{_BEFORE}{phrases(words('ad_labels'))}{_AFTER}"
            rf"|{_BEFORE}{phrases(words('sponsored_by'))} (?-i:[\p{{Lu}}\d])[^.!?]{{0,40}}",
            "Anzeige",
            "Labels of advertisements and sponsored content in every language (`Anzeige`, "
            "`Publicité`, `Contenido patrocinado`), and `Präsentiert von NAME`.",
            opening=_FURNITURE,
        ),
        _P(
            "newsletter_signup",
            "newsletter",
            rf"{_BEFORE}{phrases(words('newsletter_lines'))}(?:[.!]|{_AFTER})",
            "Newsletter abonnieren",
            "Newsletter sign-up lines in every language (`Newsletter abonnieren`, `Recevoir la "
            "newsletter`, `Schrijf je in voor de nieuwsbrief`).",
            opening=_FURNITURE,
        ),
        _P(
            "legal_links",
            "footer",
            rf"{_BEFORE}{phrases(words('rights_reserved'))}\.?.{{0,80}}"
            # a row of footer links: each is matched once (atomic), as share rows are
            rf"|(?>{_LEGAL_LINK})(?>{_ROW_SEPARATOR}{_LEGAL_LINK}){{0,8}}+{_AFTER}",
            "Impressum | Datenschutz | Kontakt",
            "Site footers in every language: `Alle Rechte vorbehalten`, and the links to the "
            "legal and contact pages, alone or in a row (`Privacy Policy`, `Impressum`, "
            "`Mentions légales`).",
            opening=_FURNITURE,
        ),
        _P(
            "cookie_consent",
            "cookie-notice",
            rf"{_BEFORE}{phrases(words('cookie_openings'))}.{{0,400}}"
            rf"|(?>{_COOKIE_BUTTON})(?>{_ROW_SEPARATOR}{_COOKIE_BUTTON}){{0,3}}+(?:[!.]|{_AFTER})",
            "Alle akzeptieren",
            "Cookie banners in every language: the sentence (`Diese Website verwendet Cookies"
            "…`) and its buttons (`Tout accepter`, `Rechazar`, `Cookie-Einstellungen`).",
            opening=_FURNITURE,
        ),
        _P(
            "site_navigation",
            "navigation",
            # one to four links in a row (`« Vorige | Nächste »`); an adjacent post's title
            # after a colon; a page count
            rf"(?>{_NAVIGATION_ITEM})(?>{_ROW_SEPARATOR}{_NAVIGATION_ITEM}){{0,3}}+"
            rf"(?: ?: .{{1,150}}|{_AFTER})|{_PAGE_OF}",
            "« Vorige | Nächste »",
            "Navigation around the site in every language: skip links, menus, search, home, "
            "back to top (`Zum Inhalt springen`, `Accueil`), links to the previous and next "
            "post (`Article précédent`, `« Vorige | Nächste »`), page counts (`Seite 2 von 5`).",
            opening=_FURNITURE,
        ),
        _P(
            "account_links",
            "promo",
            rf"{_BEFORE}{phrases(words('account_links'))}{_AFTER}",
            "Se connecter",
            "Links to a reader's account and the site's profiles in every language "
            "(`Anmelden`, `Mon compte`, `Iniciar sesión`, `Folgen Sie uns`).",
            opening=_FURNITURE,
        ),
    )
)

SEPARATOR_RULES: Final = frozenset(
    entry.rule for entry in CHROME_PATTERNS.patterns if entry.kind == "separator"
)
"""The rules of the separator patterns (a line of dashes, of emoji): they say a line is
furniture, not what furniture, and a thread may take such a line back as a comment."""
"""Lines that are chrome wherever they stand."""

BYLINE_PATTERNS: Final = PatternTable(
    (
        _P(
            "by_name",
            "byline",
            # `By: NAME`, and `ByNAME` run together by the dump (a capital after `By`)
            rf"(?:{alternation(words('byline_words'))}:? |(?-i:By)(?=\p{{Lu}}\p{{Ll}})){_NAME}"
            rf"(?: {alternation(words('and_words'))} \p{{Lu}}[\p{{L}}'’.-]*(?: \p{{Lu}}[\p{{L}}'’.-]*){{0,3}})?"
            rf"(?:,? (?:{alternation(words('byline_date_words'))}|[|•·—–-]) .{{1,80}}"
            rf"|, {alternation(words('articles'))} .{{1,120}}|, {_DATETIME}"
            # a role: `By Jane Doe, Staff Writer`, `By Jane Doe, writer at SITE`
            rf"|, (?:[\p{{L}}-]+ ){{0,2}}{alternation(words('roles'))}\b.{{0,80}})?\.?",
            "By Stephan Manning.",
            "A byline: `By X`, `Posted by X at 10:03 AM`, `Written by X`, `By X, March 3, 2014`.",
        ),
        _P(
            "name_pipe_date",
            "byline",
            rf"{_NAME}{_NAME_DATE_SEPARATOR}{_DATETIME}",
            "Jane Doe | March 3, 2014",
            "A byline that is the author's name and the date, separated by a bar or a dot.",
        ),
    )
)
"""Lines that name the article's author."""

BIO_OPENING: Final = regex.compile(
    r"(?!(?:When|While|The|This|That|These|It|He|She|They|We|You|In|On|At|After|Before|As|If"
    r"|But|And|Our|My|His|Her|Their|Its|There|Here|Now|Then|So|Today|Yesterday)\b)"
    rf"(?P<name>\p{{Lu}}(?:[\p{{L}}'’-]+|\.)(?: (?:\p{{Lu}}(?:[\p{{L}}'’-]+|\.)|{_PARTICLE})){{1,4}})"
    r"(?: \(@[\p{L}\p{N}_.]{1,30}\))?"  # the writer's handle: "Jane Doe (@janedoe) is a ..."
    r" (?:(?:is|was) (?:a|an|the|currently|based|born)|has (?:written|been)|writes|lives in"
    r"|teaches|works (?:as|at|for|in|on))\b"
)
"""The opening of an author bio: a name of two to four words (maybe with a ``(@handle)``),
then ``is``/``was``/``writes``…

The name group is the author's name; sentence openers that are capitalized but are no
names (``When I was``, ``The film is``) are excluded.
"""

SIGN_OFF: Final = regex.compile(
    r"(?:[-–—~]+ ?|(?i:cheers|best|thanks|regards|best wishes|love|yours|sincerely|xoxo|xo),? )?"
    r"(?P<name>\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){0,3})\.?"
)
"""A sign-off closing an article: the writer's name, alone or after a dash or a valediction
(``— Jane Doe``, ``Cheers, Jane``). A single bare word is not enough (see `is_sign_off`)."""


def is_sign_off(line: str) -> regex.Match[str] | None:
    """Match *line* as a sign-off: a valediction or dash before a name, or a two-word name.

    >>> [bool(is_sign_off(t)) for t in ("— Jane Doe", "Cheers, Jane", "Jane Doe", "Samantha.")]
    [True, True, True, False]
    """
    found = SIGN_OFF.fullmatch(line)
    if found is None:
        return None
    introduced = found.start("name") > 0
    return found if introduced or " " in found.group("name") else None


def clean_name(name: str) -> str:
    """A name as a byline or a sign-off gives it, without the full stop of a sentence.

    >>> clean_name("Stephan Manning."), clean_name("John Q.")
    ('Stephan Manning', 'John Q.')
    """
    name = name.strip()
    # "By Stephan Manning." ends a sentence; "By John Q." ends with an initial.
    if name.endswith(".") and not regex.search(r"(?:^|\s)\p{Lu}\.$", name):
        name = name[:-1]
    return name
