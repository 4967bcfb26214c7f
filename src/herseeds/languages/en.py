"""English: WordPress, Blogger, Disqus, Medium and news-site wording."""

from __future__ import annotations

from typing import Final

from herseeds.languages import Vocabulary

_FORM_VERBS: Final = ("leave", "post", "add", "write", "submit")
_FORM_NOUNS: Final = ("reply", "comment", "response")

VOCABULARY: Final = Vocabulary(
    code="en",
    name="English",
    months=(
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    ),
    month_abbreviations=(
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ),
    weekdays=(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ),
    day_suffixes=("st", "nd", "rd", "th"),
    time_words=("at", "@", "-", "|"),
    time_suffixes=("am", "pm", "a.m.", "p.m.", "a.m", "p.m", "am.", "pm."),
    time_units=(
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
        "week", "weeks", "month", "months", "year", "years",
    ),
    unit_articles=("a", "an", "one"),
    ago=("{n} {unit} ago",),
    relative_days=("yesterday", "today"),
    count_words={
        "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    },
    header_nouns=(
        "thought", "thoughts", "response", "responses", "comment", "comments", "reply",
        "replies", "reaction", "reactions", "trackback", "trackbacks", "pingback", "pingbacks",
    ),
    ping_nouns=("pingback", "pingbacks", "trackback", "trackbacks"),
    and_words=("and", "&"),
    header_title_words=("on", "to"),
    count_nouns=(
        "comment", "comments", "response", "responses", "replies", "reaction", "reactions",
        "notes",
    ),
    count_prefixes=(
        "there are", "there is", "showing", "view", "view all", "this post has",
        "this article has", "this entry has",
    ),
    count_suffixes=(
        "add yours", "so far", "yet", "on this post", "on this article", "on this story",
    ),
    comments_headings=(
        "comment", "comments", "response", "responses", "discussion", "reader comments",
        "reaction", "reactions",
    ),
    reply_form_headings=tuple(
        f"{verb} {determiner}{noun}"
        for verb in _FORM_VERBS
        for determiner in ("", "a ", "your ")
        for noun in _FORM_NOUNS
    ),
    cancel_reply=("cancel reply", "cancel comment reply"),
    reply_to=("to",),
    reply_words=("reply",),
    comment_actions=(
        "permalink", "permanent link", "report", "replydelete", "reply delete",
        "report comment", "edit", "flag", "upvote",
        "downvote", "vote", "delete", "hide replies", "show replies", "view replies",
        "load more comments", "load more replies", "show more comments", "show more replies",
        "view more comments", "view more replies",
    ),
    counted_actions=("replies", "like", "likes", "upvote", "upvotes"),
    decorations=("avatar", "says", "said", "wrote", "writes", "replied", "commented"),
    avatars=("avatar", "avatar of", "gravatar", "profile picture", "profile photo"),
    decoration_date_words=("on", "at"),
    edited=("edited",),
    stop_words=tuple(
        """a an the i i'm im me my we you your yours it it's its is are was were be been am do
        does did not no yes this that these those there here what why how when who which
        and or but so if of to in on at for with about from as by great good nice thanks thank
        love loved like liked agree agreed article post piece read review film movie wow lol
        well very really just too also please hi hello hey dear sir madam ok okay cool awesome
        interesting amazing excellent brilliant wonderful beautiful lovely true totally""".split()
    ),
    small_words=tuple(
        """a an and as at but by for from in into nor of on or over per so the to up via vs
        with""".split()
    ),
    byline_words=(
        "by", "words by", "written by", "story by", "text by", "posted by", "published by",
        "author", "author:",
    ),
    date_labels=(
        "posted", "posted on", "published", "published on", "updated", "updated on",
        "last updated", "last updated on", "first published", "first published on", "date",
    ),
    posted_by=("posted by", "written by", "published by"),
    byline_date_words=("on", "at", "in"),
    articles=("a", "an", "the", "our"),
    roles=(
        "writer", "staff writer", "senior writer", "contributing writer", "editor",
        "senior editor", "contributing editor", "editor-in-chief", "deputy editor",
        "managing editor", "contributor", "correspondent", "reporter", "staff reporter",
        "columnist", "critic", "film critic", "author", "freelance writer", "journalist",
        "producer", "photographer", "intern", "guest writer", "guest author",
    ),
    related_headings=(
        "read also", "also read", "related topics", "related links", "related coverage",
        "similar posts",
        "similar articles", "you may be interested in", "you might be interested in",
        "don't miss", "don’t miss", "recommended stories",
    ),
    read_more=(
        "continue reading", "read more", "read the full story", "read the full article",
        "read full article", "read the rest of this entry", "read on",
    ),
    section_headings=(
        "most commented", "most shared", "most emailed", "most popular posts",
        "recent posts", "popular posts", "latest posts", "top stories",
        "archives", "categories",
    ),
    share_words=(
        "print", "print this", "print this page", "print this article", "print article",
        "send by email", "email to a friend", "share article",
        "click to print", "click to email a link to a friend",
    ),
    new_window=("opens in new window", "opens in a new window"),
    ad_labels=(
        "advertisements", "promoted", "promoted content", "sponsored links",
        "advertisement feature",
    ),
    sponsored_by=("in partnership with", "brought to you by"),
    newsletter_lines=(
        "newsletter", "newsletters", "get our newsletter", "join our newsletter",
        "join our mailing list", "subscribe to our mailing list", "sign up for our emails",
    ),
    rights_reserved=("all rights reserved",),
    legal_links=(
        "privacy policy", "privacy", "privacy notice", "privacy statement", "terms of use",
        "terms of service", "terms and conditions", "terms & conditions", "imprint",
        "legal notice", "legal", "disclaimer", "contact us", "contact", "about us",
        "accessibility", "advertise", "advertise with us", "careers", "masthead",
    ),
    cookie_openings=(
        "privacy & cookies:", "by continuing to use this website",
        "to find out more, including how to control cookies",
    ),
    cookie_buttons=("reject all", "decline", "close and accept", "manage cookies"),
    navigation_links=(
        "skip to navigation", "jump to navigation", "skip to main navigation",
        "toggle navigation", "toggle menu", "open menu", "close menu", "scroll to top",
        "go to top", "top of page", "sitemap", "site map", "search this site",
    ),
    adjacent_posts=(
        "previous", "next", ),
    page_of=("page {n} of {m}",),
    account_links=("my account", "log out", "logout", "sign out", "create account"),
    examples={
        "comments-header": (
            "36 thoughts on “A Future Tale”",
            "4 responses to “Her”",
            "12 comments and 2 pingbacks on Her",
            "5 Comments Add yours",
            "No comments yet",
            "There are 3 comments",
            "Comments (12)",
            "Discussion",
        ),
        "comment-form": (
            "Leave a Reply",
            "Post a Comment",
            "Leave a Reply to Jane Doe Cancel reply",
            "Cancel reply",
        ),
        "comment-meta": (
            "Reply",
            "(Reply)",
            "Reply ↓",
            "Permalink",
            "Load more comments",
            "3 likes",
            "3 years ago",
            "an hour ago",
            "Yesterday at 10:03 am",
            "says:",
            "said...",
        ),
        "date": ("Published on March 3, 2014", "Monday, 3rd March 2014 at 10:03 pm"),
        "byline": (
            "By Stephan Manning.",
            "Posted by Jane Doe at 10:03 AM",
            "Jane Doe | March 3, 2014",
            "By Jane Doe, Staff Writer",
            "By Jane Doe, writer at The Quiet Reel",
            "By: Jane Doe",
        ),
        "related": ("Read also: A Quiet Week in the City", "Continue reading “Her” →"),
        "navigation": ("Page 2 of 5", "Most commented", "Previous | Next", "Sitemap"),
        "share": ("Print this article", "Send by email"),
        "footer": ("Privacy Policy | Terms of Use | Contact us", "Imprint"),
        "cookie-notice": ("Privacy & Cookies: This site uses cookies.", "Reject all"),
        "promo": ("My account",),
    },
)  # fmt: skip
