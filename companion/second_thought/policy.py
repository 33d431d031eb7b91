"""Turning detections into findings: severity, message, the clause, the fix.

The engine says *what* a draft contains; the active policy pack says what that
means under one university's document. Role and audience adjust severity as
TAXONOMY.md says: rules for one role are dropped for the other, and a private
audience lowers a severity by one step but never hides a ``high`` finding.
"""

from __future__ import annotations

from typing import Any

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from .engine.types import Detection, DraftContext
from .rules import Pack, RuleBook

_LOWER = {"medium": "low", "low": "low", "high": "high"}


class PolicyMapper:
    """Applies one pack to detections; shared by all requests (stateless)."""

    def __init__(self, book: RuleBook):
        self.book = book
        self.anonymizer = AnonymizerEngine()

    def severity(self, det: Detection, pack: Pack, ctx: DraftContext) -> str:
        rule = self.book.rules[det.rule]
        override = pack.overrides.get(det.rule)
        severity = det.severity or (override.severity if override and override.severity else None) or rule.severity
        if override and override.severity and det.severity is None:
            severity = override.severity
        if ctx.audience == "private":
            severity = _LOWER[severity]
        return severity

    def applies(self, det: Detection, pack: Pack, ctx: DraftContext) -> bool:
        rule = self.book.rules.get(det.rule)
        if rule is None:
            return False
        override = pack.overrides.get(det.rule)
        if override is not None and not override.enabled:
            return False
        return ctx.role in rule.roles

    def citations(self, det: Detection, pack: Pack) -> list[dict[str, str]]:
        override = pack.overrides.get(det.rule)
        ids = (override.clauses if override and override.clauses else None) or pack.cite.get(det.category, ())
        return [{"pack": pack.id, "clause": cid, "quote": pack.clauses[cid].quote} for cid in ids if cid in pack.clauses]

    def finding(self, det: Detection, pack: Pack, ctx: DraftContext, source: str = "text") -> dict[str, Any]:
        rule = self.book.rules[det.rule]
        override = pack.overrides.get(det.rule)
        message = override.message if override and override.message else rule.message
        if det.reason:
            message = f"{det.reason} {message}"
        out: dict[str, Any] = {
            "category": det.category,
            "severity": self.severity(det, pack, ctx),
            "rule": det.rule,
            "source": source,
        }
        if source == "text" and det.is_span:
            out["start"], out["end"] = det.start, det.end
        out["title"] = rule.title
        out["message"] = message
        out["policy"] = self.citations(det, pack)
        replacement = det.replacement or rule.fix
        if replacement and source == "text" and det.is_span:
            out["fix"] = {"replacement": replacement}
        out["score"] = round(det.score, 2)
        return out

    def findings(self, detections: list[Detection], pack: Pack, ctx: DraftContext, source: str = "text") -> list[dict[str, Any]]:
        return [self.finding(d, pack, ctx, source) for d in detections if self.applies(d, pack, ctx)]

    def redact(self, text: str, findings: list[dict[str, Any]]) -> str:
        """The draft with every fix applied, by presidio-anonymizer's replace operator."""
        results, operators = [], {}
        for i, f in enumerate(findings):
            if "fix" in f and "start" in f:
                key = f"FIX_{i}"
                results.append(RecognizerResult(entity_type=key, start=f["start"], end=f["end"], score=1.0))
                operators[key] = OperatorConfig("replace", {"new_value": f["fix"]["replacement"]})
        if not results:
            return text
        return self.anonymizer.anonymize(text=text, analyzer_results=results, operators=operators).text


def sort_findings(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Text findings by position (whole-draft ones after them), image findings last."""
    def key(f: dict[str, Any]) -> tuple[int, int, int, str]:
        if f["source"] != "text":
            return (2, 0, 0, f["source"])
        if "start" not in f:
            return (1, 0, 0, f["rule"])
        return (0, f["start"], f["end"], f["rule"])
    return sorted(findings, key=key)
