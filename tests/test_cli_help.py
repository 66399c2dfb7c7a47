"""Every command is discoverable: --help lists them, each has its own --help, and the
window is still what a bare path opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.viewer_process import run_viewer
from viewer import cli


def test_help_lists_every_command(tmp_path: Path) -> None:
    result = run_viewer("--help", home=tmp_path)
    assert result.returncode == 0
    for command in ("open", "export", "import-annotations"):
        assert f"    {command}" in result.stdout


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("open", ["--project"]),
        ("export", ["--csv", "--json", "--timelinejs", "--timelinejs-csv", "--png", "--svg"]),
        ("import-annotations", ["--project", "--dry-run"]),
    ],
)
def test_each_command_has_its_own_help(tmp_path: Path, command: str, options: list[str]) -> None:
    result = run_viewer(command, "--help", home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith(f"usage: timeline-viewer {command}")
    for option in options:
        assert option in result.stdout


@pytest.mark.parametrize(
    ("argv", "command", "paths"),
    [
        ([], "open", []),
        (["~/articles"], "open", [Path("~/articles")]),
        (["--project", "p.tlproj"], "open", []),
        (["./export"], "open", [Path("export")]),
        (["export", "a.txt"], "export", [Path("a.txt")]),
    ],
)
def test_a_bare_path_opens_the_window(argv: list[str], command: str, paths: list[Path]) -> None:
    args = cli._parser().parse_args(cli._with_command(argv))
    assert args.command == command
    assert args.paths == paths


def test_readme_documents_every_command_and_export() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for words in (
        "python -m viewer export",
        "python -m viewer import-annotations",
        "--dry-run",
        "--timelinejs",
        "--timelinejs-csv",
        "--png",
        "--svg",
        "20 MB",
    ):
        assert words in readme, words
