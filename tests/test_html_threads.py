"""``herseeds.html.threads``: reader comment threads read from the markup.

Every page here is written for the test: one small page per platform (the platforms' own
examples and more), nested replies, pingbacks and trackbacks, comments without an author,
decorated authors and role badges, German and French comment sections, a page without
comments and broken markup. The property builds random WordPress threads and checks that
:func:`find_comments` recovers every author, text, depth and parent.
"""

from __future__ import annotations

import html
from typing import Any

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml.html import HtmlElement

from herseeds.html.threads import PLATFORMS, CommentPlatform, MarkupComment, find_comments


def page(body: str, head: str = "") -> HtmlElement:
    """A whole page around *body*, parsed as lxml parses pages."""
    return lxml.html.document_fromstring(
        f"<!DOCTYPE html><html><head><title>A post</title>{head}</head>"
        "<body><article><h1>A post</h1><p>The article's own text.</p></article>"
        f"{body}</body></html>"
    )


Row = tuple[str | None, str, int, int | None, str]


def rows(comments: list[MarkupComment]) -> list[Row]:
    return [(c.author, c.text, c.depth, c.parent, c.kind) for c in comments]


def platform(name: str) -> CommentPlatform:
    (found,) = [p for p in PLATFORMS if p.name == name]
    return found


# ---------------------------------------------------------------------------------------
# Each platform's own example

EXPECTED: dict[str, list[Row]] = {
    "wpdiscuz": [
        ("Anna Weber", "Tolles Rezept, danke!", 0, None, "comment"),
        ("Blogger", "Gern geschehen.", 1, 0, "comment"),
    ],
    "definition-list": [
        ("Mara", "Great list.", 0, None, "comment"),
        ("Kit", "Thanks.\n\nReally.", 0, None, "comment"),
        ("A linking post | Example", "", 0, None, "pingback"),
    ],
    "wordpress": [
        ("Jane Roe", "Erster Absatz.\n\nZweiter Absatz.", 0, None, "comment"),
        ("Site Owner", "Danke!", 1, 0, "comment"),
        ("Some Post | Some Blog", "", 0, None, "pingback"),
    ],
    "blogger": [
        ("Jo Blogs", "Nice post!\n\nSee you.", 0, None, "comment"),
        ("Author", "Thanks!", 1, 0, "comment"),
    ],
    "disqus": [
        ("Kim Lee", "Good read.", 0, None, "comment"),
        ("Ray", "Agreed.", 1, 0, "comment"),
    ],
    "drupal": [
        ("Gerd Baum", "Ein guter Artikel.", 0, None, "comment"),
        ("Eva", "Finde ich auch.", 1, 0, "comment"),
    ],
    "forum": [
        ("Ben", "Is the card out yet?", 0, None, "comment"),
        ("Al", "Is the card out yet?\n\nYes, since today.", 0, None, "comment"),
    ],
    "schema-microdata": [
        ("Lia", "Very helpful.", 0, None, "comment"),
        ("Tom", "Same here.", 1, 0, "comment"),
    ],
    "schema-json-ld": [
        ("Uma", "Lovely photos of the coast.", 0, None, "comment"),
        ("Ivo", "Thanks, Uma!", 1, 0, "comment"),
    ],
    "comment-class": [
        ("Lena", "Erster Absatz.", 0, None, "comment"),
        ("Kai", "Antwort darauf.", 1, 0, "comment"),
    ],
    "fallback": [
        ("Jonas", "Sehr interessant, danke.", 0, None, "comment"),
        ("Mia", "Danke für den Beitrag.", 0, None, "comment"),
        ("Jonas", "Gern geschehen, Mia!", 1, 1, "comment"),
    ],
}


def test_every_platform_is_documented_with_an_example_and_a_unique_name() -> None:
    names = [p.name for p in PLATFORMS]
    assert len(names) == len(set(names))
    assert set(names) == set(EXPECTED)
    for entry in PLATFORMS:
        assert entry.doc.strip(), entry.name
        assert entry.example.strip(), entry.name


