"""Comment threads where whole-page dumps put them: after sidebars and forms, before
footers, with or without a header, in the shapes comment templates print (``Avatar Jane
says:``, ``Jane · March 3, 2014``, a number alone above the name), in several languages."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from herseeds import clean, comments, explain
from herseeds.comments import dated_name, strip_author_decoration, template_decorated
from herseeds.patterns import CHROME_PATTERNS

if TYPE_CHECKING:
    from herseeds.model import Document

_MENU = """  • Home
  • Recipes
  • About
  • Contact

Search for: [                    ]
"""

_ARTICLE = """Lemon Cake Without Butter

This lemon cake keeps its crumb soft with yoghurt instead of butter, and takes minutes to mix.
The batter rests while the oven heats, which gives the flour time to soak up the liquid.
Bake it in a loaf tin and let it cool before you glaze it, or the glaze runs off the sides.
"""

_FOOTER = """
  • Privacy Policy
  • Terms of Use
  • Imprint

© 2024 Example Kitchen
"""


def _comments(doc: Document) -> list[tuple[str | None, int, int | None, str]]:
    return [(c.author, c.depth, c.parent, c.text) for c in doc.comments]


def test_a_whole_page_thread_after_the_form_with_avatars_and_numbers() -> None:
    page = (
        _MENU
        + "\n"
        + _ARTICLE
        + """
This Post Has 3 Comments

Leave a Comment Cancel comment reply

Your email address will not be published. Required fields are marked *

Name * [                              ]

Email * [                              ]

Comment [                                             ]

[ ] Notify me of new posts by email.

[Post Comment]

 1. Avatar Kristine Hall says:
    October 22, 2020 at 5:17 pm

    Can I chill the frosting before I pipe it?

    Reply
     1. Avatar Bebs says:
        October 27, 2020 at 1:18 am

        Yes, for half an hour at most.

        Reply
 2. Avatar Gemma says:
    July 12, 2020 at 4:39 pm

    Made it twice already, thank you.

    Reply
"""
        + _FOOTER
    )
    doc = clean(page)
    assert _comments(doc) == [
        ("Kristine Hall", 0, None, "Can I chill the frosting before I pipe it?"),
        ("Bebs", 1, 0, "Yes, for half an hour at most."),
        ("Gemma", 0, None, "Made it twice already, thank you."),
    ]
    labels = {line: decision.label for line, decision in explain(page)}
    assert labels["This Post Has 3 Comments"] == "chrome:comments-header"
    assert labels["Leave a Comment Cancel comment reply"] == "chrome:comment-form"
    for control in ("Name * [", "Email * [", "Comment [", "[ ] Notify", "[Post Comment]"):
        assert next(v for k, v in labels.items() if k.startswith(control)) == "chrome:form"
    assert "Privacy Policy" not in " ".join(c.text for c in doc.comments)


def test_a_headerless_german_thread_of_names_with_dates() -> None:
    # No header: the lines that open comments (a name and a date, the text indented
    # below) tell the thread; the footer after it is no comment.
    page = (
        _ARTICLE
        + """
Armin Weber 27. Juni 2016 um 20:26

    Das liegt daran, dass der Teig zu lange geruht hat.

mirdochegal 28. Juni 2016 um 09:41

    Bei mir hat es sofort geklappt, danke!
    Nächstes Mal nehme ich Zitronen aus dem Garten.
"""
        + _FOOTER
    )
    assert _comments(clean(page)) == [
        ("Armin Weber", 0, None, "Das liegt daran, dass der Teig zu lange geruht hat."),
        (
            "mirdochegal",
            0,
            None,
            "Bei mir hat es sofort geklappt, danke!\n\n"
            "Nächstes Mal nehme ich Zitronen aus dem Garten.",
        ),
    ]


def test_a_number_alone_above_the_name_and_a_sign_off_above_the_reply_link() -> None:
    page = (
        _ARTICLE
        + """
2 Kommentare

 1.
    Sandra
    14. April 2019

    Ich habe den Kuchen gestern gebacken.

    Liebe Grüße,
    Melanie

    Antworten
      □
        Franzi
        22. April 2019

        Das freut mich sehr!

        Antworten
