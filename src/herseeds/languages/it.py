"""Italian: the wording of Italian WordPress themes and Blogger (no generator samples yet)."""

from __future__ import annotations

from typing import Final

from herseeds.languages import Vocabulary

VOCABULARY: Final = Vocabulary(
    code="it",
    name="Italian",
    months=(
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre",
    ),
    month_abbreviations=(
        "gen", "feb", "apr", "mag", "giu", "lug", "ago", "set", "ott", "dic",
    ),
    weekdays=(
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    ),
    time_words=("alle", "ore"),
    time_units=(
        "secondo", "secondi", "minuto", "minuti", "ora", "ore", "giorno", "giorni",
        "settimana", "settimane", "mese", "mesi", "anno", "anni",
    ),
    unit_articles=("un", "una", "uno"),
    ago=("{n} {unit} fa",),
    relative_days=("ieri", "oggi"),
    count_words={
        "nessun": 0, "nessuno": 0, "un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3,
        "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10,
    },
    header_nouns=(
        "commento", "commenti", "pensiero", "pensieri", "risposta", "risposte",
    ),
    ping_nouns=("pingback", "trackback"),
    and_words=("e",),
    header_title_words=("su", "a"),
    count_nouns=("commento", "commenti", "risposte"),
    comments_headings=("commenti", "commento", "discussione"),
    reply_form_headings=(
        "lascia un commento", "lascia una risposta", "scrivi un commento",
        "aggiungi un commento", "posta un commento", "commenta",
    ),
    cancel_reply=("annulla risposta", "annulla la risposta"),
    reply_to=("a",),
    reply_words=("rispondi", "risposta"),
    comment_actions=("permalink", "segnala", "modifica", "elimina",
        "commenti precedenti", "commenti successivi",
    ),
    counted_actions=("mi piace",),
    decorations=("dice", "ha detto", "scrive", "ha scritto"),
    avatars=("avatar", "avatar di", "immagine del profilo", "foto del profilo"),
    decoration_date_words=("il", "alle"),
    edited=("modificato",),
    stop_words=(
        "il", "lo", "la", "gli", "le", "un", "una", "uno", "io", "tu", "lui", "lei", "noi",
        "voi", "loro", "è", "sono", "era", "ho", "hai", "ha", "abbiamo", "hanno", "non",
        "e", "o", "ma", "che", "chi", "di", "del", "della", "nel", "nella", "per", "con",
        "su", "questo", "questa", "mio", "mia", "tuo", "tua", "grazie", "bravo", "brava",
        "molto", "bene", "bello", "bella", "articolo", "post", "film", "libro", "sì",
        "ciao", "davvero", "anche", "tutto", "tutti",
    ),
    small_words=(
        "il", "lo", "la", "i", "gli", "le", "un", "una", "e", "o", "a", "al", "in", "su",
        "per", "con", "di", "del", "della", "da",
    ),
    byline_words=("scritto da", "pubblicato da", "autore", "autore:", "autrice"),
    date_labels=("pubblicato", "pubblicato il", "aggiornato", "aggiornato il", "data"),
    posted_by=("pubblicato da", "scritto da"),
    byline_date_words=("il", "alle", "in"),
    articles=("un", "una", "il", "la", "lo", "i", "le", "gli", "nostro", "nostra"),
    examples={
        "comments-header": (
            "3 commenti",
            "2 pensieri su “La dolce vita”",
            "Un commento",
            "Commenti",
        ),
        "comment-form": ("Lascia un commento", "Annulla risposta"),
        "comment-meta": ("Rispondi", "3 giorni fa", "un anno fa", "dice:"),
        "date": ("3 marzo 2014", "3 marzo 2014 alle 10:03"),
        "byline": ("Scritto da Giulia Rossi",),
    },
)  # fmt: skip
