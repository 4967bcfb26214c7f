"""Comment threads read from HTML markup (:func:`herseeds.html.threads.find_comments`),
measured on a folder of pages with gold threads.

Run: ``.venv/bin/python benchmarks/bench_html_threads.py ../shared/threads-dev [-v] [--id ID]``.
Each page folder holds ``source.html`` and ``gold.json`` (``comments``: author, text,
depth, parent, kind). The page is decoded with ``trafilatura.utils.decode_file`` and parsed
with ``trafilatura.utils.load_html``; :func:`find_comments` runs on the tree.

Predicted and gold comments are aligned greedily, gold in page order: each gold comment
takes the unused prediction whose word F1 with it is highest and at least 0.8 (an empty
text counts as its author, as for a pingback without excerpt). Reported per page and
pooled: matched / gold / predicted, comment F1, author accuracy (equal after space
folding), exact text, depth and parent accuracy (parent: among matched replies, the
prediction's parent is the one matched to the gold parent), pingback precision and
recall, and milliseconds per page (parsing not included). Not a test: nothing asserts.
"""

from __future__ import annotations

import argparse
import json
import re
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from trafilatura.utils import decode_file, load_html

from herseeds.html.threads import MarkupComment, find_comments

MATCH_F1 = 0.8
_WORD = re.compile(r"\w+")


def words(text: str) -> Counter[str]:
    """The bag of words of *text*, NFKC-normalized and case-folded."""
    return Counter(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def f1(pred: Counter[str], gold: Counter[str]) -> float:
    """Word-bag F1 of two texts."""
    if not pred and not gold:
        return 1.0
    hit = sum((pred & gold).values())
    if not hit:
        return 0.0
    p, r = hit / sum(pred.values()), hit / sum(gold.values())
    return 2 * p * r / (p + r)


def canon(text: str | None) -> str | None:
    """*text* with normalized typography and spaces, for comparing names and texts."""
    if text is None:
        return None
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split()) or None


