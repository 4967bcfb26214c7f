"""``herseeds.html.render``: an HTML tree to the lines a text browser prints.

Every page here is written for the test, one small page per rule, so that a failure names
the rule that broke. The properties build random trees and check that no visible text is
lost or reordered, no hidden text shows, and blank lines (only they) have no element.

``python tests/test_html_render.py FOLDER`` times :func:`render` on the ``*/source.html``
pages under FOLDER beside trafilatura's ``bare_extraction`` (it is not a test).
"""

from __future__ import annotations

import itertools
import re
import sys
import time
from pathlib import Path

import lxml.html
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml.html import HtmlElement

from herseeds.html.render import RenderedLine, render


def page(body: str) -> HtmlElement:
    """A whole page around *body*, parsed as lxml parses pages."""
    return lxml.html.document_fromstring(
        f"<!DOCTYPE html><html><head><title>Page title</title></head><body>{body}</body></html>"
    )


def texts(body: str) -> list[str]:
    return [line.text for line in render(page(body))]


def line_of(lines: list[RenderedLine], text: str) -> RenderedLine:
    (found,) = [line for line in lines if line.text.strip() == text]
    return found


def check_invariants(lines: list[RenderedLine]) -> None:
    """Blank lines, and only they, have no element; no blank line first, last or twice."""
    for line in lines:
        assert (line.text == "") == (line.element is None), line
        assert line.text == line.text.rstrip(" \t\n\r\f"), line
        assert "\n" not in line.text
    if lines:
        assert lines[0].text
        assert lines[-1].text
    for before, after in itertools.pairwise(lines):
        assert before.text or after.text


# Paragraphs, headings, blank lines.


def test_paragraphs_are_lines_with_a_blank_line_between() -> None:
    assert texts("<p>One.</p><p>Two.</p>\n<p>Three.</p>") == ["One.", "", "Two.", "", "Three."]


def test_divs_start_lines_without_blank_lines() -> None:
    assert texts("<div>One</div><div>Two</div><section><div>Three</div></section>") == [
        "One",
        "Two",
        "Three",
    ]


def test_headings_have_blank_lines_around_them() -> None:
    assert texts("<h1>Title</h1>By Ada<h2>Part</h2><div>Text</div>") == [
        "Title",
        "",
        "By Ada",
        "",
        "Part",
        "",
        "Text",
    ]


def test_no_blank_line_first_last_or_twice() -> None:
    lines = render(page("<p></p><p> </p><h2>Only</h2><p></p><hr><blockquote></blockquote>"))
    assert [line.text for line in lines] == ["Only"]
    assert texts("<p>a</p><hr><p>b</p><br><br><p>c</p>") == ["a", "", "b", "", "c"]


def test_text_around_a_block_is_its_own_line() -> None:
    assert texts("<div>before<p>inside</p>after</div>") == ["before", "", "inside", "", "after"]


def test_inline_elements_do_not_break_lines() -> None:
    body = (
        "<p>A <b>bold</b>, <i>italic</i><a href='#'>link</a> and "
        "<custom-tag>custom</custom-tag>.</p>"
    )
    assert texts(body) == ["A bold, italiclink and custom."]


def test_inline_whitespace_collapses_and_lines_are_stripped() -> None:
    assert texts("<p>\n   Many\t\tspaces\r\n  and\n<b> lines </b>  here  \n</p>") == [
        "Many spaces and lines here"
    ]


def test_entities_are_decoded_and_no_break_spaces_kept() -> None:
    assert texts("<p>Fish &amp; chips&nbsp;&mdash; &lt;tag&gt; &#8217;s&#xA0;end&nbsp;</p>") == [
        "Fish & chips\u00a0— <tag> ’s\u00a0end\u00a0"
    ]


# Line breaks.


def test_br_breaks_the_line_within_its_block() -> None:
    lines = render(page("<p>First line<br>second line<br/>third</p>"))
    assert [line.text for line in lines] == ["First line", "second line", "third"]
    assert {line.element.tag for line in lines if line.element is not None} == {"p"}
    assert len({id(line.element) for line in lines}) == 1


