"""Segmentation by example: small pages in the styles herseeds must read, and their truth.

Every page here is written for the test (none comes from the seeds), one per rule, so a
failure names the rule that broke.
"""

from __future__ import annotations

import re

import herseeds
from herseeds import Comment, decisions
from herseeds.cleaning import explain
from herseeds.decisions import DateFacts, Rule
from herseeds.patterns import BYLINE_PATTERNS, CHROME_PATTERNS
from herseeds.segmenting import PASSES, author, blocks, header, scorer, threads


def labels_of(page: str) -> list[str]:
    return list(herseeds.clean(page).labels)


PROSE = (
    "The film moves slowly, and it trusts the audience to notice what is left unsaid "
    "between its two lonely characters."
)
PROSE_2 = (
    "Nothing in the story is hurried, which makes the final scene land with more weight "
    "than any of the dialogue before it."
)


def test_title_after_a_date_and_share_line() -> None:
    page = f"March 3, 2014\n\nShare this:\n\nA Quiet Film About Loud Feelings\n\n{PROSE}\n"
    document = herseeds.clean(page)
    assert document.title == "A Quiet Film About Loud Feelings"
    assert document.article == (PROSE,)
    assert document.labels[:3] == ("chrome:date", "blank", "chrome:share")


def test_subtitle_sits_between_title_and_byline() -> None:
    page = (
        "A Quiet Film About Loud Feelings\n\n"
        "Why the smallest scenes in the year's best romance say the most.\n\n"
        "By Ada Lovelace\n\n"
        f"{PROSE}\n\n{PROSE_2}\n"
    )
    document = herseeds.clean(page)
    assert document.subtitle == "Why the smallest scenes in the year's best romance say the most."
    assert document.author.name == "Ada Lovelace"
    assert document.author.name_from == "byline"
    assert document.article == (PROSE, PROSE_2)


def test_a_short_first_paragraph_is_not_a_subtitle_without_a_byline_or_credit() -> None:
    page = f"A Quiet Film\n\nI saw it twice.\n\n{PROSE}\n"
    document = herseeds.clean(page)
    assert document.subtitle is None
    assert document.article == ("I saw it twice.", PROSE)


def test_no_title_when_the_page_opens_with_prose() -> None:
    document = herseeds.clean(f"{PROSE}\n\n{PROSE_2}\n")
    assert document.title is None
    assert document.article == (PROSE, PROSE_2)


def test_a_comment_count_no_page_could_mean_is_no_count() -> None:
    """Found by the fuzzer: 25 digits overflowed the JSON writer's 64-bit integers."""
    for digits, count in [("1" * 15, 111_111_111_111_111), ("1" * 16, None), ("9" * 5000, None)]:
        page = f"{PROSE}\n\n{digits} Comments\n\n  1. Ada says:\n\n    Great piece!\n"
        document = herseeds.clean(page)
        assert document.declared_comment_count == count
        assert [c.text for c in document.comments] == ["Great piece!"]
        assert herseeds.Document.from_dict(document.to_dict()) == document
        document.to_json()


def test_title_from_the_comments_header() -> None:
    page = (
        f"{PROSE}\n\n"
        "2 thoughts on “A Quiet Film”\n\n"
        "  1. Grace Hopper\n\n    I loved this review of the film.\n\n"
        "  2. Alan Turing\n\n    Me too, it made me watch it again.\n"
    )
    document = herseeds.clean(page)
    assert document.title == "A Quiet Film"
    assert document.declared_comment_count == 2
    assert [c.author for c in document.comments] == ["Grace Hopper", "Alan Turing"]


def test_caption_pair_is_removed() -> None:
    page = (
        f"{PROSE}\n\n"
        "Two friends share a quiet moment on the beach.\n"
        "Two friends share a quiet moment on the beach in the film.\n\n"
        f"{PROSE_2}\n"
    )
    document = herseeds.clean(page)
    assert document.article == (PROSE, PROSE_2)
    assert [run.kind for run in document.removed] == ["caption"]