def align(pred: list[MarkupComment], gold: list[dict[str, Any]]) -> dict[int, int]:
    """Gold index to predicted index (greedy, gold in page order, best word F1 >= 0.8)."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    pred_words = [words(c.text or (c.author or "")) for c in pred]
    cursor = 0
    for gi, g in enumerate(gold):
        gw = words(g["text"] or g["author"] or "")
        best: int | None = None
        best_key: tuple[float, int] | None = None
        for j, cw in enumerate(pred_words):
            if j in used:
                continue
            score = f1(cw, gw)
            if score < MATCH_F1:
                continue
            key = (score, -(j - cursor if j >= cursor else len(pred) + cursor - j))
            if best_key is None or key > best_key:
                best, best_key = j, key
        if best is not None:
            used.add(best)
            pairs[gi] = best
            cursor = best + 1
    return pairs


def score_page(pred: list[MarkupComment], gold: list[dict[str, Any]]) -> Counter[str]:
    """The counts of one page."""
    pairs = align(pred, gold)
    row: Counter[str] = Counter(gold=len(gold), pred=len(pred), matched=len(pairs))
    for gi, j in pairs.items():
        g, c = gold[gi], pred[j]
        row["author_ok"] += canon(c.author) == canon(g["author"])
        row["text_ok"] += canon(c.text) == canon(g["text"])
        row["depth_ok"] += c.depth == int(g["depth"])
        if g["depth"] > 0 and g["parent"] is not None:
            row["replies"] += 1
            row["parent_ok"] += c.parent is not None and pairs.get(g["parent"]) == c.parent
    row["gold_pings"] = sum(g["kind"] == "pingback" for g in gold)
    row["pred_pings"] = sum(c.kind == "pingback" for c in pred)
    row["ping_hits"] = sum(
        1
        for gi, j in pairs.items()
        if pred[j].kind == "pingback" and gold[gi]["kind"] == "pingback"
    )
    return row


def ratio(a: int, b: int) -> str:
    """``a/b`` as a three-decimal figure, ``-`` when *b* is 0."""
    return f"{a / b:.3f}" if b else "-"


def comment_f1(row: Counter[str]) -> float:
    """Comment F1 of a page or of pooled counts."""
    p = row["matched"] / row["pred"] if row["pred"] else float(not row["gold"])
    r = row["matched"] / row["gold"] if row["gold"] else float(not row["pred"])
    return 2 * p * r / (p + r) if p + r else 0.0


def show_differences(pred: list[MarkupComment], gold: list[dict[str, Any]]) -> None:
    """Print what differs on a page: unmatched comments and wrong fields."""
    pairs = align(pred, gold)
    matched_pred = set(pairs.values())
    for gi, g in enumerate(gold):
        j = pairs.get(gi)
        if j is None:
            print(f"    MISSED  g{gi} {g['author']!r} d{g['depth']} {g['text'][:90]!r}")
            continue
        c = pred[j]
        if canon(c.author) != canon(g["author"]):
            print(f"    AUTHOR  g{gi} gold {g['author']!r} got {c.author!r}")
        if c.depth != g["depth"]:
            print(f"    DEPTH   g{gi} gold {g['depth']} got {c.depth} ({g['author']!r})")
        if canon(c.text) != canon(g["text"]):
            print(
                f"    TEXT    g{gi} gold {g['text'][:300]!r}\n              got  {c.text[:300]!r}"
            )
    for j, c in enumerate(pred):
        if j not in matched_pred:
            print(f"    EXTRA   p{j} {c.author!r} d{c.depth} {c.kind} {c.text[:90]!r}")


def main() -> None:
    """Measure every page of the folder given on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=Path, help="folder of page folders (source.html, gold.json)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print the differences")
    parser.add_argument("--id", action="append", help="only this page (repeatable)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per page (best kept)")
    args = parser.parse_args()
    total: Counter[str] = Counter()
    seconds = 0.0
    pages = 0
    header = f"{'page':<18}{'platform':<16}{'match/gold/pred':>16}{'F1':>7}{'author':>8}"
    print(header + f"{'text':>7}{'depth':>7}{'parent':>8}{'pings':>10}{'ms':>8}")
    for gold_path in sorted(args.pages.glob("*/gold.json")):
        page_id = gold_path.parent.name
        if args.id and page_id not in args.id:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))["comments"]
        raw = (gold_path.parent / "source.html").read_bytes()
        tree = load_html(decode_file(raw))
        best = float("inf")
        pred: list[MarkupComment] = []
        for _ in range(max(args.repeat, 1)):
            start = time.perf_counter()
            pred = find_comments(tree) if tree is not None else []
            best = min(best, time.perf_counter() - start)
        seconds += best
        pages += 1
        row = score_page(pred, gold)
        total += row
        platform = pred[0].platform if pred else "-"
        counts = f"{row['matched']}/{row['gold']}/{row['pred']}"
        pings = f"{row['ping_hits']}/{row['gold_pings']}/{row['pred_pings']}"
        author = ratio(row["author_ok"], row["matched"])
        text = ratio(row["text_ok"], row["matched"])
        depth = ratio(row["depth_ok"], row["matched"])
        parent = ratio(row["parent_ok"], row["replies"])
        print(
            f"{page_id:<18}{platform:<16}{counts:>16}{comment_f1(row):>7.3f}"
            f"{author:>8}{text:>7}{depth:>7}{parent:>8}{pings:>10}{best * 1000:>8.1f}"
        )
        if args.verbose:
            show_differences(pred, gold)
    if not pages:
        print("no pages")
        return
    print()
    print(
        f"pages {pages}: comments matched/gold/predicted "
        f"{total['matched']}/{total['gold']}/{total['pred']}, "
        f"P {ratio(total['matched'], total['pred'])} R {ratio(total['matched'], total['gold'])} "
        f"F1 {comment_f1(total):.3f}"
    )
    print(
        f"author {ratio(total['author_ok'], total['matched'])}, "
        f"exact text {ratio(total['text_ok'], total['matched'])}, "
        f"depth {ratio(total['depth_ok'], total['matched'])}, "
        f"parent {ratio(total['parent_ok'], total['replies'])} ({total['replies']} replies), "
        f"pingback P {ratio(total['ping_hits'], total['pred_pings'])} "
        f"R {ratio(total['ping_hits'], total['gold_pings'])}"
    )
    print(f"{seconds * 1000 / pages:.1f} ms per page (find_comments only, best of {args.repeat})")


if __name__ == "__main__":
    main()
