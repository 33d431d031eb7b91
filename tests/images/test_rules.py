"""Every rule the image checks can emit has a valid rule file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from second_thought.engine.images import IMAGE_RULES

REPO = Path(__file__).resolve().parents[2]
RULES = REPO / "shared-rules" / "rules"
SCHEMA = json.loads((REPO / "shared-rules" / "schema" / "rule.schema.json").read_text())
SOURCES = (REPO / "companion" / "second_thought" / "engine" / "images").glob("*.py")


@pytest.mark.parametrize("rule", IMAGE_RULES)
def test_image_rule_has_a_valid_rule_file(rule):
    data = yaml.safe_load((RULES / f"{rule}.yaml").read_text())
    jsonschema.validate(data, SCHEMA)
    assert data["id"] == rule


def test_every_rule_id_in_the_image_code_is_declared():
    used = set()
    for path in SOURCES:
        used |= set(re.findall(r'"(image\.[a-z_]+)"', path.read_text()))
    assert used == set(IMAGE_RULES)


def test_no_orphan_image_rule_files():
    files = {p.stem for p in RULES.glob("image.*.yaml")}
    assert files == set(IMAGE_RULES)