def test_newsletter_box_in_the_middle_of_the_article() -> None:
    page = (
        f"{PROSE}\n\n"
        "Sign up for our weekly film newsletter\n\n"
        "The Weekend Watch\n\n"
        "Three films to stream, every Friday.\n\n"
        "Subscribe\n\n"
        f"{PROSE_2}\n"
    )
    document = herseeds.clean(page)
    assert document.article == (PROSE, PROSE_2)
    assert {run.kind for run in document.removed} == {"newsletter"}


def test_link_list_after_the_article() -> None:
    links = ["Official trailer", "Interview with the director", "Review in The Daily Paper"]
    page = f"{PROSE}\n\n{PROSE_2}\n\n" + "\n".join(links) + "\n"
    document = herseeds.clean(page)
    assert document.article == (PROSE, PROSE_2)
    assert [run.kind for run in document.removed] == ["link-list"]


def test_wrapped_prose_is_not_a_link_list() -> None:
    wrapped = [
        "The film moves slowly, and it trusts the audience",
        "to notice what is left unsaid between its two",
        "lonely characters until the very end.",
    ]
    page = "\n".join(wrapped) + "\n"
    assert set(labels_of(page)) == {"article", "blank"}


def test_related_teasers_after_the_article() -> None:
    page = (
        f"{PROSE}\n\n{PROSE_2}\n\n"
        "The Best Films of the Decade\n\nOur critics pick the ten that will last.\n\n"
        "Why We Still Love Silent Movies\n\nA century on, the quiet ones speak loudest.\n"
    )
    document = herseeds.clean(page)
    assert document.article == (PROSE, PROSE_2)
    assert [run.kind for run in document.removed] == ["related"]


def test_bio_names_the_author() -> None:
    page = f"{PROSE}\n\n{PROSE_2}\n\nAda Lovelace is a writer based in London.\n"
    author = herseeds.clean(page).author
    assert author.name == "Ada Lovelace"
    assert author.name_from == "bio"
    assert author.bio == "Ada Lovelace is a writer based in London."


def test_bio_after_an_empty_byline_template() -> None:
    page = f"{PROSE}\n\nPosted on by\nI write about films and the people who love them.\n"
    document = herseeds.clean(page)
    assert document.author.bio == "I write about films and the people who love them."
    assert document.author.name is None
    assert document.labels[2] == "chrome:byline-template"


def test_sign_off_names_the_author() -> None:
    page = f"{PROSE}\n\n{PROSE_2}\n\n— Grace Hopper\n"
    document = herseeds.clean(page)
    assert document.author.name == "Grace Hopper"
    assert document.author.name_from == "sign-off"
    assert document.article == (PROSE, PROSE_2)


def test_self_introduction_names_the_author() -> None:
    page = f"Grace here. {PROSE}\n\n{PROSE_2}\n"
    author = herseeds.clean(page).author
    assert author.name == "Grace"
    assert author.name_from == "self-introduction"


def test_no_author_without_evidence() -> None:
    author = herseeds.clean(f"{PROSE}\n\n{PROSE_2}\n").author
    assert (author.name, author.name_from, author.bio) == (None, None, None)


def test_wordpress_thread_with_says_dates_and_reply_links() -> None:
    page = (
        f"{PROSE}\n\n"
        "3 Responses\n\n"
        "  1. Grace Hopper says:\n\n    March 3, 2014 at 10:03 am\n\n"
        "    What a thoughtful piece.\n\n    Reply\n\n"
        "    • Ada Lovelace says:\n\n      March 4, 2014 at 9:00 am\n\n"
        "      Thank you for reading my post.\n\n      Reply\n\n"
        "  2. Alan Turing says:\n\n    March 5, 2014 at 8:00 pm\n\n"
        "    I disagree with the ending.\n\n    It felt rushed to me.\n\n    Reply\n\n"
        "Leave a Reply\n"
    )
    document = herseeds.clean(page)
    assert document.comments == (
        Comment("Grace Hopper", "What a thoughtful piece.", depth=0, parent=None),
        Comment("Ada Lovelace", "Thank you for reading my post.", depth=1, parent=0),
        Comment("Alan Turing", "I disagree with the ending.\n\nIt felt rushed to me."),
    )
    assert document.declared_comment_count == 3
    assert document.article == (PROSE,)
    kinds = {run.kind for run in document.removed}
    assert {"comments-header", "comment-meta", "comment-form"} <= kinds


