"""An HTML tree to the lines a text browser prints, each with the element it came from.

:func:`render` turns a parsed page into a page dump of the shape herseeds reads (see
``docs/output-format.md``, *The input: a page dump*), close to ``w3m -dump`` with a very wide
screen, so that the text pipeline tuned on such dumps reads it as it reads them. Every line
keeps the innermost block element it came from (:attr:`RenderedLine.element`), so callers can
map lines back to the markup (``is this line inside the comment X?``).

The rules:

- **Visible text only.** Not rendered: ``head`` and ``title``, ``script``, ``style``,
  ``template``, ``svg``, ``math``, ``iframe``, ``object``, ``embed``,
  ``canvas``, ``video`` and ``audio`` (their children are fallback text a browser does not
  show), a ``dialog`` without ``open``, ``datalist``, comments and processing instructions,
  elements with ``hidden``, ``aria-hidden="true"``, or an inline style with ``display:none``
  or ``visibility:hidden``, and ``input[type=hidden]``, each with all it holds. The tail text
  after a dropped element is still rendered. Images are not rendered (alt text is not
  visible text); ``figcaption`` is. Everything else that holds text is rendered; unknown
  elements (custom elements too) are inline. ``noscript`` is rendered, as a text browser
  (which runs no script) shows it. With ``hidden=True``, hidden elements are rendered too,
  their lines marked: many pages keep their content hidden until a script shows it.
- **Blocks are lines.** A block element (``p``, ``div``, ``li``, ``h2``, ``td``, ...) starts
  a new line, ``<br>`` breaks the line inside its block (both lines keep that block as their
  element). Inline whitespace (space, tab, CR, LF, FF) collapses to one space and lines are
  stripped of it; no-break spaces and other Unicode spaces are kept as they are (the
  normalizer handles them). ``pre`` (and ``listing``, ``xmp``, ``plaintext``) keep their
  lines and inner spacing, less the newline right after ``<pre>`` and trailing spaces.
- **Blank lines** (``""``, element ``None``) between paragraphs: before and after ``p``,
  ``h1``-``h6``, ``blockquote``, ``pre``, ``hr``, and lists, tables and definition lists that
  are not inside a list; for two ``<br>`` in a row; never two blank lines in a row, none
  first or last. Other blocks (``div``, ``section``, ``li``,
  ``dd``, ``tr``, ...) only start a new line. The items of a list are on consecutive lines,
  unless an item holds several paragraphs (then a blank line follows it too); a paragraph
  or heading that starts an item starts on the item's marker line, with no blank line.
- **Lists.** ``ul`` (and ``menu``, ``dir``, an ``li`` outside any list) items are
  ``  • text``, ``ol`` items ``  1. text``, numbered from ``start`` (``reversed`` counts down,
  ``<li value>`` resets), always in digits. A list's markers are two columns right of the
  enclosing item's marker (two columns right of the current indent outside items); the
  item's further lines (a ``<br>``, its paragraphs, a nested ``div``) are indented to its text
  column. An item whose first content is a nested list gets its marker on a line of its own
  (as w3m prints it); an item with no text at all prints nothing. In a definition list ``dt``
  stays at the current indent and ``dd`` is indented two more columns. Indentation stops
  growing at column 120 (60 levels), so hostile nesting cannot blow up the output.
- **Tables.** A row whose cells each hold at most one line of their own inline text is one
  line: the cells' texts joined by two spaces, with the ``tr`` as element (empty cells
  leave nothing). Two spaces, not ``" | "``: the text keeps only the page's own characters
  (a ``|`` would end up in article text and word counts, and reads as the separator of
  comment bylines, ``Name | 3 years ago``), it is what w3m prints between columns (the
  pipeline was tuned on it), and the normalizer folds it into one space. Any other row (a
  table used for layout: a cell holding paragraphs, divs, lists, tables or ``<br>``) renders
  each cell's lines in turn, each with its own element. Text inside a row but outside its
  cells (broken markup) keeps its place between them.
- **Form controls.** ``button`` content is rendered inline; ``input`` of type ``submit``,
  ``button`` or ``reset`` renders its ``value``; a ``select`` renders the text (or
  ``label``) of its selected option (the first one when none is selected; of a ``multiple``
  select, the selected ones only); a ``textarea`` renders its text (its default content) as
  a block. Placeholders of text fields are not rendered: they are hints, not page text,
  w3m does not print them and the chrome patterns were tuned on dumps without them, while
  the labels and buttons around a form field are real text, and rendered.

The tree is walked once, without recursion (lxml's ``iterwalk``), so any depth of nesting is
fine, and without XPath: a few milliseconds for a page.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from attrs import field, frozen
from lxml import etree

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["RenderedLine", "render"]


@frozen
class RenderedLine:
    """One line of a rendered page."""

    text: str
    """The line as a text browser prints it: indentation and list marker included; "" for a
    blank line."""
    element: HtmlElement | None = field(eq=False, repr=False)
    """The innermost block-level element whose text this line is (a <p>, <li>, <h2>, <td>'s
    row, ...); None for a blank line. Callers map lines to the page's structure through it
    (e.g. 'is this line inside the <li class="comment"> X', by walking
    element.iterancestors())."""
    hidden: bool = False
    """Whether the line is text the page hides (``render(..., hidden=True)`` only): pages
    that script their content in keep it in hidden elements until a script shows it."""


# What an element does, by tag.
_INLINE: Final = 0
_SKIP: Final = 1  # not rendered, its tail is
_BLOCK: Final = 2  # a new line before and after
_PARAGRAPH: Final = 3  # a blank line before and after
_PRE: Final = 4
_BR: Final = 5
_HR: Final = 6
_LIST: Final = 7
_ITEM: Final = 8
_DEF_LIST: Final = 9
_DEF_DATA: Final = 10
_TABLE: Final = 11
_ROW: Final = 12
_CELL: Final = 13
_INPUT: Final = 14
_SELECT: Final = 15
_BUTTON: Final = 16
_DIALOG: Final = 17

_KINDS: Final[dict[str, int]] = {
    **dict.fromkeys(
        "head title script style template svg math iframe object embed canvas "
        "video audio datalist noembed param source track img image area map meta link base"
        " basefont bgsound".split(),
        _SKIP,
    ),
    **dict.fromkeys(
        "html body div section article header footer nav aside main address center details "
        "summary figure figcaption form fieldset legend hgroup search caption thead tbody "
        "noscript "
        "tfoot colgroup frameset noframes marquee option optgroup".split(),
        _BLOCK,
    ),
    **dict.fromkeys("p h1 h2 h3 h4 h5 h6 blockquote".split(), _PARAGRAPH),
    **dict.fromkeys("pre listing xmp plaintext".split(), _PRE),
    "br": _BR,
    "hr": _HR,
    **dict.fromkeys("ul ol menu dir".split(), _LIST),
    "li": _ITEM,
    "dl": _DEF_LIST,
    "dt": _BLOCK,
    "dd": _DEF_DATA,
    "table": _TABLE,
    "tr": _ROW,
    "td": _CELL,
    "th": _CELL,
    "input": _INPUT,
    "select": _SELECT,
    "textarea": _BLOCK,
    "button": _BUTTON,
    "dialog": _DIALOG,
}
_BUTTON_TYPES: Final = frozenset({"submit", "button", "reset"})
# HTML's whitespace: what collapses to one space outside `pre`. Not no-break spaces.
_SPACES: Final = " \t\n\r\f"
_SPACE_RUN: Final = re.compile(r"[ \t\n\r\f]+")
# Indentation stops here (60 levels of lists): deeper nesting would make the output grow with
# the square of the depth on hostile pages, and tells a reader nothing more.
_MAX_COLUMN: Final = 120
_MAX_NUMBER: Final = 10**10 - 1

# A line being built or made: (prefix, body, element); prefix is indentation and marker.
_Line = tuple[str, str, "HtmlElement | None"]
_BLANK: Final[_Line] = ("", "", None)
_SKIPPED: Final = (_SKIP,)


def _hidden(element: HtmlElement) -> bool:
    """Whether the attributes of *element* hide it (and all inside it)."""
    if element.get("hidden") is not None:
        return True
    aria = element.get("aria-hidden")
    if aria is not None and aria.strip().lower() == "true":
        return True
    style = element.get("style")
    if style is None:
        return False
    style = style.lower()
    if "none" in style or "hidden" in style:
        style = "".join(style.split())
        return "display:none" in style or "visibility:hidden" in style
    return False


class _Item:
    """A list item being rendered: its marker prefix until a line takes it."""

    __slots__ = ("blanks", "element", "prefix")

    def __init__(self, prefix: str, element: HtmlElement) -> None:
        self.prefix = prefix
        self.element = element
        self.blanks = -1  # the blank-line count when the item's first line was made

    def alone(self) -> _Line:
        """The item's marker as a line of its own."""
        marker = self.prefix.strip(" ")
        return (self.prefix[: self.prefix.index(marker)], marker, self.element)


