"""Italian: the wording of Italian WordPress themes and Blogger."""

from __future__ import annotations

from typing import Final

from herseeds.languages import Samples, Vocabulary

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
    time_words=("alle", "alle ore", "ore"),
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
    roles=(
        "giornalista", "redattore", "redattrice", "caporedattore", "direttore", "direttrice",
        "corrispondente", "inviato", "inviata", "editorialista", "critico", "critica",
        "collaboratore", "collaboratrice", "autore", "autrice",
    ),
    examples={
        "comments-header": (
            "3 commenti",
            "2 pensieri su “La dolce vita”",
            "Un pensiero su “Autunno in cucina”",
            "5 risposte a “Il ragù della domenica”",
            "Un commento",
            "Commenti",
            "Commenti (4)",
        ),
        "comment-form": ("Lascia un commento", "Annulla risposta", "Lascia una risposta"),
        "comment-meta": (
            "Rispondi",
            "3 giorni fa",
            "un anno fa",
            "dice:",
            "ha scritto:",
            "scrive:",
            "3 Mi piace",
            "Commenti precedenti",
        ),
        "date": ("3 marzo 2014", "3 marzo 2014 alle 10:03", "12 gennaio 2020 alle ore 18:45"),
        "byline": ("Scritto da Giulia Rossi", "Pubblicato da Marco Bianchi"),
    },
    samples=Samples(
        first_names=(
            "Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Elena", "Davide",
            "Silvia", "Matteo", "Valentina", "Paolo",
        ),
        last_names=(
            "Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci", "Marino",
            "Greco", "De Luca", "Gallo", "Conti",
        ),
        titles=(
            "Il ragù della domenica",
            "Ricette di famiglia che non voglio perdere",
            "Una cucina piccola per grandi pranzi",
            "Come ho imparato a fare la pasta in casa",
            "Autunno in cucina",
        ),
        sentences=(
            "Questa è la ricetta che mia nonna preparava ogni domenica d’inverno.",
            "Il segreto sta nel soffritto, che deve cuocere a fuoco basso senza fretta.",
            "La carne va rosolata bene prima di aggiungere il vino rosso.",
            "Dopo il pomodoro, il sugo deve sobbollire per almeno tre ore.",
            "In casa nostra non si usava mai la panna, e io continuo a non usarla.",
            "Per la pasta scelgo sempre un formato rigato, che trattiene meglio il condimento.",
            "Il giorno dopo il ragù è ancora più buono, quindi conviene farne in abbondanza.",
            "Si conserva in frigorifero per qualche giorno oppure in freezer per un mese.",
            "Ogni famiglia ha la sua versione, e nessuna è davvero quella giusta.",
            "Se la provate, raccontatemi com’è venuta e cosa avete cambiato.",
        ),
        comments=(
            "Grazie per la ricetta, domenica la provo sicuramente.",
            "Anche mia nonna faceva così, mi hai fatto tornare bambina.",
            "Io aggiungo un po’ di latte alla fine, provate e mi saprete dire.",
            "Quanto vino metti per mezzo chilo di carne?",
            "Fatto ieri sera, un successo con tutta la famiglia!",
            "Bellissimo racconto, si sente l’affetto in ogni riga.",
            "Il soffritto lento fa davvero la differenza, non ci sono scorciatoie.",
            "Si può usare anche il vino bianco o cambia troppo il sapore?",
        ),
        dates=(
            "3 marzo 2014 alle 10:03",
            "12 gennaio 2020 alle ore 18:45",
            "sabato 27 settembre 2016 alle 09:12",
            "3 giorni fa",
            "un anno fa",
        ),
    ),
)  # fmt: skip
