"""The vocabulary every part of the engine shares.

A *detector* looks at a draft and returns :class:`Detection` objects: a rule id
(``pii.phone_number``, ``abuse.threat``), the taxonomy category and, where a
span makes sense, character offsets into the draft. Detections carry no draft
text, so they can be counted and logged safely. The policy pack then turns a
detection into a user-facing finding with severity, message and clause.
"""

from __future__ import annotations

import dataclasses
from typing import ClassVar, Literal

Role = Literal["student", "staff"]
Audience = Literal["public", "private", "unknown"]
Severity = Literal["high", "medium", "low"]

CATEGORIES: tuple[str, ...] = (
    "personal_data",
    "credentials",
    "id_document",
    "assessment_material",
    "academic_misconduct",
    "abuse",
    "defamation",
    "confidential",
    "complaint_or_legal",
    "speaking_for_university",
    "consent_media",
    "location",
    "impersonation",
    "copyright",
    "professional_conduct",
)
SEVERITIES: tuple[str, ...] = ("high", "medium", "low")


@dataclasses.dataclass(frozen=True)
class Detection:
    """One thing a detector found.

    ``start``/``end`` are Python string offsets (end exclusive) into the text
    the detector was given, or both ``None`` for a whole-draft finding.
    ``severity`` overrides the rule's default (e.g. the author's own email in a
    public post is ``low``); ``reason`` is an extra sentence for the message
    and must never quote the draft.
    """

    rule: str
    category: str
    start: int | None = None
    end: int | None = None
    score: float = 1.0
    severity: str | None = None
    reason: str | None = None
    replacement: str | None = None

    @property
    def is_span(self) -> bool:
        return self.start is not None and self.end is not None


@dataclasses.dataclass(frozen=True)
class DraftContext:
    """What the request says about the draft besides its text."""

    role: Role = "student"
    audience: Audience = "unknown"
    site: str | None = None
    pack_id: str = "dmu-student"
    # Student/staff number formats of the active pack (regex strings).
    id_number_patterns: tuple[str, ...] = ()


class Detector:
    """Base class of a text detector; subclasses are discovered automatically.

    A subclass in any module of ``second_thought.engine.detectors`` is
    instantiated once at start-up (heavy resources load in ``__init__``) and
    called for every draft from a worker thread, so ``detect`` must be
    thread-safe and must not keep the text.
    """

    #: Rule ids this detector can emit; each needs a file in shared-rules/rules/.
    rules: ClassVar[tuple[str, ...]] = ()
    #: True for a detector that guesses from the whole draft with a model
    #: learnt from drafts; text read out of a picture is not a draft, so
    #: ``Engine.detect_text(..., guesses=False)`` leaves it out.
    guesses: ClassVar[bool] = False

    def detect(self, text: str, ctx: DraftContext) -> list[Detection]:
        raise NotImplementedError
