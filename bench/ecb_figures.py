"""The ECB+ merge figures as `python -m bench.events` prints them, and the development
part's mistakes for `--misses`."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from bench.ecb_corpus import build, snapshot_available
from bench.ecb_scoring import (
    GoldSentence,
    MergeScore,
    Pair,
    SentenceFinder,
    gold_sentences,
    score_merges,
)
from bench.exported import run_export
from bench.merge_apart import STEPS, apart_steps
from bench.tempeval_corpus import DEV, HELD_OUT
from viewer.corpus import read_corpus
from viewer.workspace.extraction_pool import extract_many

# Mistakes listed per kind with --misses: enough to see what goes wrong, not all of them.
LISTED = 40


def ecbplus_figures(snapshot: Path, cache: Path, misses: bool, article: str = "") -> None:
    """Rebuild the corpus if needed, export each part, print the merge figures side by side."""
    if not snapshot_available(snapshot):
        print(
            f"\n== merges: ECB+ skipped: no snapshot at {snapshot} "
            "(--ecbplus-snapshot DIR or ECBPLUS_SNAPSHOT)"
        )
        return
    build(snapshot, cache)
    data = json.loads((cache / "gold.json").read_text(encoding="utf-8"))
    scores: dict[str, MergeScore] = {}
    sentences: dict[str, list[GoldSentence]] = {}
    for part in (DEV, HELD_OUT):
        sentences[part], articles = gold_sentences(data, part)
        export = run_export([cache / part])
        export.warn_misplaced(f"ECB+ {part}")
        scores[part] = score_merges(sentences[part], export, articles)
    dev, held = scores[DEV], scores[HELD_OUT]
    topics = Counter(topic["part"] for topic in data["topics"].values())
    print("\n== merges: ECB+ (one happening reported by several articles), one export per part")
    print(f"{'':<44}{'development':<24}held out")
    print(f"{'topics / articles':<44}{f'{topics[DEV]} / {dev.articles}':<24}", end="")
    print(f"{topics[HELD_OUT]} / {held.articles}")
    print(f"{'annotated sentences':<44}{len(sentences[DEV]):<24}{len(sentences[HELD_OUT])}")
    print(f"{'gold pairs across articles':<44}{dev.gold_pairs:<24}{held.gold_pairs}")
    rows = [
        ("  both sentences exported", "covered"),
        ("merge precision (pairs in one event)", "precision"),
        ("merge recall (gold pairs, both exported)", "recall"),
        ("hard negatives merged (other seminal)", "hard_negatives"),
        ("merge precision by sentence (each once)", "by_sentence_precision"),
        ("merge recall by sentence (each once)", "by_sentence_recall"),
    ]
    for label, name in rows:
        print(f"{label:<44}{getattr(dev, name)!s:<24}{getattr(held, name)!s}")
    if misses:
        _list_mistakes(cache / DEV, sentences[DEV], dev, article)


def _list_mistakes(
    folder: Path, sentences: list[GoldSentence], score: MergeScore, article: str
) -> None:
    """The development part's wrong merges and missed ones, with their sentences."""
    texts: dict[str, str] = {}

    def words(index: int) -> str:
        sentence = sentences[index]
        if sentence.file not in texts:
            path = next(folder.glob(f"*/{sentence.file}"))
            texts[sentence.file] = path.read_text(encoding="utf-8")
        shown = " ".join(texts[sentence.file][sentence.start : sentence.end].split())
        shown = shown if len(shown) <= 100 else shown[:99] + "…"
        return f"{sentence.file.removesuffix('.txt')}:{sentence.number} {shown}"

    def listed(title: str, pairs: list[Pair]) -> None:
        chosen = [p for p in pairs if article in sentences[p[0]].file + sentences[p[1]].file]
        print(f"\n-- {title}: {len(chosen)} pairs, {min(LISTED, len(chosen))} listed")
        step = max(1, len(chosen) // LISTED)
        for a, b in chosen[::step][:LISTED]:
            print(f"  {words(a)}\n    ~ {words(b)}")

    listed("development part: sentences merged that report no happening in common", score.wrong)
    listed("development part: sentences of one happening left apart", score.missed)
    _apart_by_step(folder, sentences, score.missed)


def _apart_by_step(folder: Path, sentences: list[GoldSentence], missed: list[Pair]) -> None:
    """The development part's pairs left apart, by the step of merging that kept them apart
    (bench/merge_apart.py): extracted again here, in this process, before any merge."""
    documents, _ = read_corpus(sorted(folder.rglob("*.txt")))
    events = [e for found in extract_many(documents) for e in found]
    holding: dict[int, list[int]] = defaultdict(list)
    sentence_of = SentenceFinder(sentences)
    for number, event in enumerate(events):
        for passage in event.passages:
            found = sentence_of(passage.document_id, passage)
            if found is not None:
                holding[found].append(number)
    pairs = [(holding[a], holding[b]) for a, b in missed if holding[a] and holding[b]]
    counts = apart_steps(events, pairs)
    print(
        f"\n-- development part: pairs left apart, by the step that kept them apart ({len(pairs)})"
    )
    for step in STEPS:
        if counts[step]:
            print(f"  {step:<36}{counts[step]}")
