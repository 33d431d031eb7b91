#!/usr/bin/env python3
"""Build the browser packages from extension/ (what `make package` runs).

    dist/second-thought-<version>.zip   Chromium, Chrome, Edge (store upload; unpacked it keeps
                                        the manifest `key`, so the id the companion allows)
    dist/second-thought-<version>.xpi   Firefox (to be signed by Mozilla, see deploy/README.md)

<version> is extension/manifest.json's `version`, the same one deploy/update/updates.xml
names (`second-thought-<version>.crx` is packed from the same folder, see deploy/README.md).
The shared manifest carries both background keys and `browser_specific_settings`; each
package gets a variant with only what its browser reads, so Firefox's `web-ext lint` and
Chromium's manifest warnings stay clean. `--unpacked DIR` also writes the Firefox variant
as a folder (the Firefox tests install it that way).

Usage: python3 scripts/package.py [--out dist] [--unpacked build/firefox]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXTENSION = ROOT / "extension"
# Files in extension/ that are for developers, not for the browser.
LEFT_OUT = {"README.md"}
# Fixed timestamps so the same sources give byte-identical packages.
STAMP = (2020, 1, 1, 0, 0, 0)


def manifest() -> dict:
    return json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))


def files() -> list[Path]:
    """Every file the extension needs, sorted, relative to extension/."""
    out = []
    for path in sorted(EXTENSION.rglob("*")):
        rel = path.relative_to(EXTENSION)
        if path.is_file() and rel.as_posix() not in LEFT_OUT and not any(p.startswith(".") for p in rel.parts) \
                and "__pycache__" not in rel.parts:
            out.append(rel)
    return out


def chromium_manifest(m: dict) -> dict:
    """Chromium ignores (and warns about) Firefox's keys."""
    m = json.loads(json.dumps(m))
    m.pop("browser_specific_settings", None)
    m["background"].pop("scripts", None)
    return m


def firefox_manifest(m: dict) -> dict:
    """Firefox runs background scripts (not a service worker), takes its id from gecko.id, has no `key`."""
    m = json.loads(json.dumps(m))
    for key in ("key", "minimum_chrome_version", "update_url"):
        m.pop(key, None)
    background = m["background"]
    background.pop("service_worker", None)
    background.setdefault("scripts", ["background/service_worker.js"])
    gecko = m.setdefault("browser_specific_settings", {}).setdefault("gecko", {})
    gecko.setdefault("id", "second-thought@second-thought.invalid")
    gecko.setdefault("data_collection_permissions", {"required": ["none"]})
    return m


def _write(archive: Path, variant: dict) -> None:
    archive.parent.mkdir(parents=True, exist_ok=True)
    tmp = archive.with_suffix(archive.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        # manifest.json first: some tools (and AMO) read it before anything else.
        info = zipfile.ZipInfo("manifest.json", STAMP)
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, json.dumps(variant, indent=2, ensure_ascii=False) + "\n")
        for rel in files():
            if rel.as_posix() == "manifest.json":
                continue
            info = zipfile.ZipInfo(rel.as_posix(), STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, (EXTENSION / rel).read_bytes())
    tmp.replace(archive)


def unpack_firefox(dest: Path) -> Path:
    """The Firefox variant as a folder (for installing it unpacked)."""
    if dest.exists():
        shutil.rmtree(dest)
    for rel in files():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if rel.as_posix() == "manifest.json":
            target.write_text(json.dumps(firefox_manifest(manifest()), indent=2) + "\n", encoding="utf-8")
        else:
            shutil.copyfile(EXTENSION / rel, target)
    return dest


def build(out: Path) -> tuple[Path, Path]:
    m = manifest()
    version = m["version"]
    zip_path = out / f"second-thought-{version}.zip"
    xpi_path = out / f"second-thought-{version}.xpi"
    _write(zip_path, chromium_manifest(m))
    _write(xpi_path, firefox_manifest(m))
    return zip_path, xpi_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="folder for the packages (default dist/)")
    parser.add_argument("--unpacked", type=Path, help="also write the Firefox variant unpacked to this folder")
    args = parser.parse_args(argv)
    for path in build(args.out):
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {path.stat().st_size // 1024} KiB")
    if args.unpacked:
        print(unpack_firefox(args.unpacked))
    return 0


if __name__ == "__main__":
    sys.exit(main())
