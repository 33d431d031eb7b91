"""Abuse: threats, slurs, hate against protected groups, harassment and
bullying of a person, sexual coercion or objectification, and profanity.

How it decides (TAXONOMY.md ``abuse``, LABELLING.md "abuse"):

* A written-out slur is abuse whatever the intent (quoting it to condemn it
  included); a masked one ("the n-word", "n*****") is not.
* Violence counts only when it is aimed at a person ("I'll batter him"),
  never at an object or a task ("strangle my laptop", "killed it").
* Hate is a protected group joined to a dehumanising or derogatory claim, a
  call for harm or exclusion, or a sexist or racist trope; the group words on
  their own (supportive posts, events, debate) are not.
* Insults and mockery count when they are aimed at someone: "you", "he/she",
  a name, an @handle, "my flatmate".
* Profanity aimed at no one is advice only (``low``) for students.
* Back-stop: when the rules find nothing, a small linear classifier
  (:mod:`._abuse_classifier`, trained on the project's own corpus) scores the
  whole draft; above its threshold the draft gets one whole-draft
  ``abuse.hate`` (a protected-group word is present) or ``abuse.harassment``
  finding at medium severity. The rules' findings are never changed by it.

Everything is matched on a folded copy of the draft of the same length
(:func:`._abuse_lexicon.fold`), so offsets are draft offsets. Nothing here
keeps or logs the text.
"""

from __future__ import annotations

from typing import ClassVar, Iterable

from ..types import Detection, Detector, DraftContext
from . import _abuse_classifier as CLF
from . import _abuse_patterns as P
from ._abuse_lexicon import fold, mask

CATEGORY = "abuse"

#: Confidence per rule; also decides which detection survives an overlap.
SCORES = {
    "abuse.slur": 0.95,
    "abuse.threat": 0.9,
    "abuse.hate": 0.85,
    "abuse.sexual": 0.88,
    "abuse.bullying": 0.85,
    "abuse.harassment": 0.8,
    "abuse.profanity": 0.6,
}

SEVERITY = {
    "abuse.slur": "high",
    "abuse.threat": "high",
    "abuse.hate": "high",
    "abuse.sexual": "high",
    "abuse.bullying": "high",
    "abuse.harassment": "medium",
    "abuse.profanity": "low",
}

REASONS = {
    "abuse.slur": "It contains a slur, which is hurtful however it is meant.",
    "abuse.threat": "It reads as a threat of harm to someone.",
    "abuse.hate": "It attacks people for who they are (a protected characteristic).",
    "abuse.sexual": "It is sexually coercive or objectifying.",
    "abuse.bullying": "It organises others against a person.",
    "abuse.harassment": "It insults or mocks a particular person.",
    "abuse.profanity": "It uses strong language.",
}

#: Reasons of the classifier's whole-draft findings (no span: nothing to quote).
CLF_REASONS = {
    "abuse.hate": "Taken as a whole, it reads as demeaning people for who they are.",
    "abuse.harassment": "Taken as a whole, it reads as hostile or insulting towards someone.",
}


class AbuseDetector(Detector):
    """Lexicons and constructions for the ``abuse`` category."""

    rules: ClassVar[tuple[str, ...]] = tuple(SCORES)

    def __init__(self, use_classifier: bool = True) -> None:
        self.patterns = P.shared()
        self.classifier = CLF.load() if use_classifier else None

    def detect(self, text: str, ctx: DraftContext) -> list[Detection]:
        if not text or not text.strip():
            return []
        folded = fold(text)
        found: list[tuple[str, int, int, str | None]] = []  # rule, start, end, severity override
        for rule, start, end, sev in P.find_all(self.patterns, text, folded):
            found.append((rule, start, end, sev))
        if not found:
            return self._backstop(text, folded)
        return self._to_detections(text, folded, found, ctx)

    def _backstop(self, text: str, folded: str) -> list[Detection]:
        """One whole-draft finding when the classifier is confident."""
        clf = self.classifier
        if clf is None:
            return []
        if P.affectionate(folded):
            return []  # "absolute clowns, every one of them, wouldn't swap you": banter
        p = clf.score(text)
        if p < min(clf.threshold, clf.threshold_group):
            return []
        # A draft naming a protected group is judged at the lower group
        # threshold, unless it supports the group or reports harm done to it.
        if p < (clf.threshold_group if P.uses_group_threshold(self.patterns, folded) else clf.threshold):
            return []
        rule = "abuse.hate" if self.patterns.group.search(folded) else "abuse.harassment"
        return [
            Detection(
                rule=rule,
                category=CATEGORY,
                start=None,
                end=None,
                score=round(min(p, 0.8), 3),
                severity="medium",
                reason=CLF_REASONS[rule],
            )
        ]

    # -- shaping ----------------------------------------------------------

    def _to_detections(
        self,
        text: str,
        folded: str,
        found: list[tuple[str, int, int, str | None]],
        ctx: DraftContext,
    ) -> list[Detection]:
        strong = [(s, e) for r, s, e, _ in found if r != "abuse.profanity"]
        out: list[Detection] = []
        seen: set[tuple[str, int, int]] = set()
        for rule, start, end, sev in found:
            key = (rule, start, end)
            if key in seen:
                continue
            seen.add(key)
            if rule == "abuse.profanity" and any(s < end and start < e for s, e in strong):
                continue
            severity = sev or SEVERITY[rule]
            if rule == "abuse.profanity":
                severity = P.profanity_severity(folded[start:end], ctx.role)
            replacement = mask(text[start:end]) if rule in ("abuse.slur", "abuse.profanity") else None
            out.append(
                Detection(
                    rule=rule,
                    category=CATEGORY,
                    start=start,
                    end=end,
                    score=SCORES[rule],
                    severity=severity,
                    reason=REASONS[rule],
                    replacement=replacement,
                )
            )
        return _drop_nested(out)


def _drop_nested(dets: Iterable[Detection]) -> list[Detection]:
    """Keep the stronger of two overlapping findings of the same rule."""
    kept: list[Detection] = []
    for d in sorted(dets, key=lambda d: (-d.score, -((d.end or 0) - (d.start or 0)))):
        if any(k.rule == d.rule and k.start < d.end and d.start < k.end for k in kept):  # type: ignore[operator]
            continue
        kept.append(d)
    return sorted(kept, key=lambda d: (d.start or 0, d.rule))


__all__ = ["AbuseDetector", "CATEGORY"]
