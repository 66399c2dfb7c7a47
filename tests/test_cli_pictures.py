"""The command line draws the timeline as PNG and SVG with no display."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from tests.viewer_process import run_viewer


def test_export_writes_png_and_svg_without_a_display(tmp_path: Path) -> None:
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    result = run_viewer("export", "--png", str(png), "--svg", str(svg), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "2022" in text
    assert f"to {png}" in result.stdout and f"to {svg}" in result.stdout


def test_a_picture_with_an_unknown_suffix_is_one_clear_line(tmp_path: Path) -> None:
    result = run_viewer("export", "--png", str(tmp_path / "t.gif"), home=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    # The file named, as named: not the temporary file an export is first written to.
    assert f"--png {tmp_path / 't.gif'}: name a file ending in .png" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_picture_named_for_the_other_format_is_refused_before_reading(tmp_path: Path) -> None:
    """`--png out.svg` would have written an SVG where a PNG was asked for."""
    result = run_viewer("export", "--png", str(tmp_path / "t.svg"), home=tmp_path)
    assert result.returncode == 1
    named = tmp_path / "t.svg"
    assert result.stderr == f"timeline-viewer: --png {named}: name a file ending in .png\n"
    assert not list(tmp_path.glob("*.svg"))


def test_an_unwritable_picture_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    result = run_viewer("export", "--png", str(tmp_path / "a-file" / "t.png"), home=tmp_path)
    assert result.returncode == 1
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_the_svg_holds_the_cards_titles_as_text(tmp_path: Path) -> None:
    svg = tmp_path / "out.svg"
    result = run_viewer("export", "--svg", str(svg), home=tmp_path)
    assert result.returncode == 0, result.stderr
    texts = [
        html.unescape(t).rstrip("…").strip()
        for t in re.findall(r"<text[^>]*>(.*?)</text>", svg.read_text(encoding="utf-8"), re.S)
    ]
    export = tmp_path / "events.json"
    run_viewer("export", "--json", str(export), home=tmp_path)
    titles = [e["title"] for e in json.loads(export.read_text(encoding="utf-8"))["events"]]
    titled = {t for t in titles if any(len(x) >= 12 and t.startswith(x) for x in texts)}
    assert len(titled) >= 25
    assert "Timeline of seeds" in texts


def test_a_picture_size_that_is_not_one_is_one_clear_line(tmp_path: Path) -> None:
    result = run_viewer(
        "export", "--png", str(tmp_path / "t.png"), "--picture-size", "huge", home=tmp_path
    )
    assert result.returncode == 1
    assert "huge" in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "t.png").exists()


def test_print_size_and_lanes(tmp_path: Path) -> None:
    png = tmp_path / "page.png"
    result = run_viewer(
        "export", "--png", str(png), "--picture-size", "print", "--lanes", "source", home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    width = int.from_bytes(png.read_bytes()[16:20], "big")  # the PNG header's width
    assert width == 2 * 1754  # A4 landscape at 300 dots an inch