"""
    )
    doc = clean(page)
    assert _comments(doc) == [
        ("Sandra", 0, None, "Ich habe den Kuchen gestern gebacken.\n\nLiebe Grüße,\n\nMelanie"),
        ("Franzi", 1, 0, "Das freut mich sehr!"),
    ]
    number = next(decision for line, decision in explain(page) if line.strip() == "1.")
    assert (number.label, number.rule.name) == ("chrome:comment-meta", "thread.comment-number")


def test_a_flat_thread_ends_at_the_form_after_it() -> None:
    # Comments with no list and their text at the name's indent (Drupal): the form after
    # them closes the thread, so its heading and notes are no comment's text.
    page = (
        _ARTICLE
        + """
Kommentare

Gerhard Baier am 18. Oktober 2023 - 13:11 Permanenter Link

Dieser Spruch trifft auf alle extremen Denkungsarten zu.

  • Antworten

David Z am 18. Oktober 2023 - 17:40 Permanenter Link

Stattdessen wurde das Thema lange verschwiegen.

  • Antworten

Ihr Name [                              ]
E-Mail [                              ]
[Speichern]
"""
    )
    assert _comments(clean(page)) == [
        ("Gerhard Baier", 0, None, "Dieser Spruch trifft auf alle extremen Denkungsarten zu."),
        ("David Z", 0, None, "Stattdessen wurde das Thema lange verschwiegen."),
    ]


@given(
    st.lists(
        st.sampled_from(
            ["Offers:", "Subscription", "Vouchers", "Shop", "Publisher:", "Advertise", "Press"]
        ),
        min_size=2,
        max_size=7,
        unique=True,
    ),
    st.sampled_from(["Back to top", "Nach oben", "Haut de page", "Volver arriba"]),
)
def test_a_footer_menu_before_a_last_chrome_line_is_no_thread(items: list[str], last: str) -> None:
    """A trailing block of indented list items is a thread when some item is followed by
    its text; the footer's last line after a menu is chrome, no item's text."""
    page = _ARTICLE + "\n" + "".join(f"  • {item}\n" for item in items) + f"\n{last}\n"
    doc = clean(page)
    assert doc.comments == ()
    assert not any(label.startswith("comment") for label in doc.labels)


def test_a_byline_with_a_date_starts_no_thread() -> None:
    # A post's byline has a comment's shape (a name and a date) but stands at the margin
    # above prose at the margin: one such line, or two an article apart, are no thread.
    page = "Jane Doe | March 3, 2014\n\n" + _ARTICLE + "\nJohn Roe | March 4, 2014\n\n" + _ARTICLE
    assert clean(page).comments == ()


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Armanox June 28, 2015 at 10:25 pm", "Armanox"),
        ("JanBeek Jun 20th at 2:41 am", "JanBeek"),
        ("Heidemarie Heim | Di, 21. April 2020 - 16:40", "Heidemarie Heim"),
        ("Gerhard Baier am 18. Oktober 2023 - 13:11 Permanenter Link", "Gerhard Baier"),
        ("Julia 14.09.2022 um 21.11", "Julia"),
        ("Florian Schäfer - vor einem Jahr", "Florian Schäfer"),
        ("Marie Dupont 3 mars 2021 à 10:03", "Marie Dupont"),
    ],
)
def test_names_with_dates(line: str, name: str) -> None:
    assert dated_name(line) == name
    assert strip_author_decoration(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "Published March 3, 2014",
        "Veröffentlicht am 13. März 2019",
        "Monday March 3, 2014",
        "By Jane Doe, March 3, 2014",
        "Great post, thanks March 3, 2014",
        "Jane Doe",
    ],
)
def test_dates_and_bylines_are_no_dated_names(line: str) -> None:
    assert dated_name(line) is None


def test_template_words_decorate_a_name_and_a_colon_does_not() -> None:
    assert template_decorated("Avatar Jane")
    assert template_decorated("Jane sagt:")
    assert not template_decorated("Artikel teilen:")
    assert not template_decorated("Jane June 28, 2015")


@given(
    st.lists(st.sampled_from(["Name *", "E-Mail", "Search for:", "Website", ""]), max_size=3),
    st.integers(2, 60),
)
def test_form_fields_are_form_controls(labels: list[str], width: int) -> None:
    line = " ".join(f"{label} [{' ' * width}]".strip() for label in labels) or f"[{' ' * width}]"
    found = CHROME_PATTERNS.match(line)
    assert found is not None
    assert found[0].kind == "form"


@pytest.mark.parametrize(
    "line", ["[1] A footnote to the text.", "(see above) it was", "[Editor's note: it rained.]"]
)
def test_bracketed_text_is_no_form(line: str) -> None:
    found = CHROME_PATTERNS.match(line)
    assert found is None or found[0].kind != "form"


def test_emoji_replies_at_the_end_of_a_thread_are_no_footer() -> None:
    # A run of short items after the last comment is a footer's links; a run of emoji
    # replies is not.
    page = (
        _ARTICLE
        + """
