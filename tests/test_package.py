"""`make package`: the Chromium zip and the Firefox xpi built from extension/."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXTENSION = REPO / "extension"
sys.path.insert(0, str(REPO / "scripts"))
import package  # noqa: E402

VERSION = json.loads((EXTENSION / "manifest.json").read_text())["version"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "package.py"), "--out", str(out)],
                            capture_output=True, text=True, check=True)
    return out, result.stdout


def _manifest(archive: Path) -> dict:
    with zipfile.ZipFile(archive) as z:
        return json.loads(z.read("manifest.json"))


def _names(archive: Path) -> set[str]:
    with zipfile.ZipFile(archive) as z:
        assert z.testzip() is None
        return set(z.namelist())


def test_the_packages_are_named_after_the_manifest_version_as_the_update_manifest_expects(built):
    out, stdout = built
    assert sorted(p.name for p in out.iterdir()) == [f"second-thought-{VERSION}.xpi", f"second-thought-{VERSION}.zip"]
    assert f"second-thought-{VERSION}.zip" in stdout and f"second-thought-{VERSION}.xpi" in stdout
    check = ET.parse(REPO / "deploy" / "update" / "updates.xml").getroot().find(".//{*}updatecheck")
    assert check.get("version") == VERSION
    # The .crx is packed from the same folder and named the same way (deploy/README.md).
    assert check.get("codebase").endswith(f"/second-thought-{VERSION}.crx")


def test_both_packages_hold_every_file_of_the_extension_and_nothing_else(built):
    out, _ = built
    expected = {p.relative_to(EXTENSION).as_posix() for p in EXTENSION.rglob("*") if p.is_file()} - {"README.md"}
    expected = {n for n in expected if "__pycache__" not in n and not any(part.startswith(".") for part in n.split("/"))}
    for archive in out.iterdir():
        names = _names(archive)
        assert names == expected, f"{archive.name}: missing {expected - names}, extra {names - expected}"
        with zipfile.ZipFile(archive) as z:
            assert z.namelist()[0] == "manifest.json"
            for name in expected - {"manifest.json"}:
                assert z.read(name) == (EXTENSION / name).read_bytes(), f"{name} differs from extension/"


def test_the_chromium_zip_keeps_the_key_and_the_service_worker_and_drops_firefox_keys(built):
    out, _ = built
    m = _manifest(out / f"second-thought-{VERSION}.zip")
    source = json.loads((EXTENSION / "manifest.json").read_text())
    assert m["key"] == source["key"], "unpacked from the zip, the extension must keep the id the companion allows"
    assert m["background"] == {"service_worker": "background/service_worker.js", "type": "module"}
    assert "browser_specific_settings" not in m
    assert m["content_scripts"] == source["content_scripts"] and m["permissions"] == source["permissions"]


def test_the_firefox_xpi_has_a_gecko_id_background_scripts_and_no_chromium_keys(built):
    out, _ = built
    m = _manifest(out / f"second-thought-{VERSION}.xpi")
    gecko = m["browser_specific_settings"]["gecko"]
    assert re.fullmatch(r"[\w.-]+@[\w.-]+", gecko["id"])
    assert gecko["data_collection_permissions"]["required"] == ["none"]
    assert m["background"] == {"scripts": ["background/service_worker.js"], "type": "module"}
    assert "key" not in m and "minimum_chrome_version" not in m
    named = [*m["background"]["scripts"], m["action"]["default_popup"], m["options_ui"]["page"], *m["icons"].values()]
    for script in m["content_scripts"]:
        named += script["js"]
    assert set(named) <= _names(out / f"second-thought-{VERSION}.xpi")


def test_the_firefox_variant_passes_web_ext_lint_without_a_warning(tmp_path):
    web_ext = REPO / "node_modules" / ".bin" / "web-ext"
    if not web_ext.exists():
        pytest.fail("web-ext is missing: run `npm ci` at the repository root", pytrace=False)
    unpacked = package.unpack_firefox(tmp_path / "firefox")
    result = subprocess.run([str(web_ext), "lint", "--source-dir", str(unpacked), "--output", "json", "--no-input"],
                            capture_output=True, text=True, cwd=REPO, timeout=120)
    report = json.loads(result.stdout)
    problems = [f"{p['code']}: {p['message']}" for kind in ("errors", "warnings", "notices") for p in report[kind]]
    assert problems == [], problems
    assert report["summary"] == {"errors": 0, "notices": 0, "warnings": 0}


def test_the_same_sources_give_the_same_bytes(tmp_path):
    a, b = package.build(tmp_path / "a"), package.build(tmp_path / "b")
    for x, y in zip(a, b):
        assert x.read_bytes() == y.read_bytes(), f"{x.name} is not reproducible"
