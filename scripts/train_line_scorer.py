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

The title model ranks the title candidates of each whole page (``title_features``, read
after the segmenter's passes before the header, as ``find_header`` reads them): a
conditional logit (a softmax over a page's candidates, L2-regularized, fitted with
scipy's L-BFGS: deterministic) that gives the most weight to the candidate whose letters
are the ground truth title's. Pages whose title is no candidate teach it nothing. The
script prints how often its pick is the title on the held-out fifth (picking nothing is
right on a page without a title only), with and without the threshold.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression

from herseeds.html.main import letters
from herseeds.normalizing import normalize_lines, normalize_newlines
from herseeds.segmenting import PASSES
from herseeds.segmenting.page import Page as SegmentedPage
from herseeds.segmenting.scorer import FEATURES, TITLE_FEATURES, features, is_whole, title_features

SHORT_KEY = 12
OUT = Path(__file__).resolve().parent.parent / "src/herseeds/segmenting/line_scorer.json"


TITLE_L2 = 0.1
TITLE_THRESHOLD = 0.3
"""Below this probability the title model's pick is no title: on the dev pages a pick that
unsure is right about one time in seven, and a page then gets no title rather than most
likely a menu entry."""


Page = tuple[list[list[float]], list[int], list[int]]
Titles = tuple[list[list[float]], list[int], bool] | None
"""A whole page's title candidates' features and labels (1: the title), and whether the
page has a title; ``None`` for a page that is no whole page."""


def dump(root: Path, page_id: str) -> str:
    return gzip.decompress((root / "dump" / f"{page_id}.txt.gz").read_bytes()).decode("utf-8")


def page(root: Path, page_id: str) -> Page:
    """The features, labels (1: content) and word counts of a page's non-blank lines."""
    raw_lines = dump(root, page_id).split("\n")
    lines = normalize_lines(raw_lines)
    gold = json.loads((root / "ground-truth" / f"{page_id}.json").read_text("utf-8"))
    main = gold["ground_truth"].get("main_content") or ""
    main_key = letters(main)
    main_lines = {letters(line) for line in main.split("\n")}
    rows, labels, weights = [], [], []
    for line, row in zip(lines, features(lines, raw_lines), strict=True):
        line_key = letters(line)
        if not line_key:
            continue
        content = line_key in main_key if len(line_key) >= SHORT_KEY else line_key in main_lines
        rows.append(row)
        labels.append(int(content))
        weights.append(max(1, len(line.split())))
    return rows, labels, weights


def titles(root: Path, page_id: str) -> Titles:
    """The title candidates of a page read as whole, at the header (after the passes
    before it), with their features and labels."""
    raw_lines = normalize_newlines(dump(root, page_id)).split("\n")
    segmented = SegmentedPage(raw_lines, normalize_lines(raw_lines))
    for step in PASSES[: [step.name for step in PASSES].index("header")]:
        step.run(segmented, step.reclaims)
    if not is_whole(segmented):
        return None
    gold = json.loads((root / "ground-truth" / f"{page_id}.json").read_text("utf-8"))
    title_key = letters(gold["ground_truth"].get("title") or "")
    candidates, rows = title_features(segmented)
    labels = [int(bool(title_key) and letters(segmented.lines[i]) == title_key) for i in candidates]
    return rows, labels, bool(title_key)


def _softmax_loss(
    weights: np.ndarray, pages: list[tuple[np.ndarray, np.ndarray]]
) -> tuple[float, np.ndarray]:
    """Minus the log-likelihood of the titles (a softmax over each page's candidates),
    plus the L2 penalty, and its gradient."""
    loss = TITLE_L2 * float(weights @ weights)
    gradient = 2 * TITLE_L2 * weights
    for rows, labels in pages:
        scores = rows @ weights
        exps = np.exp(scores - scores.max())
        shares = exps / exps.sum()
        right = float(shares @ labels)
        loss -= np.log(right)
        gradient -= rows.T @ (shares * labels) / right - rows.T @ shares
    return loss, gradient


def title_model(data: dict[str, Titles], chosen: list[str]) -> np.ndarray:
    """The title model's weights, fitted on the *chosen* pages whose title is a candidate."""
    pages = []
    for page_id in chosen:
        found = data[page_id]
        if found is not None and any(found[1]):
            pages.append((np.array(found[0]), np.array(found[1], dtype=float)))
    start = np.zeros(len(TITLE_FEATURES))
    fit = minimize(
        _softmax_loss, start, args=(pages,), jac=True, method="L-BFGS-B", options={"maxiter": 1000}
    )
    return np.asarray(fit.x)


def title_accuracy(
    data: dict[str, Titles], weights: np.ndarray, chosen: list[str], cut: float
) -> float:
    """Share of the whole pages among *chosen* whose most title-like candidate (if its
    probability is *cut* or more) is the title; picking nothing is right on a page that
    has no title (the dev scorers' measure)."""
    right = whole = 0
    for page_id in chosen:
        found = data[page_id]
        if found is None:
            continue
        whole += 1
        rows, labels, titled = found
        if not rows:
            right += not titled
            continue
        scores = np.array(rows) @ weights
        shares = np.exp(scores - scores.max())
        shares /= shares.sum()
        best = int(np.argmax(shares))
        picked = shares[best] >= cut
        right += (picked and labels[best] == 1) or (not picked and not titled)
    return right / max(1, whole)


def stacked(
    data: dict[str, Page], chosen: list[str]
) -> tuple[list[list[float]], list[int], list[int]]:
    """The rows, labels and weights of the *chosen* pages, one after the other."""
    rows, labels, weights = [], [], []
    for page_id in chosen:
        r, y, w = data[page_id]
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
    title_data = {page_id: titles(args.root, page_id) for page_id in ids}
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
    title_weights = title_model(title_data, train)
    for cut in (0.0, TITLE_THRESHOLD):
        accuracy = title_accuracy(title_data, title_weights, sorted(held_out), cut)
        print(f"  title right on {accuracy:.3f} of the held-out whole pages at threshold {cut:.2f}")
    final = fitted(data, ids)
    final_titles = title_model(title_data, ids)
    OUT.write_text(
        json.dumps(
            {
                "model": "logistic regression over herseeds.segmenting.scorer.FEATURES",
                "trained_on": "WCXB v1.0 dev split, w3m dumps, 1,497 pages",
                "features": list(FEATURES),
                "weights": [round(float(w), 6) for w in final.coef_[0]],
                "threshold": best,
                "title_model": "conditional logit (softmax over a page's title candidates) "
                "over herseeds.segmenting.scorer.TITLE_FEATURES",
                "title_features": list(TITLE_FEATURES),
                "title_weights": [round(float(w), 6) for w in final_titles],
                "title_threshold": TITLE_THRESHOLD,
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    for name, weight in zip(FEATURES, final.coef_[0], strict=True):
        print(f"  {name:20} {weight:+.3f}")
    print("title model:")
    for name, weight in zip(TITLE_FEATURES, final_titles, strict=True):
        print(f"  {name:24} {weight:+.3f}")


if __name__ == "__main__":
    main()
