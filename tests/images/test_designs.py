"""Other designs than the samples: cards, passports, exams, calls and benign
pictures drawn by tests/images/synth.py with other fonts, layouts, wording,
colours and camera angles."""

from __future__ import annotations

import pytest

from second_thought.engine.types import DraftContext

from . import synth as S
from .conftest import regex_text_detect, severity_of

CASES = {
    "vertical staff badge photographed at an angle": (lambda: S.jpeg(S.photograph(S.id_card_portrait_layout(), 12)), {"id_document", "personal_data"}),
    "vertical staff badge, flat scan": (lambda: S.png(S.id_card_portrait_layout()), {"id_document", "personal_data"}),
    "landscape student card on a dark table, tilted the other way": (
        lambda: S.jpeg(S.photograph(S.id_card_landscape(), -18, bg=(80, 60, 40))), {"id_document", "personal_data"}),
    "driving licence photographed on a table": (
        lambda: S.jpeg(S.photograph(S.driving_licence(), -10, canvas=(1400, 1100))), {"id_document", "personal_data"}),
    "passport data page with a machine-readable zone": (
        lambda: S.jpeg(S.photograph(S.passport_page(), 4, canvas=(1500, 1200))), {"id_document", "personal_data"}),
    "exam paper with sections and lettered parts, photographed": (
        lambda: S.jpeg(S.photograph(S.exam_paper(), -9, bg=(200, 190, 170), canvas=(1500, 1900))), {"assessment_material"}),
    "answer book on lined paper with handwriting": (
        lambda: S.jpeg(S.photograph(S.answer_sheet(), 7, canvas=(1500, 1900))), {"assessment_material"}),
    "light-theme video call with four participants": (lambda: S.png(S.teams_call()), {"consent_media"}),
    "group photo of three people": (lambda: S.jpeg(S.group_photo()), {"consent_media"}),
    "small card in a wide photo, tilted 22 degrees": (lambda: S.jpeg(S.small_card_on_table(22)), {"id_document"}),
    "small card in a wide photo, tilted -25 degrees": (lambda: S.jpeg(S.small_card_on_table(-25)), {"id_document"}),
    "out-of-focus card": (lambda: S.jpeg(S.blurred_card()), {"id_document"}),
    "learning-platform recording with an attendee list": (lambda: S.png(S.collaborate_recording()), {"consent_media"}),
    "dark call with cameras off (initials and names)": (lambda: S.png(S.call_with_initials(6, dark=True)), {"consent_media"}),
    "light call with two participants, cameras off": (lambda: S.png(S.call_with_initials(2, dark=False)), {"consent_media"}),
    "online quiz in progress on a learning platform": (lambda: S.png(S.online_quiz()), {"assessment_material"}),
    "handwritten numbered answers on lined paper": (
        lambda: S.jpeg(S.photograph(S.handwritten_answers(), 5, canvas=(1500, 1900))), {"assessment_material"}),
}

BENIGN = {
    "open-day poster with a public switchboard": lambda: S.jpeg(S.public_poster()),
    "group chat without personal data": lambda: S.png(S.chat_no_personal_data()),
    "book back cover with an ISBN barcode": lambda: S.jpeg(S.book_back_cover()),
    "society poster with two illustrated actors": lambda: S.jpeg(S.poster_with_people()),
    "gig poster saying live, host, meeting and leave": lambda: S.jpeg(S.gig_poster()),
}


@pytest.mark.parametrize("name", list(CASES))
def test_other_designs_are_recognised(analyzer, name):
    make, expected = CASES[name]
    img = analyzer.decode(make(), "x.jpg")
    res = analyzer.analyze(img, "x.jpg", DraftContext(role="student"), regex_text_detect)
    found = {d.category for d in res.detections}
    assert expected <= found, f"{name}: found {[d.rule for d in res.detections]}"
    assert res.notice is None


@pytest.mark.parametrize("name", list(BENIGN))
def test_benign_designs_raise_nothing_loud(analyzer, name):
    img = analyzer.decode(BENIGN[name](), "x.jpg")
    res = analyzer.analyze(img, "x.jpg", DraftContext(role="student"), regex_text_detect)
    assert not [d.rule for d in res.detections if severity_of(d) in ("high", "medium")]
    assert res.ocr_text_chars > 20  # the text was read, and found harmless


def test_staff_posting_an_exam_paper_is_told_it_is_confidential(analyzer):
    img = analyzer.decode(S.png(S.exam_paper()), "exam.png")
    staff = analyzer.analyze(img, "exam.png", DraftContext(role="staff"), regex_text_detect)
    student = analyzer.analyze(img, "exam.png", DraftContext(role="student"), regex_text_detect)
    assert "confidential" in {d.category for d in staff.detections}
    assert "assessment_material" in {d.category for d in student.detections}