class _List:
    __slots__ = ("column", "counter", "ordered", "step")

    def __init__(self, column: int, ordered: bool, counter: int, step: int) -> None:
        self.column = column
        self.ordered = ordered
        self.counter = counter
        self.step = step


class _Row:
    __slots__ = ("cells", "element", "out")

    def __init__(self, element: HtmlElement, out: list[_Line]) -> None:
        self.element = element
        self.out = out  # the buffer the row's lines go to
        self.cells: list[tuple[HtmlElement, list[_Line]]] = []  # each cell's lines


def _int(value: str | None) -> int | None:
    """The number in an attribute (``start``, ``value``), kept to ten digits."""
    if value is None:
        return None
    try:
        number = int(value.strip())
    except ValueError:
        return None
    return max(-_MAX_NUMBER, min(number, _MAX_NUMBER))


class _Renderer:
    """The state of one rendering: the lines made, the line being built, the open blocks."""

    def __init__(self, root: HtmlElement, *, hidden: bool = False) -> None:
        self.show_hidden = hidden  # render hidden elements too (their lines are marked)
        # The hidden elements rendered, and whether an element is inside one (memo). Keys
        # are elements, not ids: a key keeps lxml's proxy alive, so that the node gives
        # back the same proxy, where an id could be reused by another node's.
        self.hidden_elements: dict[HtmlElement, bool] = {}
        self.out: list[_Line] = []
        self.pieces: list[str] = []  # the text of the line being built
        self.prefix: str | None = None  # its prefix; None while no visible text started it
        self.line_element: HtmlElement | None = None
        self.pending = 0  # the break the next line needs: 0 none, 1 new line, 2 blank line
        self.blanks = 0  # blank lines made so far
        self.block: HtmlElement = root  # the innermost open block
        self.indent = 0  # the column where lines of the current block start
        self.marker_base = 0  # a list opened here puts its markers two columns right of this
        self.pre = 0  # how many pre elements are open
        self.items: list[_Item] = []  # items opened whose marker no line has taken yet
        self.lists: list[_List] = []
        self.rows: list[_Row] = []
        self.cell = False  # whether the lines made go to a table cell's own list

    # Lines.

    def begin(self, prefix: str) -> str:
        """Make the breaks a new line needs and return its prefix (a waiting marker's)."""
        rows = self.rows
        if rows and rows[-1].cells and rows[-1].out is self.out:
            self.emit_row(rows[-1])  # text in a row but outside its cells: cells first
        out = self.out
        # A cell's lines may start with a blank line: it is kept, or not, when they are put.
        if self.pending == 2 and (out[-1][1] if out else self.cell):
            out.append(_BLANK)
            self.blanks += 1
        self.pending = 0
        if self.items:
            *outer, last = self.items
            for item in outer:  # an item whose first content is a nested list
                out.append(item.alone())
                item.blanks = self.blanks
            if prefix == " " * len(last.prefix):
                prefix = last.prefix
            else:
                out.append(last.alone())
            last.blanks = self.blanks
            self.items = []
        return prefix

    def put(self, prefix: str, body: str, element: HtmlElement | None) -> None:
        """Add a made line (of a table row) to the output."""
        if not body:
            self.brk(2)
            return
        self.out.append((self.begin(prefix), body, element))

    def text(self, text: str) -> None:
        """Add inline text to the line being built."""
        if self.pre:
            self.pre_text(text)
            return
        if self.prefix is None:
            if not text.strip(_SPACES):
                return
            self.prefix = self.begin(" " * self.indent)
            self.line_element = self.block
        self.pieces.append(text)

    def pre_text(self, text: str) -> None:
        for number, part in enumerate(text.split("\n")):
            if number:
                self.pre_newline()
            if part:
                if self.prefix is None and part.strip(_SPACES):
                    self.prefix = self.begin(" " * self.indent)
                    self.line_element = self.block
                self.pieces.append(part)

    def pre_newline(self) -> None:
        if self.prefix is None:
            self.pieces.clear()
            if self.out:
                self.pending = 2
        else:
            self.flush()

    def flush(self) -> None:
        """End the line being built."""
        if self.prefix is not None:
            if self.pre:
                body = "".join(self.pieces).rstrip(_SPACES)
            else:
                body = _SPACE_RUN.sub(" ", "".join(self.pieces)).strip(" ")
            if body:
                self.out.append((self.prefix, body, self.line_element))
            self.prefix = None
        self.pieces.clear()

    def brk(self, level: int) -> None:
        """End the line and ask for a new line (1) or a blank line (2) before the next one."""
        self.flush()
        if not self.items and level > self.pending:
            self.pending = level

    def br(self) -> None:
        if self.pre:
            self.pre_newline()
        elif self.prefix is not None:
            self.flush()
        elif self.out:
            self.brk(2)

    # Tables.

    def emit_row(self, row: _Row) -> None:
        cells, row.cells = row.cells, []
        made = [(cell, [line for line in lines if line[1]]) for cell, lines in cells]
        if all(len(lines) <= 1 for _, lines in made) and all(
            element is cell for cell, lines in made for _, _, element in lines
        ):
            texts = [body for _, lines in made for _, body, _ in lines]
            if texts:
                self.brk(1)
                self.put(" " * self.indent, "  ".join(texts), row.element)
            return
        for _, lines in cells:
            self.brk(1)
            for prefix, body, element in lines:
                self.put(prefix, body, element)
        self.brk(1)

    # The walk.

    def run(self, root: HtmlElement) -> list[RenderedLine]:
        if not isinstance(root.tag, str):  # a comment or a processing instruction
            return []
        walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
        # What to do at each open element's end: (kind, saved state...).
        ends: list[tuple[object, ...]] = []
        for event, element in walker:
            if event == "start":
                tag = element.tag
                if tag[0] == "{":
                    tag = tag.rpartition("}")[2]
                kind = _KINDS.get(tag, _INLINE)
                if kind != _SKIP and _hidden(element):
                    if not self.show_hidden or tag == "input":
                        kind = _SKIP
                    else:
                        self.hidden_elements[element] = True
                entry = _SKIPPED if kind == _SKIP else self.start(element, kind)
                if entry[0] == _SKIP:
                    walker.skip_subtree()
                ends.append(entry)
                continue
            if event == "end":
                self.end(element, ends.pop())
                if element is root:
                    break
            # after an element's end, a comment or a processing instruction: its tail
            tail = element.tail
            if tail:
                self.text(tail)
        self.flush()
        return [
            RenderedLine(prefix + body, element, self.is_hidden(element))
            if body
            else RenderedLine("", None)
            for prefix, body, element in self.out
        ]

    def is_hidden(self, element: HtmlElement | None) -> bool:
        """Whether *element* is, or is inside, a hidden element that was rendered."""
        known = self.hidden_elements
        if not known or element is None:
            return False
        path: list[HtmlElement] = []
        found = False
        current: HtmlElement | None = element
        while current is not None:
            if current in known:
                found = known[current]
                break
            path.append(current)
            current = current.getparent()
        for passed in path:  # each ancestor is looked up once for the whole page
            known[passed] = found
        return found

    def start(self, element: HtmlElement, kind: int) -> tuple[object, ...]:  # noqa: PLR0915
        """Open *element*; return what its end needs."""
        text = element.text
        if kind == _INLINE:
            if text:
                self.text(text)
            return (_INLINE,)
        if kind == _BUTTON:
            self.text(" ")
            if text:
                self.text(text)
            return (_BUTTON,)
        if kind == _INPUT:
            value = element.get("value")
            if value and (element.get("type") or "").strip().lower() in _BUTTON_TYPES:
                self.text(f" {value} ")
            return _SKIPPED
        if kind == _SELECT:
            self.text(f" {_selected(element)} ")
            return _SKIPPED  # its options are not walked
        if kind == _BR:
            self.br()
            return (_INLINE,)
        if kind == _HR:
            self.brk(2)
            return (_HR,)
        if kind == _DIALOG and element.get("open") is None:
            return _SKIPPED
        saved = (self.block, self.indent, self.marker_base)
        if kind == _CELL:
            rows = self.rows
            if rows and element.getparent() is rows[-1].element:
                self.flush()
                state = (self.out, self.pending, self.items, self.cell)
                self.out, self.pending, self.items, self.cell = [], 0, [], True
                self.block = element
                if text:
                    self.text(text)
                return (_CELL, saved, state)
            kind = _BLOCK
        level = 2 if kind in (_PARAGRAPH, _PRE) else 1
        if kind in (_LIST, _DEF_LIST, _TABLE) and not self.lists:
            level = 2
        self.brk(level)
        self.block = element
        entry: tuple[object, ...] = (kind, saved, level)
        if kind == _LIST:
            column = min(self.marker_base + 2, _MAX_COLUMN)
            self.lists.append(_list(element, column))
            self.marker_base = column
        elif kind == _ITEM:
            entry = self.start_item(element, saved)
        elif kind == _DEF_DATA:
            self.indent = min(self.indent + 2, _MAX_COLUMN)
            self.marker_base = self.indent
        elif kind == _PRE:
            self.pre += 1
            if text and text[0] == "\n":
                text = text[1:]
        elif kind == _ROW:
            rows = self.rows
            if rows and rows[-1].cells and rows[-1].out is self.out:
                self.emit_row(rows[-1])  # a row inside a row, outside its cells: cells first
            rows.append(_Row(element, self.out))
        if text:
            self.text(text)
        return entry

    def start_item(self, element: HtmlElement, saved: tuple[object, ...]) -> tuple[object, ...]:
        # an item outside any list is a bullet
        current = self.lists[-1] if self.lists else _List(self.marker_base + 2, False, 1, 1)
        if current.ordered:
            value = _int(element.get("value"))
            if value is not None:
                current.counter = value
            marker = f"{current.counter}."
            current.counter += current.step
        else:
            marker = "•"
        prefix = " " * current.column + marker + " "
        item = _Item(prefix, element)
        self.items.append(item)
        self.indent = len(prefix)
        self.marker_base = current.column
        return (_ITEM, saved, item)

    def end(self, element: HtmlElement, entry: tuple[object, ...]) -> None:
        """Close *element*, with what its start left in *entry*."""
        kind = entry[0]
        if kind in (_INLINE, _SKIP):
            return
        if kind == _BUTTON:
            self.text(" ")
            return
        if kind == _HR:
            self.brk(2)
            return
        saved = entry[1]
        assert isinstance(saved, tuple)
        if kind == _CELL:
            self.flush()
            lines = self.out
            while lines and not lines[-1][1]:
                lines.pop()
            state = entry[2]
            assert isinstance(state, tuple)
            self.out, self.pending, self.items, self.cell = state
            self.block, self.indent, self.marker_base = saved
            self.rows[-1].cells.append((element, lines))
            return
        if kind == _ITEM:
            self.flush()
            item = entry[2]
            assert isinstance(item, _Item)
            if self.items and self.items[-1] is item:
                self.items.pop()  # an item with no text: nothing of it is printed
            else:  # several paragraphs in the item: a blank line after it
                self.pending = 2 if self.blanks != item.blanks else 1
            self.block, self.indent, self.marker_base = saved
            return
        if kind == _PRE:
            self.flush()
            self.pre -= 1
        elif kind == _LIST:
            self.lists.pop()
        elif kind == _ROW:
            row = self.rows.pop()
            self.flush()
            self.emit_row(row)
        level = entry[2]
        assert isinstance(level, int)
        self.block, self.indent, self.marker_base = saved
        self.brk(level)


