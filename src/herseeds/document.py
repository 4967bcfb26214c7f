"""Labelled lines to a :class:`~herseeds.model.Document`.

Everything in a document is derived from the normalized lines and their labels, so the
labels are the single source of truth: the article is its ``article`` lines, ``removed`` is
its ``chrome:*`` runs, and so on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from herseeds.model import CHROME_PREFIX, Document, Removed

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["assemble", "removed_runs"]


def assemble(lines: Sequence[str], labels: Sequence[str], *, source: str | None) -> Document:
    """Build the document that *labels* describe from the normalized *lines*.

    >>> doc = assemble(["Title", "", "Text.", "Share this:"],
    ...                ["title", "blank", "article", "chrome:share"], source=None)
    >>> doc.title, doc.article, doc.removed[0].kind
    ('Title', ('Text.',), 'share')
    """
    if len(lines) != len(labels):
        raise ValueError("lines and labels must have the same length")
    return Document(
        source=source,
        title=_joined(lines, labels, "title"),
        subtitle=_joined(lines, labels, "subtitle"),
        article=tuple(
            line for line, label in zip(lines, labels, strict=True) if label == "article"
        ),
        labels=tuple(labels),
        removed=removed_runs(lines, labels),
    )


def _joined(lines: Sequence[str], labels: Sequence[str], wanted: str) -> str | None:
    parts = [line for line, label in zip(lines, labels, strict=True) if label == wanted and line]
    return " ".join(parts) or None


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
