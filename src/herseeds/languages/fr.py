"""French: the wording of French WordPress themes and Blogger."""

from __future__ import annotations

from typing import Final

from herseeds.languages import Samples, Vocabulary

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
            "Une réflexion sur « Une semaine sans écran »",
            "12 réponses à « La ville sous la pluie »",
            "Un commentaire",
            "Commentaires",
            "Commentaires (4)",
        ),
        "comment-form": ("Laisser un commentaire", "Annuler la réponse", "Laisser une réponse"),
        "comment-meta": (
            "Répondre",
            "il y a 3 jours",
            "il y a un an",
            "dit :",
            "a écrit :",
            "a répondu :",
            "3 J’aime",
            "Charger plus de commentaires",
            "Commentaires plus anciens",
        ),
        "date": ("3 mars 2014", "1er mars 2014 à 10:03", "Publié le 12 janvier 2020"),
        "byline": (
            "Par Claire Dubois",
            "Écrit par Julien Moreau",
            "Publié par Camille Lefèvre le 3 mars 2014",
        ),
    },
    samples=Samples(
        first_names=(
            "Claire", "Julien", "Camille", "Thomas", "Élodie", "Mathieu", "Sophie", "Nicolas",
            "Amélie", "Hugo", "Céline", "Jean-Marc",
        ),
        last_names=(
            "Dubois", "Moreau", "Lefèvre", "Girard", "Fontaine", "Roux", "Lambert", "Mercier",
            "Chevalier", "Garnier", "Marchand", "Perrin",
        ),
        titles=(
            "Le dernier voyage de Marthe",
            "Ce que les trains de nuit nous apprennent",
            "Pourquoi je relis toujours les mêmes livres",
            "Un été à vélo le long de la Loire",
            "La ville sous la pluie",
            "Une semaine sans écran",
        ),
        sentences=(
            "Le roman s’ouvre sur une gare de province, un matin de brouillard.",
            "L’autrice prend son temps pour installer ses personnages, un choix qui se défend.",
            "On suit Marthe, institutrice à la retraite, qui veut traverser le pays à vélo.",
            "Chaque chapitre est une étape, avec ses rencontres et ses petites déceptions.",
            "Le style est sobre, presque sec, mais certaines pages sont d’une grande justesse.",
            "J’ai parfois regretté que les personnages secondaires restent à l’arrière-plan.",
            "La dernière partie change de rythme et surprend sans jamais trahir ce qui précède.",
            "C’est un livre sur la vieillesse sans tristesse, et sur la liberté sans discours.",
            "Je le conseille à tous ceux qui aiment les récits de voyage un peu mélancoliques.",
            "Il se lit en deux ou trois soirées, mais il reste longtemps en tête.",
        ),
        comments=(
            "Merci pour ce billet, il me donne envie de lire le livre.",
            "Je l’ai lu cet été et j’ai eu exactement la même impression.",
            "La fin m’a un peu déçue, mais le voyage vaut le détour.",
            "Très belle critique, juste et bien écrite !",
            "Est-ce que vous avez lu ses romans précédents ?",
            "Je ne suis pas tout à fait d’accord sur le style, je l’ai trouvé plutôt froid.",
            "Je vais l’offrir à ma mère pour son anniversaire, elle adore ce genre d’histoire.",
            "Bravo pour ce blog, je le suis depuis des années.",
        ),
        dates=(
            "3 mars 2014 à 10:03",
            "1er avril 2019 à 08:15",
            "samedi 12 janvier 2020 à 18:45",
            "27 septembre 2016",
            "il y a 3 jours",
            "il y a un an",
        ),
    ),
)  # fmt: skip
