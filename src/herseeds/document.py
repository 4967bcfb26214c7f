"""Labelled lines to a :class:`~herseeds.model.Document`.

Everything in a document is derived from the page's lines and their labels, so the labels
are the single source of truth: the article is its ``article`` lines, ``removed`` its
``chrome:*`` runs, the comments its ``comment``/``comment-author`` lines, and so on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

from herseeds.comments import ThreadLine, build_comments, strip_author_decoration, thread_line
from herseeds.model import CHROME_PREFIX, Author, Comment, Document, NameEvidence, Removed
from herseeds.patterns import BIO_OPENING, BYLINE_PATTERNS, CHROME_PATTERNS, is_sign_off

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["assemble", "infer_author_from_replies", "removed_runs"]

_COUNT_WORDS: Final = {
    "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


def _plausible_count(digits: str) -> int | None:
    """A declared comment count, or None for a number no page could mean: longer than 15
    digits, it would not survive JSON readers that hold numbers as doubles (or orjson's
    64-bit integers), and a page never has a quadrillion comments."""
    return int(digits) if digits.isdecimal() and len(digits) <= 15 else None


def assemble(
    raw_lines: Sequence[str], lines: Sequence[str], labels: Sequence[str], *, source: str | None
) -> Document:
    """Build the document that *labels* describe from the page's lines.

    >>> doc = assemble(["Title", "", "Text.", "Share this:"], ["Title", "", "Text.", "Share this:"],
    ...                ["title", "blank", "article", "chrome:share"], source=None)
    >>> doc.title, doc.article, doc.removed[0].kind
    ('Title', ('Text.',), 'share')
    """
    if not len(raw_lines) == len(lines) == len(labels):
        raise ValueError("raw_lines, lines and labels must have the same length")
    comments = _comments(raw_lines, lines, labels)
    header_title, count = _comments_header(lines, labels)
    article = tuple(line for line, label in zip(lines, labels, strict=True) if label == "article")
    return Document(
        source=source,
        title=_joined(lines, labels, "title") or header_title,
        subtitle=_joined(lines, labels, "subtitle"),
        author=_author(lines, labels, article, comments),
        article=article,
        comments=comments,
        declared_comment_count=count,
        labels=tuple(labels),
        removed=removed_runs(lines, labels),
    )


def _joined(lines: Sequence[str], labels: Sequence[str], wanted: str, sep: str = " ") -> str | None:
    parts = [line for line, label in zip(lines, labels, strict=True) if label == wanted and line]
    return sep.join(parts) or None


def _comments(
    raw_lines: Sequence[str], lines: Sequence[str], labels: Sequence[str]
) -> tuple[Comment, ...]:
    thread: list[ThreadLine] = []
    thread_labels: list[str] = []
    for raw, line, label in zip(raw_lines, lines, labels, strict=True):
        if label not in ("comment", "comment-author"):
            continue
        thread.append(thread_line(raw, line))
        thread_labels.append(label)
    return build_comments(thread, thread_labels)


def _comments_header(lines: Sequence[str], labels: Sequence[str]) -> tuple[str | None, int | None]:
    for line, label in zip(lines, labels, strict=True):
        if label != "chrome:comments-header":
            continue
        found = CHROME_PATTERNS.match(line)
        if found is None:
            continue
        groups = found[1].groupdict()
        count_text = (groups.get("count") or "").casefold().replace(",", "")
        count = _COUNT_WORDS.get(count_text, _plausible_count(count_text))
        title = groups.get("title")
        return (title.strip() if title else None), count
    return None, None


def _author(
    lines: Sequence[str],
    labels: Sequence[str],
    article: Sequence[str],
    comments: Sequence[Comment],
) -> Author:
    bio = _joined(lines, labels, "bio", sep="\n\n")
    bylines = [line for line, label in zip(lines, labels, strict=True) if label == "byline"]
    for line in bylines:
        found = BYLINE_PATTERNS.match(line)
        if found is not None and found[1].group("name"):
            return Author(name=_clean_name(found[1].group("name")), name_from="byline", bio=bio)
    if bio is not None:
        opening = BIO_OPENING.match(bio)
        if opening is not None:
            return Author(name=opening.group("name"), name_from="bio", bio=bio)
    for line in bylines:
        sign_off = is_sign_off(line)
        if sign_off is not None:
            return Author(name=_clean_name(sign_off.group("name")), name_from="sign-off", bio=bio)
    name, evidence = _self_introduction(article)
    if name is None:
        name, evidence = infer_author_from_replies(comments), "comment-replies"
    return Author(name=name, name_from=evidence if name else None, bio=bio)


def _clean_name(name: str) -> str:
    name = name.strip()
    # "By Stephan Manning." ends a sentence; "By John Q." ends with an initial.
    if name.endswith(".") and not regex.search(r"(?:^|\s)\p{Lu}\.$", name):
        name = name[:-1]
    return name


_SELF_INTRODUCTION: Final = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}) here[.!,]"
)


def _self_introduction(article: Sequence[str]) -> tuple[str | None, NameEvidence | None]:
    if article:
        found = _SELF_INTRODUCTION.match(article[0])
        if found is not None:
            return found.group("name"), "self-introduction"
    return None, None


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


def infer_author_from_replies(comments: Sequence[Comment]) -> str | None:
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


def removed_runs(lines: Sequence[str], labels: Sequence[str]) -> tuple[Removed, ...]:
    """Group chrome lines into runs of one kind; blank lines inside a run belong to it.

    >>> removed_runs(["Share this:", "", "Like this:", "Reply"],
    ...              ["chrome:share", "blank", "chrome:share", "chrome:comment-meta"])
    (Removed(kind='share', text='Share this:\\nLike this:', first_line=0, last_line=2), \
Removed(kind='comment-meta', text='Reply', first_line=3, last_line=3))
    """
    runs: list[Removed] = []
    kind: str | None = None
    first = last = 0
    texts: list[str] = []
    for index, label in enumerate(labels):
        if label == "blank":
            continue
        this_kind = label.removeprefix(CHROME_PREFIX) if label.startswith(CHROME_PREFIX) else None
        if this_kind != kind:
            if kind is not None:
                runs.append(Removed(kind, "\n".join(texts), first, last))
            kind, first, texts = this_kind, index, []
        if this_kind is not None:
            texts.append(lines[index])
            last = index
    if kind is not None:
        runs.append(Removed(kind, "\n".join(texts), first, last))
    return tuple(runs)
