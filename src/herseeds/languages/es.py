"""Spanish: the wording of Spanish WordPress themes and Blogger (no generator samples yet)."""

from __future__ import annotations

from typing import Final

from herseeds.languages import Vocabulary

VOCABULARY: Final = Vocabulary(
    code="es",
    name="Spanish",
    months=(
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
    ),
    month_abbreviations=("ene", "abr", "ago", "dic"),
    weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    date_words=("de", "del"),
    time_words=("a las", "a la"),
    time_units=(
        "segundo", "segundos", "minuto", "minutos", "hora", "horas", "día", "días",
        "semana", "semanas", "mes", "meses", "año", "años",
    ),
    unit_articles=("un", "una"),
    ago=("hace {n} {unit}",),
    relative_days=("ayer", "hoy"),
    count_words={
        "ningún": 0, "ninguno": 0, "sin": 0, "un": 1, "uno": 1, "una": 1, "dos": 2,
        "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
        "diez": 10,
    },
    header_nouns=(
        "comentario", "comentarios", "respuesta", "respuestas", "pensamiento",
        "pensamientos", "reacción", "reacciones",
    ),
    ping_nouns=("pingback", "pingbacks", "trackback", "trackbacks"),
    and_words=("y",),
    header_title_words=("en", "a", "sobre", "para"),
    count_nouns=("comentario", "comentarios", "respuestas", "reacciones"),
    comments_headings=("comentarios", "comentario", "respuestas", "discusión"),
    reply_form_headings=(
        "deja un comentario", "dejar un comentario", "deja una respuesta",
        "dejar una respuesta", "añadir un comentario", "escribe un comentario",
        "publicar un comentario", "publica un comentario",
    ),
    cancel_reply=("cancelar respuesta",),
    reply_to=("a",),
    reply_words=("responder", "respuesta"),
    comment_actions=("enlace permanente", "denunciar", "editar", "borrar", "eliminar",
                     "cargar más comentarios",
        "comentarios anteriores", "comentarios más recientes",
    ),
    counted_actions=("me gusta",),
    decorations=("dice", "dijo", "escribió", "respondió", "comentó"),
    avatars=("avatar", "avatar de", "foto de perfil", "imagen de perfil"),
    decoration_date_words=("el", "a las"),
    edited=("editado",),
    stop_words=(
        "el", "la", "los", "las", "un", "una", "unos", "unas", "yo", "tú", "él", "ella",
        "nosotros", "vosotros", "ellos", "es", "son", "era", "fue", "soy", "estoy", "está",
        "he", "ha", "han", "no", "y", "o", "pero", "que", "qué", "como", "cómo", "en",
        "con", "por", "para", "sin", "sobre", "este", "esta", "esto", "mi", "mis", "tu",
        "tus", "su", "sus", "gracias", "muy", "bien", "buen", "bueno", "buena", "genial",
        "excelente", "artículo", "película", "libro", "sí", "hola", "también", "todo",
        "realmente",
    ),
    small_words=(
        "el", "la", "los", "las", "un", "una", "y", "o", "a", "al", "en", "con", "por",
        "para", "sin", "sobre", "de", "del",
    ),
    byline_words=("por", "escrito por", "publicado por", "autor", "autor:", "autora"),
    date_labels=("publicado", "publicado el", "actualizado", "actualizado el", "fecha"),
    posted_by=("publicado por", "escrito por"),
    byline_date_words=("el", "en", "a las"),
    articles=("un", "una", "el", "la", "nuestro", "nuestra"),
    examples={
        "comments-header": (
            "3 comentarios",
            "3 comentarios en «Volver»",
            "Un comentario",
            "Comentarios",
        ),
        "comment-form": ("Deja un comentario", "Cancelar respuesta"),
        "comment-meta": ("Responder", "hace 3 días", "hace un año", "dice:"),
        "date": ("3 de marzo de 2014", "3 de marzo de 2014 a las 10:03"),
        "byline": ("Por Lucía Fernández",),
    },
)  # fmt: skip