@pytest.mark.parametrize("name", list(EXPECTED))
def test_each_platform_reads_its_example(name: str) -> None:
    comments = find_comments(lxml.html.document_fromstring(platform(name).example))
    assert rows(comments) == EXPECTED[name]
    assert {c.platform for c in comments} == {name}


@pytest.mark.parametrize("name", list(EXPECTED))
def test_elements_hold_what_the_comment_says(name: str) -> None:
    for comment in find_comments(lxml.html.document_fromstring(platform(name).example)):
        rendered = " ".join(" ".join(b.itertext()) for b in comment.body)
        for word in comment.text.split():
            assert word in rendered, (comment, word)
        if comment.author is not None and comment.author_element is not None:
            assert comment.author.split()[0] in " ".join(comment.author_element.itertext())
        if comment.platform != "schema-json-ld":
            assert all(
                b is comment.element or comment.element in b.iterancestors() for b in comment.body
            )


# ---------------------------------------------------------------------------------------
# WordPress: nesting, decorations, pingbacks, chrome


def wp_comment(
    number: int,
    author: str | None,
    paragraphs: list[str],
    *,
    depth: int = 1,
    children: str = "",
    author_extra: str = "",
    body_extra: str = "",
    list_tag: str = "ol",
) -> str:
    author_html = (
        f'<div class="comment-author vcard"><img class="avatar" alt="" src="a.png">'
        f'<cite class="fn">{html.escape(author)}</cite>{author_extra}</div>'
        if author is not None
        else ""
    )
    text = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    replies = f'<{list_tag} class="children">{children}</{list_tag}>' if children else ""
    return (
        f'<li id="comment-{number}" class="comment even depth-{depth}">'
        f'<article id="div-comment-{number}" class="comment-body">'
        f'<footer class="comment-meta">{author_html}'
        f'<div class="comment-metadata"><a href="#comment-{number}">'
        f"<time>March 3, 2021 at 4:05 pm</time></a></div></footer>"
        f'<div class="comment-content">{text}{body_extra}</div>'
        f'<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>'
        f"</article>{replies}</li>"
    )


def wp_page(items: str, heading: str = "3 thoughts on “A post”") -> HtmlElement:
    return page(
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{heading}</h2>'
        f'<ol class="comment-list">{items}</ol>'
        '<div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea></form></div></div>'
    )


def test_wordpress_replies_two_levels_deep() -> None:
    grandchild = wp_comment(4, "Cleo", ["Third level."], depth=3)
    child = wp_comment(3, "Bo", ["Second level."], depth=2, children=grandchild)
    first = wp_comment(2, "Ann", ["Top level."], children=child)
    last = wp_comment(5, "Dan", ["Another thread."])
    assert rows(find_comments(wp_page(first + last))) == [
        ("Ann", "Top level.", 0, None, "comment"),
        ("Bo", "Second level.", 1, 0, "comment"),
        ("Cleo", "Third level.", 2, 1, "comment"),
        ("Dan", "Another thread.", 0, None, "comment"),
    ]


def test_ul_children_and_a_reply_placed_after_its_parent() -> None:
    # some themes close the parent's li before the replies' list
    first = wp_comment(1, "Ann", ["Question?"])
    replies = '<ul class="children">' + wp_comment(2, "Bo", ["Answer."], depth=2) + "</ul>"
    comments = find_comments(wp_page(first + replies))
    assert rows(comments) == [
        ("Ann", "Question?", 0, None, "comment"),
        ("Bo", "Answer.", 1, 0, "comment"),
    ]


