"""The ECB+ merge benchmark's articles: sentences as printed, dates as pages give them, gold
sentences located, parts fixed."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bench.ecb_corpus import build, held_out_topics, read_snapshot, snapshot_available
from bench.ecb_dates import FoundDate, address_date, date_line
from bench.ecb_text import write_sentence
from bench.ecb_xml import parse_document
from tests.bench.ecb_samples import Mention, ecb_document, write_checkout
from viewer.corpus.reader import read_document


@pytest.mark.parametrize(
    ("tokens", "printed"),
    [
        ("Lohan 's 90 - day court - mandated stay", "Lohan's 90-day court-mandated stay"),
        ("U . S . officials said", "U.S. officials said"),
        ("worth over $2 . 6 million early Monday .", "worth over $2.6 million early Monday."),
        ("12 / 16 / 08 1 : 30 AM EST", "12/16/08 1:30 AM EST"),
        ("home to 200 , 000 people", "home to 200,000 people"),
        ("May 3 , 2013", "May 3, 2013"),
        ("`` It was a bomb , '' he said", "“It was a bomb,” he said"),
        ('"We are thrilled , " producers said', '"We are thrilled," producers said'),
        ('he said : " It \'s official "', 'he said: "It\'s official"'),
        ("Charged with Murdering Sheriff ’ s Deputy", "Charged with Murdering Sheriff’s Deputy"),
        ("we were n't executing ( 15.9 )", "we weren't executing (15.9)"),
        ("when speaking about Cheeks ' new contract", "when speaking about Cheeks' new contract"),
        ("WASHINGTON - April 27 -", "WASHINGTON - April 27 -"),
    ],
)
def test_sentences_are_printed_as_a_reader_saw_them(tokens: str, printed: str) -> None:
    written = write_sentence(tokens.split())
    assert written.text == printed
    for (start, end), token in zip(written.spans, tokens.split(), strict=True):
        assert written.text[start:end] in (token, "“", "”")


@pytest.mark.parametrize(
    ("line", "readings"),
    [
        ("PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM", [date(2013, 5, 2)]),
        ("21 July 2013 Last updated at 11:11 GMT", [date(2013, 7, 21)]),
        ("Edited on Mon Dec-19-05 03:49 PM", [date(2005, 12, 19)]),
        ("Published: 2012.08.08 09:01 AM", [date(2012, 8, 8)]),
        ("Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 28, 2005", [date(2005, 11, 27)]),
        ("SUNNYVALE, Calif. —2/29/2012", [date(2012, 2, 29)]),
        ("11/09/2010", [date(2010, 11, 9), date(2010, 9, 11)]),  # month first, then day
        ("Lindsay Lohan checks into Betty Ford Center", None),
        ("An earthquake struck southern Iran on November 27, 2005, killing ten people", None),
    ],
)
def test_a_date_line_holds_a_date_and_little_else(line: str, readings: list[date] | None) -> None:
    found = date_line(line)
    assert (found.readings if found else None) == (tuple(readings) if readings else None)


def test_a_date_read_two_ways_or_without_its_year_is_read_nearest_its_topic() -> None:
    ambiguous = date_line("Article posted on 08.07.2012")
    assert ambiguous is not None and ambiguous.nearest(date(2012, 7, 7)) == date(2012, 7, 8)
    yearless = date_line("Mar. 8 5:46 PM EST")
    assert yearless == FoundDate((), (3, 8))
    assert yearless.nearest(date(2013, 3, 10)) == date(2013, 3, 8)
    assert FoundDate((), (12, 30)).nearest(date(2013, 1, 2)) == date(2012, 12, 30)


@pytest.mark.parametrize(
    ("address", "found"),
    [
        ("http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan", date(2013, 5, 3)),
        ("http://www.foxnews.com/entertainment/2013/08/02/ellen-to-host/", date(2013, 8, 2)),
        ("http://example.com/local/la-me-lohan-rehab-20130504", date(2013, 5, 4)),
        ("http://www.example.com/news/article/280467/370/", None),
    ],
)
def test_the_address_may_date_a_page(address: str, found: date | None) -> None:
    assert address_date(address) == found


LOHAN = "ACT1"  # the second seminal happening: Lohan checks into rehab (ecbplus)
REID = "ACT2"  # the first: Tara Reid checks into rehab (ecb)
DOCUMENTS = {
    "1_1ecbplus": ecb_document(
        "1_1ecbplus",
        [
            "http : / / www . example . com / news / lohan - rehab",
            "Lindsay Lohan checks into Betty Ford Center",
            "Published May 03 , 2013",
            "Lindsay Lohan has checked into the Betty Ford Center , her lawyer said .",
        ],
        [
            Mention(LOHAN, "ACTION_OCCURRENCE", 1, "checks"),
            Mention(LOHAN, "ACTION_OCCURRENCE", 3, "checked"),
            Mention("HUM1", "HUMAN_PART_PER", 3, "Lohan"),
            Mention("ACT9", "ACTION_STATE", 3, "lawyer"),
            Mention("ACT3", "ACTION_REPORTING", 3, "said"),
        ],
    ),
    "1_2ecbplus": ecb_document(
        "1_2ecbplus",
        [
            "http : / / news . example . org / 2013 / may / 02 / lohan",
            "Lohan enters rehab",
            "Lohan entered the Betty Ford Center on Thursday , ending a standoff .",
        ],
        [Mention(LOHAN, "ACTION_OCCURRENCE", 1, "enters")],
    ),
    "1_3ecbplus": ecb_document(
        "1_3ecbplus", ["http : / / example . net / lohan", "Lohan in rehab", "05 / 04 / 2013"]
    ),
    "1_1ecb": ecb_document(
        "1_1ecb",
        ["Tara Reid checked herself into Promises Treatment Center , her rep told People ."],
        [
            Mention(REID, "ACTION_OCCURRENCE", 0, "checked"),
            Mention("ACT4", "ACTION_REPORTING", 0, "told"),
        ],
    ),
    "2_1ecb": ecb_document("2_1ecb", ["Whoopi Goldberg will host the Oscars ."]),
    "2_1ecbplus": ecb_document(
        "2_1ecbplus", ["http : / / example . com / ellen", "8 / 2 / 13 at 1 : 30 PM", "Ellen hosts"]
    ),
    "3_1ecb": ecb_document("3_1ecb", ["A topic none of whose articles is dated ."]),
}
ANNOTATED = ["1,1ecbplus,1", "1,1ecbplus,3", "1,2ecbplus,1", "1,1ecb,0", "2,1ecb,0"]


def _built(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    snapshot = write_checkout(tmp_path / "checkout", DOCUMENTS, ANNOTATED)
    cache = build(snapshot, tmp_path / "cache")
    gold = json.loads((cache / "gold.json").read_text(encoding="utf-8"))
    return cache, {record["name"]: record for record in gold["documents"]} | {"": gold}


def test_only_coreference_of_happenings_across_documents_counts() -> None:
    document = parse_document("1_1ecbplus.xml", DOCUMENTS["1_1ecbplus"].encode())
    assert document.topic == "1" and document.kind == "ecbplus"
    assert dict(document.instances) == {1: {LOHAN}, 3: {LOHAN, "ACT3"}}


def test_articles_are_dated_by_their_page_else_by_their_topic(tmp_path: Path) -> None:
    cache, records = _built(tmp_path)
    assert "3_1ecb" not in records  # no date to stand in: left out
    dated = {name: (r["date"], r["date_basis"]) for name, r in records.items() if name}
    assert dated == {
        "1_1ecbplus": ("2013-05-03", "date line"),
        "1_2ecbplus": ("2013-05-02", "address"),
        "1_3ecbplus": ("2013-05-04", "date line"),  # 05/04: the reading nearest its topic
        "1_1ecb": ("2013-05-02", "stand-in"),  # the middle of its topic's dates
        "2_1ecb": ("2013-08-02", "stand-in"),
        "2_1ecbplus": ("2013-08-02", "date line"),
    }
    for name, record in records.items():
        if name:
            document = read_document(cache / record["part"] / record["topic"] / record["file"])
            assert document.date is not None and document.date.isoformat() == record["date"]


def test_articles_keep_their_sentences_and_the_gold_points_at_them(tmp_path: Path) -> None:
    cache, records = _built(tmp_path)
    record = records["1_1ecbplus"]
    text = (cache / record["part"] / "1" / "1_1ecbplus.txt").read_text(encoding="utf-8")
    assert text == (
        "2013-05-03\n\nLindsay Lohan checks into Betty Ford Center\n\n"
        "Lindsay Lohan has checked into the Betty Ford Center, her lawyer said.\n"
    )  # no address, and the date line is the first line
    spans = {s["number"]: text[s["start"] : s["end"]] for s in record["sentences"]}
    assert spans == {
        1: "Lindsay Lohan checks into Betty Ford Center",
        3: "Lindsay Lohan has checked into the Betty Ford Center, her lawyer said.",
    }
    assert [s["instances"] for s in record["sentences"]] == [[LOHAN], [LOHAN, "ACT3"]]
    topics = records[""]["topics"]
    assert topics["1"]["seminal"] == {"ecb": REID, "ecbplus": LOHAN}
    assert {topics["1"]["part"], topics["2"]["part"]} == {"dev", "heldout"} and "3" not in topics


def test_half_the_topics_are_held_out_by_a_fixed_hash() -> None:
    topics = [str(n) for n in range(1, 46)]
    held = held_out_topics(topics)
    assert len(held) == 22 and held == held_out_topics(list(reversed(topics)))


def test_snapshot_read_from_a_checkout_or_a_git_directory(tmp_path: Path) -> None:
    checkout = write_checkout(tmp_path / "checkout", DOCUMENTS, ANNOTATED)
    git = ["git", "-C", str(checkout), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git[:3], "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "corpus"], check=True)
    assert snapshot_available(checkout / ".git") and not snapshot_available(tmp_path)
    assert list(read_snapshot(checkout / ".git")) == list(read_snapshot(checkout))


def test_build_rebuilds_only_when_stale(tmp_path: Path) -> None:
    snapshot = write_checkout(tmp_path / "checkout", DOCUMENTS, ANNOTATED)
    cache = build(snapshot, tmp_path / "cache")
    marker = cache / "dev" / "marker.txt"
    marker.parent.mkdir(exist_ok=True)
    marker.write_text("left alone while current")
    build(snapshot, cache)
    assert marker.exists()
    build(snapshot, cache, force=True)
    assert not marker.exists()
