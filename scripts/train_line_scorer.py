"""Train the line scorer of whole-page dumps (:mod:`herseeds.segmenting.scorer`).

Run: ``.venv/bin/pip install scikit-learn && .venv/bin/python scripts/train_line_scorer.py
../shared/wcxb-dev`` (writes ``src/herseeds/segmenting/line_scorer.json``).

The WCXB development split gives line-level supervision: each page's w3m dump
(``dump/<id>.txt.gz``) and its hand-reviewed main content (``ground-truth/<id>.json``). A
dump line is content when its letters (word characters, case folded) stand in the main
content's (lines of fewer than 12 letters: when the line is a whole line of it), else
chrome. Each line is weighted by its words, as word F1 weighs it. A logistic regression
(scikit-learn, lbfgs: deterministic) is fitted on four pages in five (by id), and its
threshold chosen for the best word F1 on the fifth, then it is fitted on all pages. The
script prints the held-out figures. Only features of the line's shape, its neighbours and
the page's language are used: nothing names a site, a word of a page or a language.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

from sklearn.linear_model import LogisticRegression

from herseeds.html.main import letters
from herseeds.normalizing import normalize_lines
from herseeds.segmenting.scorer import FEATURES, features

SHORT_KEY = 12
OUT = Path(__file__).resolve().parent.parent / "src/herseeds/segmenting/line_scorer.json"


Page = tuple[list[list[float]], list[int], list[int], list[int]]


def page(root: Path, page_id: str) -> Page:
    """The features, labels (1: content), word counts and title labels (1: the page's
    title) of a page's non-blank lines."""
    raw = gzip.decompress((root / "dump" / f"{page_id}.txt.gz").read_bytes()).decode("utf-8")
    raw_lines = raw.split("\n")
    lines = normalize_lines(raw_lines)
    gold = json.loads((root / "ground-truth" / f"{page_id}.json").read_text("utf-8"))
    main = gold["ground_truth"].get("main_content") or ""
    main_key = letters(main)
    main_lines = {letters(line) for line in main.split("\n")}
    title_key = letters(gold["ground_truth"].get("title") or "")
    rows, labels, weights, titles = [], [], [], []
    for line, row in zip(lines, features(lines, raw_lines), strict=True):
        line_key = letters(line)
        if not line_key:
            continue
        content = line_key in main_key if len(line_key) >= SHORT_KEY else line_key in main_lines
        rows.append(row)
        labels.append(int(content))
        weights.append(max(1, len(line.split())))
        titles.append(int(bool(title_key) and line_key == title_key))
    return rows, labels, weights, titles


def title_model(data: dict[str, Page], chosen: list[str]) -> LogisticRegression:
    """The title model fitted on the *chosen* pages."""
    rows, labels = [], []
    for page_id in chosen:
        r, _, _, t = data[page_id]
        rows += r
        labels += t
    model = LogisticRegression(C=1.0, max_iter=2000, fit_intercept=False, class_weight="balanced")
    model.fit(rows, labels)
    return model


def title_accuracy(
    data: dict[str, Page], model: LogisticRegression, chosen: list[str], cut: float
) -> float:
    """Share of pages with a title whose most title-like line before the body (if at
    least *cut*) is the title; a page without one counts when nothing is picked."""
    before = FEATURES.index("before_region")
    right = 0
    for page_id in chosen:
        r, _, _, t = data[page_id]
        candidates = [i for i, row in enumerate(r) if row[before]]
        if not candidates:
            right += not any(t)
            continue
        scores = model.predict_proba([r[i] for i in candidates])[:, 1]
        best = max(range(len(candidates)), key=lambda i: scores[i])
        picked = candidates[best] if scores[best] >= cut else None
        right += (picked is not None and t[picked] == 1) or (picked is None and not any(t))
    return right / len(chosen)


def stacked(
    data: dict[str, Page], chosen: list[str]
) -> tuple[list[list[float]], list[int], list[int]]:
    """The rows, labels and weights of the *chosen* pages, one after the other."""
    rows, labels, weights = [], [], []
    for page_id in chosen:
        r, y, w, _ = data[page_id]
        rows += r
        labels += y
        weights += w
    return rows, labels, weights


def fitted(data: dict[str, Page], chosen: list[str]) -> LogisticRegression:
    """The content model fitted on the *chosen* pages, lines weighted by their words."""
    rows, labels, weights = stacked(data, chosen)
    model = LogisticRegression(C=1.0, max_iter=2000, fit_intercept=False)
    model.fit(rows, labels, sample_weight=weights)
    return model


def word_f1(probabilities: list[float], labels: list[int], weights: list[int], cut: float) -> float:
    kept = sum(w for p, w in zip(probabilities, weights, strict=True) if p >= cut)
    good = sum(w for p, y, w in zip(probabilities, labels, weights, strict=True) if p >= cut and y)
    gold = sum(w for y, w in zip(labels, weights, strict=True) if y)
    if not kept or not gold or not good:
        return 0.0
    precision, recall = good / kept, good / gold
    return 2 * precision * recall / (precision + recall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path, help="the WCXB dev split (dump/, ground-truth/)")
    args = parser.parse_args()
    ids = sorted(path.name[:-5] for path in (args.root / "ground-truth").glob("*.json"))
    data = {page_id: page(args.root, page_id) for page_id in ids}
    held_out = set(ids[4::5])

    train = [page_id for page_id in ids if page_id not in held_out]
    model = fitted(data, train)
    rows, labels, weights = stacked(data, sorted(held_out))
    probabilities = [p[1] for p in model.predict_proba(rows)]
    cuts = [step / 100 for step in range(5, 95)]
    best = max(cuts, key=lambda cut: word_f1(probabilities, labels, weights, cut))
    print(f"held out: {len(held_out)} pages, {len(rows)} lines")
    print(f"  word F1 at threshold {best:.2f}: {word_f1(probabilities, labels, weights, best):.3f}")
    print(f"  word F1 keeping every line: {word_f1(probabilities, labels, weights, 0.0):.3f}")
    titles = title_model(data, train)
    title_cut = max(cuts, key=lambda cut: title_accuracy(data, titles, sorted(held_out), cut))
    print(
        f"  title right on {title_accuracy(data, titles, sorted(held_out), title_cut):.3f} of the "
        f"held-out pages at threshold {title_cut:.2f}"
    )
    final = fitted(data, ids)
    final_titles = title_model(data, ids)
    OUT.write_text(
        json.dumps(
            {
                "model": "logistic regression over herseeds.segmenting.scorer.FEATURES",
                "trained_on": "WCXB v1.0 dev split, w3m dumps, 1,497 pages",
                "features": list(FEATURES),
                "weights": [round(float(w), 6) for w in final.coef_[0]],
                "threshold": best,
                "title_weights": [round(float(w), 6) for w in final_titles.coef_[0]],
                "title_threshold": title_cut,
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    for name, weight in zip(FEATURES, final.coef_[0], strict=True):
        print(f"  {name:20} {weight:+.3f}")


if __name__ == "__main__":
    main()
