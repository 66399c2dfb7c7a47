"""What an export missed against a sentence gold, listed with the words, for tuning.

Used for the seed gold and the ECB+ development gold only: a held-out gold's misses are never
printed (it is for measuring, not for tuning)."""

from __future__ import annotations

from collections.abc import Callable

from bench.exported import DateSpan, Export
from bench.seed_gold import GoldPassage
from bench.seed_scoring import SeedScore, date_agrees


def short(text: str, limit: int = 110) -> str:
    """The text on one line, cut to `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_misses(
    gold: list[GoldPassage],
    export: Export,
    score: SeedScore,
    article: str = "",
    label: Callable[[str], str] = lambda file: file,
) -> None:
    """Gold passages not found, dates not right, and exported events paired with nothing,
    for articles whose file name holds `article`; `label` names an article in a line."""
    paired = {pairing.gold: pairing for pairing in score.pairings}
    print("\n-- gold passages not found")
    for index, item in enumerate(gold):
        if index not in paired and article in item.passage.file:
            print(f"  {label(item.passage.file)} {item.happening}: {short(item.words)}")
    print("\n-- dates not right (gold | exported)")
    accepted: dict[str, list[DateSpan]] = {}
    for item in gold:
        accepted.setdefault(item.happening, []).append(item.date)
    for index, pairing in paired.items():
        item, event = gold[index], export.events[pairing.event]
        if article in item.passage.file and not date_agrees(event.date, accepted[item.happening]):
            print(
                f"  {label(item.passage.file)} {item.happening}: {item.date} {item.basis} "
                f"'{item.date_words}' | {event.date} {event.basis} '{event.date_text}'"
            )
    print("\n-- exported events paired with no gold passage")
    used = {pairing.event for pairing in score.pairings}
    for e, event in enumerate(export.events):
        file = event.passages[0].file
        if e not in used and article in file:
            print(f"  {label(file)} {event.date} {short(event.words or event.title)}")
