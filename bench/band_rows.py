"""The exported events of the lowest reported confidences, with how news wrote them.

Events reported below 0.5 (no high score, no date of their own, not among their article's
first events) are right about half the time on the development golds. This collects, for the
seeds and each development gold, every such event with grammatical features of its primary
passage, features of what it is about against its story (the headline and lede, the event
before it, the article's most repeated words), whether it was right (paired with a gold
passage) and how many gold happenings it alone found. bench/band_fit.py fits and tests a
model of them.

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
    DEV5_EVENTS,
    DEV6_EVENTS,
    DEV7_EVENTS,
    DEV_EVENTS,
    chosen_articles,
)
from viewer.core.cue_words import QUOTATION, SAYING_VERBS, outside_quotations, words_of
from viewer.core.event_verbs import has_event_verb
from viewer.core.main_clause import tells_now
from viewer.core.past_tense import past, past_action, past_perfect, present_perfect
from viewer.core.title_event import content_words

BAND = 0.5  # the rows below it: the lowest reported confidences
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


def _opening(article: str) -> str:
    """The headline and the lede: the first two paragraphs after a date line, if any."""
    paragraphs = [p for p in article.split("\n\n") if p.strip()]
    if paragraphs and paragraphs[0].strip()[:4].isdigit() and len(paragraphs[0]) < 40:
        paragraphs = paragraphs[1:]
    return " ".join(paragraphs[:2])


def _share(words: frozenset[str], of: frozenset[str]) -> float:
    return len(words & of) / max(1, len(words))


def topic(text: str, article: str, previous: str) -> dict[str, float]:
    """Features of what a passage is about against its story: the headline and lede's words,
    the event before it, and the article's most repeated words."""
    words = content_words(text)
    opening = content_words(_opening(article))
    counts: dict[str, int] = defaultdict(int)
    for paragraph in article.split("\n\n"):
        for word in content_words(paragraph):
            counts[word] += 1
    top = frozenset(sorted(counts, key=lambda w: -counts[w])[:12])
    names = {w for w in opening if w[:1].isalpha()} & {
        m.group(0).lower() for m in _CAPITAL.finditer(text)
    }
    return {
        "opening_share": _share(words, opening),
        "previous_share": _share(words, content_words(previous)),
        "story_share": _share(words, top),
        "opening_name": float(bool(names)),
    }


def band_rows(export: Export, gold: list[GoldPassage], read: dict[str, str]) -> list[Row]:
    """The band's rows of one export scored against one gold."""
    score = score_seeds(gold, list(export.events), export.published)
    paired = {p.event for p in score.pairings}
    found: dict[str, set[int]] = defaultdict(set)
    for p in score.pairings:
        found[gold[p.gold].happening].add(p.event)
    last_end: dict[str, int] = {}
    previous: dict[str, str] = {}
    rows = []
    for i, event in enumerate(export.events):
        primary = event.passages[0]
        gap = primary.start - last_end.get(primary.file, 0)
        last_end[primary.file] = max(last_end.get(primary.file, 0), primary.end)
        before, previous[primary.file] = previous.get(primary.file, ""), event.words
        if not event.confidence < BAND:
            continue
        article = read[primary.file]
        features = grammar(event.words) | placement(event.words, article, primary.start)
        features |= topic(event.words, article, before)
        features["confidence"] = event.confidence
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
        ("dev1", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7"),
        (DEV_EVENTS, DEV2_EVENTS, DEV3_EVENTS, DEV4_EVENTS, DEV5_EVENTS, DEV6_EVENTS, DEV7_EVENTS),
        strict=True,
    ):
        ecb_corpus.build(snap, cache)
        articles = chosen_articles(cache, gold.part, gold.topics, gold.longest, gold.rank)
        items = load_gold(gold.file, cache / gold.part)
        out[name] = band_rows(run_export(articles), items, _texts(cache / gold.part))
    return out


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(json.dumps(collect(), indent=1), encoding="utf-8")