def test_two_br_make_a_blank_line() -> None:
    assert texts("<div>one<br><br>two<br> <br/><br>three<br></div><div>four</div>") == [
        "one",
        "",
        "two",
        "",
        "three",
        "four",
    ]


def test_br_at_the_start_of_the_page_adds_nothing() -> None:
    assert texts("<br><br><p>Text</p>") == ["Text"]


# Lists.


def test_unordered_list_items_are_bullets_on_consecutive_lines() -> None:
    assert texts("<p>Intro</p><ul><li>One</li><li>Two</li></ul><p>Outro</p>") == [
        "Intro",
        "",
        "  • One",
        "  • Two",
        "",
        "Outro",
    ]


def test_ordered_list_numbers_from_start() -> None:
    assert texts("<ol><li>a</li><li>b</li></ol><ol start='9'><li>c</li><li>d</li></ol>") == [
        "  1. a",
        "  2. b",
        "",
        "  9. c",
        "  10. d",
    ]


def test_ordered_list_reversed_and_item_values() -> None:
    assert texts("<ol reversed><li>a<li>b<li>c</ol>") == ["  3. a", "  2. b", "  1. c"]
    assert texts("<ol><li>a<li value='7'>b<li>c</ol>") == ["  1. a", "  7. b", "  8. c"]
    assert texts("<ol start='x'><li>a</ol>") == ["  1. a"]


def test_nested_lists_indent_two_more_columns_per_level() -> None:
    body = """
    <ol>
      <li>Billy Clary<br>Great review.
        <ol><li>Ada Byron<br>Thank you!</li></ol>
        <ul><li>Carol Hay<br>Agreed, thanks.
          <ul><li>Deep</li></ul></li></ul>
      </li>
      <li>Second</li>
    </ol>"""
    assert texts(body) == [
        "  1. Billy Clary",
        "     Great review.",
        "    1. Ada Byron",
        "       Thank you!",
        "    • Carol Hay",
        "      Agreed, thanks.",
        "      • Deep",
        "  2. Second",
    ]


def test_an_item_with_several_paragraphs_indents_them_to_its_text() -> None:
    body = """<ol>
      <li><p>First paragraph.</p><p>Second paragraph.</p><div>A note.</div></li>
      <li><p>Next item.</p></li>
      <li><p>Last item.</p></li>
    </ol>"""
    assert texts(body) == [
        "  1. First paragraph.",
        "",
        "     Second paragraph.",
        "",
        "     A note.",
        "",
        "  2. Next item.",
        "  3. Last item.",
    ]


def test_a_heading_or_paragraph_starting_an_item_is_on_its_marker_line() -> None:
    assert texts("<ul><li><h3>Name</h3><p>Text</p></li><li><h3>Other</h3></li></ul>") == [
        "  • Name",
        "",
        "    Text",
        "",
        "  • Other",
    ]


def test_an_item_holding_only_a_list_has_its_marker_alone() -> None:
    assert texts("<ol><li>one</li><li><ul><li>inner</li></ul></li></ol>") == [
        "  1. one",
        "  2.",
        "    • inner",
    ]


def test_empty_items_print_nothing() -> None:
    assert texts("<ul><li></li><li><img src='x.png' alt='icon'></li><li>Text</li></ul>") == [
        "  • Text"
    ]


def test_items_outside_a_list_and_menus_are_bullets() -> None:
    assert texts("<div><li>stray</li></div><menu><li>tool</li></menu>") == [
        "  • stray",
        "",
        "  • tool",
    ]


def test_definition_lists_indent_the_definitions() -> None:
    body = "<dl><dt>Term</dt><dd>Its definition.</dd><dt>Other</dt><dd>More.</dd></dl>"
    assert texts(f"<p>Glossary</p>{body}<p>End</p>") == [
        "Glossary",
        "",
        "Term",
        "  Its definition.",
        "Other",
        "  More.",
        "",
        "End",
    ]


