"""What kind of picture is this? Layout and words, never specific samples.

Each classifier combines *independent* cues — words that the document type
prints (an exam paper's "[10 marks]", a card's "valid until"), the shape of
the page (ruled lines, a grid of video tiles) and pictures inside it (a
portrait, a barcode) — and fires only when cues of different kinds agree.
Reasons name the cues, never the recognised text.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Callable

from .features import Box

# ------------------------------------------------------------------ cues


def _rx(p: str) -> re.Pattern:
    return re.compile(p, re.I | re.M)


# OCR often garbles the first letter of a word in a coloured band
# ("Wniversity"), so the stems are matched without it.
INSTITUTION = _rx(r"\b(\w?niversit\w*|\w?olleges?|academy|institute|polytechnic|school of)\b")
IDENTITY_PHRASE = _rx(
    r"\b(student|staff|employee|library|member(?:ship)?|visitor|contractor)\s*(id|i\.d\.|identity|identification|card|pass|number|no\.?)\b"
    r"|\bidentity\s+card\b|\bid\s*card\b|\bcampus\s+card\b|\bidentification\b|\bidentity\b"
)
VALIDITY = _rx(
    r"\b(valid(?:\s+(?:until|to|thru|through|from))?|expiry|expires|exp\.?|issued|date of issue|issue date)\b"
    r"[\s:]*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[/.-]\d{2,4}|(?:\d{1,2}\s+)?[a-z]{3,9}\.?\s+\d{2,4})"
)
# Card/ID numbers: an optional one- or two-letter prefix and 5-10 digits, or a
# bare 6-10 digit run. OCR often reads a bold "E" as "£"/"€".
ID_TOKEN = re.compile(
    r"(?<![\w£€$/:.-])(?:[A-Z£€]{1,2}\d{5,10}|\d{6,10}"
    r"|[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2})"  # UK driving licence number (DVLA format)
    r"(?![\w/:-])"
)
NAME_LINE = re.compile(r"^\s*(?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-zA-Z'’-]+|[A-Z]\.)){1,3}\s*$")

PASSPORT_WORDS = _rx(r"\bpassport\b|\bpasseport\b|\bresidence permit\b|\bnational identity card\b|\bbiometric residence\b")
PASSPORT_FIELDS = _rx(r"\b(nationality|surname|given names?|date of birth|place of birth|authority|sex)\b")
LICENCE_WORDS = _rx(r"\bdriving\s+licen[cs]e\b|\bdriver'?s?\s+licen[cs]e\b|\bprovisional\s+licen[cs]e\b")
MRZ_LINE = re.compile(r"^[A-Z0-9<«]{25,46}$")

EXAM_STRONG = {
    "an instruction to answer the questions": _rx(r"\banswer\s+(?:all|any|both|each|one|two|three|four|five|\d+)\b[\w\s]{0,20}?\bquestions?\b"),
    "marks per question": _rx(r"[\[\(\{]\s*\d{1,3}\s*marks?\s*[\]\)\}]|\b\d{1,3}\s*marks?\s*[\]\)\}]"),
    "a total of marks": _rx(r"\btotal\s*(?:of\s*)?[:=]?\s*\d{1,3}\s*marks\b|\bmarks?\s+available\b"),
    "'turn over'": _rx(r"\bturn\s*over\b|\bplease\s+turn\b"),
    "an exam title": _rx(
        r"\bexamination\b|\bexam(?:ination)?\s+paper\b|\bend\s+of\s+(?:module|term|year|unit|semester)\s+(?:assessment|exam\w*|test)\b"
        r"|\b(?:phase|class|mid-?term|in-?class|unseen)\s+test\b|\bresit\b"
    ),
    "instructions to candidates": _rx(r"\binstructions\s+to\s+candidates\b|\bdo\s+not\s+(?:open|turn)\b[\w\s]{0,30}\buntil\b"),
    "a time allowed": _rx(r"\btime\s+allowed\b|\bduration\s*:?\s*\d|\b\d\s*hours?\s+\d{1,2}\s*min"),
    # online tests and quizzes on a learning platform
    "question numbering of an online test": _rx(r"\bquestion\s+\d{1,3}\s+of\s+\d{1,3}\b"),
    "test controls": _rx(
        r"\bsave\s+(?:and\s+submit|answer|all\s+answers)\b|\bsubmit\s+(?:test|quiz|exam|assessment|attempt)\b"
        r"|\btime\s+(?:remaining|left|elapsed)\b|\bfinish\s+attempt\b"
    ),
}
SCRIPT_CUES = {
    "an answer booklet heading": _rx(r"\banswer\s+(?:booklet|book|script|sheet|paper)\b|\bexam(?:ination)?\s+script\b"),
    "a candidate number box": _rx(r"\bcandidate\s*(?:number|no\.?|id)\b|\bseat\s*(?:number|no\.?)\b|\bdesk\s*number\b"),
    "a module code box": _rx(r"\bmodule\s*code\b|\bcourse\s*code\b|\bpaper\s*code\b"),
}
EXAM_WEAK = {
    "numbered questions": _rx(r"\bquestion\s*\d{1,2}\b|^\s*q\s*\d{1,2}\b"),
    "marks": _rx(r"\bmarks?\b|\b\d{1,3}\s+points?\b"),
    "a module code": re.compile(r"\b[A-Z]{2,5}\s?\d{3,4}[A-Z]?\b"),
    "page numbering": _rx(r"\bpage\s+\d+\s+of\s+\d+\b"),
    "exam wording": _rx(r"\bexam\b|\bassessment\b|\bcandidates?\b|\bsection\s+[a-d]\b"),
    "lettered parts": _rx(r"^\s*\(?[a-f]\)\s+\w|\s\([a-f]\)\s+[A-Z]"),
}

# Words of video-call and lecture-capture interfaces. The specific ones name
# a platform or a control; the general ones only count next to a tile grid.
MEETING_UI = _rx(
    r"(?:^|\s|●|•)rec\b|\brecording\b|\bun-?mute\b|\bmuted\b|\bparticipants?\b|\battendees\b|\braise\s+hand\b"
    r"|\bshare\s+screen\b|\bzoom\b|\bmicrosoft\s+teams\b|\bcollaborate\b|\bblackboard\b|\bpanopto\b|\bwebinar\b"
    r"|\bbreakout\b|\bgallery\s+view\b|\bspeaker\s+view\b|\bin\s+call\b|\bleave\s+(?:call|meeting)\b"
)
MEETING_WORDS = _rx(
    MEETING_UI.pattern
    + r"|\bmute\b|\bleave\b|\bguest\s*\d+\b|\bhost\b|\bteams\b|\breplay\b|\bcamera\b|\bmeeting\b|\blive\b"
)
SESSION_WORDS = _rx(r"\btutorial\b|\blecture\b|\bseminar\b|\bworkshop\b|\bclass\b|\bsession\b|\blab\b")
NAME_LABEL = re.compile(r"^\s*(?:[A-Z][a-z'’-]{1,20}(?:\s+[A-Z][a-zA-Z'’-]{1,20}){0,2}|Guest\s*\d{0,3})\s*$")


class Features:
    """What the classifiers look at. ``barcodes`` and ``ruled`` are computed
    on first use only (most pictures never need them)."""

    def __init__(
        self,
        width: int,
        height: int,
        lines: list[tuple[str, tuple[int, int, int, int], float]],  # OCR lines (text, box, conf)
        text: str,
        faces: list[Box],
        tiles: list[Box],
        ocr_ran: bool,
        barcodes: "Callable[[], list[Box]] | list[Box]" = (),
        ruled: "Callable[[], int] | int" = 0,
        cards: list[Box] = (),
        words: list[tuple[str, tuple[int, int, int, int]]] = (),
    ):
        self.cards = list(cards)
        self.words = list(words)
        self.width, self.height = width, height
        self.lines, self.text = lines, text
        self.faces, self.tiles, self.ocr_ran = faces, tiles, ocr_ran
        self._barcodes, self._ruled = barcodes, ruled

    @property
    def barcodes(self) -> list[Box]:
        if callable(self._barcodes):
            self._barcodes = self._barcodes()
        return list(self._barcodes)

    @property
    def ruled(self) -> int:
        if callable(self._ruled):
            self._ruled = self._ruled()
        return int(self._ruled)


@dataclasses.dataclass(frozen=True)
class Kind:
    rule: str
    category: str
    score: float
    reason: str
    severity: str | None = None


def _join(parts: list[str]) -> str:
    parts = [p for p in parts if p]
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def id_tokens(text: str) -> list[str]:
    out = []
    for m in ID_TOKEN.finditer(text):
        tok = m.group(0)
        digits = re.sub(r"\D", "", tok)
        if len(set(digits)) <= 1:  # 000000, 111111
            continue
        out.append(tok)
    return out


def _mrz_lines(lines: list[str]) -> int:
    n = 0
    for ln in lines:
        compact = re.sub(r"\s+", "", ln).upper()
        if MRZ_LINE.match(compact) and compact.count("<") + compact.count("«") >= 4:
            n += 1
    return n


def _has_name_label(words: list[str]) -> bool:
    """A tile's words contain a person's display name (1-3 capitalised
    words) or a guest label."""
    clean = [re.sub(r"[^\w'’-]", "", w) for w in words]
    clean = [w for w in clean if w]
    for i in range(len(clean)):
        for n in (3, 2, 1):
            chunk = " ".join(clean[i : i + n])
            if len(clean[i : i + n]) == n and NAME_LABEL.match(chunk) and (n >= 2 or chunk.lower().startswith("guest")):
                return True
    return False


def classify(f: Features, role: str) -> list[Kind]:
    kinds: list[Kind] = []
    text = f.text
    line_texts = [t for t, _, _ in f.lines]
    n_lines = len(line_texts)

    # ---------------------------------------------------- identity documents
    inst = bool(INSTITUTION.search(text))
    ident = bool(IDENTITY_PHRASE.search(text))
    valid = bool(VALIDITY.search(text))
    tokens = id_tokens(text)
    names = [t for t in line_texts if NAME_LINE.match(t) and not INSTITUTION.search(t)]
    portrait = any(b.area >= 0.005 * f.width * f.height for b in f.faces) and len(f.faces) <= 2
    # a card-shaped outline (photographed on a table) with the portrait inside it
    card_shape = portrait and any(
        c.area < 0.85 * f.width * f.height
        and any(c.contains_point((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2) for b in f.faces)
        for c in f.cards
    )
    mrz = _mrz_lines(line_texts)
    passport = bool(PASSPORT_WORDS.search(text))
    licence = bool(LICENCE_WORDS.search(text))
    fields = len({m.group(1).lower() for m in PASSPORT_FIELDS.finditer(text)})

    id_doc = None
    if mrz >= 1 and (mrz >= 2 or passport or portrait):
        id_doc = ("image.passport", 0.95, ["a machine-readable zone (the lines of chevrons)"] + (["a photo"] if portrait else []))
    elif passport and (portrait or fields >= 2 or tokens):
        id_doc = ("image.passport", 0.85, ["passport wording"] + (["a photo"] if portrait else []) + (["identity fields"] if fields >= 2 else []))
    elif licence and (portrait or tokens or fields >= 1 or valid):
        id_doc = ("image.driving_licence", 0.85, ["driving-licence wording"] + (["a photo"] if portrait else []))
    else:
        # the barcode search only runs when a card is plausible at all
        plausible = (inst or ident or card_shape or not f.ocr_ran) and (tokens or valid or ident or portrait or not f.ocr_ran)
        barcode = plausible and bool(f.barcodes)
        picture_cues = (1.5 if portrait else 0) + (1.0 if barcode else 0) + (1.0 if card_shape else 0)
        text_cues = (2.0 if ident else 0) + (1.0 if inst else 0) + (1.0 if valid else 0) + (1.0 if tokens else 0) + (
            0.5 if names else 0
        )
        score = picture_cues + text_cues
        compact = n_lines <= 18  # a card, not a page of text
        if (
            compact
            and (inst or ident or card_shape or not f.ocr_ran)
            and (portrait or barcode or (ident and tokens))
            and (tokens or valid or ident or card_shape or not f.ocr_ran)
            and score >= (3.5 if f.ocr_ran else 2.5)
        ):
            parts = []
            if portrait:
                parts.append("a photo of a person")
            if card_shape:
                parts.append("the shape of an ID card")
            if names:
                parts.append("a name")
            if tokens:
                parts.append("an ID number")
            if valid:
                parts.append("an expiry date")
            if barcode:
                parts.append("a barcode")
            if inst:
                parts.append("an institution's name")
            id_doc = ("image.id_card", min(0.99, 0.5 + score / 10), parts)
    if id_doc:
        rule, score, parts = id_doc
        if rule == "image.id_card":
            reason = "The picture shows a card with " + (_join(parts) or "the layout of an ID card") + "."
        else:
            reason = "The picture shows " + _join(parts) + "."
        kinds.append(Kind(rule, "id_document", score, reason))
        if tokens or mrz:
            kinds.append(
                Kind(
                    "image.id_number",
                    "personal_data",
                    0.8,
                    "An identity number on the document is readable.",
                )
            )

    # ---------------------------------------------------- assessment material
    strong = [name for name, rx in EXAM_STRONG.items() if rx.search(text)]
    script = [name for name, rx in SCRIPT_CUES.items() if rx.search(text)]
    weak = [name for name, rx in EXAM_WEAK.items() if rx.search(text)]
    examish = bool(script or strong or "numbered questions" in weak or "a module code" in weak)
    ruled = f.ruled if examish else 0  # the line search only runs when it can matter
    is_script = bool(script) and (ruled >= 8 or len(script) >= 2 or bool(strong))
    is_script = is_script or (ruled >= 8 and (bool(strong) or "numbered questions" in weak or "a module code" in weak))
    is_paper = len(strong) >= 2 or (len(strong) == 1 and len(weak) >= 2) or (
        "numbered questions" in weak and "marks" in weak and len(weak) >= 3
    )
    if not id_doc and (is_script or is_paper):
        if is_script:
            cues = (["ruled lines with writing"] if ruled >= 8 else []) + script + strong[:1]
            rule_s, what = "image.answer_script", "an answer script"
        else:
            cues = strong + weak
            rule_s, what = "image.exam_paper", "exam or test questions"
        reason = f"It looks like {what}: " + _join(cues[:4]) + "."
        if role == "staff":
            kinds.append(Kind("image.assessment_confidential", "confidential", 0.85, reason))
        else:
            kinds.append(Kind(rule_s, "assessment_material", 0.9 if (len(strong) + len(script)) >= 2 else 0.75, reason))

    # ---------------------------------------------------- people / meetings
    meet_words = {m.group(0).strip(" ●•").lower() for m in MEETING_WORDS.finditer(text)}
    # Name labels: the words inside each tile (OCR may join the labels of
    # neighbouring tiles into one line, so words are grouped by tile here).
    in_tile_names = 0
    for tile in f.tiles:
        inside = [
            t for t, b in f.words if tile.contains_point((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)
        ]
        if inside and _has_name_label(inside):
            in_tile_names += 1
    faces_in_tiles = sum(
        1 for fc in f.faces if any(tile.contains_point((fc.x0 + fc.x1) / 2, (fc.y0 + fc.y1) / 2) for tile in f.tiles)
    )
    meeting = False
    if len(f.tiles) >= 2 and (faces_in_tiles >= 1 or in_tile_names >= 2):
        meeting = bool(meet_words) or faces_in_tiles >= 2 or (in_tile_names >= 2 and len(f.tiles) >= 4)
    elif len(meet_words) >= 2 and MEETING_UI.search(text) and (len(f.faces) >= 1 or in_tile_names >= 2) and not id_doc:
        meeting = True
    if meeting and not id_doc:
        parts = []
        if len(f.tiles) >= 2:
            parts.append(f"a grid of {len(f.tiles)} participant tiles")
        if faces_in_tiles or f.faces:
            parts.append("faces")
        if in_tile_names:
            parts.append("participants' names")
        if meet_words:
            parts.append("meeting controls or a recording indicator")
        if SESSION_WORDS.search(text):
            parts.append("a class session title")
        kinds.append(
            Kind(
                "image.meeting_screenshot",
                "consent_media",
                0.9,
                "It looks like a screenshot of an online class or meeting: " + _join(parts) + ".",
            )
        )
    elif not id_doc and len(f.faces) >= 2:
        # A graphic with captions (a poster, a slide, a meme) that shows
        # people is usually published or public material: advice only.
        words = [w for t in line_texts for w in t.split() if sum(ch.isalpha() for ch in w) >= 2]
        wordy = len(words) >= 4
        kinds.append(
            Kind(
                "image.people_photo",
                "consent_media",
                0.6 + 0.05 * min(len(f.faces), 6),
                f"The picture shows {len(f.faces)} people's faces.",
                severity="low" if wordy else None,
            )
        )
    return kinds
