"""A student/staff card, passport, driving licence or residence permit typed
out in a draft (Derby guidance: "not share images of your student IDs").

Several card fields together (a name, an ID number, a validity or birth date,
a card word or field labels) or a passport machine-readable line. A lone
number is personal data (another detector); mentioning a card ("lost my
student card again") is benign.
"""

from __future__ import annotations

import re

from ..types import Detection, DraftContext, Detector
from ._common import fold

CAT = "id_document"

_CARD = re.compile(
    r"\b(?:(?:uni|university|college|campus|student|staff|my|work|employee)\s+id|(?:full|provisional|driving|driver'?s|uk|eu)\s+licen[cs]e|licen[cs]e\s+(?:no|number|#)|student\s+(?:id|card)|staff\s+(?:id|card)|id\s+(?:card|no|number)|campus\s+card|uni\s+card|library\s+card|passport|driving\s+licen[cs]e"
    r"|valid\s+(?:to|till|until|thru|through|from)|university\s+of\s+\w+\s*[|/,-]\s*(?:student|staff)|(?:student|staff)\s*\|"
    r"|(?:student|staff|employee|security|access)\s+pass(?!\s*(?:mark|rate|grade))|driver'?s\s+licen[cs]e|provisional(?:\s+licen[cs]e)?|brp|biometric\s+residence\s+permit|residence\s+(?:permit|card)|national\s+id(?:entity)?\s+card|identity\s+card|card)\b|🪪",
    re.I)
_NUMBER = re.compile(r"(?<![\w/.-])(?:[A-Z]{1,2}\d{6,10}|\d{7,10}|[A-Z][A-Z9]{4}\d{6}[A-Z9]{2}\d[A-Z0-9]{2}|[A-Z]{5}\d{6}[A-Z0-9]{5}|[A-Z]{2}\d{7}|\d{9}[A-Z]{0,2})(?![\w/-])")
_DATE = re.compile(
    r"\b(?:valid|expires?|expiry|exp|issued?|date\s+of\s+(?:birth|issue|expiry)|dob|d\.o\.b|born)\b[^\n\d]{0,15}\d{1,4}(?:[/.\-]\d{1,4}){0,2}"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}/\d{4}\b",
    re.I)
