"""Without Tesseract the checks say so instead of silently passing."""

from __future__ import annotations

from second_thought.engine.images import ImageAnalyzer
from second_thought.engine.types import DraftContext

from .conftest import SAMPLE_ITEMS, regex_text_detect, sample_bytes


def test_missing_tesseract_turns_ocr_off_and_says_so():
    a = ImageAnalyzer(tesseract_cmd="/nonexistent/bin/tesseract")
    try:
        assert a.ocr_available is False
        chat = next(i for i in SAMPLE_ITEMS if i["kind"] == "chat_phone")
        res = a.analyze(a.decode(sample_bytes(chat), "chat.png"), "chat.png", DraftContext(), regex_text_detect)
        assert res.notice and "not checked" in res.notice and "Tesseract" in res.notice
        assert res.ocr_text_chars == 0
        # what does not need text still works: EXIF GPS
        gps = next(i for i in SAMPLE_ITEMS if i["kind"] == "photo_exif_gps")
        res = a.analyze(a.decode(sample_bytes(gps), "run.jpg"), "run.jpg", DraftContext(), regex_text_detect)
        assert "location" in {d.category for d in res.detections}
    finally:
        a.close()


def test_missing_tesseract_is_also_detected_through_the_pytesseract_backend():
    a = ImageAnalyzer(tesseract_cmd="/nonexistent/bin/tesseract", ocr_backend="pytesseract")
    assert a.ocr_available is False
    a.close()


def test_the_pytesseract_backend_reads_the_same_phone_number():
    a = ImageAnalyzer(ocr_backend="pytesseract")
    try:
        assert a.ocr_backend == "pytesseract"
        chat = next(i for i in SAMPLE_ITEMS if i["kind"] == "chat_phone")
        res = a.analyze(a.decode(sample_bytes(chat), "chat.png"), "chat.png", DraftContext(), regex_text_detect)
        assert "personal_data" in {d.category for d in res.detections}
    finally:
        a.close()
