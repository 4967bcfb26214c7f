"""herseeds: turn raw text dumps of web pages into clean, structured documents.

>>> import herseeds
>>> doc = herseeds.clean("Her is a film about love.\\n")
>>> doc.text
'Her is a film about love.'
"""

from importlib.metadata import PackageNotFoundError, version

from herseeds.cleaning import clean, clean_file, explain
from herseeds.corpus import clean_corpus
from herseeds.errors import (
    ArchiveFormatError,
    CleanTimeoutError,
    ConfigError,
    DocumentFormatError,
    HerseedsError,
    InputTooLargeError,
    InputTypeError,
    NotTextError,
    ReadError,
)
from herseeds.html import clean_html
from herseeds.model import Author, CleanConfig, Comment, Document, PageError, Removed
from herseeds.normalizing import normalize
from herseeds.reporting import ReportSummary, report

try:
    __version__ = version("herseeds")
except PackageNotFoundError:  # pragma: no cover - running from a source tree, not installed
    __version__ = "0+unknown"

__all__ = [
    "ArchiveFormatError",
    "Author",
    "CleanConfig",
    "CleanTimeoutError",
    "Comment",
    "ConfigError",
    "Document",
    "DocumentFormatError",
    "HerseedsError",
    "InputTooLargeError",
    "InputTypeError",
    "NotTextError",
    "PageError",
    "ReadError",
    "Removed",
    "ReportSummary",
    "__version__",
    "clean",
    "clean_corpus",
    "clean_file",
    "clean_html",
    "explain",
    "normalize",
    "report",
]
