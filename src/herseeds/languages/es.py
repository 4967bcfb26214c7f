"""Spanish: the wording of Spanish WordPress themes and Blogger."""

from __future__ import annotations

from typing import Final

from herseeds.languages import Samples, Vocabulary

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
    samples=Samples(
        first_names=(
            "Lucía", "Javier", "Marta", "Pablo", "Carmen", "Diego", "Elena", "Sergio", "Nuria",
            "Álvaro", "Irene", "Raúl",
        ),
        last_names=(
            "Fernández", "García", "Martín", "Romero", "Navarro", "Torres", "Gil", "Serrano",
            "Molina", "Ortega", "de la Fuente", "Castro",
        ),
        titles=(
            "Una travesía por los valles del Pirineo",
            "Lo que aprendí caminando sola",
            "El refugio al final del camino",
            "Otoño en la sierra",
            "Guía práctica para tu primera ruta",
        ),
        sentences=(
            "Salimos del pueblo poco antes del amanecer, cuando todavía hacía frío.",
            "El primer tramo sube por un bosque de hayas y no tiene ninguna dificultad.",
            "A partir del collado el sendero se estrecha y conviene ir con calma.",
            "Desde arriba se ven los tres valles y, en los días claros, hasta el mar.",
            "Llevamos agua de sobra, porque en verano las fuentes suelen estar secas.",
            "La bajada es más larga de lo que parece y castiga bastante las rodillas.",
            "Comimos en el refugio, donde sirven un guiso de lentejas que no olvidaré.",
            "En total fueron unas seis horas de marcha, sin contar las paradas.",
            "Es una ruta preciosa para hacer en otoño, cuando cambian los colores.",
            "Si vais con niños, mejor quedarse en el lago y volver por la pista.",
        ),
        comments=(
            "Qué buena pinta, la apunto para este otoño.",
            "¿Hace falta reservar en el refugio o se puede llegar sin más?",
            "Hicimos esta ruta el año pasado y coincido en lo de las rodillas.",
            "Gracias por las fotos y por los consejos, son muy útiles.",
            "Yo la subí en invierno con raquetas y fue una experiencia increíble.",
            "Me encanta cómo escribes, da gusto leerte.",
            "¿Qué mochila usas para rutas tan largas?",
            "Totalmente de acuerdo, el guiso del refugio es una maravilla.",
        ),
        dates=(
            "3 de marzo de 2014 a las 10:03",
            "12 de enero de 2020 a las 18:45",
            "27 septiembre, 2016 a las 09:12",
            "hace 3 días",
            "hace un año",
        ),
    ),
)  # fmt: skip