def test_a_list_inside_a_definition_is_indented_further() -> None:
    assert texts("<dl><dt>T</dt><dd>Def<ul><li>item</li></ul></dd></dl>") == [
        "T",
        "  Def",
        "",
        "    • item",
    ]


# Tables.


def test_a_data_table_is_one_line_per_row() -> None:
    body = """<table>
      <tr><th>Name</th><th>Price</th></tr>
      <tr><td>Tea</td><td>3 €</td></tr>
      <tr><td>Cake <b>slice</b></td><td></td><td>4 €</td></tr>
    </table>"""
    lines = render(page(f"<p>Menu</p>{body}<p>After</p>"))
    assert [line.text for line in lines] == [
        "Menu",
        "",
        "Name  Price",
        "Tea  3 €",
        "Cake slice  4 €",
        "",
        "After",
    ]
    assert {line.element.tag for line in lines[2:5] if line.element is not None} == {"tr"}


def test_cells_holding_blocks_make_a_layout_row() -> None:
    assert texts("<table><tr><td><p>a</p></td><td><div>b</div></td></tr></table>") == ["a", "b"]
    assert texts("<table><tr><td>a<br>b</td><td>c</td></tr></table>") == ["a", "b", "c"]
    assert texts("<table><tr><td><span>a</span> <b>b</b></td><td>c</td></tr></table>") == ["a b  c"]


def test_a_layout_table_renders_its_cells_blocks_as_lines() -> None:
    body = """<table><tr>
      <td><h1>Site</h1><ul><li>Home</li><li>About</li></ul></td>
      <td><h2>Article</h2><p>First paragraph.</p><p>Second paragraph.</p></td>
      <td>Sidebar</td>
    </tr></table>"""
    lines = render(page(body))
    assert [line.text for line in lines] == [
        "Site",
        "",
        "  • Home",
        "  • About",
        "",
        "Article",
        "",
        "First paragraph.",
        "",
        "Second paragraph.",
        "Sidebar",
    ]
    assert line_of(lines, "First paragraph.").element is not None
    assert line_of(lines, "First paragraph.").element.tag == "p"  # type: ignore[union-attr]
    assert line_of(lines, "Sidebar").element.tag == "td"  # type: ignore[union-attr]


def test_a_table_in_a_cell_makes_a_layout_row() -> None:
    inner = "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"
    body = f"<table><tr><td>Left</td><td>{inner}</td></tr></table>"
    assert texts(body) == ["Left", "", "a  b", "c"]


def test_text_in_a_row_outside_its_cells_keeps_its_place() -> None:
    row = etree.fromstring("<tr><td>a</td><td>b</td><span>stray</span><td>c</td></tr>")
    table = lxml.html.Element("table")
    table.append(lxml.html.fromstring(etree.tostring(row)))
    lines = render(table)
    assert " ".join(line.text for line in lines).split() == ["a", "b", "stray", "c"]


def test_a_row_inside_a_row_keeps_its_place() -> None:
    outer = lxml.html.fragment_fromstring(
        "<table><tr><td>a</td><td>b</td></tr></table>", create_parent="div"
    )
    row = outer.find(".//tr")
    assert row is not None
    inner = lxml.html.fragment_fromstring("<table><tr><td>d</td></tr></table>")
    inner_row = inner.find(".//tr")
    assert inner_row is not None
    inner_row.text = "c"
    row.append(inner)
    row.append(lxml.html.fragment_fromstring("<td>e</td>"))
    words = " ".join(line.text for line in render(outer)).split()
    assert words == ["a", "b", "c", "d", "e"]


def test_a_table_in_a_list_item_takes_the_marker() -> None:
    assert texts("<ul><li><table><tr><td>a</td><td>b</td></tr></table></li><li>c</li></ul>") == [
        "  • a  b",
        "  • c",
    ]


# Preformatted text.


def test_pre_keeps_its_lines_and_spacing() -> None:
    body = "<p>Code:</p><pre>\ndef f(x):\n    return  x\n\n\tdone()  \n</pre><p>After</p>"
    assert texts(body) == ["Code:", "", "def f(x):", "    return  x", "", "\tdone()", "", "After"]


