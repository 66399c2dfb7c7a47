"""A package installed from the wheel keeps its seeds and resources inside it (viewer/seeds,
viewer/resources), with no checkout around it: the seeds open and the icon is found."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_ASK = """
from viewer.corpus.seeds import seed_folder
from viewer.ui.app import resources_dir
print(seed_folder())
print(len(list(seed_folder().glob("*.txt"))))
print(resources_dir())
"""


def test_an_installed_package_finds_its_seeds_and_icon(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    shutil.copytree(ROOT / "viewer", site / "viewer", ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copytree(ROOT / "seeds", site / "viewer" / "seeds")
    shutil.copytree(ROOT / "resources", site / "viewer" / "resources")
    done = subprocess.run(
        [sys.executable, "-c", _ASK], cwd=site, capture_output=True, text=True, check=True
    )
    seeds, count, resources = done.stdout.split("\n")[:3]
    assert Path(seeds) == site / "viewer" / "seeds"
    assert int(count) == len(list((ROOT / "seeds").glob("*.txt")))
    assert Path(resources) == site / "viewer" / "resources"
