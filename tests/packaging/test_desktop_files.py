"""The desktop entry, AppStream metainfo and icon agree with one another and with the package."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import viewer

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
APP_ID = "io.github.timeline_viewer.TimelineViewer"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
ICON = RESOURCES / "timeline-viewer.svg"
SVG_NS = "{http://www.w3.org/2000/svg}"


def desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def text_of(root: ET.Element, path: str) -> str:
    node = root.find(path)
    assert node is not None, f"{path} missing from {METAINFO.name}"
    return (node.text or "").strip()


def console_script() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    (name,) = project["scripts"]
    return str(name)


def list_field(value: str) -> list[str]:
    return [item for item in value.split(";") if item]


def test_desktop_entry_launches_the_installed_command_with_the_app_icon() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == console_script() == "timeline-viewer"
    assert entry["TryExec"] == console_script()
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"


def test_metainfo_names_the_same_application_as_the_desktop_entry() -> None:
    entry = desktop_entry()
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert text_of(root, "id") == APP_ID
    assert text_of(root, "name") == entry["Name"]
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert (launchable.text or "").strip() == DESKTOP.name
    assert text_of(root, "icon") == entry["Icon"]
    assert text_of(root, "provides/binary") == entry["Exec"].split()[0]
    categories = [(node.text or "").strip() for node in root.iterfind("categories/category")]
    assert categories == list_field(entry["Categories"])


def test_metainfo_has_a_description_a_content_rating_and_the_current_release() -> None:
    root = metainfo()
    assert root.findall("description/p"), "the description needs at least one paragraph"
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type", "").startswith("oars-")
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == viewer.__version__
    for shot in root.iterfind("screenshots/screenshot/image"):
        assert (shot.text or "").startswith("https://"), "screenshots must be real, public URLs"


def test_icon_is_a_square_128_svg() -> None:
    root = ET.parse(ICON).getroot()
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 128 128"
    assert list(root.iter(f"{SVG_NS}circle")), "the icon shows event markers"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
