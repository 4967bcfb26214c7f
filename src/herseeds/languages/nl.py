"""Dutch: the wording of Dutch WordPress themes and Blogger."""

from __future__ import annotations

from typing import Final

from herseeds.languages import Samples, Vocabulary

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
    time_suffixes=("uur",),
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
    roles=(
        "journalist", "redacteur", "redactrice", "hoofdredacteur", "correspondent",
        "verslaggever", "columnist", "recensent", "criticus", "medewerker", "auteur",
        "schrijver", "schrijfster",
    ),
    examples={
        "comments-header": (
            "3 reacties",
            "2 gedachten over “Zwartboek”",
            "5 reacties op “Fietsen door de winter”",
            "Eén reactie op “Een jaar zonder auto”",
            "Eén reactie",
            "Reacties",
            "Reacties (4)",
        ),
        "comment-form": ("Geef een reactie", "Reactie annuleren", "Laat een reactie achter"),
        "comment-meta": (
            "Beantwoorden",
            "3 dagen geleden",
            "een jaar geleden",
            "zegt:",
            "schreef:",
            "reageerde:",
            "Permalink",
            "Oudere reacties",
        ),
        "date": (
            "3 maart 2014",
            "3 maart 2014 om 10:03",
            "3 maart 2014 om 10:03 uur",
            "zaterdag 27 september 2016 om 09:12",
        ),
        "byline": ("Geschreven door Sanne de Vries", "Geplaatst door Bram Visser"),
    },
    samples=Samples(
        first_names=(
            "Sanne", "Joost", "Femke", "Bram", "Lotte", "Daan", "Eva", "Ruben", "Anouk", "Thijs",
            "Marloes", "Pieter",
        ),
        last_names=(
            "de Vries", "Jansen", "de Jong", "Bakker", "Visser", "Smit", "Meijer", "van Dijk",
            "Mulder", "Bos", "Vos", "Peters",
        ),
        titles=(
            "Elke dag op de fiets",
            "Wat twaalf kilometer met je doet",
            "Fietsen door de winter",
            "Een jaar zonder auto",
            "Zo houd je je fiets in goede staat",
        ),
        sentences=(
            "Sinds vorig voorjaar fiets ik elke dag twaalf kilometer naar mijn werk.",
            "De eerste weken waren zwaar, vooral met tegenwind langs het kanaal.",
            "Inmiddels is het een vast ritueel dat ik niet meer zou willen missen.",
            "Ik kom rustiger aan op kantoor en slaap ’s avonds beter.",
            "Een goede regenbroek is de beste aankoop die ik in jaren heb gedaan.",
            "In de winter kies ik een langere route door het park, omdat daar minder verkeer is.",
            "Elke maand controleer ik de banden en smeer ik de ketting.",
            "Onderweg zie ik de seizoenen veranderen, iets wat ik in de auto nooit merkte.",
            "Natuurlijk zijn er ochtenden waarop ik liever de trein had genomen.",
            "Toch heb ik nog geen moment spijt gehad van de overstap.",
        ),
        comments=(
            "Herkenbaar, ik fiets ook elke dag en wil niet meer terug.",
            "Welke regenbroek heb je gekocht, als ik vragen mag?",
            "Twaalf kilometer vind ik knap, zeker in de winter.",
            "Mooi geschreven, het geeft me zin om morgen de fiets te pakken.",
            "Bij ons op het werk is er nu zelfs een douche voor fietsers.",
            "Tegenwind blijft het grootste nadeel van ons land, haha.",
            "Ik doe het met een elektrische fiets en dat scheelt enorm.",
            "Bedankt voor de tips over het onderhoud, heel handig.",
        ),
        dates=(
            "3 maart 2014 om 10:03",
            "12 januari 2020 om 18:45 uur",
            "zaterdag 27 september 2016 om 09:12",
            "3 dagen geleden",
            "een jaar geleden",
        ),
    ),
)  # fmt: skip
