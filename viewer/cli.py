"""Command-line entry point: argument parsing only; the work is in the workspace and the window."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from viewer import __version__

if TYPE_CHECKING:
    from viewer.workspace import Workspace

USAGE_ERROR = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-viewer",
        description="A timeline of the dated events reported in a corpus of news articles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "paths", nargs="*", type=Path, help="folders, article files or a project file (.tlproj)"
    )
    parser.add_argument("--project", type=Path, help="the project file that keeps annotations")
    return parser


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-viewer export",
        description="Extract the events of a corpus with no window and write the exports.",
    )
    parser.add_argument("paths", nargs="*", type=Path, help="folders or files (default: seeds)")
    parser.add_argument("--project", type=Path, help="include this project's annotations")
    parser.add_argument("--csv", type=Path, help="write the CSV export here")
    parser.add_argument("--json", type=Path, help="write the JSON export here")
    parser.add_argument("--timelinejs", type=Path, help="write TimelineJS JSON here")
    parser.add_argument(
        "--timelinejs-csv", type=Path, help="write the TimelineJS 18-column spreadsheet here"
    )
    parser.add_argument("--png", type=Path, help="write a picture of the whole timeline (PNG)")
    parser.add_argument("--svg", type=Path, help="write a picture of the whole timeline (SVG)")
    return parser


def _fail(message: str) -> int:
    print(f"timeline-viewer: {message}", file=sys.stderr)
    return 1


def _load_without_collector(workspace: Workspace) -> None:
    """Load with the cyclic garbage collector resting: a large corpus makes millions of
    objects, and each of its full passes over them would cost a second or more."""
    gc.disable()
    try:
        workspace.load_all()
    finally:
        gc.freeze()  # what the load made stays; later passes need not look at it again
        gc.enable()


def export(argv: Sequence[str]) -> int:
    """`export`: the whole extraction, headless, into CSV, JSON, TimelineJS and pictures."""
    args = _export_parser().parse_args(list(argv))
    outputs = (args.csv, args.json, args.timelinejs, args.timelinejs_csv, args.png, args.svg)
    if all(out is None for out in outputs):
        return _fail("export: say where to write, e.g. --csv OUT and/or --json OUT")
    from tempfile import TemporaryDirectory

    from viewer.workspace import Workspace, WorkspaceError

    with TemporaryDirectory() as scratch:
        # Without --project the export uses a throwaway project, never the user's own.
        project = args.project or Path(scratch) / "export.tlproj"
        try:
            workspace = Workspace.open(args.paths, project)
            try:
                _load_without_collector(workspace)
                for problem in workspace.problems:
                    print(f"timeline-viewer: skipped {problem}", file=sys.stderr)
                for document in workspace.documents:
                    if document.date is None and document.date_text:  # words it cannot use
                        for problem in document.problems:
                            print(f"timeline-viewer: {document.id}: {problem}", file=sys.stderr)
                if args.csv is not None:
                    rows = workspace.export_csv(args.csv)
                    print(f"wrote {rows} events to {args.csv}")
                if args.json is not None:
                    rows = workspace.export_json(args.json)
                    print(f"wrote {rows} events to {args.json}")
                if args.timelinejs is not None:
                    rows = workspace.export_timelinejs(args.timelinejs)
                    print(f"wrote {rows} events to {args.timelinejs}")
                if args.timelinejs_csv is not None:
                    rows = workspace.export_timelinejs(args.timelinejs_csv, template_csv=True)
                    print(f"wrote {rows} events to {args.timelinejs_csv}")
                pictures = [p for p in (args.png, args.svg) if p is not None]
                if pictures:
                    _write_pictures(workspace, pictures)
            finally:
                workspace.close()
        except WorkspaceError as error:
            return _fail(str(error))
    return 0


def _write_pictures(workspace: Workspace, pictures: list[Path]) -> None:
    """Pictures need Qt, which the other exports don't: imported only when asked for."""
    from viewer.ui.picture_export import PictureError, export_workspace_pictures
    from viewer.workspace import WorkspaceError

    try:
        export_workspace_pictures(workspace, pictures)
    except PictureError as error:
        raise WorkspaceError(str(error)) from None
    for path in pictures:
        print(f"wrote a picture of {len(workspace.events)} events to {path}")


def import_annotations(argv: Sequence[str]) -> int:
    """`import-annotations`: apply a spreadsheet-edited CSV to a project, matched by event id."""
    parser = argparse.ArgumentParser(
        prog="timeline-viewer import-annotations",
        description="Apply the tags, status, starred, note, date and title columns of an "
        "exported CSV to a project; rows are matched by event_id and nothing else changes.",
    )
    parser.add_argument("csv", type=Path, help="the CSV, as exported and then edited")
    parser.add_argument("--project", type=Path, required=True, help="the project to update")
    args = parser.parse_args(list(argv))
    from viewer.workspace import Workspace, WorkspaceError
    from viewer.workspace.annotation_import import import_annotations as apply_csv

    if not args.project.exists():
        return _fail(f"{args.project}: no such project")
    try:
        workspace = Workspace.open([], args.project)
        try:
            workspace.load_all()
            report = apply_csv(workspace, args.csv)
        finally:
            workspace.close()
    except WorkspaceError as error:
        return _fail(str(error))
    for problem in report.problems:
        print(f"timeline-viewer: not applied: {problem}", file=sys.stderr)
    print(
        f"applied {report.changed} rows, {report.unchanged} unchanged, "
        f"{len(report.problems)} not applied"
    )
    return 0 if not report.problems else 1


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window, or run a command."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["export"]:
        return export(args_list[1:])
    if args_list[:1] == ["import-annotations"]:
        return import_annotations(args_list[1:])
    args = _parser().parse_args(args_list)
    from viewer.ui.app import run

    return run(args.paths, args.project)