_NAME = re.compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms|Miss|Mx)\.?\s+(?:[A-Z]\.\s*){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b|\b[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?\s+(?:[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?|[A-Z]'[A-Z][a-z]+|Mc[A-Z][a-z]+)\b|\b[A-Z]{2,}\s*,\s*[A-Z][a-z]+\b|\b[A-Z]{2,}\s*,\s*[A-Z]{2,}\b|\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\b")
_LABEL = re.compile(
    r"\b(?:name|surname|given\s+names?|forenames?|nationality|sex|gender|place\s+of\s+birth|date\s+of\s+birth|dob|course|faculty|student\s+(?:no|number|id)|staff\s+(?:no|number|id)"
    r"|id\s+(?:no|number)|card\s+(?:no|number)|issue\s+(?:no|number)|passport\s+(?:no|number)|licen[cs]e\s+(?:no|number)|permit\s+(?:no|number)"
    r"|document\s+(?:no|number)|expiry|valid\s+(?:from|to|until)|issued|id)\.?\s*(?:[:#=]|(?=[A-Z]{0,2}\d{5}))"
    # a bare "no." right before an ID-shaped number ("passport ... no. YA7718420")
    r"|\bno\.\s*(?=[A-Z]{1,2}\d{6,9}\b)",
    re.I)
_LICENCE_NO = re.compile(r"(?<![\w/.-])[A-Z9]{5}\s?\d{6}\s?[A-Z9]{2}\d[A-Z0-9]{2}(?![\w/-])")
#: A machine-readable line: 44 characters on a passport (TD3), 30 or 36 on
#: ID cards and permits; people typing one out miscount the fillers, so 25-50.
_MRZ = re.compile(r"(?<![A-Z0-9<])(?=[A-Z0-9<]*<<)[A-Z0-9<]{25,50}(?![A-Z0-9<])")


# A picture of an ID card, passport or licence said to be attached or posted
# with the draft ("pic of my student ID front and back 👇").
_SHOWN = re.compile(
    r"\b(?:(?:photos?|pics?|pictures?|scans?|copy|copies|images?|screenshots?|snaps?|selfie)\s+(?:of\s+)?(?:both\s+sides\s+of\s+|the\s+front\s+(?:and\s+back\s+)?of\s+)?|(?:both\s+sides|front\s+and\s+back|the\s+front)\s+of\s+)(?:my|her|his|their|the|this|[\w']+'s)\s+(?:new\s+|old\s+|biometric\s+|national\s+|full\s+|uk\s+|eu\s+)*"
    r"(?:student\s+|staff\s+|uni\s+|university\s+|work\s+|campus\s+)?(?:id(?:\s+card)?|card|passport(?:\s+(?:photo\s+)?page)?|driving\s+licen[cs]e|driver'?s\s+licen[cs]e|provisional(?:\s+licen[cs]e)?|licen[cs]e|brp|residence\s+(?:permit|card)|national\s+id(?:\s+card)?|identity\s+card|id\s+card|lanyard)\b",
    re.I)
# An attachment described in brackets, as people do when a picture goes with
# the post ("[photo: my new staff ID badge]", "[image: photo of my passport page]").
_SHOWN_BRACKET = re.compile(
    r"\[(?:image|photo|pic|picture|screenshot|video|scan)s?\s*(?:of|:|-|–|—)?\s*(?:(?:photo|pic|picture|scan)\s+of\s+)?"
    r"(?:(?:the\s+)?(?:front|back|both\s+sides)(?:\s+and\s+back)?\s+of\s+)?(?:(?:my|her|his|their|the|this|a|an|[\w']+'s)\s+)?(?:new\s+|old\s+|biometric\s+|full\s+|uk\s+|provisional\s+)*"
    r"(?:(?:student\s+|staff\s+|uni\s+|university\s+|work\s+|campus\s+)?(?:id(?:\s+(?:card|badge))?|card|badge|lanyard|passport(?:\s+(?:photo|data|bio))?(?:\s+page)?|driving\s+licen[cs]e|licen[cs]e|brp|residence\s+(?:permit|card)|national\s+id(?:\s+card)?|identity\s+card)"
    # an issuer before the card: "trust ID badge", "NHS smartcard"
    r"|[\w-]+\s+(?:id\s+(?:card|badge)|smart\s?card|passport|driving\s+licen[cs]e))\b[^\]]*\]",
    re.I)
# "[photo: both cards side by side]" after the draft has named ID cards.
_SHOWN_CARDS_BRACKET = re.compile(
    r"\[(?:image|photo|pic|picture|scan)s?\s*(?:of|:|-|–|—)?\s*(?:(?:both|the|my)\s+(?:id\s+)?cards|(?:both|the\s+two)\s+(?:of\s+)?them)\b[^\]]*\]", re.I)
_ID_CARD_NAMED = re.compile(
    r"\b(?:(?:uni|university|student|staff|campus|nhs|id|identity)\s*(?:card|smart\s?card)|smart\s?card|passport|driving\s+licen[cs]e|brp|id\s+badge)s?\b", re.I)
# A carousel post about someone's card: "my real student card vs my cousin's
# old one 😂 swipe to see both".
_SHOWN_SWIPE = re.compile(
    r"\b(?:my|her|his|their|[\w']+'s)\s+(?:real\s+|new\s+|old\s+|fake\s+)?(?:student|staff|uni|university|work|campus)\s+(?:id(?:\s+card)?|card)\b"
    r"(?=[^\n]{0,160}\bswipe\s*(?:to\s+see|for|left|right|through|across|➡️|➡|→|👉|>+))", re.I)
_SHOWN_MINE = re.compile(
    r"\bmy\s+(?:new\s+|old\s+)?(?:student\s+|staff\s+|uni\s+|university\s+|work\s+)?(?:id(?:\s+card)?|card|passport|driving\s+licen[cs]e|licen[cs]e|provisional|brp|residence\s+permit)\b[^.\n]{0,30}?\b(?:is|are|'s)\s+(?:in\s+the\s+(?:photo|pic|picture|image|attachment|screenshot)|attached|below|above)\b",
    re.I)
_SHOWN_HERE = re.compile(
    r"\b(?:attached|attaching|below|here(?:'s|s|\s+it\s+is|\s+is)?|front\s+and\s+back|both\s+sides|posting|posted|sending|sent\s+(?:it|you)|see\s+(?:pic|photo)|in\s+the\s+(?:pic|photo|chat|gc))\b|👇|⬇️|📸|🪪",
    re.I)
_SHOWN_NOT = re.compile(
    r"\b(?:lost|losing|can't\s+find|cannot\s+find|stolen|left|forgot|forgotten|need(?:s|ed)?\s+to|have\s+to|has\s+to|asked\s+(?:me\s+)?(?:for|to)|asking\s+for|upload(?:ed|ing)?\s+(?:it\s+)?(?:to|on)\s+(?:the\s+)?(?:portal|form|website|app|system)|(?:never|don't|do\s+not|dont)\s+(?:post|share|send)|should\s+i|is\s+it\s+safe|do\s+(?:i|you)\s+need)\b",
    re.I)


#: Line 2 of a passport's machine-readable zone (TD3): document number, its
#: check digit, nationality, birth date ...
_MRZ_NUMBER = re.compile(r"(?<![A-Z0-9<])([A-Z0-9<]{9})\d[A-Z<]{3}\d{6}\d[MF<]\d{6}")
#: A short staff or student number right after its label ("Staff No. 004318").
_LABELLED_NUMBER = re.compile(r"\b(?:(?:student|staff|employee|card|id)\s*(?:no|number|id|#)|no(?=\.))\.?\s*[:#]?\s*(\d{5,6})(?![\w/-])", re.I)
#: A card's fields typed out with separators ("Dr H. Mwangi | Staff | No. 004417 | Access B/C").
_FIELD_LAYOUT = re.compile(r"[^|•·\n]{2,40}(?:\s[|•·]\s[^|•·\n]{1,40}){3,}")
#: The faculty, school or department printed on a university card.
_UNIT = re.compile(r"\b(?:faculty|school|department|dept|college|institute)\s+of\s+[A-Z&]", re.I)
#: A labelled field with its value ("Surname HUGHES", "DOB 14.02.1991").
_LABEL_VALUE = re.compile(
    r"\b(surname|given\s+names?|forenames?|nationality|sex|place\s+of\s+birth|date\s+of\s+birth|dob|date\s+of\s+(?:issue|expiry)|expiry)"
    r"\s*[:#=]?\s*(?:(?-i:[A-Z][A-Za-z'-]+)\b|\d{1,2}[\s./-]\d{1,2}[\s./-]\d{2,4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})",
    re.I)


_STUDENT_CARD = re.compile(r"\b(?:student|staff|uni|university|campus|college|library|employee|work)\b", re.I)


def _number_detection(rule: str, start: int, end: int) -> Detection:
    """The readable number of a shown document is personal data too (LABELLING: "+ personal_data when a
    number is readable")."""
    return Detection(rule, "personal_data", start, end, 0.85)


class IdDocumentDetector(Detector):
    rules = (
        "id_document.transcribed_card",
        "id_document.passport_mrz",
        "id_document.shown_card",
        "pii.passport_number",
        "pii.student_id",
    )

    def detect(self, text: str, ctx: DraftContext) -> list[Detection]:
        if not text:
            return []
        t = fold(text)
        out: list[Detection] = []
        mrz = _MRZ.search(t)
        doc = _MRZ_NUMBER.search(t)
        if mrz is not None and sum(c.isdigit() for c in mrz.group()) + mrz.group().count("<") < 8:
            mrz = None
        # the second line alone (number, nationality, birth date, sex, expiry) is as telling
        mrz = mrz or doc
        if mrz is not None:
            out.append(Detection("id_document.passport_mrz", CAT, mrz.start(), mrz.end(), 0.9))
            if doc is not None and doc.group(1).strip("<"):
                out.append(_number_detection("pii.passport_number", doc.start(1), doc.start(1) + len(doc.group(1).rstrip("<"))))
        bracket = _SHOWN_BRACKET.search(t)
        if bracket is None:
            cards = _SHOWN_CARDS_BRACKET.search(t)
            if cards is not None and _ID_CARD_NAMED.search(t[: cards.start()]) is not None:
                bracket = cards
        if bracket is not None and _SHOWN_NOT.search(bracket.group()) is None:
            out.append(Detection("id_document.shown_card", CAT, bracket.start(), bracket.end(), 0.7))
        if bracket is None and _SHOWN_NOT.search(t) is None:
            shown = _SHOWN.search(t) or _SHOWN_MINE.search(t)
            if shown is None:
                shown = _SHOWN_SWIPE.search(t)  # a carousel post needs no "here"
            elif _SHOWN_HERE.search(t, max(0, shown.start() - 80), min(len(t), shown.end() + 80)) is None:
                shown = None
            if shown is not None:
                out.append(Detection("id_document.shown_card", CAT, shown.start(), shown.end(), 0.7))
        licence = _LICENCE_NO.search(t)
        found = _NUMBER.search(t) or licence
        labelled = _LABELLED_NUMBER.search(t) if found is None else None
        number = found.span() if found is not None else labelled.span(1) if labelled is not None else None
        card = _CARD.search(t)
        if number is None:
            # No number, but a document's fields typed out with their labels
            # ("Surname OYELARAN-FINCH, Given names TEMITOPE, DOB 14.02.1991,
            # Nationality NIGERIAN"): a transcription all the same.
            valued = list(_LABEL_VALUE.finditer(t))
            if card is not None and len({m.group(1).lower().split()[0] for m in valued}) >= 3:
                out.append(Detection("id_document.transcribed_card", CAT, valued[0].start(), valued[-1].end(), 0.8))
            return out
        labels = list(_LABEL.finditer(t))
        if card is None and licence is None and len(labels) < 2:
            return out
        spans = [number] + [m.span() for m in labels]
        fields = min(len(labels), 2)
        if licence is not None:
            # a UK driving licence number is a card field by its shape alone
            fields += 1
        for pattern in (_DATE, _NAME, _UNIT, _FIELD_LAYOUT):
            m = pattern.search(t)
            if m is not None:
                fields += 1
                spans.append(m.span())
        if fields >= 2:
            start = min(s for s, _ in spans)
            end = max(e for _, e in spans)
            out.append(Detection("id_document.transcribed_card", CAT, start, end, 0.85))
            # a five- or six-digit number from a card's label is a student or staff number, not a passport's
            student = (card is not None and _STUDENT_CARD.search(card.group()) is not None and licence is None) or labelled is not None
            out.append(_number_detection("pii.student_id" if student else "pii.passport_number", *number))
        return out
