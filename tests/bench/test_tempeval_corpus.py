"""The TempEval-3 corpus as articles: offsets kept, dates read by the viewer, parts fixed."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from bench.tempeval_corpus import (
    DEV,
    HELD_OUT,
    article_for,
    build,
    held_out,
    read_snapshot,
    snapshot_available,
)
from bench.timeml import parse_tml
from tests.bench.tml_samples import event, instance, link, timex, tml
from viewer.corpus.reader import read_document

BODY = (
    f"\n  NAIROBI, Kenya (AP) _\n\n``It was a bomb,'' {event('e1', 'said')} an official "
    f"{timex('t1', 'Friday', '1998-08-07')}. Bombs {event('e2', 'exploded')} at two embassies.\n"
)
LINKS = link("e2", "IS_INCLUDED", "t1") + link("e1", "IS_INCLUDED", "t0")


def test_article_keeps_every_event_at_its_words() -> None:
    document = parse_tml(tml(BODY, title="Embassies bombed", instances=instance("e1")))
    article, mapping, body_start, body_end = article_for(document)
    assert article.startswith("Embassies bombed\n\n1998-08-07\n\nNAIROBI, Kenya (AP) _\n\n")
    assert "“It was a bomb,” said" in article
    for tagged in document.events:
        assert article[mapping[tagged.start] : mapping[tagged.end]] == tagged.text
    assert article[body_start:body_end].startswith("NAIROBI")
    assert article[body_start:body_end].endswith("at two embassies.")


def test_the_viewer_reads_the_creation_date_and_title(tmp_path: Path) -> None:
    for title in ("Embassies bombed", ""):
        article, *_ = article_for(parse_tml(tml(BODY, title=title)))
        path = tmp_path / "TEST.txt"
        path.write_text(article, encoding="utf-8")
        document = read_document(path)
        assert document.date is not None and document.date.isoformat() == "1998-08-07"
        if title:
            assert document.title == title


def test_held_out_is_all_of_aquaint_and_a_fixed_third_of_timebank() -> None:
    assert held_out("AQUAINT", "APW19980807.0261")
    names = [f"wsj_{n:04d}" for n in range(600)]
    chosen = [name for name in names if held_out("TimeBank", name)]
    assert 150 < len(chosen) < 250
    assert chosen == [name for name in names if held_out("TimeBank", name)]


def _checkout(root: Path) -> Path:
    folder = root / "data" / "TBAQ-cleaned"
    for corpus, name in (("TimeBank", "wsj_0001.tml"), ("AQUAINT", "APW19980807.0261.tml")):
        (folder / corpus).mkdir(parents=True, exist_ok=True)
        doc_id = name.removesuffix(".tml")
        text = tml(BODY, instances=instance("e1") + instance("e2"), links=LINKS)
        (folder / corpus / name).write_text(text.replace("TEST19980807.0001", doc_id))
        (folder / corpus / f"._{name}").write_bytes(b"\x00\x05\x16\x07 resource fork")
    (folder / "README.txt").write_text("not a document")
    return root


def test_snapshot_read_from_a_checkout_or_a_git_directory(tmp_path: Path) -> None:
    checkout = _checkout(tmp_path / "checkout")
    from_checkout = [(f.corpus, f.name) for f in read_snapshot(checkout)]
    assert from_checkout == [("AQUAINT", "APW19980807.0261.tml"), ("TimeBank", "wsj_0001.tml")]
    git = ["git", "-C", str(checkout), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git[:3], "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "corpus"], check=True)
    git_dir = checkout / ".git"
    assert snapshot_available(git_dir) and snapshot_available(checkout)
    assert not snapshot_available(tmp_path / "nothing")
    from_git = list(read_snapshot(git_dir))
    assert [(f.corpus, f.name) for f in from_git] == from_checkout
    assert from_git[1].data == (checkout / "data/TBAQ-cleaned/TimeBank/wsj_0001.tml").read_bytes()


def test_build_writes_both_parts_with_gold_and_rebuilds_only_when_stale(tmp_path: Path) -> None:
    snapshot = _checkout(tmp_path / "checkout")
    cache = build(snapshot, tmp_path / "cache")
    gold = json.loads((cache / "gold.json").read_text(encoding="utf-8"))
    parts = {record["doc_id"]: record["part"] for record in gold["documents"]}
    assert parts["APW19980807.0261"] == HELD_OUT
    assert parts["wsj_0001"] == (HELD_OUT if held_out("TimeBank", "wsj_0001") else DEV)
    record = gold["documents"][0]
    text = (cache / record["part"] / record["file"]).read_text(encoding="utf-8")
    by_eid = {e["eid"]: e for e in record["events"]}
    assert text[by_eid["e2"]["start"] : by_eid["e2"]["end"]] == "exploded"
    assert by_eid["e2"]["gold"]["first"] == "1998-08-07" and by_eid["e2"]["happening"]
    marker = cache / record["part"] / "marker.txt"
    marker.write_text("left alone while current")
    build(snapshot, cache)
    assert marker.exists()
    build(snapshot, cache, force=True)
    assert not marker.exists()


def test_an_empty_snapshot_says_so(tmp_path: Path) -> None:
    (tmp_path / "data" / "TBAQ-cleaned").mkdir(parents=True)
    with pytest.raises(SystemExit, match="no TimeBank or AQUAINT"):
        build(tmp_path, tmp_path / "cache")
