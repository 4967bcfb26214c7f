"""French: the wording of French WordPress themes and Blogger (no generator samples yet)."""

from __future__ import annotations

from typing import Final

from herseeds.languages import Vocabulary

VOCABULARY: Final = Vocabulary(
    code="fr",
    name="French",
    months=(
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre",
    ),
    month_abbreviations=(
        "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc",
    ),
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    day_suffixes=("er",),
    time_words=("à",),
    time_units=(
        "seconde", "secondes", "minute", "minutes", "heure", "heures", "jour", "jours",
        "semaine", "semaines", "mois", "an", "ans", "année", "années",
    ),
    unit_articles=("un", "une"),
    ago=("il y a {n} {unit}",),
    relative_days=("hier", "aujourd’hui", "aujourd'hui"),
    count_words={
        "aucun": 0, "aucune": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4,
        "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    },
    header_nouns=(
        "commentaire", "commentaires", "réflexion", "réflexions", "réponse", "réponses",
        "pensée", "pensées", "rétrolien", "rétroliens",
    ),
    ping_nouns=("rétrolien", "rétroliens", "pingback", "pingbacks", "trackback", "trackbacks"),
    and_words=("et",),
    header_title_words=("sur", "au sujet de", "à propos de", "à"),
    count_nouns=("commentaire", "commentaires", "réponses", "réactions"),
    comments_headings=("commentaires", "commentaire", "réactions", "discussion"),
    reply_form_headings=(
        "laisser un commentaire", "laisser une réponse", "ajouter un commentaire",
        "écrire un commentaire", "poster un commentaire", "publier un commentaire",
        "laissez un commentaire", "répondre à cet article",
    ),
    cancel_reply=("annuler la réponse", "annuler la réponse au commentaire"),
    reply_to=("à",),
    reply_words=("répondre", "réponse"),
    comment_actions=(
        "permalien", "signaler", "modifier", "supprimer", "charger plus de commentaires",
        "commentaires plus anciens", "commentaires plus récents",
    ),
    counted_actions=("j’aime", "j'aime"),
    decorations=("dit", "a dit", "écrit", "a écrit", "répond", "a répondu"),
    avatars=("avatar", "avatar de", "photo de profil", "image de profil"),
    decoration_date_words=("le", "à"),
    edited=("modifié",),
    stop_words=(
        "le", "les", "un", "une", "je", "j'ai", "j’ai", "tu", "il", "elle", "on", "nous",
        "vous", "ils", "elles", "est", "sont", "était", "suis", "ai", "a", "avons", "avez",
        "ont", "pas", "ne", "et", "ou", "mais", "donc", "car", "que", "qui", "quoi", "dans",
        "sur", "pour", "par", "avec", "sans", "ce", "cet", "cette", "ces", "mon", "ma", "mes",
        "ton", "ta", "tes", "votre", "vos", "merci", "bravo", "super", "très", "bien", "bon",
        "bonne", "beau", "belle", "article", "billet", "film", "livre", "oui", "non",
        "bonjour", "salut", "vraiment", "aussi", "tout", "toute", "tous",
    ),
    small_words=(
        "le", "les", "un", "une", "et", "ou", "à", "au", "aux", "en", "dans", "sur", "pour",
        "par", "avec", "sans", "du", "des", "de",
    ),
    byline_words=("par", "écrit par", "publié par", "auteur", "auteur :", "auteure"),
    date_labels=("publié", "publié le", "mis à jour", "mis à jour le", "modifié le", "date"),
    posted_by=("publié par", "écrit par"),
    byline_date_words=("le", "à", "en"),
    articles=("un", "une", "le", "la", "les", "notre"),
    examples={
        "comments-header": (
            "3 commentaires",
            "3 réflexions sur « Le Mépris »",
            "Un commentaire",
            "Commentaires",
        ),
        "comment-form": ("Laisser un commentaire", "Annuler la réponse"),
        "comment-meta": ("Répondre", "il y a 3 jours", "il y a un an", "dit :"),
        "date": ("3 mars 2014", "1er mars 2014 à 10:03"),
        "byline": ("Par Claire Dubois",),
    },
)  # fmt: skip
