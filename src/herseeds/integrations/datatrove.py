"""A datatrove pipeline step that cleans documents with herseeds: :class:`HerseedsCleaner`.

datatrove runs a pipeline (a reader, steps, a writer) over shards of a corpus in many
tasks, on one machine (``LocalPipelineExecutor``) or a cluster (Slurm, Ray): herseeds
brings the cleaning, datatrove the scale. Each datatrove ``Document`` is cleaned as a
page: its ``text`` becomes the cleaned article, and what herseeds found (title, author,
comments, what it removed) goes into its ``metadata``, as plain JSON data that any
datatrove writer keeps. docs/scale.md shows whole pipelines.

Needs the optional extra: ``pip install 'herseeds[datatrove]'``.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import TYPE_CHECKING, Any, Final

from herseeds.cleaning import clean
from herseeds.errors import HerseedsError
from herseeds.html import clean_html
from herseeds.model import CHROME_PREFIX, CleanConfig, Document, checked_config
from herseeds.reading import is_html

try:
    from datatrove.pipeline.base import PipelineStep
except ImportError as missing:  # pragma: no cover - the test extra installs datatrove
    raise ImportError(
        "herseeds.integrations.datatrove needs datatrove: pip install 'herseeds[datatrove]'"
    ) from missing

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["HerseedsCleaner", "document_metadata"]

_log: Final = logging.getLogger("herseeds")

# Where readers put a record's media type: datatrove's own WARC reader keeps HTML and WET
# text without saying which, so the text is sniffed where none of these is set.
_CONTENT_TYPE_KEYS: Final = ("content_type", "mime_type", "content-type", "mime")


def document_metadata(document: Document) -> dict[str, Any]:
    """What :class:`HerseedsCleaner` writes under its metadata key: the document's fields
    but its text, as JSON data, with the labels and the removed runs counted by kind.

    >>> from herseeds import clean
    >>> data = document_metadata(clean("A first paragraph.\\n\\nShare this:\\n"))
    >>> data["labels"], data["removed"]
    ({'article': 1, 'blank': 2, 'chrome:share': 1}, {'share': 1})
    """
    data = document.to_dict()
    for key in ("source", "article", "labels", "removed"):
        del data[key]
    data["labels"] = dict(sorted(Counter(document.labels).items()))
    data["removed"] = dict(sorted(Counter(run.kind for run in document.removed).items()))
    return data


class HerseedsCleaner(PipelineStep):  # type: ignore[misc]  # datatrove ships no types
    """Clean each datatrove document with herseeds; drop those that clean to nothing.

    *config* is the :class:`~herseeds.CleanConfig` of every page. Its ``input_format``
    says what a document's ``text`` holds: ``text`` (a page dump, such as WET text),
    ``html`` (cleaned by :func:`~herseeds.clean_html`, with ``metadata["url"]`` as its
    URL), or ``auto``: the media type a reader wrote in the metadata
    (``content_type`` or ``mime_type``) where there is one, else the text's own opening
    (a doctype or an HTML element).

    The document's ``text`` becomes the article's paragraphs, joined by a blank line
    (with *with_comments*, the comments' texts follow, each a paragraph), and
    ``metadata[metadata_key]`` the rest (see :func:`document_metadata`). A document that
    cleans to no text is dropped, or kept with *keep_empty*. A page that fails (a
    :class:`~herseeds.HerseedsError`, such as a time limit, or any other exception: one
    page never stops a task) is dropped, or kept as it was with *keep_failed*, its error
    in ``metadata[metadata_key] = {"error": ..., "message": ...}``.

    Stats (datatrove's ``stat_update``): ``total``, ``forwarded``, ``dropped``,
    ``dropped_empty``, ``failed`` and ``failed_<ErrorName>``, ``html`` and ``text`` (what
    the pages were read as), ``comments`` and ``chrome_lines`` (a count per document).
    """

    name = "🌱 herseeds"
    type = "✂️ - CLEANER"

    def __init__(
        self,
        config: CleanConfig | None = None,
        *,
        with_comments: bool = False,
        keep_empty: bool = False,
        keep_failed: bool = False,
        metadata_key: str = "herseeds",
    ) -> None:
        super().__init__()
        self.config = checked_config(config)
        self.with_comments = with_comments
        self.keep_empty = keep_empty
        self.keep_failed = keep_failed
        self.metadata_key = metadata_key

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        """Clean the documents of *data* (datatrove's ``DocumentsPipeline``) in order."""
        for doc in data or ():
            self.stat_update("total")
            with self.track_time():
                kept = self._clean(doc)
            if kept:
                self.stat_update("forwarded")
                self.update_doc_stats(doc)
                yield doc
            else:
                self.stat_update("dropped")

    def _clean(self, doc: Any) -> bool:
        """Clean *doc* in place; whether it is kept."""
        metadata: dict[str, Any] = doc.metadata
        as_html = self._is_html(doc.text, metadata)
        try:
            if as_html:
                url = metadata.get("url")
                document = clean_html(
                    doc.text,
                    url=url if isinstance(url, str) else None,
                    source=str(doc.id),
                    config=self.config,
                )
            else:
                document = clean(doc.text, source=str(doc.id), config=self.config)
        except Exception as error:  # one bad page never stops the task
            name = type(error).__name__
            if not isinstance(error, HerseedsError):
                _log.warning("%s: %s: %s (a bug in herseeds)", doc.id, name, error)
            self.stat_update("failed", f"failed_{name}")
            metadata[self.metadata_key] = {"error": name, "message": str(error) or name}
            return self.keep_failed
        self.stat_update("html" if as_html else "text")
        self.stat_update("comments", value=len(document.comments))
        chrome = sum(label.startswith(CHROME_PREFIX) for label in document.labels)
        self.stat_update("chrome_lines", value=chrome)
        parts = list(document.article)
        if self.with_comments:
            parts.extend(comment.text for comment in document.comments)
        doc.text = "\n\n".join(parts)
        metadata[self.metadata_key] = document_metadata(document)
        if not doc.text and not self.keep_empty:
            self.stat_update("dropped_empty")
            return False
        return True

    def _is_html(self, text: str, metadata: dict[str, Any]) -> bool:
        if self.config.input_format != "auto":
            return self.config.input_format == "html"
        for key in _CONTENT_TYPE_KEYS:
            value = metadata.get(key)
            if isinstance(value, str) and value:
                media = value.partition(";")[0].strip().lower()
                return media in {"text/html", "application/xhtml+xml"}
        return is_html(text)