def test_depth_classes_of_a_flat_list_and_no_level_skipped() -> None:
    items = (
        wp_comment(1, "Ann", ["One."])
        + wp_comment(2, "Bo", ["Two."], depth=2)
        + wp_comment(3, "Cleo", ["Three, depth-4 but only one level below."], depth=4)
        + wp_comment(4, "Dan", ["Four."], depth=1)
    )
    assert [(c.depth, c.parent) for c in find_comments(wp_page(items))] == [
        (0, None),
        (1, 0),
        (2, 1),
        (0, None),
    ]


def test_a_reply_first_on_the_page_is_top_level() -> None:
    items = wp_comment(1, "Ann", ["Its parent is on the previous page."], depth=2)
    assert [(c.depth, c.parent) for c in find_comments(wp_page(items))] == [(0, None)]


@pytest.mark.parametrize(
    ("extra", "name"),
    [
        (' <span class="says">says:</span>', "Jane Roe"),
        (' <span class="says">sagt:</span>', "Jane Roe"),
        (' <span class="says">dit :</span>', "Jane Roe"),
        (' <span class="comment-author-label">Autor</span>', "Jane Roe"),
        (' <span class="author-badge">Admin</span> <span class="says">says:</span>', "Jane Roe"),
    ],
)
def test_author_decorations_and_role_badges_are_not_the_name(extra: str, name: str) -> None:
    (comment,) = find_comments(wp_page(wp_comment(1, "Jane Roe", ["Hi."], author_extra=extra)))
    assert comment.author == name
    assert comment.author_element is not None
    assert comment.author_element.text_content().strip() == "Jane Roe"


@pytest.mark.parametrize(
    ("shown", "name"),
    [
        ("Jane Roe says:", "Jane Roe"),
        ("Jane Roe sagt:", "Jane Roe"),
        ("Jane Roe,", "Jane Roe"),
        ("Jane Roe | 4. Mai 2020 um 3:53", "Jane Roe"),
        ("Jane Roe - May 4, 2020 at 3:53 am", "Jane Roe"),
        ("Jean le Grand", "Jean le Grand"),
    ],
)
def test_decorations_in_the_name_text_itself(shown: str, name: str) -> None:
    (comment,) = find_comments(wp_page(wp_comment(1, shown, ["Hi there."])))
    assert comment.author == name


def test_a_comment_without_author() -> None:
    items = wp_comment(1, None, ["Nobody signed this."]) + wp_comment(2, "Bo", ["Signed."])
    comments = find_comments(wp_page(items))
    assert rows(comments) == [
        (None, "Nobody signed this.", 0, None, "comment"),
        ("Bo", "Signed.", 0, None, "comment"),
    ]
    assert comments[0].author_element is None


def test_chrome_inside_the_comment_is_not_its_text() -> None:
    body_extra = (
        '<p class="comment-likes"><a class="comment-like-link">Like</a>'
        '<span class="comment-like-feedback">Liked by 3 people</span></p>'
        '<div class="wprm-comment-rating"><img alt="5 stars" src="s.svg"></div>'
        '<em class="comment-awaiting-moderation">Your comment is awaiting moderation.</em>'
        '<span class="screen-reader-text">Reply to Ann</span>'
    )
    paragraphs = ["Great “recipe” 😀, see <this> & that.", "Second paragraph."]
    (comment,) = find_comments(wp_page(wp_comment(1, "Ann", paragraphs, body_extra=body_extra)))
    assert comment.text == "Great “recipe” 😀, see <this> & that.\n\nSecond paragraph."


def test_quotes_links_emoji_images_and_line_breaks_are_kept() -> None:
    body = (
        '<div class="comment-content"><blockquote><p>Quoted words.</p></blockquote>'
        '<p>See <a href="http://example.org">this link</a> '
        '<img class="wp-smiley" alt=":)" src="smile.png"></p>'
        "<p>Line one<br>line two</p></div>"
    )
    item = (
        '<li id="comment-1" class="comment depth-1"><div class="comment-author vcard">'
        '<cite class="fn">Ann</cite></div>' + body + "</li>"
    )
    (comment,) = find_comments(wp_page(item))
    assert comment.text == "Quoted words.\n\nSee this link :)\n\nLine one\n\nline two"


