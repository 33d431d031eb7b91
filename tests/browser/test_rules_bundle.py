"""The offline bundle is the shared rules, current, and means the same in JS as in Python."""

from __future__ import annotations

import json
import sys

import pytest
import yaml

from conftest import ROOT
from test_js_units import run_js

sys.path.insert(0, str(ROOT / "tools"))
import export_rules  # noqa: E402

try:
    import regex as pyre  # the companion's regex engine
except ImportError:  # pragma: no cover
    import re as pyre


def test_the_committed_bundle_is_what_export_rules_writes_from_shared_rules():
    assert export_rules.BUNDLE.read_text(encoding="utf-8") == export_rules.render(export_rules.build()), (
        "extension/rules/bundle.json is stale: run `python tools/export_rules.py` and commit it"
    )


def _examples():
    for rule in export_rules.build()["rules"]:
        data = yaml.safe_load((export_rules.RULES_DIR / f"{rule['id']}.yaml").read_text(encoding="utf-8"))
        for kind in ("match", "no_match"):
            for example in (data.get("examples") or {}).get(kind, []):
                text = example if isinstance(example, str) else example["text"]
                yield pytest.param(rule, text, kind, id=f"{rule['id']}-{kind}-{text[:30]}")


EXAMPLES = list(_examples())


def test_every_pattern_compiles_in_javascript():
    rules = export_rules.build()["rules"]
    result = run_js(f"""
      const rules = {json.dumps(rules)};
      const bad = [];
      for (const r of rules) for (const p of r.patterns) {{
        try {{ new RegExp(p.regex, 'g' + (p.flags || '')); }} catch (e) {{ bad.push(r.id + ' ' + p.name + ': ' + e.message); }}
      }}
      print(bad);
    """)
    assert result == []


@pytest.mark.parametrize(("rule", "text", "kind"), EXAMPLES)
def test_each_pattern_finds_the_same_spans_in_javascript_as_in_python(rule, text, kind):
    """The contract between the two engines: same regex, same matches, on every rule example."""
    expected = []
    for p in rule["patterns"]:
        flags = pyre.IGNORECASE if "i" in p.get("flags", "") else 0
        expected.append([[m.start(), m.end()] for m in pyre.finditer(p["regex"], text, flags) if m.end() > m.start()])
    found = run_js(f"""
      const text = {json.dumps(text)};
      const cp = (i) => [...text.slice(0, i)].length;  // UTF-16 → Python string index
      print({json.dumps(rule["patterns"])}.map(p => {{
        const re = new RegExp(p.regex, 'g' + (p.flags || ''));
        return [...text.matchAll(re)].filter(m => m[0].length).map(m => [cp(m.index), cp(m.index + m[0].length)]);
      }}));
    """)
    assert found == expected
