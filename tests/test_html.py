"""``clean_html``: an HTML page to the same explained Document a text dump gives.

Every page here is written for the test. The properties: any str or bytes gives a
Document or a herseeds error (never one of lxml or trafilatura), every rendered line has
one label, and nothing visible is lost without one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import herseeds
from herseeds import CleanConfig, Comment, HerseedsError, clean, clean_html
from herseeds._invariants import check_document
from herseeds.cli import main
from herseeds.html import render_html
from herseeds.testing import GeneratedPage, html_page, pages

PROSE = (
    "Her is a film about a man who falls in love with the voice of his computer. It asks "
    "what it means to be close to someone, and whether a program can be someone at all."
)
PROSE_2 = (
    "The city in the film is warm and empty at once, and every scene is lit as if the "
    "afternoon would never end. The music carries the story without pushing it forward."
)

WORDPRESS = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Her, Reviewed – A Film Blog</title>
<meta name="author" content="Jane Doe">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/films">Films</a></li>
<li><a href="/about">About</a></li></ul></nav></header>
<main><article>
<h1>Her, Reviewed</h1>
<p class="byline">By Jane Doe</p>
<p>{PROSE}</p>
<p>{PROSE_2}</p>
<p>{PROSE} {PROSE_2}</p>
</article>
<div id="comments" class="comments-area">
<h2 class="comments-title">3 thoughts on “Her, Reviewed”</h2>
<ol class="comment-list">
<li id="comment-1" class="comment even thread-even depth-1 parent">
<article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">Billy Clary</b> <span class="says">says:</span></div>
<div class="comment-metadata"><time>March 3, 2014 at 10:03 am</time></div></footer>
<div class="comment-content"><p>Great review, I loved the film too.</p></div>
<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
</article>
<ol class="children">
<li id="comment-2" class="comment byuser bypostauthor odd alt depth-2">
<article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">Jane Doe</b> <span class="says">says:</span></div>
<div class="comment-metadata"><time>March 4, 2014 at 9:00 am</time></div></footer>
<div class="comment-content"><p>Thank you, Billy!</p><p>It stayed with me for weeks.</p></div>
<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
</article>
</li>
</ol>
</li>
<li id="comment-3" class="pingback even thread-odd depth-1">
<div class="comment-body">Pingback: <a href="#" class="url">Best Films of the Year | Film Notes</a>
</div>
</li>
</ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3>
<form><p class="comment-notes">Your email address will not be published.</p>
<p><input type="submit" value="Post Comment"></p></form></div>
</div>
</main>
<aside class="widget-area"><h2>Recent Posts</h2>
<ul><li>A Quiet Film</li><li>Notes on Light</li></ul></aside>
<footer class="site-footer"><p>Proudly powered by WordPress</p></footer>
</body></html>
"""


def labelled(html: str | bytes) -> list[tuple[str, str]]:
    document = clean_html(html)
    lines = render_html(html)
    assert len(lines) == len(document.labels)
    return list(zip(lines, document.labels, strict=True))


def test_a_wordpress_page() -> None:
    document = clean_html(WORDPRESS)
    assert document.title == "Her, Reviewed"
    assert document.author.name == "Jane Doe"
    assert document.article == (PROSE, PROSE_2, f"{PROSE} {PROSE_2}")
    assert document.comments == (
        Comment(author="Billy Clary", text="Great review, I loved the film too."),
        Comment(
            author="Jane Doe",
            text="Thank you, Billy!\n\nIt stayed with me for weeks.",
            depth=1,
            parent=0,
        ),
        Comment(author="Best Films of the Year | Film Notes", text="", kind="pingback"),
    )
    assert document.declared_comment_count == 3
    labels = dict(labelled(WORDPRESS))
    assert labels["Leave a Reply"] == "chrome:comment-form"
    assert labels["Proudly powered by WordPress"] == "chrome:footer"
    assert labels["  • Home"].startswith("chrome:")
    assert labels["Recent Posts"].startswith("chrome:")


def test_every_rendered_line_has_one_label_and_nothing_is_lost() -> None:
    document = clean_html(WORDPRESS)
    check_document(document, "\n".join(render_html(WORDPRESS)))


def test_the_author_from_the_metadata_when_no_line_names_it() -> None:
    page = WORDPRESS.replace('<p class="byline">By Jane Doe</p>', "")
    document = clean_html(page)
    assert (document.author.name, document.author.name_from) == ("Jane Doe", "metadata")


def test_a_page_without_comments() -> None:
    page = f"<html><body><article><h1>A Quiet Film</h1><p>{PROSE}</p></article></body></html>"
    document = clean_html(page)
    assert document.comments == ()
    assert document.article == (PROSE,)


def test_bytes_in_a_declared_legacy_charset() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        f"</head><body><article><h1>Café crème</h1><p>{PROSE} Déjà vu.</p></article></body></html>"
    )
    document = clean_html(page.encode("cp1252"))
    assert document.article == (f"{PROSE} Déjà vu.",)