def test_pingbacks_and_trackbacks_and_ping_lists() -> None:
    items = (
        wp_comment(1, "Ann", ["A comment."])
        + '<li id="comment-2" class="pingback even depth-1"><div class="comment-body">'
        'Pingback: <a href="http://a.example/" class="url">Linking Post | A Blog</a> '
        '<span class="edit-link"><a href="#">Edit</a></span></div></li>'
        '<li id="comment-3" class="trackback odd depth-1"><div class="comment-body">'
        'Trackback: <a href="http://b.example/" class="url">Other Post</a>'
        "<p>[…] an excerpt of the linking page […]</p></div></li>"
    )
    body = (
        '<div id="comments"><ol class="commentlist">' + items + "</ol>"
        '<h3>Pings</h3><ol class="pinglist"><li><a href="http://c.example/">Third Post</a></li>'
        "</ol></div>"
    )
    assert rows(find_comments(page(body))) == [
        ("Ann", "A comment.", 0, None, "comment"),
        ("Linking Post | A Blog", "", 0, None, "pingback"),
        ("Other Post", "[…] an excerpt of the linking page […]", 0, None, "pingback"),
        ("Third Post", "", 0, None, "pingback"),
    ]


def test_older_themes_text_directly_in_the_comment_body() -> None:
    item = (
        '<li class="comment even thread-even depth-1" id="li-comment-7">'
        '<div id="comment-7" class="comment-body clearfix">'
        '<div class="comment-author vcard"><img alt="" src="a.png" class="avatar"></div>'
        '<div class="extra-wrap"><span class="author">dottie</span><br>März 7, 2018'
        "<p>Liebe Claudia,<br>schönes Haar!</p></div>"
        '<div class="reply"><a class="comment-reply-link" href="#">Antworten</a></div>'
        "</div></li>"
    )
    assert rows(find_comments(wp_page(item))) == [
        ("dottie", "Liebe Claudia,\n\nschönes Haar!", 0, None, "comment")
    ]


def test_a_german_comment_section() -> None:
    item = wp_comment(
        1,
        "Jürgen Maß",
        ["Schöner Beitrag, danke!"],
        author_extra=' <span class="says">sagt:</span>',
    ).replace("March 3, 2021 at 4:05 pm", "3. März 2021 um 16:05")
    reply = wp_comment(2, "Die Autorin", ["Gern geschehen."], depth=2)
    comments = find_comments(
        wp_page(
            item.replace("</article>", "</article>" + f'<ol class="children">{reply}</ol>', 1),
            heading="2 Kommentare zu „Ein Beitrag“",
        )
    )
    assert rows(comments) == [
        ("Jürgen Maß", "Schöner Beitrag, danke!", 0, None, "comment"),
        ("Die Autorin", "Gern geschehen.", 1, 0, "comment"),
    ]


def test_a_french_comment_section() -> None:
    body = (
        '<div id="commentaires"><h3>2 commentaires</h3>'
        '<div class="commentaire"><p class="auteur"><strong class="name">Léa</strong> '
        "<span>le 3 mars 2021 à 16 h 05</span></p><p>Très bel article, merci beaucoup.</p>"
        '<a class="repondre" href="#">Répondre</a></div>'
        '<div class="commentaire"><p class="auteur"><strong class="name">Hugo</strong></p>'
        "<p>Je ne suis pas d’accord du tout.</p></div></div>"
    )
    comments = find_comments(page(body))
    assert [(c.author, c.platform) for c in comments] == [("Léa", "fallback"), ("Hugo", "fallback")]
    assert comments[1].text == "Je ne suis pas d’accord du tout."
    assert "Très bel article, merci beaucoup." in comments[0].text


# ---------------------------------------------------------------------------------------
# Other systems


