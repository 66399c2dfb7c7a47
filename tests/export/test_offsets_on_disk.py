"""The CSV's offsets read the passage's words out of the file as it is saved on disk."""

from __future__ import annotations

import csv
from pathlib import Path

from viewer.workspace import Workspace

# From an ECB+ article (New Orleans Saints, 5 Jan 2011), with a curly quote and an em dash.
ARTICLE = (
    "2011-01-05\n\n"
    "New Orleans Saints RB Reggie Bush’s season over\n\n"
    "The Associated Press reports New Orleans Saints running back Reggie Bush will miss "
    "the rest of the season.\n\n"
    "Bush underwent an MRI earlier this week — and head coach Sean Payton decided the team "
    "would place Bush on Injured Reserve.\n"
)


def test_offsets_give_the_passage_in_a_file_with_a_bom_and_windows_line_ends(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    path = folder / "saints.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    ws = Workspace.open([folder], project_path=tmp_path / "p.tlproj")
    try:
        ws.load_all()
        out = tmp_path / "events.csv"
        ws.export_csv(out)
    finally:
        ws.close()
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 2
    # As the README says to read it: decoded, the BOM left out, line ends as written.
    with path.open(encoding="utf-8-sig", newline="") as handle:
        text = handle.read()
    for row in rows:
        words = text[int(row["start"]) : int(row["end"])]
        assert " ".join(words.split()) == row["passage"]
    assert any("—" in row["passage"] for row in rows)
