"""No format the project keeps changes without a bump of its version.

tests/store/format_samples/ holds a sample of each format as written at its version, from a
fixed input (tests/store/formats.py). Writing that input now must give the sample of the
current version; that sample must read back as the input; and samples of older versions must
be refused or read, never break the reader. After a deliberate change of a layout, bump its
version (the failure says where), then write the new sample:

    .venv/bin/python -m pytest tests/store/test_formats.py --write-golden

which never writes over the sample of a version that exists: a change it would hide is one
that needs a bump.
"""

from __future__ import annotations

import pytest

from tests.store.formats import FORMATS, Format

WRITE = "pytest tests/store/test_formats.py --write-golden"


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_the_format_is_written_as_its_versions_sample(fmt: Format, write_golden: bool) -> None:
    sample = fmt.sample()
    written = fmt.write()
    if not sample.exists():
        if write_golden:
            sample.parent.mkdir(exist_ok=True)
            sample.write_bytes(written)
            return
        pytest.fail(
            f"{fmt.name} is at version {fmt.version}, which has no sample yet: "
            f"if you bumped it, write one with `{WRITE}`"
        )
    if fmt.compared(written) != fmt.compared(sample.read_bytes()):
        pytest.fail(
            f"{fmt.name} is written otherwise than its version {fmt.version} was: "
            f"bump {fmt.bump}, then `{WRITE}` (projects keep the old layout: a new version "
            "makes them write it again rather than misread it)"
        )


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_the_current_sample_reads_back_as_it_was_written(fmt: Format) -> None:
    sample = fmt.sample()
    if not sample.exists():
        pytest.skip("no sample yet: the test above says how to write it")
    assert fmt.reads(sample.read_bytes()), (
        f"{fmt.name} version {fmt.version} no longer reads its own sample: what projects "
        f"kept in it would be misread. Bump {fmt.bump} if the layout changed"
    )


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_older_samples_are_refused_or_read_never_a_crash(fmt: Format) -> None:
    for older in fmt.older_samples():
        fmt.reads(older.read_bytes())  # False (refused, made again) or True: no exception