def _list(element: HtmlElement, column: int) -> _List:
    if element.tag.rpartition("}")[2] != "ol":
        return _List(column, False, 1, 1)
    step = -1 if element.get("reversed") is not None else 1
    start = _int(element.get("start"))
    if start is None:
        start = sum(1 for child in element.iterchildren("li")) if step < 0 else 1
    return _List(column, True, start, step)


def _selected(select: HtmlElement) -> str:
    """The text a select box shows: its selected option(s)."""
    options = list(select.iter("option"))
    chosen = [option for option in options if option.get("selected") is not None]
    if select.get("multiple") is None:
        chosen = chosen[-1:] or options[:1]  # a browser shows the last one selected
    return " ".join(option.get("label") or "".join(option.itertext()) for option in chosen)


def render(root: HtmlElement, *, hidden: bool = False) -> list[RenderedLine]:
    """The page's visible text as lines, in document order; with *hidden*, the text of
    hidden elements too, in its place, each of its lines marked ``hidden``.

    ``noscript`` is rendered: a page read without running its scripts shows it, as a text
    browser does.

    >>> import lxml.html
    >>> page = lxml.html.fromstring(
    ...     "<div><h1>Title</h1><p>One<br>two</p><ul><li>a<li>b<ol><li>c</ol></ul></div>"
    ... )
    >>> for line in render(page):
    ...     print(repr(line.text))
    'Title'
    ''
    'One'
    'two'
    ''
    '  • a'
    '  • b'
    '    1. c'
    """
    return _Renderer(root, hidden=hidden).run(root)
