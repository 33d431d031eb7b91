"""Meta-tests: the extension's structure stays as its README describes it."""

from __future__ import annotations

import base64
import hashlib
import json
import re

from harness import EXTENSION, EXTENSION_ID

JS = sorted(EXTENSION.rglob("*.js"))
IMPORT = re.compile(r"""^\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]""", re.M)


def manifest() -> dict:
    return json.loads((EXTENSION / "manifest.json").read_text())


def test_the_manifest_key_gives_the_extension_id_the_companion_allows():
    der = base64.b64decode(manifest()["key"])
    digest = hashlib.sha256(der).hexdigest()[:32]
    assert "".join(chr(ord("a") + int(c, 16)) for c in digest) == EXTENSION_ID
    assert EXTENSION_ID in (EXTENSION / "README.md").read_text()


def test_every_file_the_manifest_names_exists():
    m = manifest()
    named = [m["background"]["service_worker"], *m["background"]["scripts"], m["action"]["default_popup"],
             m["options_ui"]["page"], m["storage"]["managed_schema"], *m["icons"].values()]
    for script in m["content_scripts"]:
        named += script["js"]
    missing = [path for path in named if not (EXTENSION / path).is_file()]
    assert missing == []


def _imports(path):
    for a, b in IMPORT.findall(path.read_text()):
        yield (path.parent / (a or b)).resolve()


def test_every_module_the_content_script_loads_is_web_accessible():
    patterns = [p for entry in manifest()["web_accessible_resources"] for p in entry["resources"]]
    seen, todo = set(), [EXTENSION / "content" / "main.js"]
    while todo:
        path = todo.pop().resolve()
        if path in seen:
            continue
        seen.add(path)
        assert path.is_file(), f"{path} is imported but does not exist"
        todo.extend(_imports(path))
    for path in seen:
        rel = path.relative_to(EXTENSION).as_posix()
        assert any(re.fullmatch(p.replace(".", r"\.").replace("*", "[^/]*"), rel) for p in patterns), f"{rel} is not web-accessible"


def test_every_adapter_file_is_registered():
    adapters = EXTENSION / "content" / "adapters"
    index = (adapters / "index.js").read_text()
    helpers = {"index.js", "dom_text.js"}
    for path in adapters.glob("*.js"):
        if path.name not in helpers:
            assert f"from './{path.name}'" in index, f"{path.name} is not imported in adapters/index.js"


def test_the_overlay_and_the_adapters_never_call_the_browser_api():
    for folder in ("overlay", "adapters"):
        for path in (EXTENSION / "content" / folder).glob("*.js"):
            code = re.sub(r"//.*", "", path.read_text())
            assert not re.search(r"\b(chrome|browser)\.", code), f"{path.name} calls the extension API"


def test_message_types_are_spelled_only_in_the_messages_module():
    messages = EXTENSION / "shared" / "messages.js"
    types = re.findall(r"^\s+[A-Z_]+: '([a-z-]+)',", messages.read_text(), re.M)
    assert len(types) >= 7
    for path in JS:
        if path != messages:
            code = path.read_text()
            spelled = [t for t in types if re.search(rf"""type\s*(?::|===?)\s*['"]{t}['"]""", code)]
            assert spelled == [], f"{path.relative_to(EXTENSION)} spells message types {spelled}"


def test_only_the_service_worker_talks_to_the_companion():
    for path in JS:
        if "background" not in path.parts:
            assert "fetch(" not in path.read_text() or path.name == "service_worker.js", path


def test_the_managed_schema_lists_exactly_the_keys_it_can_set():
    schema = json.loads((EXTENSION / "managed_schema.json").read_text())
    settings = (EXTENSION / "shared" / "settings.js").read_text()
    managed = re.search(r"MANAGED_KEYS = Object\.freeze\(\[([^\]]*)\]", settings).group(1)
    assert sorted(schema["properties"]) == sorted(re.findall(r"'(\w+)'", managed))
