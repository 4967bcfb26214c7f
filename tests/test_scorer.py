"""The learned line scorer of whole-page dumps (herseeds.segmenting.scorer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from herseeds import CleanConfig, ConfigError, clean, explain
from herseeds.cli import main
from herseeds.segmenting.scorer import (
    FEATURES,
    LINE_SCORER,
    MODEL_TITLE,
    features,
    page_language,
    scorer,
)

MENU_EN = [
    "Home",
    "News",
    "Sport",
    "Culture",
    "Travel",
    "Video",
    "Podcasts",
    "Newsletters",
    "Events",
    "Jobs",
]
# Teasers and footer lines that stand in blocks of their own, as a text browser dumps a
# sidebar's cards: no named rule sees a list in them; the scorer judges them.
SIDEBAR_EN = [
    "Ten things to do in the city this weekend",
    "The best bakeries in town, ranked by our readers",
    "Why the trains were late again on Monday morning",
]
FOOTER_EN = [
    "City Paper is published by the City Paper Media Group",
    "Follow us for the latest local news and events",
]
ARTICLE_EN = [
    "The city council voted on Tuesday to turn the old tram depot into a library, after a "
    "debate that lasted most of the evening and filled the public gallery.",
    "Supporters said the building, empty for twenty years, would give the district a place "
    "to read and study; opponents asked who would pay for the roof.",
    "The work is expected to start in the spring, and the library should open its doors "
    "two years later, if the budget holds.",
]
MENU_DE = [
    "Startseite",
    "Politik",
    "Wirtschaft",
    "Kultur",
    "Sport",
    "Reisen",
    "Wissen",
    "Mehr",
    "Termine",
    "Jobs",
]
SIDEBAR_DE = [
    "Zehn Dinge, die man am Wochenende in der Stadt tun kann",
    "Die besten Bäckereien der Stadt, von unseren Lesern gewählt",
    "Warum die Züge am Montagmorgen wieder zu spät kamen",
]
FOOTER_DE = [
    "Die Stadtzeitung erscheint in der Stadtzeitung Mediengruppe",
    "Folgen Sie uns für die neuesten Nachrichten aus der Region",
]
ARTICLE_DE = [
    "Der Stadtrat hat am Dienstag beschlossen, das alte Straßenbahndepot in eine Bibliothek "
    "umzubauen, nachdem die Debatte fast den ganzen Abend gedauert hatte.",
    "Die Befürworter sagten, das seit zwanzig Jahren leere Gebäude werde dem Viertel einen "
    "Ort zum Lesen geben; die Gegner fragten, wer das Dach bezahlen solle.",
    "Die Arbeiten sollen im Frühjahr beginnen, und die Bibliothek soll zwei Jahre später "
    "öffnen, wenn das Geld reicht.",
]


def footer_links(menu: list[str]) -> list[str]:
    """The footer's links: the menu once more, as many sites print it."""
    return [f"{item} ›" for item in menu]


def whole_page(menu: list[str], sidebar: list[str], article: list[str], footer: list[str]) -> str:
    """A whole page as a text browser dumps it: a menu, the article's paragraphs, then a
    sidebar's cards and a footer's lines, each a block of its own."""
    links = "\n".join(footer_links(menu))
    blocks = ["\n".join(menu), *article, *sidebar, *footer, links]
    return "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize(
    ("menu", "sidebar", "article", "footer"),
    [(MENU_EN, SIDEBAR_EN, ARTICLE_EN, FOOTER_EN), (MENU_DE, SIDEBAR_DE, ARTICLE_DE, FOOTER_DE)],
    ids=["English", "German"],
)
def test_a_whole_page_keeps_its_article_and_loses_its_furniture(
    menu: list[str], sidebar: list[str], article: list[str], footer: list[str]
) -> None:
    text = whole_page(menu, sidebar, article, footer)
    document = clean(text)
    assert document.article == tuple(article)
    decided = explain(text)
    furniture = set(menu + sidebar + footer + footer_links(menu))
    assert all(d.label.startswith("chrome:") for line, d in decided if line in furniture)
    assert any(d.rule is LINE_SCORER for _, d in decided)


def test_a_short_page_is_left_to_the_named_rules() -> None:
    # Fewer than twenty lines with words: no whole page, the scorer says nothing.
    text = "\n\n".join(["Home", "News", *ARTICLE_EN, "Contact"])
    assert all(d.rule is not LINE_SCORER for _, d in explain(text))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the film is not as good as the book and it was long", "English"),
        ("der film ist nicht so gut wie das buch und er war lang", "German"),
        ("le film n'est pas aussi bon que le livre et il était long", "French"),
        ("la película no es tan buena como el libro y era larga", "Spanish"),
        ("il film non è bello come il libro ed era lungo", "Italian"),
        ("de film is niet zo goed als het boek en hij was lang", "Dutch"),
    ],
)
def test_the_page_language_is_told_by_its_stop_words(text: str, language: str) -> None:
    assert page_language(text.split()) == language


def test_the_shipped_model_matches_the_features() -> None:
    model = scorer()
    assert len(model.weights) == len(FEATURES)
    assert 0 < model.threshold < 1


@given(st.lists(st.text(max_size=80), max_size=40))
def test_every_line_gets_a_score_between_0_and_1(lines: list[str]) -> None:
    lines = [line.replace("\n", " ").replace("\r", " ") for line in lines]
    rows = features(lines, lines)
    assert len(rows) == len(lines)
    assert all(len(row) == len(FEATURES) for row in rows)
    scores = scorer().scores(lines, lines)
    assert all(0.0 <= score <= 1.0 for score in scores)
    assert scores == scorer().scores(lines, lines)  # deterministic


def test_the_user_can_say_what_shape_a_dump_is() -> None:
    text = whole_page(MENU_EN, SIDEBAR_EN, ARTICLE_EN, FOOTER_EN)
    main = explain(text, config=CleanConfig(page_shape="main"))
    assert all(d.rule not in (LINE_SCORER, MODEL_TITLE) for _, d in main)
    # A page whose menu is cut short is no whole page by its shape; said to be one, it is.
    cut = whole_page(MENU_EN[:2], SIDEBAR_EN, ARTICLE_EN, FOOTER_EN)
    assert all(d.rule is not LINE_SCORER for _, d in explain(cut))
    said = explain(cut, config=CleanConfig(page_shape="whole"))
    assert any(d.rule is LINE_SCORER for _, d in said)
    assert clean(cut, config=CleanConfig(page_shape="whole")).article == tuple(ARTICLE_EN)
    with pytest.raises(ConfigError, match="page_shape"):
        CleanConfig(page_shape="half")  # type: ignore[arg-type]


def test_the_command_line_says_the_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(whole_page(MENU_EN, SIDEBAR_EN, ARTICLE_EN, FOOTER_EN), encoding="utf-8")
    assert main(["show", str(page)]) == 0
    assert "model.line-scorer" in capsys.readouterr().out
    assert main(["show", "--shape", "main", str(page)]) == 0
    assert "model.line-scorer" not in capsys.readouterr().out
