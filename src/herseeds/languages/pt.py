"""Portuguese: the wording of Portuguese and Brazilian WordPress themes and Blogger."""

from __future__ import annotations

from typing import Final

from herseeds.languages import Samples, Vocabulary

VOCABULARY: Final = Vocabulary(
    code="pt",
    name="Portuguese",
    months=(
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
        "setembro", "outubro", "novembro", "dezembro",
    ),
    month_abbreviations=(
        "jan", "fev", "abr", "mai", "jun", "jul", "ago", "set", "out", "dez",
    ),
    weekdays=(
        "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "sábado", "domingo",
    ),
    date_words=("de",),
    time_words=("às",),
    time_units=(
        "segundo", "segundos", "minuto", "minutos", "hora", "horas", "dia", "dias",
        "semana", "semanas", "mês", "meses", "ano", "anos",
    ),
    unit_articles=("um", "uma"),
    ago=("há {n} {unit}", "{n} {unit} atrás"),
    relative_days=("ontem", "hoje"),
    count_words={
        "nenhum": 0, "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4,
        "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10,
    },
    header_nouns=(
        "comentário", "comentários", "resposta", "respostas", "pensamento", "pensamentos",
    ),
    ping_nouns=("pingback", "trackback"),
    and_words=("e",),
    header_title_words=("sobre", "em", "para"),
    count_nouns=("comentário", "comentários", "respostas"),
    comments_headings=("comentários", "comentário", "discussão"),
    reply_form_headings=(
        "deixe um comentário", "deixe uma resposta", "deixe o seu comentário",
        "escreva um comentário", "adicionar comentário", "postar um comentário",
    ),
    cancel_reply=("cancelar resposta",),
    reply_to=("a", "para"),
    reply_words=("responder", "resposta"),
    comment_actions=("link permanente", "denunciar", "editar", "excluir", "apagar",
        "comentários anteriores", "comentários mais recentes",
    ),
    counted_actions=("curtir", "curtidas", "gosto", "gostos"),
    decorations=("disse", "diz", "escreveu", "comentou", "respondeu"),
    avatars=("avatar", "avatar de", "foto de perfil", "imagem de perfil"),
    decoration_date_words=("em", "às"),
    edited=("editado",),
    stop_words=(
        "o", "a", "os", "as", "um", "uma", "eu", "tu", "você", "ele", "ela", "nós", "vocês",
        "eles", "elas", "é", "são", "era", "foi", "tenho", "tem", "temos", "têm", "não",
        "e", "ou", "mas", "que", "quem", "de", "do", "da", "no", "na", "para", "com",
        "sem", "este", "esta", "isso", "meu", "minha", "seu", "sua", "obrigado",
        "obrigada", "muito", "bem", "bom", "boa", "lindo", "artigo", "filme", "livro",
        "sim", "olá", "também", "tudo", "todos",
    ),
    small_words=(
        "o", "a", "os", "as", "um", "uma", "e", "ou", "em", "no", "na", "para", "com",
        "de", "do", "da", "dos", "das", "por",
    ),
    byline_words=("por", "escrito por", "publicado por", "postado por", "autor", "autora"),
    date_labels=("publicado", "publicado em", "atualizado", "atualizado em", "data"),
    posted_by=("postado por", "publicado por", "escrito por"),
    byline_date_words=("em", "às"),
    articles=("um", "uma", "o", "a", "os", "as", "nosso", "nossa"),
    roles=(
        "jornalista", "redator", "redatora", "editor", "editora", "correspondente", "colunista",
        "crítico", "crítica", "colaborador", "colaboradora", "autor", "autora", "repórter",
    ),
    examples={
        "comments-header": (
            "3 comentários",
            "2 pensamentos sobre “Cidade de Deus”",
            "5 respostas para “Uma horta na varanda”",
            "Um comentário",
            "Comentários",
            "Comentários (4)",
        ),
        "comment-form": ("Deixe um comentário", "Cancelar resposta", "Deixe uma resposta"),
        "comment-meta": (
            "Responder",
            "há 3 dias",
            "3 dias atrás",
            "disse:",
            "escreveu:",
            "comentou:",
            "12 curtidas",
            "Link permanente",
            "Comentários anteriores",
        ),
        "date": ("3 de março de 2014", "3 de março de 2014 às 10:03", "27/09/2016 às 09:12"),
        "byline": ("Por Ana Souza", "Escrito por Pedro Costa", "Postado por Beatriz Ribeiro"),
    },
    samples=Samples(
        first_names=(
            "Ana", "João", "Mariana", "Pedro", "Beatriz", "Rafael", "Camila", "Lucas", "Juliana",
            "Tiago", "Fernanda", "Gustavo",
        ),
        last_names=(
            "Souza", "Oliveira", "Santos", "Pereira", "Costa", "Almeida", "Carvalho", "Ribeiro",
            "da Silva", "Martins", "Barbosa", "dos Reis",
        ),
        titles=(
            "Uma horta na varanda",
            "O que aprendi plantando em vasos",
            "Temperos frescos o ano inteiro",
            "Como cuidar do manjericão no verão",
            "Pequenos jardins em apartamentos",
        ),
        sentences=(
            "Comecei a horta na varanda há dois anos, com três vasos e muita curiosidade.",
            "O manjericão foi a primeira planta a vingar, e ainda hoje é a mais generosa.",
            "Aprendi que a maioria das ervas precisa de pelo menos quatro horas de sol.",
            "A rega é o ponto mais delicado, porque o excesso de água mata mais do que a seca.",
            "Uso caixotes de feira como canteiros, forrados com uma manta simples.",
            "Os tomates-cereja deram trabalho, mas a colheita compensou cada folha amarela.",
            "No inverno a produção cai, e aproveito para renovar a terra dos vasos.",
            "Não é preciso muito espaço para ter temperos frescos o ano inteiro.",
            "O mais bonito é acompanhar o ritmo das plantas dia após dia.",
            "Quem mora em apartamento pode começar com salsa, cebolinha e hortelã.",
        ),
        comments=(
            "Adorei a ideia dos caixotes, vou testar aqui em casa.",
            "O meu manjericão sempre morre no verão, alguma dica?",
            "Que texto inspirador, obrigada por compartilhar.",
            "Aqui em casa a hortelã tomou conta de tudo, cuidado com ela!",
            "Você usa algum adubo orgânico ou só a terra comum?",
            "Também comecei com três vasos e hoje não paro mais.",
            "Muito bom saber que dá para plantar tomate em vaso.",
            "Vou mostrar este artigo para minha mãe, ela vai amar.",
        ),
        dates=(
            "3 de março de 2014 às 10:03",
            "12 de janeiro de 2020 às 18:45",
            "27/09/2016 às 09:12",
            "há 3 dias",
            "2 semanas atrás",
        ),
    ),
)  # fmt: skip