def test_pre_with_inline_markup_and_br() -> None:
    assert texts("<pre>  <b>bold</b>  text<br>next  line</pre>") == ["  bold  text", "next  line"]


def test_pre_in_a_list_item_is_indented_to_its_text() -> None:
    assert texts("<ul><li>Run:<pre>make\n  all</pre></li></ul>") == [
        "  • Run:",
        "",
        "    make",
        "      all",
    ]


# What is not rendered.


@pytest.mark.parametrize(
    "hidden",
    [
        "<span hidden>SECRET</span>",
        "<span hidden='hidden'>SECRET</span>",
        "<div aria-hidden='true'>SECRET</div>",
        "<div aria-hidden=' TRUE '>SECRET</div>",
        "<p style='display:none'>SECRET</p>",
        "<p style='color: red; DISPLAY : NONE !important'>SECRET</p>",
        "<span style='visibility: hidden'>SECRET</span>",
        "<input type='hidden' value='SECRET'>",
        "<input type='HIDDEN' value='SECRET'>",
        "<script>var SECRET = 1;</script>",
        "<style>.SECRET { color: red }</style>",
        "<template><p>SECRET</p></template>",
        "<svg><text>SECRET</text><title>SECRET</title></svg>",
        "<math><mi>SECRET</mi></math>",
        "<iframe>SECRET</iframe>",
        "<object>SECRET</object>",
        "<canvas>SECRET</canvas>",
        "<video>SECRET</video>",
        "<!-- SECRET -->",
        "<?SECRET?>",
        "<dialog>SECRET</dialog>",
        "<img alt='SECRET' src='a.png'>",
        "<select hidden><option>SECRET</option></select>",
    ],
)
def test_hidden_content_is_not_rendered_but_its_tail_is(hidden: str) -> None:
    lines = render(page(f"<div>before {hidden} after</div>"))
    assert [line.text for line in lines] == ["before after"]


def test_head_and_title_are_not_rendered() -> None:
    assert texts("<p>Body</p>") == ["Body"]


def test_visible_styles_and_aria_hidden_false_are_rendered() -> None:
    body = (
        "<p style='display: block; color: red'>one</p>"
        "<p aria-hidden='false'>two</p><p style='visibility:visible'>three</p>"
        "<dialog open>four</dialog>"
    )
    assert texts(body) == ["one", "", "two", "", "three", "", "four"]


def test_hidden_subtrees_hide_everything_inside() -> None:
    body = "<div hidden><p>x</p><ul><li>y</li></ul><table><tr><td>z</td></tr></table></div>shown"
    assert texts(body) == ["shown"]


def test_figcaptions_are_rendered_images_are_not() -> None:
    body = "<figure><img src='a.jpg' alt='A photo'><figcaption>The caption</figcaption></figure>"
    assert texts(f"<p>Text</p>{body}") == ["Text", "", "The caption"]


# Form controls.


def test_buttons_show_their_text() -> None:
    body = (
        "<form><label>Email</label> <input type='email' placeholder='you@example.org'>"
        "<button type='submit'>Sign <b>up</b></button><input type='submit' value='Send'>"
        "<input type='reset' value='Clear'><input type='button' value='Go'><input type='submit'>"
        "<input type='text' value='typed'><input type='image' alt='Search'></form>"
    )
    assert texts(body) == ["Email Sign up Send Clear Go"]


def test_selects_show_their_selected_option() -> None:
    body = (
        "<p>Sort: <select><option>Newest</option><option selected>Oldest</option></select>"
        " Size: <select><optgroup label='g'><option>Small</option></optgroup><option>Large</option>"
        "</select> Tags: <select multiple><option>a</option><option selected>b</option>"
        "<option selected label='see'>c</option></select></p>"
    )
    assert texts(body) == ["Sort: Oldest Size: Small Tags: b see"]


def test_textareas_show_their_text() -> None:
    assert texts("<p>Comment</p><textarea placeholder='Say it'>Draft  text</textarea>") == [
        "Comment",
        "",
        "Draft text",
    ]


# Where lines come from.