def test_blogger_thread() -> None:
    page = (
        f"Posted by Grace Hopper at 10:03 AM\n\n{PROSE}\n\n"
        "2 comments:\n\n"
        "Unknown said...\n\n    Lovely post, I agree.\n\n    March 4, 2014 at 9:12 AM\n"
        "Alan Turing said...\n\n    Which films did you watch?\n\n    March 4, 2014 at 11:40 AM\n\n"
        "Post a Comment\n\nNewer Post Older Post Home\n"
    )
    document = herseeds.clean(page)
    assert document.author.name == "Grace Hopper"
    assert document.declared_comment_count == 2
    assert [(c.author, c.text) for c in document.comments] == [
        ("Unknown", "Lovely post, I agree."),
        ("Alan Turing", "Which films did you watch?"),
    ]


def test_one_line_comments_and_name_lines_are_told_apart() -> None:
    page = (
        f"{PROSE}\n\n"
        "  1. Thanks for the auspicious writeup.\n\n"
        "  2. tosin motunbade\n\n    This still makes sense years later.\n\n"
        "  3. Great post\n\n    I mean it, truly.\n"
    )
    comments = herseeds.clean(page).comments
    assert [(c.author, c.text) for c in comments] == [
        (None, "Thanks for the auspicious writeup."),
        ("tosin motunbade", "This still makes sense years later."),
        (None, "Great post\n\nI mean it, truly."),
    ]


def test_repeated_name_lines_collapse() -> None:
    page = (
        f"{PROSE}\n\n"
        "  1. Grace Hopper\n\n    A good read about your article's subject.\n\n"
        "    • Ada Lovelace\n      Ada Lovelace\n\n      Glad you liked my article!\n"
    )
    document = herseeds.clean(page)
    assert [(c.author, c.depth, c.parent) for c in document.comments] == [
        ("Grace Hopper", 0, None),
        ("Ada Lovelace", 1, 0),
    ]
    assert document.author.name == "Ada Lovelace"
    assert document.author.name_from == "comment-replies"


def test_pingbacks() -> None:
    page = (
        f"{PROSE}\n\n"
        "2 thoughts on “A Quiet Film”\n\n"
        "  1. Pingback: Ten Films for a Rainy Day | The Film Log\n\n"
        "  2. Films of the Year | Another Blog Avatar\n\n"
        "    […] as the review puts it, the quiet scenes matter most […]\n"
    )
    comments = herseeds.clean(page).comments
    assert [(c.author, c.kind, c.text) for c in comments] == [
        ("Ten Films for a Rainy Day | The Film Log", "pingback", ""),
        (
            "Films of the Year | Another Blog",
            "pingback",
            "[…] as the review puts it, the quiet scenes matter most […]",
        ),
    ]


def test_a_thread_cut_off_mid_way_still_yields_its_comments() -> None:
    page = (
        f"{PROSE}\n\n"
        "5 thoughts on “A Quiet Film”\n\n"
        "  1. Grace Hopper\n\n    I loved it.\n\n"
        "  2. Alan Turing\n\n    The ending was abrupt, and the middle of the"
    )
    document = herseeds.clean(page)
    assert document.declared_comment_count == 5
    assert [c.author for c in document.comments] == ["Grace Hopper", "Alan Turing"]
    assert document.comments[1].text == "The ending was abrupt, and the middle of the"