@pytest.mark.parametrize(
    "broken", ["<p>Unclosed <b>bold <i>and", "<html><body>", "", "   ", "<<<>>>"]
)
def test_broken_markup_gives_a_document(broken: str) -> None:
    check_document(clean_html(broken), "\n".join(render_html(broken)))


def test_clean_file_tells_html_by_its_content(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"  # the name says nothing: the content does
    page.write_text(WORDPRESS, encoding="utf-8")
    assert herseeds.clean_file(page).comments == clean_html(WORDPRESS).comments
    as_text = herseeds.clean_file(page, config=CleanConfig(input_format="text"))
    assert as_text.labels == herseeds.clean(WORDPRESS).labels


def test_the_command_line_takes_html_files_and_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.html").write_text(WORDPRESS, encoding="utf-8")
    (tmp_path / "b.htm").write_text(WORDPRESS, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(tmp_path), "-o", str(out)]) == 0
    assert "2 pages" in capsys.readouterr().err
    assert main(["show", str(tmp_path / "a.html")]) == 0
    assert "html.comment-author" in capsys.readouterr().out


def test_wrong_types_are_refused() -> None:
    with pytest.raises(herseeds.InputTypeError):
        clean_html(None)  # type: ignore[arg-type]


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(st.text(), st.binary()))
def test_any_input_gives_a_document_or_a_herseeds_error(data: str | bytes) -> None:
    try:
        document = clean_html(data)
    except HerseedsError:
        return
    check_document(document, "\n".join(render_html(data)))


_TAGS = st.sampled_from(["p", "div", "span", "b", "li", "ul", "ol", "article", "nav", "h2", "td"])


@st.composite
def html_trees(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(_TAGS)
    children = draw(
        st.lists(
            st.one_of(st.text(alphabet="abc xyz.!", min_size=1, max_size=20), html_trees(depth + 1))
            if depth < 4
            else st.text(alphabet="abc xyz.!", min_size=1, max_size=20),
            max_size=4,
        )
    )
    return f"<{tag}>{''.join(children)}</{tag}>"


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(html_trees())
# Found by a random run: the metadata's title ("aa a a") agrees with no line, and the
# header took "aa" for the title by its shape, a title line not in the document's title.
@example(tree="<p>aa<h2>a<div></div>a</h2></p>")
def test_random_trees_keep_every_line_labelled(tree: str) -> None:
    page = f"<html><body>{tree}</body></html>"
    check_document(clean_html(page), "\n".join(render_html(page)))


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(pages(comments=True))
def test_the_html_and_the_dump_of_a_page_give_the_same_comments(page: GeneratedPage) -> None:
    # The same page, once as the dump `clean` reads and once as WordPress markup: both
    # paths find its comments, with author, text, depth, parent and kind.
    from_markup = clean_html(html_page(page)).comments
    assert from_markup == page.comments
    assert from_markup == clean(page.text).comments


_LONG_PARAGRAPH = (
    "<p>" + "A paragraph of the article, long enough to be its main content. " * 4 + "</p>"
)


def _page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        # The headline agrees with the metadata title: the page's own words win.
        (
            "<title>Her, reviewed: a film about love | Film Notes</title>",
            "<article><h1>Her, reviewed</h1>" + _LONG_PARAGRAPH + "</article>",
            "Her, reviewed",
        ),
        # No agreeing headline: the metadata title without the site's name.
        (
            '<meta property="og:title" content="Best Cloud Computing Stocks of 2025 | The Motley'
            ' Fool">',
            "<article><h1>Investing in the cloud</h1>" + _LONG_PARAGRAPH + "</article>",
            "Best Cloud Computing Stocks of 2025",
        ),
    ],
)
def test_the_title_is_the_headline_that_agrees_with_the_metadata(
    head: str, body: str, title: str
) -> None:
    assert clean_html(_page(head, body)).title == title


def test_metadata_authors_are_spelled_as_the_page_spells_them() -> None:
    head = (
        '<meta name="author" content="Dr. Vahid Osman">'
        '<meta name="author" content="DR. VAHID OSMAN">'
    )
    body = '<article><p class="who">Dr. Vahid Osman</p>' + _LONG_PARAGRAPH + "</article>"
    author = clean_html(_page(head, body)).author
    assert (author.name, author.name_from) == ("Dr. Vahid Osman", "metadata")


def test_a_role_or_a_month_after_the_metadata_author_is_left_out() -> None:
    head = '<meta name="author" content="Nicoletta Richardson Trending Editor">'
    body = "<article><div>Nicoletta Richardson</div>" + _LONG_PARAGRAPH + "</article>"
    assert clean_html(_page(head, body)).author.name == "Nicoletta Richardson"
    head = '<meta name="author" content="Laura June Topolsky July">'
    assert clean_html(_page(head, "<article>" + _LONG_PARAGRAPH + "</article>")).author.name == (
        "Laura June Topolsky"
    )


def test_the_author_markup_names_the_author_when_the_metadata_does_not() -> None:
    body = '<article><span class="post-author">Written by Julia Gralberg</span>' + _LONG_PARAGRAPH
    author = clean_html(_page("<title>A post</title>", body + "</article>")).author
    assert (author.name, author.name_from) == ("Julia Gralberg", "metadata")
