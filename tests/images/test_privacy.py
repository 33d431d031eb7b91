"""What the image checks say never contains what was read from the image."""

from __future__ import annotations

import re

from second_thought.engine.types import DraftContext

from . import synth as S
from .conftest import SAMPLE_ITEMS, regex_text_detect, sample_bytes


def _words(item) -> list[str]:
    out = []
    for d in item.get("drawn", []):
        out += [w for w in re.split(r"\W+", d) if len(w) >= 4]
    return out


def test_reasons_never_quote_names_or_numbers_from_the_picture(analyzer):
    for item in SAMPLE_ITEMS:
        res = analyzer.analyze(analyzer.decode(sample_bytes(item), "x"), "x", DraftContext(), regex_text_detect)
        for d in res.detections:
            assert d.start is None and d.end is None and d.replacement is None
            for w in _words(item):
                assert w.lower() not in (d.reason or "").lower(), (item["id"], d.rule)


def test_text_engine_findings_become_whole_image_findings_with_the_same_rule(analyzer):
    item = next(i for i in SAMPLE_ITEMS if i["kind"] == "chat_phone")
    seen: list[str] = []

    def spy_detect(text: str):
        seen.append(text)
        return regex_text_detect(text)

    res = analyzer.analyze(analyzer.decode(sample_bytes(item), "x.png"), "x.png", DraftContext(), spy_detect)
    assert len(seen) == 1 and "07700" in seen[0]  # the engine got the OCR'd text
    phone = [d for d in res.detections if d.rule == "pii.phone_number"]
    assert phone and phone[0].start is None and "07700" not in (phone[0].reason or "")
    assert res.ocr_text_chars == len(seen[0])


def test_card_reason_describes_the_card_not_its_contents(analyzer):
    res = analyzer.analyze(analyzer.decode(S.png(S.id_card_landscape()), "c.png"), "c.png", DraftContext(), regex_text_detect)
    card = next(d for d in res.detections if d.rule == "image.id_card")
    assert "photo" in card.reason and "ID number" in card.reason
    assert "23019846" not in card.reason and "Tomasz" not in card.reason
