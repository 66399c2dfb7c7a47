"""The own ECB+ golds: which articles the rule picks in a part, the gold files' rows, the skip."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from bench.exported import date_span
from bench.seed_gold import BASES, PRECISIONS, load_gold, read_rows
from bench.unseen_gold import (
    DEV2_GOLD,
    DEV3_GOLD,
    DEV4_GOLD,
    DEV5_GOLD,
    DEV6_GOLD,
    DEV7_GOLD,
    DEV8_GOLD,
    DEV9_GOLD,
    DEV_GOLD,
    UNSEEN_GOLD,
    article_kind,
    choose,
    choose_longest,
    chosen_articles,
    dev_figures,
    unseen_figures,
)

DEV_GOLDS = (
    DEV_GOLD, DEV2_GOLD, DEV3_GOLD, DEV4_GOLD, DEV5_GOLD, DEV6_GOLD, DEV7_GOLD, DEV8_GOLD, DEV9_GOLD
)  # fmt: skip


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("39_3ecb.txt", ("39", "ecb")),
        ("39_10ecbplus.txt", ("39", "ecbplus")),
        ("4_1ecb.txt", ("4", "ecb")),
        ("gold.json", None),
        ("39_3ecb.md", None),
    ],
)
def test_an_article_name_says_its_topic_and_kind(name: str, kind: tuple[str, str] | None) -> None:
    assert article_kind(name) == kind


def test_each_chosen_topic_gives_one_ecb_and_one_ecbplus_article_by_hash() -> None:
    names = [
        f"{t}_{n}{kind}.txt" for t in (1, 2, 3) for n in (1, 2, 3) for kind in ("ecb", "ecbplus")
    ]
    chosen = choose(names, topics=range(2))
    topics = sorted(("1", "2", "3"), key=_sha)[:2]
    expected = [
        min((name for name in names if article_kind(name) == (topic, kind)), key=_sha)
        for topic in topics
        for kind in ("ecb", "ecbplus")
    ]
    assert chosen == expected
    assert [article_kind(name) for name in chosen] == [
        (topics[0], "ecb"), (topics[0], "ecbplus"), (topics[1], "ecb"), (topics[1], "ecbplus")
    ]  # fmt: skip


def test_a_later_range_of_topics_takes_the_next_topics_in_the_same_order() -> None:
    names = [f"{t}_1{kind}.txt" for t in range(1, 6) for kind in ("ecb", "ecbplus")]
    first, rest = choose(names, topics=range(2)), choose(names, topics=range(2, 10))
    assert len(first) == 4 and len(rest) == 6 and not set(first) & set(rest)
    topics = {kind[0] for name in first + rest if (kind := article_kind(name))}
    assert topics == {str(t) for t in range(1, 6)}


def test_a_topic_with_one_kind_gives_one_article() -> None:
    assert choose(["5_1ecbplus.txt", "5_2ecbplus.txt"], topics=range(3)) == [
        min(("5_1ecbplus.txt", "5_2ecbplus.txt"), key=_sha)
    ]


def test_the_longest_rule_takes_each_topics_longest_article_the_other_rule_leaves() -> None:
    sizes = {
        "1_1ecb.txt": 300, "1_2ecb.txt": 300, "1_1ecbplus.txt": 700, "1_2ecbplus.txt": 700,
        "1_3ecbplus.txt": 700, "2_1ecb.txt": 100, "2_1ecbplus.txt": 200, "3_1ecb.txt": 50,
        "3_2ecb.txt": 400, "3_1ecbplus.txt": 300, "notes.txt": 5000,
    }  # fmt: skip
    taken = set(choose(sorted(sizes), range(3)))
    by_topic = {
        topic: [name for name in sizes if (kind := article_kind(name)) and kind[0] == topic]
        for topic in ("1", "2", "3")
    }
    expected = []
    for topic in sorted(by_topic, key=_sha):
        left = [name for name in by_topic[topic] if name not in taken]
        if left:  # topic 2 has one article of each kind: both taken, none left; topic 1 a tie
            top = max(sizes[name] for name in left)
            expected.append(min((name for name in left if sizes[name] == top), key=_sha))
    chosen = choose_longest(sizes, range(3))
    assert chosen == expected and not set(chosen) & taken
    assert all(article_kind(name) != ("2", kind) for name in chosen for kind in ("ecb", "ecbplus"))
    first_topic = min(by_topic, key=_sha)
    assert choose_longest(sizes, range(1)) == [
        name
        for name in chosen
        if article_kind(name) in {(first_topic, "ecb"), (first_topic, "ecbplus")}
    ]


def test_the_next_rank_takes_each_topics_second_longest_article_the_other_rule_leaves() -> None:
    sizes = {
        "1_1ecb.txt": 300, "1_2ecb.txt": 500, "1_1ecbplus.txt": 700, "1_2ecbplus.txt": 700,
        "1_3ecbplus.txt": 700, "2_1ecb.txt": 100, "2_1ecbplus.txt": 200, "2_2ecbplus.txt": 900,
        "3_1ecb.txt": 50, "3_2ecb.txt": 400, "3_1ecbplus.txt": 300, "3_2ecbplus.txt": 350,
    }  # fmt: skip
    taken = set(choose(sorted(sizes), range(3)))
    first, second = choose_longest(sizes, range(3)), choose_longest(sizes, range(3), rank=1)
    expected = []
    for topic in sorted(("1", "2", "3"), key=_sha):
        left = [n for n in sizes if (k := article_kind(n)) and k[0] == topic and n not in taken]
        pool = sorted(left, key=lambda name: (-sizes[name], _sha(name)))
        if len(pool) > 1:  # topic 2 has one article left: the first rank takes it, the next none
            expected.append(pool[1])
    assert second == expected and len(second) == 2 and len(first) == 3
    assert not set(second) & (taken | set(first))
    assert len({article_kind(name) for name in second}) == len(second)
    assert {kind[0] for name in second if (kind := article_kind(name))} == {"1", "3"}


def test_the_third_rank_takes_each_topics_third_longest_article_apart_from_the_first_two() -> None:
    sizes = {
        "1_1ecb.txt": 300, "1_2ecb.txt": 500, "1_3ecb.txt": 100, "1_1ecbplus.txt": 700,
        "1_2ecbplus.txt": 700, "1_3ecbplus.txt": 700, "2_1ecb.txt": 100, "2_1ecbplus.txt": 200,
        "2_2ecbplus.txt": 900, "2_3ecbplus.txt": 800, "3_1ecb.txt": 50, "3_2ecb.txt": 400,
        "3_1ecbplus.txt": 300, "3_2ecbplus.txt": 350, "3_3ecbplus.txt": 20,
    }  # fmt: skip
    taken = set(choose(sorted(sizes), range(3)))
    ranks = [choose_longest(sizes, range(3), rank=rank) for rank in range(3)]
    expected = []
    for topic in sorted(("1", "2", "3"), key=_sha):
        left = [n for n in sizes if (k := article_kind(n)) and k[0] == topic and n not in taken]
        pool = sorted(left, key=lambda name: (-sizes[name], _sha(name)))
        if len(pool) > 2:  # topic 2 has two articles left: the third rank takes none there
            expected.append(pool[2])
    assert ranks[2] == expected and [len(names) for names in ranks] == [3, 3, 2]
    assert not set(ranks[2]) & (taken | set(ranks[0]) | set(ranks[1]))
    assert {kind[0] for name in ranks[2] if (kind := article_kind(name))} == {"1", "3"}


def test_chosen_articles_are_found_in_their_part_and_the_gold_locates_in_them(
    tmp_path: Path,
) -> None:
    for part, topics in (("dev", ("7", "8")), ("heldout", ("9",))):
        for topic in topics:
            (tmp_path / part / topic).mkdir(parents=True)
            for name in (f"{topic}_1ecb.txt", f"{topic}_1ecbplus.txt"):
                text = "2013-08-04\n\nThey voted on Monday.\n"
                (tmp_path / part / topic / name).write_text(text, "utf-8")
    paths = chosen_articles(tmp_path, "dev", topics=range(1))
    assert [path.parent.name for path in paths] == [min(("7", "8"), key=_sha)] * 2
    assert [path.name for path in chosen_articles(tmp_path, "heldout")] == [
        "9_1ecb.txt", "9_1ecbplus.txt"
    ]  # fmt: skip
    gold_file = tmp_path / "gold.tsv"
    header = (
        "happening\twhat\tfile\tpassage\tdate\tdate_end\tprecision\tbasis\tdate_words\talso\tnote"
    )
    row = f"h\tA vote\t{paths[1].name}\tvoted on Monday\t2013-07-29\t\tday\trelative\ton Monday\t\t"
    gold_file.write_text(f"{header}\n{row}\n", encoding="utf-8")
    [item] = load_gold(gold_file, tmp_path / "dev")
    assert (item.passage.file, item.words) == (paths[1].name, "voted on Monday")


@pytest.mark.parametrize(
    ("gold_file", "topic_count"),
    [(DEV_GOLD, 12), (DEV2_GOLD, 10), (UNSEEN_GOLD, 12)],
    ids=["dev", "dev2", "unseen"],
)
def test_the_gold_file_is_two_articles_of_each_of_its_topics_and_every_row_is_sound(
    gold_file: Path, topic_count: int
) -> None:
    rows = read_rows(gold_file)
    files = {row["file"] for _, row in rows}
    kinds = sorted(kind for kind in map(article_kind, files) if kind is not None)
    topics = sorted({topic for topic, _ in kinds})
    assert len(files) == 2 * topic_count and len(topics) == topic_count
    assert kinds == sorted((topic, kind) for topic in topics for kind in ("ecb", "ecbplus"))
    _assert_rows_sound(rows)


@pytest.mark.parametrize(
    ("gold_file", "topic_count", "happenings"),
    [
        (DEV3_GOLD, 12, 90),
        (DEV4_GOLD, 10, 90),
        (DEV5_GOLD, 8, 60),
        (DEV6_GOLD, 8, 80),
        (DEV7_GOLD, 6, 60),
        (DEV8_GOLD, 8, 70),
        (DEV9_GOLD, 8, 70),
    ],
    ids=["dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9"],
)
def test_a_long_articles_gold_is_one_article_of_each_of_its_topics_and_every_row_is_sound(
    gold_file: Path, topic_count: int, happenings: int
) -> None:
    rows = read_rows(gold_file)
    files = {row["file"] for _, row in rows}
    topics = {kind[0] for kind in map(article_kind, files) if kind is not None}
    assert len(files) == len(topics) == topic_count
    others = {row["file"] for gold in DEV_GOLDS if gold != gold_file for _, row in read_rows(gold)}
    assert not files & others
    _assert_rows_sound(rows, happenings)


def _assert_rows_sound(rows: list[tuple[int, dict[str, str]]], least: int = 90) -> None:
    happenings = {row["happening"] for _, row in rows}
    assert len(happenings) >= least and len(rows) >= len(happenings)
    described: set[str] = set()
    for number, row in rows:
        assert row["precision"] in PRECISIONS and row["basis"] in BASES, number
        span = date_span(row["date"], row["date_end"], row["precision"])
        assert span is not None and span.first <= span.last, number
        assert span.last <= date(2014, 12, 31), number
        if row["basis"] in ("explicit", "relative"):
            assert row["date_words"].lower() in " ".join(row["passage"].split()).lower(), number
        also = {part.strip() for part in row["also"].split(";") if part.strip()}
        assert also <= happenings - {row["happening"]}, number
        if row["happening"] not in described:
            assert row["what"], number
            described.add(row["happening"])


@pytest.mark.parametrize(
    "gold_file",
    [*DEV_GOLDS, UNSEEN_GOLD],
    ids=["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "unseen"],
)
def test_each_happening_is_reported_in_one_article(gold_file: Path) -> None:
    articles: dict[str, set[str]] = {}
    for _, row in read_rows(gold_file):
        articles.setdefault(row["happening"], set()).add(row["file"])
    assert all(len(files) == 1 for files in articles.values())


def test_the_development_and_unseen_golds_share_no_topic() -> None:
    def topics(gold_file: Path) -> set[str]:
        return {kind[0] for _, row in read_rows(gold_file) if (kind := article_kind(row["file"]))}

    dev, dev2, unseen = topics(DEV_GOLD), topics(DEV2_GOLD), topics(UNSEEN_GOLD)
    assert dev and dev2 and not dev & dev2 and not (dev | dev2) & unseen
    assert topics(DEV3_GOLD) <= dev and topics(DEV4_GOLD) <= dev2 and topics(DEV5_GOLD) <= dev
    assert topics(DEV6_GOLD) <= dev | dev2 and topics(DEV6_GOLD) & dev and topics(DEV6_GOLD) & dev2
    assert topics(DEV7_GOLD) <= dev2
    assert topics(DEV8_GOLD) <= dev and topics(DEV8_GOLD) <= topics(DEV5_GOLD)
    assert topics(DEV9_GOLD) <= dev | dev2 and topics(DEV9_GOLD) <= topics(DEV6_GOLD)


@pytest.mark.parametrize(("figures", "golds"), [(dev_figures, 9), (unseen_figures, 1)])
def test_without_the_snapshot_each_own_gold_is_skipped_in_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    figures: Callable[[Path, Path], None],
    golds: int,
) -> None:
    figures(tmp_path / "no-snapshot", tmp_path / "cache")
    printed = [line for line in capsys.readouterr().out.splitlines() if line]
    assert len(printed) == golds and all("skipped" in line for line in printed)
    assert not (tmp_path / "cache").exists()
