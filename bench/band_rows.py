"""The exported events of the lowest reported-confidence band, with how news wrote them.

The lowest band (reported confidence 0.39: no high score, no date of its own, not among
its article's first events) is right less than half the time on the development golds.
This collects, for the seeds and each development gold, every event of that band with
grammatical features of its primary passage and whether it was right (paired with a gold
passage) and how many gold happenings it alone found. bench/band_fit.py fits and tests
a model of them.

    python -m bench.band_rows OUT.json
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench import ecb_corpus
from bench.exported import Export, run_export
from bench.seed_gold import SEEDS, GoldPassage, load_gold
from bench.seed_scoring import score_seeds
from bench.unseen_gold import (
    DEV2_EVENTS,
    DEV3_EVENTS,
    DEV4_EVENTS,
    DEV_EVENTS,
    chosen_articles,
)
from viewer.core.cue_words import QUOTATION, SAYING_VERBS, outside_quotations, words_of
from viewer.core.event_verbs import has_event_verb
from viewer.core.main_clause import tells_now
from viewer.core.past_tense import past, past_action, past_perfect, present_perfect

BAND = 0.39
_PRONOUNS = frozenset("he she it they we i you this that these those".split())
_CONNECTIVES = frozenset("but and still yet however meanwhile also so then instead".split())
_MODALS = frozenset("will would could should may might must can shall".split())
_NEGATION = frozenset("not never no nobody nothing none".split())
_COUNTS = frozenset("two three four five six seven eight nine ten dozen dozens hundreds".split())
_DEFINITE = frozenset("the his her its their our".split())
_INDEFINITE = frozenset("a an some one several many".split())
_CAPITAL = re.compile(r"(?<![.!?“\"]\s)(?<!^)\b[A-Z][a-z]+")
_ATTRIBUTED = re.compile(r"[,”\"]\s*(?:[a-z]+\s+){0,4}[a-z]+\s*[.”\"]*\s*$")
_PASSIVE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ght|lt)\b")

Row = dict[str, Any]  # one exported event of the band: its features and how it scored


def grammar(text: str) -> dict[str, float]:
    """Features of one passage by how it is written (no topic words)."""
    low = text.lower()
    words = words_of(low)
    first = words[0] if words else ""
    outside = outside_quotations(low)
    tail = words[-4:]
    return {
        "past": float(past(words, low)),
        "past_action": float(past_action(words)),
        "past_perfect": float(past_perfect(words)),
        "present_perfect": float(present_perfect(words)),
        "tells_now": float(tells_now(words_of(outside), outside)),
        "modal": float(any(w in _MODALS for w in words)),
        "passive": float(bool(_PASSIVE.search(low))),
        "pronoun_subject": float(first in _PRONOUNS),
        "definite_subject": float(first in _DEFINITE),
        "indefinite_subject": float(first in _INDEFINITE),
        "connective": float(first in _CONNECTIVES),
        "quotation": float(bool(QUOTATION.search(text))),
        "attributed": float(any(w in SAYING_VERBS for w in tail) and bool(_ATTRIBUTED.search(low))),
        "negation": float(any(w in _NEGATION for w in words) or "n't" in low),
        "number": float(any(c.isdigit() for c in text) or any(w in _COUNTS for w in words)),
        "event_verb": float(has_event_verb(low)),
        "long": min(len(words), 60) / 30.0,
    }


def placement(text: str, article: str, start: int) -> dict[str, float]:
    """Features of where a passage stands in its article and what it names first."""
    before = article[:start]
    paragraph = before.count("\n\n")
    named = {m.group(0) for m in _CAPITAL.finditer(text)}
    return {
        "share": start / max(1, len(article)),
        "late_paragraph": float(paragraph >= 6),
        "new_name": float(any(name not in before for name in named)),
    }


def band_rows(export: Export, gold: list[GoldPassage], read: dict[str, str]) -> list[Row]:
    """The band's rows of one export scored against one gold."""
    score = score_seeds(gold, list(export.events), export.published)
    paired = {p.event for p in score.pairings}
    found: dict[str, set[int]] = defaultdict(set)
    for p in score.pairings:
        found[gold[p.gold].happening].add(p.event)
    last_end: dict[str, int] = {}
    rows = []
    for i, event in enumerate(export.events):
        primary = event.passages[0]
        gap = primary.start - last_end.get(primary.file, 0)
        last_end[primary.file] = max(last_end.get(primary.file, 0), primary.end)
        if round(event.confidence, 2) != BAND:
            continue
        article = read[primary.file]
        features = grammar(event.words) | placement(event.words, article, primary.start)
        features["publication"] = float(event.basis == "publication")
        features["near_previous"] = float(0 <= gap < 400)
        rows.append(
            {
                "file": primary.file,
                "text": event.words,
                "right": i in paired,
                "sole": sum(1 for events in found.values() if events == {i}),
                "features": features,
            }
        )
    return rows


def _texts(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in folder.rglob("*.txt")}


def collect() -> dict[str, list[Row]]:
    """The band's rows of the seeds and of each development gold."""
    out = {"seeds": band_rows(run_export([]), load_gold(), _texts(SEEDS))}
    snap, cache = ecb_corpus.default_snapshot(), ecb_corpus.default_cache()
    for name, gold in zip(
        ("dev1", "dev2", "dev3", "dev4"),
        (DEV_EVENTS, DEV2_EVENTS, DEV3_EVENTS, DEV4_EVENTS),
        strict=True,
    ):
        ecb_corpus.build(snap, cache)
        articles = chosen_articles(cache, gold.part, gold.topics, gold.longest)
        items = load_gold(gold.file, cache / gold.part)
        out[name] = band_rows(run_export(articles), items, _texts(cache / gold.part))
    return out


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(json.dumps(collect(), indent=1), encoding="utf-8")
