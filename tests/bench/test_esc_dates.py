"""The EventStoryLine date bench: gold days read from time links, scored against an export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bench.esc_dates import GoldDate, esc_figures, gold_days, score
from bench.exported import DateSpan, Export, ExportedEvent, Passage

XML = b"""<?xml version='1.0' encoding='UTF-8'?>
<Document doc_name="9_1ecbplus.xml">
  <token t_id="1" sentence="1" number="0">He</token>
  <token t_id="2" sentence="1" number="1">fired</token>
  <token t_id="3" sentence="1" number="2">Friday</token>
  <token t_id="4" sentence="2" number="0">They</token>
  <token t_id="5" sentence="2" number="1">fled</token>
  <Markables>
    <ACTION_OCCURRENCE m_id="1"><token_anchor t_id="2"/></ACTION_OCCURRENCE>
    <ACTION_OCCURRENCE m_id="2"><token_anchor t_id="5"/></ACTION_OCCURRENCE>
    <TIME_DATE m_id="3" DCT="FALSE" value="2015-03-06"><token_anchor t_id="3"/></TIME_DATE>
    <TIME_DATE m_id="4" DCT="FALSE" value="2015-03"><token_anchor t_id="3"/></TIME_DATE>
  </Markables>
  <Relations>
    <TLINK r_id="1" relType="CONTAINS"><source m_id="3"/><target m_id="1"/></TLINK>
    <TLINK r_id="2" relType="AFTER"><source m_id="3"/><target m_id="2"/></TLINK>
    <TLINK r_id="3" relType="CONTAINS"><source m_id="4"/><target m_id="2"/></TLINK>
  </Relations>
</Document>
"""


def test_only_a_link_within_a_whole_day_is_a_gold_date() -> None:
    assert gold_days("9_1ecbplus", XML) == [(1, date(2015, 3, 6))]


def _event(start: int, end: int, day: date) -> ExportedEvent:
    return ExportedEvent(
        "e", (Passage("a.txt", start, end),), DateSpan(day, day, "day"), "explicit", "", ""
    )


def test_a_date_is_right_when_the_event_holding_the_sentence_is_of_that_day() -> None:
    gold = [GoldDate("a.txt", 1, date(2015, 3, 6)), GoldDate("a.txt", 2, date(2015, 3, 6))]
    spans = {("a.txt", 1): Passage("a.txt", 0, 20), ("a.txt", 2): Passage("a.txt", 22, 40)}
    export = Export((_event(0, 20, date(2015, 3, 6)), _event(22, 40, date(2015, 3, 9))), {})
    assert "(1 of 2 held by an exported event; 2 gold dates)" in score(gold, spans, export)


def test_no_snapshot_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    esc_figures(tmp_path / "absent", tmp_path / "cache")
    assert capsys.readouterr().out.count("\n") == 1