def test_blogger_classic_comment_list() -> None:
    body = (
        '<div id="comments"><h4>2 Kommentare:</h4><dl id="comments-block">'
        '<dt class="comment-author" id="c1"><a name="c1"></a><a href="#">Tom</a> hat gesagt…</dt>'
        '<dd class="comment-body"><p>Super Rezept!</p></dd>'
        '<dd class="comment-footer"><span class="comment-timestamp">'
        '<a href="#c1">4. Mai 2017 um 10:01</a></span></dd>'
        '<dt class="comment-author" id="c2"><a name="c2"></a>Anonym hat gesagt…</dt>'
        '<dd class="comment-body"><p>Danke!</p></dd></dl></div>'
    )
    assert [(c.author, c.text, c.platform) for c in find_comments(page(body))] == [
        ("Tom", "Super Rezept!", "blogger"),
        ("Anonym hat gesagt…", "Danke!", "blogger"),
    ]


def test_drupal_subject_line_stays_and_indented_replies_nest() -> None:
    body = (
        '<section id="comments"><article data-comment-user-id="0" class="js-comment comment">'
        "<footer><h6>Eva Stein | Di, 21. April 2020 - 16:40</h6></footer>"
        '<div class="field--name-comment-body"><p><a class="permalink" href="#">Mein Betreff</a>'
        '</p></div><div class="field--name-comment-body"><p>Der Text.</p></div>'
        '<ul class="links"><li class="comment-reply"><a href="#">Antworten</a></li></ul>'
        '</article><div class="indented">'
        '<article data-comment-user-id="4" class="js-comment comment">'
        "<footer><h6>Karl | Di, 21. April 2020 - 17:00</h6></footer>"
        '<div class="field--name-comment-body"><p>Die Antwort.</p></div></article>'
        '<div class="indented"><article data-comment-user-id="0" class="js-comment comment">'
        "<footer><h6>Eva Stein</h6></footer>"
        '<div class="field--name-comment-body"><p>Noch eine.</p></div></article></div></div>'
        '<article data-comment-user-id="0" class="js-comment comment"><footer><h6>Lu</h6></footer>'
        '<div class="field--name-comment-body"><p>Neu.</p></div></article></section>'
    )
    assert rows(find_comments(page(body))) == [
        ("Eva Stein", "Mein Betreff\n\nDer Text.", 0, None, "comment"),
        ("Karl", "Die Antwort.", 1, 0, "comment"),
        ("Eva Stein", "Noch eine.", 2, 1, "comment"),
        ("Lu", "Neu.", 0, None, "comment"),
    ]


def test_a_flat_list_with_indented_replies_by_class() -> None:
    body = (
        '<section class="comment-section"><div class="comment-section__body">'
        '<article id="c1" class="comment"><h4 class="comment-meta__name"><a>Ada</a></h4>'
        '<div class="comment__body"><p>First.</p></div></article>'
        '<article id="c2" class="comment comment--indented"><h4 class="comment-meta__name">'
        '<a>Ben</a></h4><div class="comment__body"><p>A reply.</p></div></article>'
        '<article id="c3" class="comment"><h4 class="comment-meta__name"><a>Cy</a></h4>'
        '<div class="comment__body"><p>Second.</p></div></article></div></section>'
    )
    assert [(c.author, c.depth, c.parent) for c in find_comments(page(body))] == [
        ("Ada", 0, None),
        ("Ben", 1, 0),
        ("Cy", 0, None),
    ]


def test_json_ld_comments_not_rendered_on_the_page_are_skipped() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "Article", "comment": '
        '[{"@type": "Comment", "author": "Uma", "text": "Only in the metadata."}]}</script>'
    )
    assert find_comments(page("<p>No comments shown.</p>", head)) == []


def test_broken_json_ld_is_ignored() -> None:
    head = '<script type="application/ld+json">{"@type": "Comment", "text": </script>'
    assert find_comments(page("<p>Nothing.</p>", head)) == []