3 Comments

  1. Pingback: Lemon Cakes Compared | Kitchen Notes
    […] the one with yoghurt came out best […]

    Reply

  2. Jane Doe says:
    Made it twice already.

    Reply

    • 👏👏👏

      Reply

      • 🙌🙌

        Reply
"""
    )
    comments = clean(page).comments
    assert [(c.author, c.text, c.depth) for c in comments[1:]] == [
        ("Jane Doe", "Made it twice already.", 0),
        (None, "👏👏👏", 1),
        (None, "🙌🙌", 2),
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Rate this:", "like-widget"),
        ("★★★★☆", "like-widget"),
        ("(12 votes, average: 4.50 out of 5)", "like-widget"),
        ("No votes so far! Be the first to rate this post.", "like-widget"),
        ("Post was not sent - check your email addresses!", "share"),
        ("Sorry, your blog cannot share posts by email.", "share"),
        ("Email (Address never made public)", "comment-form"),
        ("Name (required)", "comment-form"),
        ("ReplyDelete", "comment-meta"),
    ],
)
def test_the_other_lines_of_common_widgets_are_chrome(line: str, kind: str) -> None:
    # Rating plugins, WordPress.com's share-by-email messages and comment form fields,
    # Blogger's per-comment actions run together.
    found = CHROME_PATTERNS.match(line)
    assert found is not None
    assert found[0].kind == kind


_NAMES = st.sampled_from(["Jane", "Jane Doe", "jo", "Ada B. Lovelace", "Avatar Jo"])
_DECORATIONS = st.sampled_from(
    [
        " says",
        " said...",
        " a dit",
        " sagt:",
        " SAYS:",
        " wrote on May 4, 2020 at 3:53 am:",
        " • 3 years ago",
        " · May 4, 2020",
        " | 3 years ago",
        " • edited",
        ":",
        ",",
        " …",
        " Avatar",
    ]
)


@given(_NAMES, st.lists(_DECORATIONS | st.text(max_size=3), max_size=4).map("".join))
@example("Jane", ",")
@example("Jane", ":")
@example("Jane", " | 3 years ago")
@example("Jane", " · May 4, 2020")
@example("Jane", " • edited")
@example("Jane", " a dit")
def test_the_cheap_decoration_test_misses_no_decoration(name: str, decorations: str) -> None:
    """A line the cheap test passes over holds no decoration the pattern would strip."""
    stripped = (name + decorations).rstrip()
    if not comments._may_end_in_decoration(stripped):
        assert comments._DECORATION.search(stripped) is None, stripped


@pytest.mark.parametrize(
    "opening", ["  1. Ada de Souza Avatar", "  1. Ada de Souza 1 January 2004 at 1:00 am"]
)
def test_a_thread_of_one_reply_of_emoji_before_the_form_is_a_thread(opening: str) -> None:
    """Found by a random run: a trailing block of one item whose text is a line of emoji
    (a separator to the patterns, a comment's text to the thread) is a thread, though
    only chrome follows it."""
    page = (
        f"{_ARTICLE}\n{opening}\n    👏👏👏\n\n    Reply\n\nLoad more comments\n\n"
        "Join the conversation\n"
    )
    doc = clean(page)
    assert [(c.author, c.text) for c in doc.comments] == [("Ada de Souza", "👏👏👏")]
