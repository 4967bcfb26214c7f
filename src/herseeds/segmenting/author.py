"""The author: a bio, a sign-off, a self-introduction, or replies to readers as the writer.

Each pass decides the line that names the author and records the name it found there
(:class:`~herseeds.decisions.NameFacts`); :mod:`herseeds.document` takes the name of the
strongest evidence, in the order of :data:`herseeds.model.NameEvidence`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

from herseeds.comments import strip_author_decoration
from herseeds.decisions import CommentFacts, LineDecision, NameFacts, Rule
from herseeds.patterns import BIO_OPENING, clean_name, is_sign_off
from herseeds.segmenting.header import byline_decision
from herseeds.segmenting.page import word_count

if TYPE_CHECKING:
    from collections.abc import Sequence

    from herseeds.model import Comment
    from herseeds.segmenting.page import Page

__all__ = [
    "BIO_AFTER_BOX",
    "BIO_CLOSING",
    "SELF_INTRODUCTION",
    "SIGN_OFF",
    "find_author_from_replies",
    "find_bio",
    "find_self_introduction",
    "find_sign_off",
]

BIO_AFTER_BOX: Final = Rule("author.bio-after-box", "The paragraph after an author box's heading.")
BIO_CLOSING: Final = Rule(
    "author.bio-closing", "A short paragraph after the article that opens 'NAME is a ...'."
)
SIGN_OFF: Final = Rule("author.sign-off", "The writer's name closing the article.")
SELF_INTRODUCTION: Final = Rule(
    "author.self-introduction", "The article's first paragraph opens 'NAME here.'."
)

_MAX_BIO_WORDS: Final = 80


def find_bio(page: Page, reclaims: frozenset[Rule]) -> None:
    """The paragraph after an author-box line, or a closing ``NAME is a …`` paragraph; one
    bio a page (a pass run again finds no second)."""
    if any(decision is not None and decision.label == "bio" for decision in page.decisions):
        return
    for index in range(page.comments_start):
        if page.kind(index) not in {"byline-template", "author-box"}:
            continue
        following = page.next_content(index, page.comments_start)
        if following is not None and page.open(following):
            page.decide(following, _bio(page.lines[following], BIO_AFTER_BOX))
            return
    last_prose = page.prose_bounds()[1]
    for index in range(last_prose + 1, page.comments_start):
        line = page.lines[index]
        if page.open(index) and BIO_OPENING.match(line) and word_count(line) <= _MAX_BIO_WORDS:
            page.decide(index, _bio(line, BIO_CLOSING))
            return


def _bio(line: str, rule: Rule) -> LineDecision:
    opening = BIO_OPENING.match(line)
    if opening is None:
        return LineDecision("bio", rule)
    return LineDecision("bio", rule, (NameFacts(opening.group("name"), "bio"),))


def find_sign_off(page: Page, reclaims: frozenset[Rule]) -> None:
    """The writer's name closing the article, right after its last paragraph."""
    last = page.previous_content(page.comments_start)
    while last is not None and not page.open(last):
        last = page.previous_content(last)
    if last is None:
        return
    found = is_sign_off(page.lines[last])
    if found is None:
        return
    before = page.previous_content(last)
    if before is not None and page.open(before) and word_count(page.lines[before]) >= 8:
        # "By Jane Doe" closing the article is a byline for all it is a sign-off.
        byline = byline_decision(page, last, SIGN_OFF)
        name = NameFacts(clean_name(found.group("name")), "sign-off")
        page.decide(last, byline or LineDecision("byline", SIGN_OFF, (name,)))


_SELF_INTRODUCTION: Final = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}) here[.!,]"
)


def find_self_introduction(page: Page, reclaims: frozenset[Rule]) -> None:
    """``Jane here.`` opening the article: the writer introduces herself.

    Run once every other pass has decided: the article's first paragraph is the first
    line no pass claimed.
    """
    for index, decision in enumerate(page.decisions):
        if decision is None:
            found = _SELF_INTRODUCTION.match(page.lines[index])
            if found is not None:
                name = NameFacts(found.group("name"), "self-introduction")
                page.decide(index, LineDecision("article", SELF_INTRODUCTION, (name,)))
            return


def find_author_from_replies(page: Page, reclaims: frozenset[Rule]) -> None:
    """The commenter who answers readers as the post's writer: their author line gets the
    name as ``comment-replies`` evidence (see :func:`_infer_author_from_replies`)."""
    lines: dict[int, int] = {}  # a comment's index -> its first author line
    comments: dict[int, Comment] = {}
    for index, decision in enumerate(page.decisions):
        for facts in () if decision is None else decision.facts:
            if isinstance(facts, CommentFacts):
                comments.setdefault(facts.index, facts.comment)
                if decision is not None and decision.label == "comment-author":
                    lines.setdefault(facts.index, index)
    ordered = [comments[index] for index in sorted(comments)]
    name = _infer_author_from_replies(ordered)
    if name is None:
        return
    for position, comment in enumerate(ordered):
        if comment.author == name and position in lines:
            line = lines[position]
            decision = page.decisions[line]
            assert decision is not None
            page.decide(line, decision.adding(NameFacts(name, "comment-replies")))
            return


# What readers say to the writer, and what the writer says of the piece.
_ADDRESSES_WRITER: Final = regex.compile(
    r"\byour (?:article|post|piece|essay|review|write-?up|analysis|interpretation|exploration"
    r"|insights?|thoughts|blog|writing|words|take|perspective|points?|argument)\b",
    regex.IGNORECASE,
)
_SPEAKS_AS_WRITER: Final = regex.compile(
    r"\bmy (?:article|post|piece|essay|review|write-?up|interpretation|analysis|blog)\b",
    regex.IGNORECASE,
)


def _infer_author_from_replies(comments: Sequence[Comment]) -> str | None:
    """Name the commenter who answers readers as the post's writer, or ``None``.

    Evidence: replying to a comment that speaks to the writer ("your article"), or saying
    "my article" in a reply. The commenter with the most evidence wins; a tie names nobody.
    """
    evidence: dict[str, int] = {}
    # Whether each parent speaks to the writer, read once however many replies it has.
    addresses_writer: dict[int, bool] = {}
    for comment in comments:
        if comment.author is None or comment.parent is None or comment.kind != "comment":
            continue
        parent = comments[comment.parent]
        if parent.author == comment.author:
            continue
        if comment.parent not in addresses_writer:
            addresses_writer[comment.parent] = bool(_ADDRESSES_WRITER.search(parent.text))
        score = addresses_writer[comment.parent] + bool(_SPEAKS_AS_WRITER.search(comment.text))
        if score:
            evidence[comment.author] = evidence.get(comment.author, 0) + score
    if not evidence:
        return None
    ranked = sorted(evidence.items(), key=lambda item: item[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return strip_author_decoration(ranked[0][0])