def test_a_widget_of_recent_comments_is_no_thread() -> None:
    body = (
        '<aside><div class="widget recent-comments"><h3>Recent comments</h3><ul>'
        '<li class="recentcomments"><span class="comment-author-link">Ann</span> on '
        '<a href="#">Some post about a thing</a></li>'
        '<li class="recentcomments"><span class="comment-author-link">Bo</span> on '
        '<a href="#">Another post about a thing</a></li></ul></div></aside>'
    )
    assert find_comments(page(body)) == []


def test_a_comment_form_is_no_thread() -> None:
    body = (
        '<div id="comments"><div id="respond" class="comment-respond"><h3>Leave a Reply</h3>'
        '<form class="comment-form"><p class="comment-form-comment"><label>Comment</label>'
        '<textarea name="comment"></textarea></p><p class="comment-form-author"><label>Name'
        '</label><input name="author"></p><p class="form-submit"><input type="submit"></p>'
        "</form></div></div>"
    )
    assert find_comments(page(body)) == []


def test_a_page_without_comments() -> None:
    assert find_comments(page("<div class='content'><p>Just an article.</p></div>")) == []


# ---------------------------------------------------------------------------------------
# Robustness


BROKEN = [
    # unclosed items and paragraphs
    '<ol class="commentlist"><li class="comment depth-1"><cite class="fn">Ann</cite>'
    '<div class="comment-content"><p>One<li class="comment depth-1"><cite class="fn">Bo</cite>'
    '<div class="comment-content"><p>Two',
    # stray closing tags and misnesting
    '</li></ol><ol class="commentlist"><li class="comment depth-1"><b><cite class="fn">Ann'
    '</b></cite><div class="comment-content"><p>One</div></p></li></li></ol></div>',
    # attributes without values, odd quotes
    "<ol class=commentlist><li class='comment depth-1' id=c1><cite class=fn>Ann</cite>"
    "<div class=comment-content><p>One</p></div></li></ol>",
]


@pytest.mark.parametrize("body", BROKEN)
def test_broken_markup(body: str) -> None:
    comments = find_comments(page(body))
    assert comments
    assert comments[0].author == "Ann"
    assert comments[0].text.startswith("One")


def test_deep_nesting() -> None:
    inner = wp_comment(1, "Ann", ["Deep."])
    for number in range(2, 41):
        inner = wp_comment(number, f"N{number}", [f"Level {number}."], children=inner)
    deep = "<div>" * 100 + inner + "</div>" * 100
    comments = find_comments(wp_page(deep))
    assert len(comments) == 40
    assert [c.depth for c in comments] == list(range(40))
    assert all(c.parent == i - 1 for i, c in enumerate(comments) if i)


def test_nesting_deeper_than_the_parser_keeps() -> None:
    inner = wp_comment(1, "Ann", ["Deep."])
    for number in range(2, 200):
        inner = wp_comment(number, f"N{number}", [f"Level {number}."], children=inner)
    comments = find_comments(wp_page("<div>" * 300 + inner + "</div>" * 300))
    assert isinstance(comments, list)
    assert all(c.parent is None or c.parent < i for i, c in enumerate(comments))


@pytest.mark.parametrize(
    "tree",
    [
        lxml.html.fromstring("<p>x</p>"),
        lxml.html.document_fromstring("<html></html>"),
        lxml.html.fromstring("<div><!-- a comment --></div>")[0],
    ],
)
def test_any_tree_gives_a_list(tree: Any) -> None:
    assert find_comments(tree) == []


def test_empty_comment_templates_are_dropped() -> None:
    items = (
        '<li class="comment depth-1" id="c1"><div class="comment-content"></div></li>'
        + wp_comment(2, "Bo", ["Real."])
    )
    assert rows(find_comments(wp_page(items))) == [("Bo", "Real.", 0, None, "comment")]


