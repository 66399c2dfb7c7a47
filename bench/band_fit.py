"""Can grammar or topic tell the right events of the lowest confidences from the wrong ones?

Fits a small L2-regularised logistic regression on the rows of bench/band_rows.py and
tests it leaving one development gold out: trained on the others and the seeds, tested
on the one left out. For each held-out gold and threshold it prints how many wrong rows
(not gold events) removing the rows below the threshold takes out, how many right ones,
and how many gold happenings found only by a removed row are lost.

    python -m bench.band_rows /tmp/rows.json && python -m bench.band_fit /tmp/rows.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

DEVS = ("dev1", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7")
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35)
PENALTY = 1.0  # L2 weight on the coefficients (not the intercept)
WANTED_RATIO = 3  # wrong rows removed for each right one
MOST_LOST = 2  # sole happenings a gold may lose

Row = dict[str, Any]  # one exported event of the band: its features and how it scored


def matrix(rows: list[Row], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[1.0] + [r["features"][n] for n in names] for r in rows])
    y = np.array([float(r["right"]) for r in rows])
    return x, y


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Newton's method on the penalised log-likelihood."""
    w = np.zeros(x.shape[1])
    ridge = np.eye(x.shape[1]) * PENALTY
    ridge[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        grad = x.T @ (p - y) + ridge @ w
        hess = x.T @ (x * (p * (1 - p))[:, None]) + ridge
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def removed(rows: list[Row], p: np.ndarray, t: float) -> tuple[int, int, int]:
    """Wrong rows, right rows and sole happenings removed below threshold t."""
    below = [r for r, q in zip(rows, p, strict=True) if q < t]
    wrong = sum(not r["right"] for r in below)
    return wrong, len(below) - wrong, sum(r["sole"] for r in below)


def auc(y: np.ndarray, p: np.ndarray) -> float:
    """The chance a right row scores above a wrong one (ties count half)."""
    right, wrong = p[y == 1], p[y == 0]
    above = (right[:, None] > wrong[None, :]).sum() + 0.5 * (right[:, None] == wrong[None, :]).sum()
    return float(above / max(1, right.size * wrong.size))


def trained_threshold(rows: list[Row], p: np.ndarray, golds: int) -> float:
    """The highest threshold meeting the wanted ratio and the most sole happenings lost
    (per gold, over `golds` golds) on the training rows (0 if none)."""
    best = 0.0
    for t in np.arange(0.05, 0.5, 0.01):
        wrong, right, lost = removed(rows, p, float(t))
        if wrong >= WANTED_RATIO * max(1, right) and lost <= MOST_LOST * golds:
            best = float(t)
    return best


def _share(rows: list[Row]) -> float:
    return float(sum(r["right"] for r in rows)) / max(1, len(rows))


def univariate(data: dict[str, list[Row]], names: list[str]) -> None:
    rows = [r for k in DEVS for r in data[k]]
    print("feature            on: n right share   off: n right share")
    for n in names:
        on = [r for r in rows if r["features"][n] >= 0.5]
        off = [r for r in rows if r["features"][n] < 0.5]
        print(
            f"{n:<18} {len(on):4d} {sum(r['right'] for r in on):4d} {_share(on):.2f}"
            f"   {len(off):4d} {sum(r['right'] for r in off):4d} {_share(off):.2f}"
        )


def rotations(data: dict[str, list[Row]], names: list[str]) -> None:
    print("held-out  rows right sole | t: wrong-removed/right-removed/sole-lost")
    for out in DEVS:
        train = data["seeds"] + [r for k in DEVS if k != out for r in data[k]]
        w = fit(*matrix(train, names))
        test = data[out]
        x, y = matrix(test, names)
        p = 1.0 / (1.0 + np.exp(-x @ w))
        t_own = trained_threshold(
            train, 1.0 / (1.0 + np.exp(-matrix(train, names)[0] @ w)), len(DEVS)
        )
        wrong, right, lost = removed(test, p, t_own)
        print(
            f"{out}: AUC {auc(y, p):.2f}; threshold {t_own:.2f} set on training removes "
            f"{wrong} wrong / {right} right / {lost} sole"
        )
        cells = []
        for t in THRESHOLDS:
            wrong, right, lost = removed(test, p, t)
            ok = wrong >= WANTED_RATIO * max(1, right) and lost <= MOST_LOST
            cells.append(f"{t:.2f}: {wrong}/{right}/{lost}{' ok' if ok else ''}")
        head = f"{out:<8} {len(test):5d} {sum(r['right'] for r in test):5d}"
        print(f"{head} {sum(r['sole'] for r in test):4d} | " + "  ".join(cells))


def weights(data: dict[str, list[Row]], names: list[str]) -> None:
    rows = data["seeds"] + [r for k in DEVS for r in data[k]]
    x, y = matrix(rows, names)
    w = fit(x, y)
    scale = x.std(axis=0)
    print("weights fitted on all (coefficient, coefficient x feature spread):")
    for n, c, s in sorted(
        zip(["intercept", *names], w, scale, strict=True), key=lambda t: -abs(t[1] * t[2])
    ):
        print(f"  {n:<18} {c:+.2f} {c * s:+.2f}")


def main(path: Path, names: list[str]) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    names = names or sorted(data["dev1"][0]["features"])
    univariate(data, names)
    rotations(data, names)
    weights(data, names)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])  # optional: the features to use