def test_an_article_list_is_not_a_comment_thread() -> None:
    page = f"{PROSE}\n\nWhat to watch next:\n\n  • Brief Encounter\n  • Tokyo Story\n"
    document = herseeds.clean(page)
    assert document.comments == ()


def test_show_explains_each_line_with_its_rule() -> None:
    explained = explain(f"A Quiet Film\n\n{PROSE}\n\nLeave a Reply\n")
    assert [(d.label, d.rule.name) for _, d in explained] == [
        ("title", "header.title"),
        ("blank", "line.blank"),
        ("article", "line.prose"),
        ("blank", "line.blank"),
        ("chrome:comment-form", "pattern.leave-a-reply"),
        ("blank", "line.blank"),
    ]


def test_a_poem_inside_the_article_is_not_a_link_list() -> None:
    long_prose = " ".join([PROSE, PROSE_2])  # a paragraph long enough to be the article body
    poem = ["Whose voice is this I hear", "Inside the quiet machine", "Speaking as if near"]
    page = f"{long_prose}\n\n" + "\n".join(poem) + f"\n\n{long_prose}\n"
    assert herseeds.clean(page).article == (long_prose, *poem, long_prose)


def test_a_sentence_about_someone_is_not_a_bio() -> None:
    page = f"{PROSE} {PROSE_2}\n\nMr Obama was speaking to reporters before leaving.\n"
    document = herseeds.clean(page)
    assert document.author.bio is None
    assert document.article[-1] == "Mr Obama was speaking to reporters before leaving."


def test_disqus_style_thread_with_relative_times() -> None:
    page = (
        f"{PROSE}\n\n"
        "2 Comments\n\nSort by Best\n\n"
        "  • Grace Hopper • 3 years ago\n\n    The ending still haunts me.\n\n    • Reply •\n\n"
        "      • Alan Turing • 2 years ago\n\n        Me too.\n\n        • Reply •\n\n"
        "blog comments powered by Disqus\n"
    )
    document = herseeds.clean(page)
    assert [(c.author, c.text, c.depth, c.parent) for c in document.comments] == [
        ("Grace Hopper", "The ending still haunts me.", 0, None),
        ("Alan Turing", "Me too.", 1, 0),
    ]


def test_hashtag_lines_are_taxonomy() -> None:
    page = f"{PROSE}\n\n#film #romance #scifi\n"
    document = herseeds.clean(page)
    assert document.article == (PROSE,)
    assert [run.kind for run in document.removed] == ["taxonomy"]


def test_comments_rendered_without_a_list() -> None:
    page = (
        f"{PROSE}\n\n"
        "There are 2 comments\n\n"
        "Grace Hopper\n\n·\n\nMarch 10, 2017 at 12:20 AM\n\nI loved it.\n\nIt made me cry.\n\n"
        "  • Reply\n\n"
        "Alan Turing\n\nMarch 10, 2017 at 1:26 AM\n\nMe too.\n\n  • Reply\n\n"
        "Leave a Reply\n"
    )
    document = herseeds.clean(page)
    assert [(c.author, c.text) for c in document.comments] == [
        ("Grace Hopper", "I loved it.\n\nIt made me cry."),
        ("Alan Turing", "Me too."),
    ]
    assert document.article == (PROSE,)
    assert document.declared_comment_count == 2


def test_share_buttons_in_a_list_are_chrome() -> None:
    page = f"{PROSE}\n\nShare this:\n\n  • Share on Twitter\n\n  • Click to share on Reddit\n"
    document = herseeds.clean(page)
    assert document.article == (PROSE,)
    assert document.comments == ()


def test_a_menu_before_the_article_is_navigation() -> None:
    menu = "\n\n".join(f"  • {item}" for item in ("News", "Opinion", "Culture", "Film", "Books"))
    body = f"{PROSE} {PROSE_2}"
    document = herseeds.clean(f"{menu}\n\n{body}\n")
    assert document.article == (body,)
    assert [run.kind for run in document.removed] == ["navigation"]


