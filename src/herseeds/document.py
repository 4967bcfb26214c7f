"""Decided lines to a :class:`~herseeds.model.Document`.

Everything in a document is derived from the page's lines and their decisions, and
nothing here matches a line again: the article is its ``article`` lines, ``removed`` its
``chrome:*`` runs, the comments those the thread pass built and each comment line
carries, the author's name the strongest evidence a pass found, the declared comment
count what the comments header stated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, get_args

from herseeds.decisions import CommentFacts, CommentsHeaderFacts, NameFacts, TitleFacts, WrapFacts
from herseeds.model import CHROME_PREFIX, Author, Comment, Document, NameEvidence, Removed

if TYPE_CHECKING:
    from collections.abc import Sequence

    from herseeds.decisions import Facts, LineDecision

__all__ = ["assemble", "removed_runs"]

_EVIDENCE_ORDER: Final[tuple[NameEvidence, ...]] = get_args(NameEvidence)


def assemble(
    lines: Sequence[str],
    decisions: Sequence[LineDecision],
    *,
    source: str | None,
    page_facts: Sequence[Facts] = (),
) -> Document:
    """Build the document that *decisions* describe from the page's normalized *lines*.

    *page_facts* are facts found in no line: an HTML page's metadata (its author, its
    title), weighed with the facts of the lines.

    >>> from herseeds.segmenting import segment
    >>> page = ["Title", "", "Text.", "Share this:"]
    >>> doc = assemble(page, segment(page, page), source=None)
    >>> doc.title, doc.article, doc.removed[0].kind
    ('Title', ('Text.',), 'share')
    """
    if len(lines) != len(decisions):
        raise ValueError("lines and decisions must have the same length")
    labels = tuple(decision.label for decision in decisions)
    facts = [found for decision in decisions for found in decision.facts]
    facts.extend(page_facts)
    header = next((found for found in facts if isinstance(found, CommentsHeaderFacts)), None)
    stated = next((found.title for found in facts if isinstance(found, TitleFacts)), None)
    name = _strongest([found for found in facts if isinstance(found, NameFacts)])
    return Document(
        source=source,
        # A title the page states (an HTML page's, weighed with its headline) is stronger
        # than a line that looks like one.
        title=stated or _joined(lines, decisions, "title") or (header.title if header else None),
        subtitle=_joined(lines, decisions, "subtitle"),
        author=Author(
            name=name.name if name else None,
            name_from=name.evidence if name else None,
            bio=_joined(lines, decisions, "bio", sep="\n\n"),
        ),
        article=_paragraphs(lines, decisions, "article"),
        comments=_comments([found for found in facts if isinstance(found, CommentFacts)]),
        declared_comment_count=header.count if header else None,
        labels=labels,
        removed=removed_runs(lines, labels),
    )


def _joined(
    lines: Sequence[str], decisions: Sequence[LineDecision], wanted: str, sep: str = " "
) -> str | None:
    """The paragraphs of the lines labelled *wanted*, joined by *sep*."""
    return sep.join(_paragraphs(lines, decisions, wanted)) or None


def _paragraphs(
    lines: Sequence[str], decisions: Sequence[LineDecision], wanted: str
) -> tuple[str, ...]:
    """The paragraphs of the lines labelled *wanted*: each line, and the lines that go on
    from it (a paragraph the renderer folded) joined to it with a space."""
    paragraphs: list[str] = []
    for line, decision in zip(lines, decisions, strict=True):
        if decision.label != wanted or not line:
            continue
        if paragraphs and any(isinstance(found, WrapFacts) for found in decision.facts):
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
    return tuple(paragraphs)


def _strongest(names: Sequence[NameFacts]) -> NameFacts | None:
    """The name of the strongest evidence (:data:`NameEvidence` lists them strongest first),
    the first on the page among equals."""
    return min(names, key=lambda found: _EVIDENCE_ORDER.index(found.evidence), default=None)


def _comments(facts: Sequence[CommentFacts]) -> tuple[Comment, ...]:
    """Each comment once, in page order: the thread pass built them, its lines carry them."""
    comments: dict[int, Comment] = {}
    for found in facts:
        comments.setdefault(found.index, found.comment)
    return tuple(comments[index] for index in sorted(comments))


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
