"""Every eval sample image gets its expected categories; benign ones stay quiet.

Runs the whole check the server runs (decode, OCR, layout, the project's text
engine on the OCR'd text, the policy pack's severities) on the developer
sample. The held-out set has other designs: see test_designs.py.
"""

from __future__ import annotations

import base64

import pytest

from .conftest import SAMPLE_ITEMS, sample_bytes


def _check(checker, item):
    body = {
        "text": item["text"],
        "images": [{"name": item["file"].rsplit("/", 1)[-1], "type": "image/jpeg", "data": base64.b64encode(sample_bytes(item)).decode()}],
        "context": item["context"],
    }
    return checker.check(checker.parse(body))


@pytest.mark.parametrize("item", SAMPLE_ITEMS, ids=[f"{i['id']}_{i['kind']}" for i in SAMPLE_ITEMS])
def test_sample_image_gets_its_expected_categories(checker, item):
    out = _check(checker, item)
    image_findings = [f for f in out["findings"] if f["source"].startswith("image:")]
    found = {f["category"] for f in image_findings}
    missing = set(item["expect"]) - found
    assert not missing, f"{item['id']}: missing {sorted(missing)}; found {sorted((f['rule'], f['severity']) for f in image_findings)}"
    assert not out.get("notices"), out.get("notices")
    if not item["expect"]:
        loud = [(f["rule"], f["severity"]) for f in image_findings if f["severity"] in ("high", "medium")]
        assert not loud, f"benign {item['kind']} raised {loud}"
    else:
        allowed = set(item["expect"]) | set(item.get("allow", []))
        extra = {f["category"] for f in image_findings if f["severity"] in ("high", "medium")} - allowed
        assert not extra, f"{item['id']}: unexpected categories {sorted(extra)}"


def test_image_findings_name_their_source_and_carry_no_offsets(checker):
    item = next(i for i in SAMPLE_ITEMS if i["kind"].startswith("idcard"))
    out = _check(checker, item)
    for f in out["findings"]:
        if f["source"].startswith("image:"):
            assert f["source"] == "image:" + item["file"].rsplit("/", 1)[-1]
            assert "start" not in f and "end" not in f