def test_about_the_author_box() -> None:
    page = (
        f"{PROSE}\n\n{PROSE_2}\n\nAbout the author\n\n"
        "Grace Hopper writes about film and computing from New York.\n"
    )
    document = herseeds.clean(page)
    assert document.author.bio == "Grace Hopper writes about film and computing from New York."
    assert document.author.name == "Grace Hopper"
    assert document.author.name_from == "bio"
    assert document.article == (PROSE, PROSE_2)


def test_a_comments_header_in_a_list_states_its_count() -> None:
    """Found once: the count comes from the match that labelled the line, marker and all
    (it was matched again without the marker stripped, and came out None)."""
    page = f"A Quiet Film\n\n{PROSE}\n\n• 3 Comments\n\n  1. Billy Clary\n     Great post.\n"
    document = herseeds.clean(page)
    assert document.declared_comment_count == 3
    assert document.labels[4] == "chrome:comments-header"


def test_every_rule_has_a_unique_name_of_one_style() -> None:
    names = [rule.name for rule in _all_rules()]
    assert len(names) == len(set(names))
    assert all(
        re.fullmatch(r"[a-z]+(?:-[a-z]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*", name) for name in names
    )
    groups = {name.split(".")[0] for name in names}
    assert groups == {"line", "pattern", "blocks", "header", "thread", "author", "model"}


def _all_rules() -> list[Rule]:
    """Every rule herseeds decides lines by: the segmenter's, and one per pattern."""
    modules = (decisions, blocks, header, threads, author, scorer)
    found = [
        value for module in modules for value in vars(module).values() if isinstance(value, Rule)
    ]
    found += [
        entry.rule for table in (CHROME_PATTERNS, BYLINE_PATTERNS) for entry in table.patterns
    ]
    return list({id(rule): rule for rule in found}.values())


def test_the_passes_name_only_passes_they_have() -> None:
    names = [step.name for step in PASSES]
    assert len(names) == len(set(names))
    for step in PASSES:
        assert set(step.reruns) <= set(names), step.name
        assert step.why.endswith(".")


def test_a_headerless_thread_with_dates_that_open_like_items() -> None:
    """German themes date a comment `3. März 2014 um 10:03`, which opens like an item
    numbered 3: a date is chrome, and no item of its own (found by the German pages)."""
    page = (
        f"{PROSE}\n\n{PROSE}\n\n  1. Jana Becker sagt:\n    3. März 2014 um 10:03\n"
        "    Danke für diesen schönen Beitrag, ich habe ihn gern gelesen.\n"
    )
    document = herseeds.clean(page)
    assert document.article == (PROSE, PROSE)
    assert document.comments == (
        Comment(
            author="Jana Becker",
            text="Danke für diesen schönen Beitrag, ich habe ihn gern gelesen.",
        ),
    )
    assert document.labels[5] == "chrome:comment-meta"


def test_a_count_on_this_post_is_no_title() -> None:
    """`12 Comments on this post` is a bare count, not a count on a post titled "this
    post" (found by the German pages: `Zwei Kommentare zu diesem Beitrag`)."""
    for line, count in (
        ("12 Comments on this post", 12),
        ("Zwei Kommentare zu diesem Beitrag", 2),
    ):
        document = herseeds.clean(f"{PROSE}\n\n{line}\n")
        assert (document.title, document.declared_comment_count) == (None, count), line


def test_dates_are_facts_of_their_lines() -> None:
    page = (
        f"A Quiet Film\n\nPublished on March 3, 2014\n\n{PROSE}\n\n2 Comments\n\n"
        "  1. Jana Becker\n     March 4, 2014 at 10:03 am\n     Thanks for this.\n"
    )
    dates = [
        (d.label, found.date)
        for _, d in explain(page)
        for found in d.facts
        if isinstance(found, DateFacts)
    ]
    assert dates == [
        ("chrome:date", "March 3, 2014"),
        ("chrome:comment-meta", "March 4, 2014 at 10:03 am"),
    ]
