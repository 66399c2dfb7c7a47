"""Articles full of markup export as their readers read them: no tag, entity, escape or
paragraph break in a passage or title, and every passage where its source offsets say."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.marked_up import write_articles
from viewer.corpus import read_document
from viewer.workspace import Workspace

# What must never reach a reader: a tag, an entity, a Markdown mark or escape, a line break.
_MARKUP = re.compile(r"</?[a-zA-Z][^>]*>|&#?\w+;|&amp|\*|\\|\]\(|^#|\n|\r")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, str]], Any, Path]:
    root = tmp_path_factory.mktemp("marked-up")
    folder = write_articles(root / "articles")
    workspace = Workspace.open([folder], root / "p.tlproj")
    workspace.load_all()
    workspace.export_csv(root / "e.csv")
    workspace.export_json(root / "e.json")
    workspace.close()
    with (root / "e.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return rows, json.loads((root / "e.json").read_text(encoding="utf-8")), folder


def test_exports_hold_no_markup(exported) -> None:
    rows, payload, _ = exported
    assert {r["source"] for r in rows} == {"pentagon.html", "troops.md"}
    texts = [r[k] for r in rows for k in ("title", "passage", "date_text", "merge_reason")]
    texts += [p["text"] for e in payload["events"] for p in e["passages"]]
    texts += [d[k] for d in payload["documents"] for k in ("title", "author")]
    for text in texts:
        # "<Patriot>" is text the page shows: it is written "&lt;Patriot&gt;".
        assert _MARKUP.search(text.replace("<Patriot>", "")) is None, text
        assert text == " ".join(text.split()), text
    assert not any("amp" in r["merge_reason"].split(", ") for r in rows)


def test_entities_and_escapes_read_as_their_characters(exported) -> None:
    rows, payload, _ = exported
    passages = [r["passage"] for r in rows]
    assert any("to Romania & Poland, officials said." in p for p in passages)
    assert any('according to AT&T’s former lobbyist "in charge".' in p for p in passages)
    assert any("send <Patriot> air defense systems" in p for p in passages)  # written &lt;…&gt;
    others = [p["text"] for e in payload["events"] for p in e["passages"]]
    assert any("The New York Times reported that the president approved $350 million" in p
               for p in others)  # fmt: skip
    assert any("weapons transfers to Ukraine was spelled out" in p for p in passages)
    titles = {d["file"]: d["title"] for d in payload["documents"]}
    assert titles == {
        "pentagon.html": "Pentagon sends 500 troops to Romania & Poland",
        "troops.md": "Pentagon orders 500 more troops to Eastern Europe",
    }


def test_every_passage_maps_back_to_its_source_words(exported) -> None:
    _, payload, folder = exported
    for event in payload["events"]:
        for passage in event["passages"]:
            doc = read_document(folder / passage["document"])
            start, end = passage["start"], passage["end"]
            assert doc.visible.reading(start, end) == passage["text"]
            written = doc.text[start:end]
            # The source span starts and ends on the words themselves, not on markup.
            assert written[0] == passage["text"][0] and written[-1] == passage["text"][-1]


def test_a_date_behind_a_link_or_entity_dates_its_event(exported) -> None:
    rows, _, _ = exported
    by_words = {r["passage"][:30]: r for r in rows}
    monday = by_words["The Pentagon announced on Mond"]
    assert (monday["date"], monday["date_basis"], monday["date_text"]) == (
        "2022-03-07",
        "relative",
        "Monday",
    )
    allies = by_words["The allies agreed on Feb. 26 t"]
    assert allies["date"] == "2022-02-26"