def test_elements_are_the_innermost_blocks() -> None:
    root = page(
        "<article><h2>Heading</h2><div>Loose <b>text</b></div>"
        "<ol><li class='comment' id='c1'><div class='author'>Ann</div><p>Nice.</p>"
        "<ol><li class='comment' id='c2'>Ben<br>Thanks</li></ol></li></ol></article>"
    )
    lines = render(root)
    check_invariants(lines)
    heading, loose = line_of(lines, "Heading"), line_of(lines, "Loose text")
    assert heading.element is not None
    assert heading.element.tag == "h2"
    assert loose.element is not None
    assert loose.element.tag == "div"
    ann, nice = line_of(lines, "1. Ann"), line_of(lines, "Nice.")
    assert ann.element is not None
    assert ann.element.get("class") == "author"
    assert nice.element is not None
    assert nice.element.tag == "p"
    first = root.get_element_by_id("c1")
    assert first in nice.element.iterancestors()
    ben, thanks = line_of(lines, "1. Ben"), line_of(lines, "Thanks")
    assert ben.element is not None
    assert first in ben.element.iterancestors()
    assert ben.element is root.get_element_by_id("c2")
    assert thanks.element is ben.element


def test_lines_compare_by_text_only() -> None:
    one, two = render(page("<p>Same</p>")), render(page("<div>Same</div>"))
    assert one == two
    assert "element" not in repr(one[0])


# Odd trees.


def test_deep_nesting_is_fine() -> None:
    root = lxml.html.Element("div")
    current = root
    for _ in range(5000):
        current = etree.SubElement(current, "div")
    current.text = "deep"
    current.tail = "tail"
    lines = render(root)
    assert [line.text for line in lines] == ["deep", "tail"]
    assert lines[0].element is current
    texts("<div>" * 5000 + "deep" + "</div>" * 5000)  # lxml cuts it at 256 levels


def test_deeply_nested_lists_stop_indenting() -> None:
    root = lxml.html.Element("div")
    current = root
    for level in range(4000):
        current = etree.SubElement(current, "li" if level % 2 else "ul")
        current.text = f"level {level}"
    lines = render(root)
    assert len(lines) == 4000
    assert lines[3].text == "    • level 3"
    assert max(len(line.text) for line in lines) < 140


def test_a_root_that_is_not_html() -> None:
    span = lxml.html.fragment_fromstring("<span>just <b>inline</b> text</span>")
    (line,) = render(span)
    assert line.text == "just inline text"
    assert line.element is span
    item = lxml.html.fragment_fromstring("<li>an item</li>")
    assert [line.text for line in render(item)] == ["  • an item"]
    paragraph = lxml.html.fragment_fromstring("<p>one</p>")
    paragraph.tail = "outside the root"
    assert [line.text for line in render(paragraph)] == ["one"]


def test_empty_documents() -> None:
    assert render(lxml.html.fragment_fromstring("<div></div>")) == []
    assert render(lxml.html.document_fromstring("<html><head></head><body></body></html>")) == []
    assert render(lxml.html.fragment_fromstring("<p hidden>gone</p>")) == []
    assert [line.text for line in render(lxml.html.document_fromstring("bare text"))] == [
        "bare text"
    ]


@pytest.mark.parametrize(
    ("broken", "words"),
    [
        ("<p>Unclosed <b>bold <i>and <p>next", "Unclosed bold and next"),
        ("<table><td>no row<tr><td>x</table></i></b>", "no row x"),
        ("<ul><li>a<li>b</ol></ul></ul>text", "a b text"),
        ("<p>a<div>b</p>c</div>", "a bc"),
        ("<<<>>> & &foo; &#xZZ; </div></body></html><p>late", "foo xZZ"),  # lxml stops
        ("<dl><dd>dd first<dt>then dt</dl>", "dd first then dt"),
        ("<tr><td>row without table</td></tr>", "row without table"),
        ("<pre><p>para in pre</p>x</pre>", "para in pre x"),
        ("<select><option>a<select><option>b</select>", "ab"),
        ("<li><li><li>", ""),
        ("<table><tr><td><table><td>in<tr>x</table>y</td></tr>z</table>", "in x y z"),
    ],
)
def test_broken_markup_renders(broken: str, words: str) -> None:
    lines = render(page(broken))
    check_invariants(lines)
    assert re.findall(r"\w+", " ".join(line.text for line in lines)) == words.split()


