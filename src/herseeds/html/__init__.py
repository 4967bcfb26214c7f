"""HTML pages: the same explained :class:`~herseeds.model.Document` a text dump gives.

- :mod:`.render`: the page's visible text as lines, as a text browser prints them, each
  with the element it came from;
- :mod:`.threads`: the reader comments its markup holds, platform by platform (as data);
- :mod:`.page`: the page to a document: decoded, parsed, rendered, its comments and what
  lies outside its main content (trafilatura's) decided from the markup, the rest by the
  segmenter, its metadata (author, title) weighed with the lines' facts.

All trafilatura and lxml code of herseeds lives in this package.
"""

from herseeds.html.page import clean_html, explain_html, render_html

__all__ = ["clean_html", "explain_html", "render_html"]
