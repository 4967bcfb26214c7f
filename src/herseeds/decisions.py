"""One decision per line: its label, the rule that decided it, and what the rule found.

The segmenter (:mod:`herseeds.segmenting`) gives every line of a page a
:class:`LineDecision`. What a rule finds while it decides a line (the count a comments
header states, the name in a byline, a comment's depth and parent) travels with the
decision as its *facts*, so that everything downstream (:mod:`herseeds.document`,
:func:`herseeds.explain`, ``herseeds show``) reads the decisions and never matches a line
again.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, TypeAlias

from attrs import field, frozen

from herseeds.model import CHROME_PREFIX, ChromeKind, Comment, NameEvidence

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "BLANK",
    "PROSE",
    "CommentFacts",
    "CommentsHeaderFacts",
    "DateFacts",
    "Facts",
    "LineDecision",
    "NameFacts",
    "Rule",
    "ScoreFacts",
    "TitleFacts",
    "WrapFacts",
    "chrome",
    "describe_facts",
]

_RULE_NAME: Final = re.compile(r"[a-z]+(?:-[a-z]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*")


def _check_rule_name(_: object, __: object, name: str) -> None:
    if _RULE_NAME.fullmatch(name) is None:
        raise ValueError(f"a rule name is 'group.what-it-finds' in lower-case words: {name!r}")


@frozen
class Rule:
    """A rule of the segmenter, or a pattern of a table: what ``herseeds show`` names."""

    name: str = field(validator=_check_rule_name)
    """``group.what-it-finds``, unique in herseeds: ``header.title``, ``pattern.leave-a-reply``."""
    doc: str
    """What the rule finds, in a sentence."""


@frozen
class CommentsHeaderFacts:
    """What a comments header states: ``36 thoughts on “TITLE”``."""

    count: int | None
    """The number of comments it announces, or ``None`` when it states none (or one no
    page could mean)."""
    title: str | None
    """The post's title, when the header quotes it."""


@frozen
class NameFacts:
    """The article's author, named on this line, and the kind of evidence."""

    name: str
    evidence: NameEvidence


@frozen
class CommentFacts:
    """The comment a line of a thread belongs to, as the thread pass built it."""

    index: int
    """The comment's index in the document's ``comments``."""
    comment: Comment
    """The whole comment: author, text, depth, parent, kind."""


@frozen
class TitleFacts:
    """The page's title as the page states it: an HTML page's headline where it agrees
    with its metadata (``<title>``, OpenGraph, JSON-LD), else the metadata's title without
    the site's name. It is the document's title, over a line that only looks like one."""

    title: str


@frozen
class DateFacts:
    """A date a line states: a post's, or a comment's (``March 3, 2014 at 10:03 am``)."""

    date: str
    """The date as the line gives it (normalized), without the words around it."""


@frozen
class ScoreFacts:
    """A learned model's score for a line: the probability that it is the page's content."""

    score: float


@frozen
class WrapFacts:
    """A line that goes on from the line above, which the renderer folded at *width*."""

    width: int


Facts: TypeAlias = (
    CommentsHeaderFacts | NameFacts | CommentFacts | DateFacts | TitleFacts | ScoreFacts | WrapFacts
)
"""What a rule can find on a line."""


@frozen
class LineDecision:
    """The label of one line, the rule that decided it, and what was found there.

    Most lines carry no facts. A line can carry two: the author line of the commenter a
    later pass finds to be the post's writer holds its comment and the writer's name.
    """

    label: str
    rule: Rule
    facts: tuple[Facts, ...] = ()

    def adding(self, facts: Facts) -> LineDecision:
        """This decision with *facts* found on the line too."""
        return LineDecision(self.label, self.rule, (*self.facts, facts))


BLANK: Final = Rule("line.blank", "A line that is empty once normalized.")
PROSE: Final = Rule("line.prose", "A line no rule claimed: a paragraph of the article.")


def chrome(kind: ChromeKind, rule: Rule, *facts: Facts) -> LineDecision:
    """A decision that the line is chrome of *kind*, by *rule*."""
    return LineDecision(CHROME_PREFIX + kind, rule, facts)


def describe_facts(facts: Iterable[Facts]) -> str:
    """*facts* in a few words, for ``herseeds show``; empty when there are none.

    >>> describe_facts([CommentsHeaderFacts(count=36, title="Her")])
    "count=36 title='Her'"
    >>> describe_facts([NameFacts("Jane Doe", "byline")])
    "name='Jane Doe' (byline)"
    """
    return "; ".join(filter(None, map(_describe, facts)))


def _describe(facts: Facts) -> str:
    if isinstance(facts, CommentsHeaderFacts):
        parts = [] if facts.count is None else [f"count={facts.count}"]
        return " ".join(parts + ([] if facts.title is None else [f"title={facts.title!r}"]))
    if isinstance(facts, NameFacts):
        return f"name={facts.name!r} ({facts.evidence})"
    if isinstance(facts, DateFacts):
        return f"date={facts.date!r}"
    if isinstance(facts, TitleFacts):
        return f"title={facts.title!r}"
    if isinstance(facts, ScoreFacts):
        return f"score={facts.score:.2f}"
    if isinstance(facts, WrapFacts):
        return f"goes on from the line above (folded at {facts.width})"
    if isinstance(facts, CommentFacts):
        comment = facts.comment
        parts = [f"comment={facts.index}", f"depth={comment.depth}"]
        if comment.parent is not None:
            parts.append(f"parent={comment.parent}")
        if comment.author is not None:
            parts.append(f"author={comment.author!r}")
        if comment.kind != "comment":
            parts.append(comment.kind)
        return " ".join(parts)
    return ""  # pragma: no cover - every kind of facts is described above
