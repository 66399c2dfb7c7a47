"""Compile the reading, extraction and merging modules with mypyc into build/compiled/: a copy
of the package whose hot modules are C extensions, counting about a fifth fewer instructions
to extract an article than the same code as Python.

The desktop bundle ships this copy, `make bench` times it next to the Python one, and
`make test` runs the corpus and core tests against it, so that both give the same events. The source
tree itself stays pure Python: a compiled module beside its source would be imported in its
place, and an edit would seem to do nothing until the next build.

Run: python packaging/compile_core.py   (needs a C compiler; a second run rebuilds only what
changed)
"""

from __future__ import annotations

import importlib.machinery
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "compiled"
NOT_COMPILED = {
    # mypyc cannot build a class whose instances are made without its __init__ (Passage.of
    # shares its document's text that way).
    "viewer/core/model.py",
    # A document's visible text goes to the worker processes and back, pickled: an instance of
    # a compiled class is not made again from its pickle.
    "viewer/core/visible.py",
}
# What mypyc keeps of one build for the next, which then compiles only what changed.
CACHE = OUT / ".mypy_cache"
# Data the package finds beside its modules when run from a copy (as installed).
DATA = {"seeds": "viewer/seeds", "resources": "viewer/resources"}


def compiled_modules() -> list[str]:
    """The corpus and core modules that reading, extraction and merging load, as paths under
    ROOT: a module added to either is compiled with no list to keep."""
    code = (
        "import sys, viewer.corpus.reader, viewer.core.extract, viewer.core.merge\n"
        "for name, module in sorted(sys.modules.items()):\n"
        "    if name.startswith(('viewer.core', 'viewer.corpus')):\n"
        "        print(module.__file__)\n"
    )
    listed = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.split()
    paths = [Path(line).resolve().relative_to(ROOT).as_posix() for line in listed]
    return [path for path in paths if path not in NOT_COMPILED]


def _copy_if_changed(source: Path, target: Path) -> None:
    """Copy a file unless the target already holds the same bytes: an unchanged module keeps
    its time, and the build does not compile it again."""
    data = source.read_bytes()
    if target.is_file() and target.read_bytes() == data:
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def copy_sources() -> None:
    """build/compiled/viewer as the package is installed: its modules, seeds and resources.
    A module gone from the source goes from the copy."""
    wanted = {source: OUT / source.relative_to(ROOT) for source in (ROOT / "viewer").rglob("*.py")}
    for folder, inside in DATA.items():
        for source in (ROOT / folder).iterdir():
            if source.is_file():
                wanted[source] = OUT / inside / source.name
    for source, target in wanted.items():
        _copy_if_changed(source, target)
    kept = set(wanted.values())
    for stale in (OUT / "viewer").rglob("*"):
        copied = stale.suffix == ".py" or stale.parent.name in DATA
        if copied and stale.is_file() and stale not in kept:
            stale.unlink()


def drop_other_extensions(modules: list[str]) -> None:
    """Take out what an earlier build compiled of a module no longer compiled: imported before
    its source, it would still be the module run."""
    compiled = {module.removesuffix(".py") for module in modules}
    compiled |= {stem.removesuffix("/__init__") for stem in compiled}  # a package's own library
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        for built in (OUT / "viewer").rglob(f"*{suffix}"):
            stem = built.relative_to(OUT).as_posix()[: -len(suffix)].removesuffix("__mypyc")
            if stem not in compiled:
                built.unlink()


def build(modules: list[str]) -> None:
    """mypyc's C for `modules`, compiled in place in build/compiled with every core."""
    script = (
        "from setuptools import setup\n"
        "from mypyc.build import mypycify\n"
        f"setup(name='timeline-viewer-core', ext_modules=mypycify({modules!r}, "
        "separate=True), script_args=['build_ext', '--inplace', '--parallel', "
        f"'{os.cpu_count() or 1}'])\n"
    )
    env = dict(os.environ, PYTHONHASHSEED="0")
    command = [sys.executable, "-c", script]
    result = subprocess.run(command, cwd=OUT, env=env, capture_output=True, text=True)
    if result.returncode != 0 and CACHE.is_dir():
        # mypyc's build from its cache can fail where a fresh one succeeds: a class read back
        # from the cache has lost which of its attributes are marked defined by a bit
        # ("ValueError: value is not in list" when another module reads a float of it).
        print("the build from the cache failed; building again without it", file=sys.stderr)
        shutil.rmtree(CACHE)
        result = subprocess.run(command, cwd=OUT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise SystemExit(f"compiling the core failed ({result.returncode}); see above")


def check_tools() -> None:
    """Say what is missing before a build that would fail deep in its output."""
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not headers.is_file():
        raise SystemExit(
            f"compiling the core needs Python's headers ({headers}): on Debian or Ubuntu, "
            "apt-get install python3-dev"
        )
    compiler = sysconfig.get_config_var("CC") or "cc"
    if shutil.which(compiler.split()[0]) is None:
        raise SystemExit(
            f"compiling the core needs a C compiler ({compiler}): on Debian or Ubuntu, "
            "apt-get install gcc libc6-dev"
        )


def main() -> None:
    check_tools()
    modules = compiled_modules()
    copy_sources()
    drop_other_extensions(modules)
    build(modules)
    (OUT / ".built").touch()  # what the bundle's spec and the Makefile look for
    print(f"compiled {len(modules)} corpus and core modules into {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
