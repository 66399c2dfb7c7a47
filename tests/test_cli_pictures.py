"""The command line draws the timeline as PNG and SVG with no display."""

from __future__ import annotations

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
    assert "t.gif" in result.stderr and "Traceback" not in result.stderr


def test_an_unwritable_picture_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    result = run_viewer("export", "--png", str(tmp_path / "a-file" / "t.png"), home=tmp_path)
    assert result.returncode == 1
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr
