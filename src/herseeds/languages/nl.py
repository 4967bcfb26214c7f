"""Dutch: the wording of Dutch WordPress themes and Blogger (no generator samples yet)."""

from __future__ import annotations

from typing import Final

from herseeds.languages import Vocabulary

VOCABULARY: Final = Vocabulary(
    code="nl",
    name="Dutch",
    months=(
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december",
    ),
    month_abbreviations=("jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "okt", "dec"),
    weekdays=("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    time_words=("om",),
    time_units=(
        "seconde", "seconden", "minuut", "minuten", "uur", "uren", "dag", "dagen", "week",
        "weken", "maand", "maanden", "jaar", "jaren",
    ),
    unit_articles=("een",),
    ago=("{n} {unit} geleden",),
    relative_days=("gisteren", "vandaag"),
    count_words={
        "geen": 0, "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5,
        "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
    },
    header_nouns=(
        "reactie", "reacties", "gedachte", "gedachten", "antwoord", "antwoorden",
    ),
    ping_nouns=("pingback", "trackback"),
    and_words=("en",),
    header_title_words=("op", "over"),
    count_nouns=("reactie", "reacties"),
    comments_headings=("reacties", "reactie", "discussie"),
    reply_form_headings=(
        "geef een reactie", "laat een reactie achter", "plaats een reactie",
        "reactie plaatsen", "schrijf een reactie",
    ),
    cancel_reply=("reactie annuleren", "annuleer reactie"),
    reply_to=("op",),
    reply_words=("beantwoorden", "reageer", "reageren", "antwoord"),
    comment_actions=("permalink", "melden", "bewerken", "verwijderen",
        "oudere reacties", "nieuwere reacties",
    ),
    counted_actions=("vind ik leuk",),
    decorations=("zegt", "schreef", "schrijft", "reageerde"),
    avatars=("avatar", "avatar van", "profielfoto", "profielafbeelding"),
    decoration_date_words=("op", "om"),
    edited=("bewerkt",),
    stop_words=(
        "de", "het", "een", "ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "jullie",
        "is", "zijn", "was", "heb", "heeft", "hebben", "niet", "en", "of", "maar", "dat",
        "die", "wie", "wat", "van", "in", "op", "voor", "met", "zonder", "dit", "deze",
        "mijn", "jouw", "uw", "bedankt", "dank", "mooi", "goed", "heel", "erg", "artikel",
        "film", "boek", "ja", "nee", "hallo", "echt", "ook", "alles", "allemaal",
    ),
    small_words=(
        "de", "het", "een", "en", "of", "in", "op", "voor", "met", "van", "aan", "bij",
        "naar", "uit",
    ),
    byline_words=("geschreven door", "gepubliceerd door", "geplaatst door", "auteur"),
    date_labels=(
        "gepubliceerd", "gepubliceerd op", "geplaatst", "geplaatst op", "bijgewerkt",
        "bijgewerkt op", "laatst bijgewerkt", "datum",
    ),
    posted_by=("geplaatst door", "gepost door", "gepubliceerd door"),
    byline_date_words=("op", "om", "in"),
    articles=("een", "de", "het", "onze", "ons"),
    examples={
        "comments-header": (
            "3 reacties",
            "2 gedachten over “Zwartboek”",
            "Eén reactie",
            "Reacties",
        ),
        "comment-form": ("Geef een reactie", "Reactie annuleren"),
        "comment-meta": ("Beantwoorden", "3 dagen geleden", "een jaar geleden", "zegt:"),
        "date": ("3 maart 2014", "3 maart 2014 om 10:03"),
        "byline": ("Geschreven door Sanne de Vries",),
    },
)  # fmt: skip