def test_a_thread_renders_as_the_dump_format_says() -> None:
    body = """
    <article><h1>Her, reviewed</h1><p class="byline">By Ada Byron</p>
    <p>A film about love.</p></article>
    <section id="comments"><h2>2 thoughts on “Her, reviewed”</h2>
    <ol class="comment-list">
      <li class="comment depth-1"><article>
        <footer><div class="comment-author"><b class="fn">Billy Clary</b></div></footer>
        <div class="comment-content"><p>Great review.</p></div>
      </article>
      <ol class="children"><li class="comment depth-2"><article>
        <footer><div class="comment-author"><b class="fn">Ada Byron</b></div></footer>
        <div class="comment-content"><p>Thank you!</p></div>
      </article></li></ol>
      </li>
    </ol></section>"""
    assert texts(body) == [
        "Her, reviewed",
        "",
        "By Ada Byron",
        "",
        "A film about love.",
        "",
        "2 thoughts on “Her, reviewed”",
        "",
        "  1. Billy Clary",
        "",
        "     Great review.",
        "",
        "    1. Ada Byron",
        "",
        "       Thank you!",
    ]


# Properties.

_WORDS = st.integers(min_value=0, max_value=9999).map(lambda n: f"w{n}")
_HIDING = [
    ("span", {"hidden": ""}),
    ("span", {"aria-hidden": "true"}),
    ("div", {"style": "display: none"}),
    ("span", {"style": "visibility:hidden"}),
    ("script", {}),
    ("style", {}),
    ("template", {}),
]
_VISIBLE_TAGS = "p div ul ol li span b table tr td h2 blockquote dl dd".split()


@st.composite
def _text(draw: st.DrawFn) -> str:
    """A few words between HTML whitespace and no-break spaces."""
    words = draw(st.lists(_WORDS, min_size=1, max_size=3))
    spaces = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", ""])
    return draw(spaces) + draw(st.sampled_from([" ", "\n \t", "\u00a0"])).join(words) + draw(spaces)


@st.composite
def _trees(draw: st.DrawFn, depth: int = 0) -> HtmlElement:
    hidden = depth > 0 and draw(st.integers(0, 6)) == 0
    if hidden:
        tag, attributes = draw(st.sampled_from(_HIDING))
    else:
        tag, attributes = draw(st.sampled_from(_VISIBLE_TAGS)), {}
    element: HtmlElement = lxml.html.Element(tag, attributes)
    if draw(st.booleans()):
        element.text = draw(_text())
    if depth < 4:
        for _ in range(draw(st.integers(0, 4))):
            if draw(st.integers(0, 5)) == 0:
                child: HtmlElement = lxml.html.Element("br")
            else:
                child = draw(_trees(depth + 1))
            if draw(st.booleans()):
                child.tail = draw(_text())
            element.append(child)
    return element