# ---------------------------------------------------------------------------------------
# The property: random WordPress threads


WORDS = (
    "apple river stone garden window yellow quiet music bright table summer coffee "
    "Straße Ärger café naïve über größer español año cœur"
).split()

_names = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(
    lambda ws: " ".join(w.capitalize() for w in ws)
)
_sentences = st.lists(st.sampled_from(WORDS), min_size=3, max_size=12).map(
    lambda ws: " ".join(ws).capitalize() + "."
)


@st.composite
def _threads(draw: st.DrawFn, depth: int = 0) -> list[tuple[str | None, list[str], Any]]:
    count = draw(st.integers(min_value=1 if depth == 0 else 0, max_value=3 if depth < 3 else 0))
    return [
        (
            draw(st.none() | _names),
            draw(st.lists(_sentences, min_size=1, max_size=3)),
            draw(_threads(depth + 1)),
        )
        for _ in range(count)
    ]


Expected = list[tuple[str | None, str, int, int | None]]


def _build(
    thread: list[tuple[str | None, list[str], Any]],
    depth: int,
    parent: int | None,
    expected: Expected,
    *,
    list_tag: str,
    says: bool,
) -> str:
    parts = []
    for author, paragraphs, children in thread:
        index = len(expected)
        expected.append((author, "\n\n".join(paragraphs), depth, parent))
        inner = _build(children, depth + 1, index, expected, list_tag=list_tag, says=says)
        parts.append(
            wp_comment(
                index,
                author,
                paragraphs,
                depth=depth + 1,
                children=inner,
                list_tag=list_tag,
                author_extra=' <span class="says">says:</span>' if says else "",
            )
        )
    return "".join(parts)


@given(_threads(), st.sampled_from(["ol", "ul"]), st.booleans())
def test_random_wordpress_threads_are_recovered(
    thread: list[tuple[str | None, list[str], Any]], list_tag: str, says: bool
) -> None:
    expected: Expected = []
    items = _build(thread, 0, None, expected, list_tag=list_tag, says=says)
    comments = find_comments(wp_page(items))
    assert [(c.author, c.text, c.depth, c.parent) for c in comments] == expected
    assert {c.platform for c in comments} == {"wordpress"}


_TAGS = ["div", "li", "ol", "ul", "p", "article", "span", "dl", "dd", "dt", "cite", "br"]
_CLASSES = [
    "comment",
    "depth-1",
    "depth-3",
    "children",
    "indented",
    "fn",
    "comment-content",
    "pingback",
    "reply",
    "says",
    "comment-thread",
    "wpd-comment",
    "js-comment",
]


@st.composite
def _markup(draw: st.DrawFn) -> str:
    """Random, often ill-formed markup made of comment systems' tags and classes."""
    pieces: list[str] = []
    for _ in range(draw(st.integers(min_value=0, max_value=40))):
        tag = draw(st.sampled_from(_TAGS))
        kind = draw(st.sampled_from(["open", "close", "text"]))
        if kind == "open":
            classes = " ".join(draw(st.lists(st.sampled_from(_CLASSES), max_size=3)))
            pieces.append(f'<{tag} class="{classes}" id="comment-{len(pieces)}">')
        elif kind == "close":
            pieces.append(f"</{tag}>")
        else:
            pieces.append(html.escape(draw(st.text(max_size=12))))
    return "".join(pieces)


@given(_markup())
def test_any_markup_gives_a_consistent_thread(markup: str) -> None:
    comments = find_comments(page(markup))
    for index, comment in enumerate(comments):
        assert comment.text or comment.author is not None or comment.kind == "pingback"
        if comment.parent is None:
            assert comment.depth == 0
        else:
            assert comment.parent < index
            assert comment.depth == comments[comment.parent].depth + 1
        assert comment.text == comment.text.strip()
        assert "\n\n\n" not in comment.text
