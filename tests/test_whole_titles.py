"""The title of a whole-page dump (herseeds.segmenting.scorer's title model, rule
``model.title``): a text browser's dump of a full page, its menus, site name, breadcrumbs
and section labels before the article, its sidebars and footer after it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from herseeds import CleanConfig, clean, explain
from herseeds.segmenting.header import NAME_OVER_DATE
from herseeds.segmenting.scorer import MODEL_TITLE, TITLE_FEATURES, scorer
from herseeds.testing import GeneratedPage, pages, paragraphs, titles

SLOW = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=30)

MENU_EN = [
    "Skip to content",
    "  • Home",
    "  • News",
    "  • Politics",
    "  • Business",
    "  • Science",
    "  • Culture",
    "  • Sport",
    "  • Opinion",
    "  • Newsletters",
    "  • Subscribe",
    "Search",
    "[                    ]",
]
SIDEBAR_EN = [
    "Most read",
    "",
    "  1. Why the city council cancelled the bridge vote",
    "  2. Ten cheap ways to heat your home this winter",
    "  3. The last ferry crossing before the storm",
    "  4. Inside the school that banned homework",
]
FOOTER_EN = [
    "About us",
    "Contact",
    "Careers",
    "Privacy policy",
    "Terms of use",
    "© 2024 The Harbour Gazette",
]
ARTICLE_EN = [
    "The harbour at Kells has been closed to fishing boats since the spring, when the "
    "old sea wall began to crack under the weight of the winter storms.",
    "Local fishermen say they were never told how long the repairs would take, and many "
    "of them have moved their boats to the next town along the coast.",
    "The council said on Tuesday that the work would be finished before the summer, but "
    "admitted that the cost had grown to twice what was first planned.",
    "For the families who have worked the harbour for generations, the delay has been "
    "hard to bear, and some of them wonder whether the boats will ever come back.",
]
TITLE_EN = "The harbour that lost its fishing boats"

MENU_DE = [
    "Zum Inhalt springen",
    "  • Startseite",
    "  • Politik",
    "  • Wirtschaft",
    "  • Kultur",
    "  • Sport",
    "  • Wissen",
    "  • Reisen",
    "  • Meinung",
    "  • Abo",
    "Suche",
    "[                    ]",
]
SIDEBAR_DE = [
    "Meistgelesen",
    "",
    "  1. Warum die Brücke über den Fluss nicht gebaut wird",
    "  2. Zehn Tipps für einen günstigen Winter",
    "  3. Die letzte Fähre vor dem Sturm",
    "  4. Eine Schule ohne Hausaufgaben",
]
FOOTER_DE = [
    "Impressum",
    "Kontakt",
    "Karriere",
    "Datenschutz",
    "Nutzungsbedingungen",
    "© 2024 Der Hafenbote",
]
ARTICLE_DE = [
    "Der Hafen von Kells ist seit dem Frühjahr für Fischerboote gesperrt, weil die alte "
    "Mauer unter dem Gewicht der Winterstürme zu brechen begann.",
    "Die Fischer sagen, niemand habe ihnen gesagt, wie lange die Arbeiten dauern würden, "
    "und viele von ihnen haben ihre Boote in die nächste Stadt gebracht.",
    "Die Gemeinde teilte am Dienstag mit, dass die Arbeiten vor dem Sommer fertig sein "
    "sollen, gab aber zu, dass die Kosten doppelt so hoch sind wie geplant.",
    "Für die Familien, die seit Generationen im Hafen arbeiten, ist die Verzögerung schwer "
    "zu ertragen, und manche fragen sich, ob die Boote je zurückkommen.",
]
TITLE_DE = "Der Hafen, der seine Fischerboote verlor"

MENU_FR = [
    "Aller au contenu",
    "  • Accueil",
    "  • Politique",
    "  • Économie",
    "  • Culture",
    "  • Sport",
    "  • Sciences",
    "  • Voyages",
    "  • Opinions",
    "  • S'abonner",
    "Rechercher",
    "[                    ]",
]
ARTICLE_FR = [
    "Le port de Kells est fermé aux bateaux de pêche depuis le printemps, quand la vieille "
    "digue a commencé à se fissurer sous le poids des tempêtes de l'hiver.",
    "Les pêcheurs disent que personne ne leur a dit combien de temps dureraient les "
    "travaux, et beaucoup ont emmené leurs bateaux dans la ville voisine.",
    "La mairie a annoncé mardi que les travaux seraient finis avant l'été, mais elle a "
    "reconnu que leur coût avait doublé depuis le début du chantier.",
    "Pour les familles qui travaillent sur le port depuis des générations, ce retard est "
    "difficile à vivre, et certaines se demandent si les bateaux reviendront un jour.",
]
TITLE_FR = "Le port qui a perdu ses bateaux de pêche"


def whole_page(
    site: str,
    menu: list[str],
    section: str,
    title: str,
    *,
    header: list[str],
    article: list[str],
    sidebar: list[str],
    footer: list[str],
) -> str:
    """A whole page as w3m dumps it: the site's name, its menu, a breadcrumb ending with
    the title, a section label, the title, what stands under it (a dek, a byline, a date),
    the article, a sidebar and a footer."""
    blocks = [
        site,
        "\n".join(menu),
        f"{site} > {section} > {title}",
        section,
        title,
        *header,
        *article,
        "\n".join(sidebar),
        "\n".join(footer),
    ]
    return "\n\n".join(blocks) + "\n"


CASES = {
    "English": whole_page(
        "The Harbour Gazette",
        MENU_EN,
        "Local news",
        TITLE_EN,
        header=["By Mary Jones", "March 4, 2024"],
        article=ARTICLE_EN,
        sidebar=SIDEBAR_EN,
        footer=FOOTER_EN,
    ),
    "English, with a dek": whole_page(
        "The Harbour Gazette",
        MENU_EN,
        "Local news",
        TITLE_EN,
        header=["Repairs to the sea wall are running a year late", "By Mary Jones"],
        article=ARTICLE_EN,
        sidebar=SIDEBAR_EN,
        footer=FOOTER_EN,
    ),
    "German": whole_page(
        "Der Hafenbote",
        MENU_DE,
        "Region",
        TITLE_DE,
        header=["Von Maria Schmidt", "4. März 2024"],
        article=ARTICLE_DE,
        sidebar=SIDEBAR_DE,
        footer=FOOTER_DE,
    ),
    "French": whole_page(
        "Le Courrier du port",
        MENU_FR,
        "Région",
        TITLE_FR,
        header=["Par Marie Dubois", "4 mars 2024"],
        article=ARTICLE_FR,
        sidebar=SIDEBAR_DE,
        footer=FOOTER_DE,
    ),
}
TITLES = {
    "English": TITLE_EN,
    "English, with a dek": TITLE_EN,
    "German": TITLE_DE,
    "French": TITLE_FR,
}


@pytest.mark.parametrize("case", list(CASES))
def test_the_title_of_a_whole_page_is_the_headline_over_its_article(case: str) -> None:
    text = CASES[case]
    document = clean(text)
    assert document.title == TITLES[case]
    decided = [(line, d) for line, d in explain(text) if d.rule is MODEL_TITLE]
    assert [line for line, _ in decided] == [TITLES[case]]
    # Neither the breadcrumb ending with it nor the section label over it is the title.
    assert all(not line.endswith(f"> {TITLES[case]}") for line, _ in decided)


def test_the_byline_under_a_whole_page_title_names_the_writer() -> None:
    assert clean(CASES["English"]).author.name == "Mary Jones"


@pytest.mark.parametrize(
    "header",
    [["Mary Jones", "March 4, 2024"], ["  • By Mary Jones", "March 4, 2024"]],
    ids=["a name over a date", "a byline in a list"],
)
def test_a_whole_page_byline_may_be_a_bare_name_or_a_list_item(header: list[str]) -> None:
    text = whole_page(
        "The Harbour Gazette",
        MENU_EN,
        "Local news",
        TITLE_EN,
        header=header,
        article=ARTICLE_EN,
        sidebar=SIDEBAR_EN,
        footer=FOOTER_EN,
    )
    document = clean(text)
    assert document.title == TITLE_EN
    assert document.author.name == "Mary Jones"


def test_a_name_with_no_date_under_it_is_no_byline() -> None:
    text = whole_page(
        "The Harbour Gazette",
        MENU_EN,
        "Local news",
        TITLE_EN,
        header=["Mary Jones"],
        article=ARTICLE_EN,
        sidebar=SIDEBAR_EN,
        footer=FOOTER_EN,
    )
    assert all(d.rule is not NAME_OVER_DATE for _, d in explain(text))


def test_a_whole_page_said_to_be_a_main_region_gets_no_model_title() -> None:
    said = explain(CASES["English"], config=CleanConfig(page_shape="main"))
    assert all(d.rule is not MODEL_TITLE for _, d in said)


def test_the_shipped_title_model_matches_its_features() -> None:
    model = scorer()
    assert len(model.title_weights) == len(TITLE_FEATURES)
    assert 0.0 <= model.title_threshold < 1.0
    shares = model.title_scores_of([[1.0] * len(TITLE_FEATURES), [0.0] * len(TITLE_FEATURES)])
    assert sum(shares) == pytest.approx(1.0)
    assert model.title_scores_of([]) == []


@SLOW
@given(
    title=titles(),
    article=st.lists(paragraphs(min_sentences=2), min_size=3, max_size=6),
    byline=st.sampled_from([["By Mary Jones"], ["By Mary Jones", "March 4, 2024"], []]),
    section=st.sampled_from(["Local news", "Business", "Science"]),
)
def test_generated_whole_pages_get_their_headline(
    title: str, article: list[str], byline: list[str], section: str
) -> None:
    text = whole_page(
        "The Harbour Gazette",
        MENU_EN,
        section,
        title,
        header=byline,
        article=article,
        sidebar=SIDEBAR_EN,
        footer=FOOTER_EN,
    )
    assert clean(text).title == title


@SLOW
@given(pages())
def test_generated_main_region_pages_get_no_model_title(page: GeneratedPage) -> None:
    # A main-region dump opens with its header: its title is told by the named rules.
    assert all(d.rule is not MODEL_TITLE for _, d in explain(page.text))
