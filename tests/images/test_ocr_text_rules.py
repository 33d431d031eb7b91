"""Text read out of a picture goes through the rules, not the category model."""

from __future__ import annotations

import base64
import io

from PIL import Image, ImageDraw

from second_thought.engine.detectors.category_model import MODEL_RULES

from . import synth as S

QUESTION = "Section B: answer any two questions. Q1 Evaluate the role of the central bank in managing inflation expectations"


def _picture_of(text: str) -> str:
    img = Image.new("RGB", (1500, 420), "white")
    d = ImageDraw.Draw(img)
    f = S.font("DejaVuSans.ttf", 34)
    words, line, y = text.split(), "", 40
    for w in words:
        if len(line) + len(w) > 60:
            d.text((40, y), line, fill="black", font=f)
            line, y = "", y + 60
        line = (line + " " + w).strip()
    d.text((40, y), line, fill="black", font=f)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return base64.b64encode(buf.getvalue()).decode()


def test_the_category_model_guesses_on_drafts_but_not_on_text_in_a_picture(checker):
    typed = checker.check(checker.parse({"text": QUESTION, "context": {"role": "student"}}))["findings"]
    assert {f["rule"] for f in typed} & MODEL_RULES, "the model should read the typed question as assessment material"
    shown = checker.check(checker.parse({"text": "", "context": {"role": "student"},
                                         "images": [{"name": "q.png", "type": "image/png", "data": _picture_of(QUESTION)}]}))
    assert not {f["rule"] for f in shown["findings"]} & MODEL_RULES