def _visible_fragments(root: HtmlElement) -> tuple[list[str], list[str]]:
    """The text nodes a reader sees, in order, and those hidden, as space-separated words."""
    shown: list[str] = []
    hidden: list[str] = []

    def is_hidden(element: HtmlElement) -> bool:
        return element.tag in ("script", "style", "template") or bool(element.attrib)

    order: list[tuple[str, bool]] = []  # text and tails in document order, hidden or not
    hidden_depth = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            if hidden_depth or is_hidden(element):
                hidden_depth += 1
            if element.text:
                order.append((element.text, hidden_depth > 0))
        else:
            if hidden_depth:
                hidden_depth -= 1
            if element.tail and element is not root:
                order.append((element.tail, hidden_depth > 0))
    for text, is_secret in order:
        fragment = " ".join(re.findall(r"w\d+", text))
        if fragment:
            (hidden if is_secret else shown).append(fragment)
    return shown, hidden


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_trees())
def test_random_trees_keep_visible_text_in_order_and_hide_the_rest(root: HtmlElement) -> None:
    lines = render(root)
    check_invariants(lines)
    shown, hidden = _visible_fragments(root)
    rendered = " ".join(re.findall(r"w\d+", "\n".join(line.text for line in lines)))
    position = 0
    for fragment in shown:
        found = rendered.find(fragment, position)
        assert found >= 0, (fragment, rendered[position:])
        position = found + len(fragment)
    rendered_words = set(rendered.split())
    shown_words = {word for fragment in shown for word in fragment.split()}
    for fragment in hidden:
        for word in fragment.split():
            assert word in shown_words or word not in rendered_words
    assert len(rendered.split()) == sum(len(fragment.split()) for fragment in shown)
    elements = set(root.iter())
    assert all(line.element in elements for line in lines if line.element is not None)


_SOUP = st.lists(
    st.one_of(
        st.sampled_from(
            "<p> </p> <div> </div> <ul> </ul> <ol> <li> </li> <table> <tr> <td> </td> <th> <pre> "
            "</pre> <br> <hr> <b> </i> <dl> <dt> <dd> <select> <option> <textarea> <script> "
            "</script> <span hidden> <h2> </h2> <blockquote> <!-- --> <![CDATA[ &amp; &nbsp; "
            "<button> <input type=submit value=ok> <tbody> <caption> <li value=3> "
            "<ol start=-2>".split()
        ),
        st.text(alphabet="ab \n\t\u00a0<>&;/=\"'", max_size=8),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_SOUP)
@example("<pre>\n\n</pre><pre>a\n\n\n</pre>b")
@example("<pre>;\n\n\u00a0")
@example("<table><tr><td>a<tr><td><p>b<p>c</table><li><table><td>x")
def test_any_tag_soup_renders(soup: str) -> None:
    try:
        root = lxml.html.document_fromstring(soup)
    except etree.ParserError:  # lxml's "Document is empty"
        return
    check_invariants(render(root))


# A benchmark (not a test): python tests/test_html_render.py FOLDER


def benchmark(folder: Path) -> str:
    """Milliseconds per page of render and of trafilatura's bare_extraction on FOLDER's pages."""
    import trafilatura  # noqa: PLC0415
    from trafilatura.utils import decode_file, load_html  # noqa: PLC0415

    pages = [decode_file(path.read_bytes()) for path in sorted(folder.glob("*/source.html"))]
    trees = [tree for tree in (load_html(html) for html in pages) if tree is not None]
    started = time.perf_counter()
    for html in pages:
        load_html(html)
    parse = (time.perf_counter() - started) / len(pages) * 1000
    rounds = 3
    started = time.perf_counter()
    for _ in range(rounds):
        for tree in trees:
            render(tree)
    rendering = (time.perf_counter() - started) / rounds / len(trees) * 1000
    started = time.perf_counter()
    for html in pages:
        trafilatura.bare_extraction(html, with_metadata=True, include_comments=True)
    extraction = (time.perf_counter() - started) / len(pages) * 1000
    return (
        f"{len(pages)} pages: render {rendering:.2f} ms/page (parse {parse:.2f} ms/page), "
        f"trafilatura.bare_extraction {extraction:.1f} ms/page"
    )


if __name__ == "__main__":
    print(benchmark(Path(sys.argv[1])))


def test_noscript_is_rendered_as_a_text_browser_shows_it() -> None:
    lines = render(page("<div>before<noscript><p>Read without scripts</p></noscript>after</div>"))
    assert "Read without scripts" in [line.text for line in lines]


def test_hidden_text_on_demand_is_rendered_and_marked() -> None:
    root = page("<p>shown</p><div hidden><p>scripted in</p></div><p style='display:none'>x</p>")
    assert [(line.text, line.hidden) for line in render(root, hidden=True) if line.text] == [
        ("shown", False),
        ("scripted in", True),
        ("x", True),
    ]
    assert [line.text for line in render(root) if line.text] == ["shown"]
