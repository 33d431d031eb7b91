"""Fixtures for the image checks: one real analyzer (real Tesseract) per run."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from second_thought.engine.images import ImageAnalyzer
from second_thought.engine.types import Detection

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("SECOND_THOUGHT_SHARED", REPO.parent / "shared"))
SAMPLES = SHARED / "eval" / "samples"
SAMPLE_ITEMS = [json.loads(line) for line in (SAMPLES / "images.jsonl").read_text().splitlines() if line.strip()]

_PHONE = re.compile(r"(?<![\d+])(?:\+44\s?7\d{3}|07\d{3})\s?\d{3}\s?\d{3}(?!\d)")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


RULES_DIR = REPO / "shared-rules" / "rules"


def severity_of(d: Detection) -> str:
    """The severity a user sees: the detection's own, else its rule file's."""
    if d.severity:
        return d.severity
    import yaml

    return yaml.safe_load((RULES_DIR / f"{d.rule}.yaml").read_text())["severity"]


def regex_text_detect(text: str) -> list[Detection]:
    """A small real text detector (UK mobiles, emails) for tests of the image
    package on its own; the end-to-end tests use the project's engine."""
    out = [Detection("pii.phone_number", "personal_data", m.start(), m.end()) for m in _PHONE.finditer(text)]
    out += [Detection("pii.email", "personal_data", m.start(), m.end()) for m in _EMAIL.finditer(text)]
    return out


@pytest.fixture(scope="session")
def analyzer() -> ImageAnalyzer:
    a = ImageAnalyzer(ocr_workers=2)
    assert a.ocr_available, "these tests need Tesseract (apt-get install tesseract-ocr)"
    yield a
    a.close()


def sample_bytes(item: dict) -> bytes:
    return (SAMPLES / item["file"]).read_bytes()


def sample_path(item: dict) -> Path:
    return SAMPLES / item["file"]
