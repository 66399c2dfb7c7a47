"""Command-line entry point: argument parsing only; the work is in the workspace and the window."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from viewer import __version__

if TYPE_CHECKING:
    from viewer.workspace import Workspace
    from viewer.workspace.annotation_import import ImportReport

USAGE_ERROR = 2
PROG = "timeline-viewer"
STDOUT = Path("-")  # an export named so goes to standard output
COMMANDS = ("open", "export", "import-annotations")


def _named_path(text: str) -> Path:
    """A path as given; an empty one is refused rather than read as the current folder (a
    script's unset variable, `"$FOLDER"`, would have loaded every article under it)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path names no file or folder")
    return Path(text)


def _parser() -> argparse.ArgumentParser:
    """Every command, each with its own --help; `open` is the one run when none is named."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="A timeline of the dated events reported in a corpus of news articles. "
        "With no command, opens the window (the `open` command).",
        epilog=f"Run `{PROG} COMMAND --help` for a command's options. A folder named like a "
        "command opens as ./NAME.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    _open_command(commands)
    _export_command(commands)
    _import_command(commands)
    return parser


def _open_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "open",
        help="open the window (the default): the seeds, folders, articles or a project",
        description="Open the window on the bundled seed articles (no PATH), on folders or "
        "article files, or on a project file (.tlproj). A folder opened without --project "
        "keeps its annotations in a project of its own in your data folder.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=_named_path,
        help="folders, article files or a project file (.tlproj)",
    )
    parser.add_argument(
        "--project", type=_named_path, help="the project file that keeps annotations"
    )


def _export_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "export",
        help="extract the events with no window and write CSV, JSON, TimelineJS or pictures",
        description="Extract the events of a corpus with no window and write the exports. "
        "An export never writes over the project, an article it reads or another export.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=_named_path,
        help="folders, files or a project file (.tlproj; default: the seeds)",
    )
    parser.add_argument("--project", type=_named_path, help="include this project's annotations")
    parser.add_argument(
        "--csv", type=_named_path, help="write the CSV export here (-: standard output)"
    )
    parser.add_argument(
        "--json", type=_named_path, help="write the JSON export here (-: standard output)"
    )
    parser.add_argument("--timelinejs", type=_named_path, help="write TimelineJS JSON here")
    parser.add_argument(
        "--timelinejs-csv", type=_named_path, help="write the TimelineJS 18-column spreadsheet here"
    )
    parser.add_argument(
        "--png", type=_named_path, help="write a picture of the whole timeline (PNG)"
    )
    parser.add_argument(
        "--svg", type=_named_path, help="write a picture of the whole timeline (SVG)"
    )
    parser.add_argument(
        "--picture-size",
        default="slide",
        metavar="SIZE",
        help="slide (16:9, the default), print (A4 landscape) or WIDTHxHEIGHT in pixels",
    )
    parser.add_argument(
        "--lanes",
        choices=("none", "source", "tag", "status"),
        default="none",
        help="group the picture's events in lanes",
    )
    parser.add_argument(
        "--key-events", action="store_true", help="cards for key events only, the rest clustered"
    )


def _import_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "import-annotations",
        help="apply a spreadsheet-edited CSV export back to a project, by event id",
        description="Apply the tags, status, starred, note, date and title columns of an "
        "exported CSV to a project; rows are matched by event_id and nothing else changes. "
        "The file must be UTF-8 and every row usable, or nothing is applied; a row naming no "
        "event of the project (added by hand, or of an event since gone) is left out and "
        "named. A window open on the project shows the changes.",
    )
    parser.add_argument("csv", type=_named_path, help="the CSV, as exported and then edited")
    parser.add_argument("--project", type=_named_path, required=True, help="the project to update")
    parser.add_argument(
        "--dry-run", action="store_true", help="list what would change; apply nothing"
    )


def _fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return 1


@contextmanager
def _collector_resting() -> Iterator[None]:
    """The cyclic garbage collector resting: a large corpus makes millions of objects, and
    each of its full passes over them would cost a second or more; the exports' rows and the
    timeline the project keeps at closing make a million more, none of them in a cycle."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # what was made stays; later passes need not look at it again
        gc.enable()


def export(args: argparse.Namespace) -> int:
    """`export`: the whole extraction, headless, into CSV, JSON, TimelineJS and pictures."""
    named = {
        "--csv": args.csv,
        "--json": args.json,
        "--timelinejs": args.timelinejs,
        "--timelinejs-csv": args.timelinejs_csv,
        "--png": args.png,
        "--svg": args.svg,
    }
    outputs = [(option, path) for option, path in named.items() if path is not None]
    if not outputs:
        return _fail("export: say where to write, e.g. --csv OUT and/or --json OUT")
    if (args.png or args.svg) and (problem := _picture_problem(args)):
        return _fail(problem)
    if STDOUT in (args.png, args.svg):
        return _fail("export: a picture is written to a file, not to standard output (-)")
    from tempfile import TemporaryDirectory

    from viewer.workspace import Workspace, WorkspaceError
    from viewer.workspace.corpus_projects import corpus_name
    from viewer.workspace.export_paths import protected_files, refusal

    if problem := _project_among_paths(args):
        return _fail(problem)
    # Before anything is opened: the project and the files named (folders' articles are
    # checked again once read).
    named_files = [p for p in args.paths if p.is_file()]
    early = refusal(outputs, protected_files(args.project or Path(), named_files))
    if early is not None:
        return _fail(early)
    with TemporaryDirectory() as scratch:
        # Without --project the export uses a throwaway project, never the user's own.
        # named after the articles' folder, the title of a TimelineJS export
        project = args.project or Path(scratch) / f"{corpus_name(args.paths)}.tlproj"
        if args.project is not None and not args.project.exists():  # a new one, or a typo
            print(
                f"{PROG}: {args.project}: no such project; made it new, with no annotations",
                file=sys.stderr,
            )
        try:
            workspace = Workspace.open(args.paths, project)
            with _collector_resting():
                try:
                    workspace.load_all()
                    _say_problems(workspace)
                    workspace.check_exports(outputs)
                    _write_exports(workspace, args, Path(scratch))
                finally:
                    # A throwaway project is deleted with its folder: keeping its timeline
                    # for a next opening (a third of a second a thousand articles) is waste.
                    workspace.close(keep=args.project is not None)
        except WorkspaceError as error:
            return _fail(str(error))
    return 0


def _project_among_paths(args: argparse.Namespace) -> str:
    """`export work.tlproj` exports that project, as `open work.tlproj` opens it: its articles
    and annotations, as with --project (it was refused as "at most one project file", against
    the export's own throwaway project). Why not, or "" when the paths are fine."""
    from viewer.workspace import is_project_file

    projects = [p for p in args.paths if is_project_file(p)]
    if args.project is not None or len(projects) != 1:
        return ""  # none, or more than one project: the workspace says what is wrong
    if not projects[0].is_file():
        return f"{projects[0]}: no such project"
    args.project = projects[0]
    args.paths = [p for p in args.paths if p != projects[0]]
    return ""


def _picture_problem(args: argparse.Namespace) -> str:
    """Why the pictures asked for cannot be drawn (a size that is not one, a file name whose
    suffix says another format), or "" when they can: said before any article is read."""
    from viewer.ui.picture_export import picture_size

    try:
        picture_size(args.picture_size)
    except ValueError as error:
        return f"--picture-size {error}"
    for option, path in (("--png", args.png), ("--svg", args.svg)):
        suffix = option.removeprefix("--")
        if path is not None and path != STDOUT and path.suffix.lower() != f".{suffix}":
            return f"{option} {path}: name a file ending in .{suffix}"
    return ""


def _say_problems(workspace: Workspace) -> None:
    """One line on stderr for each file skipped, date kept as text, damaged project value."""
    for problem in workspace.problems:
        print(f"{PROG}: skipped {problem}", file=sys.stderr)
    for problem in workspace.project_problems():
        print(f"{PROG}: {workspace.project_path.name}: {problem}", file=sys.stderr)
    for document in workspace.documents:
        if document.date is None and document.date_text:  # date words it cannot use
            for problem in document.problems:
                print(f"{PROG}: {document.id}: {problem}", file=sys.stderr)
        elif document.date is None:  # the window names it in a strip; say it here too
            print(
                f"{PROG}: {document.id}: no publication date found: events dated only "
                'relative to it ("on Tuesday") are left out; give the article a date line',
                file=sys.stderr,
            )


def _write_exports(workspace: Workspace, args: argparse.Namespace, scratch: Path) -> None:
    """Each export asked for; one named "-" goes to standard output, and then what was written
    is told on standard error, so that the export can be piped on as it is."""
    from viewer.core.counted_words import agreeing, counted

    order = workspace.export_order()  # the events' order and rows, worked out once for all
    timelinejs = partial(workspace.export_timelinejs, events=order)
    writers: list[tuple[Path | None, Callable[[Path], int]]] = [
        (args.csv, partial(workspace.export_csv, events=order)),
        (args.json, partial(workspace.export_json, events=order)),
        (args.timelinejs, timelinejs),
        (args.timelinejs_csv, partial(timelinejs, template_csv=True)),
    ]
    told = sys.stderr if any(path == STDOUT for path, _ in writers) else sys.stdout
    for path, write in writers:
        if path == STDOUT:
            whole = scratch / "standard-output"  # written whole first, as every export is
            rows = write(whole)
            sys.stdout.buffer.write(whole.read_bytes())
            sys.stdout.flush()
            print(f"wrote {counted(rows, 'event')} to standard output", file=told)
        elif path is not None:
            print(f"wrote {counted(write(path), 'event')} to {path}", file=told)
    orphans = len(workspace.orphans())
    if orphans and any(path is not None for path, _ in writers):
        print(
            f"{PROG}: {counted(orphans, 'orphaned annotation')} left out: "
            + agreeing(orphans, "its passage is", "their passages are")
            + " no longer in the articles (the window lists "
            + agreeing(orphans, "it", "them")
            + " in View › Orphans)",
            file=sys.stderr,
        )
    pictures = [p for p in (args.png, args.svg) if p is not None]
    if pictures:
        _write_pictures(workspace, pictures, args)


def _write_pictures(workspace: Workspace, pictures: list[Path], args: argparse.Namespace) -> None:
    """Pictures need Qt, which the other exports don't: imported only when asked for. Each
    is drawn into a temporary file beside it, then renamed: whole or not at all."""
    from viewer.core.counted_words import counted
    from viewer.core.lanes import LaneKind
    from viewer.export.atomic import written_whole
    from viewer.ui.picture_export import (
        Display,
        PictureError,
        export_workspace_pictures,
        picture_size,
    )
    from viewer.workspace import WorkspaceError

    size = picture_size(args.picture_size)
    display = Display(key_only=args.key_events, lanes=LaneKind(args.lanes))

    for path in pictures:
        if path.exists() and not path.is_file():  # a device or pipe would be replaced
            raise WorkspaceError(f"{path}: not a file; name a .png or .svg file")
        try:
            with written_whole(path) as scratch:
                drawn = scratch.with_suffix(path.suffix)  # the suffix says PNG or SVG
                try:
                    export_workspace_pictures(workspace, [drawn], size=size, display=display)
                    os.replace(drawn, scratch)
                finally:
                    drawn.unlink(missing_ok=True)
        except PictureError as error:
            raise WorkspaceError(str(error)) from None
        except OSError as error:
            raise WorkspaceError(f"{path}: cannot write ({error.strerror or error})") from None
        print(f"wrote a picture of {counted(len(workspace.events), 'event')} to {path}")


def import_annotations(args: argparse.Namespace) -> int:
    """`import-annotations`: apply a spreadsheet-edited CSV to a project, matched by event id."""
    from viewer.workspace import Workspace, WorkspaceError
    from viewer.workspace.annotation_import import import_annotations as apply_csv

    if not args.project.exists():
        return _fail(f"{args.project}: no such project")
    try:
        workspace = Workspace.open([], args.project)
        try:
            workspace.load_all()
            if workspace.read_only and not args.dry_run:
                return _fail(f"{args.project.name} is read-only: nothing can be imported into it")
            report = apply_csv(workspace, args.csv, dry_run=args.dry_run)
        finally:
            workspace.close()
    except WorkspaceError as error:
        return _fail(str(error))
    for problem in report.problems:
        print(f"{PROG}: {problem}", file=sys.stderr)
    if report.problems:
        n = len(report.problems)
        return _fail(f"{_rows(n)} cannot be applied: nothing was applied")
    _print_import(report, dry_run=args.dry_run)
    return 0


def _rows(n: int) -> str:
    """A count of rows said as a sentence says it: 1 row, 2 rows (not "1 rows")."""
    return f"{n} row{'' if n == 1 else 's'}"


def _print_import(report: ImportReport, *, dry_run: bool) -> None:
    """Every change and every value left in place, one line each, then the counts."""
    for line in report.told(dry_run=dry_run):
        print(line)
    if dry_run:
        print(
            f"dry run: {_rows(len(report.changes))} would change, {report.unchanged} unchanged"
            f"{report.counts()}; nothing was applied"
        )
    else:
        print(f"applied {_rows(report.changed)}, {report.unchanged} unchanged{report.counts()}")


def _with_command(argv: list[str]) -> list[str]:
    """`open` is the command when none is named: `timeline-viewer ~/articles` opens them."""
    if argv[:1] and (argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version")):
        return argv
    return ["open", *argv]


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window, or run a command."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    args = _parser().parse_args(_with_command(args_list))
    if args.command == "export":
        return export(args)
    if args.command == "import-annotations":
        return import_annotations(args)
    from viewer.ui.app import run

    return run(args.paths, args.project)
