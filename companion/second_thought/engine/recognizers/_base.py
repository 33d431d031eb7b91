"""Base class of our Presidio recognizers: patterns come from the rule file.

A recognizer is one small class in its own module of this package, named after
its rule (``pii_email.py`` for ``pii.email``). It reads its regexes and context
words from ``shared-rules/rules/<rule>.yaml`` (the same data the extension's
offline fallback uses) and adds what a regex cannot say:

* ``validate_result`` / ``invalidate_result`` (Presidio's hooks) judge the
  matched text alone: a Luhn checksum, an IBAN checksum;
* ``refine`` judges the match in its draft and context: an organisation's
  switchboard is not personal data, a date is a birth date only when the text
  says so. It returns the Detection to report (perhaps with another severity
  or span), or ``None`` to drop the match.
"""

from __future__ import annotations

import dataclasses
import re
from typing import ClassVar

import regex

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from ...rules import Rule
from ..detectors._common import USE_RE, engine_key
from ..types import Detection, DraftContext

_WORD = re.compile(r"[\w'@.+-]+")


#: Matches one recognizer reports per draft at most: no real post holds more,
#: and a hostile one ("00 00 00 ..." × 6,000) must not make the rest quadratic.
MAX_MATCHES = 50


@dataclasses.dataclass(frozen=True)
class _Compiled:
    name: str
    regex: regex.Pattern[str]
    score: float


def window(text: str, start: int, end: int, before: int = 60, after: int = 40) -> tuple[str, str]:
    """Lower-cased text just before and just after a span."""
    return text[max(0, start - before):start].lower(), text[end:end + after].lower()


def has_any(haystack: str, words: tuple[str, ...] | frozenset[str]) -> bool:
    """True when any of the words or phrases occurs in ``haystack`` as whole words."""
    for w in words:
        if re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", haystack):
            return True
    return False


def _compile(source: str) -> "regex.Pattern[str]":
    """A rule file's regex, on ``re`` where that was measured faster with the
    same matches (``tools/choose_regex_engines.py``), else on ``regex``."""
    if engine_key(source, 0) in USE_RE:
        try:
            return re.compile(source)  # type: ignore[return-value]
        except re.error:
            pass
    return regex.compile(source)


class RuleRecognizer(PatternRecognizer):
    """A Presidio PatternRecognizer whose entity is a rule id."""

    RULE: ClassVar[str] = ""
    #: Keywords the patterns' lookbehinds start with. When set, the patterns
    #: run only on the stretch after each keyword (``ANCHOR_REACH`` characters),
    #: not at every position of a long post: the same matches, far cheaper.
    ANCHOR: ClassVar[str | None] = None
    ANCHOR_REACH: ClassVar[int] = 120
    #: A narrower anchor for some patterns, by pattern name: the keywords that
    #: pattern's own lookbehind starts with (each an alternative of ``ANCHOR``,
    #: so its windows are among the class's). It is run only after those, not
    #: after every keyword of the rule: same matches, less scanning.
    PATTERN_ANCHORS: ClassVar[dict[str, str]] = {}
    #: Extra context words on top of the rule file's (rarely needed).
    EXTRA_CONTEXT: ClassVar[tuple[str, ...]] = ()

    def __init__(self, rule: Rule):
        self.rule = rule
        # A rule without patterns (names found by NER) still needs one for
        # Presidio's constructor; the engine does not register it for a pass.
        patterns = [Pattern(p.name, p.python_regex, p.score) for p in rule.patterns] or [Pattern("never", r"(?!)", 0.0)]
        super().__init__(
            supported_entity=rule.id,
            name=type(self).__name__,
            patterns=patterns,
            context=list(rule.context) + list(self.EXTRA_CONTEXT),
            supported_language="en",
            global_regex_flags=0,
        )
        self._anchor = regex.compile(self.ANCHOR, regex.IGNORECASE) if self.ANCHOR else None
        self._pattern_anchors = {name: regex.compile(a, regex.IGNORECASE) for name, a in self.PATTERN_ANCHORS.items()}
        self._compiled = [_Compiled(p.name, _compile(p.python_regex), p.score) for p in rule.patterns]

    def _windows(self, anchor: "regex.Pattern[str] | None", text: str) -> list[list[int]]:
        """The stretches after each keyword (``ANCHOR_REACH``), merged; the whole text without an anchor."""
        if anchor is None:
            return [[0, len(text)]]
        windows: list[list[int]] = []
        for m in anchor.finditer(text):
            lo, hi = m.start(), min(len(text), m.end() + self.ANCHOR_REACH)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        return windows

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None, regex_flags: int | None = None) -> list[RecognizerResult]:
        shared = self._windows(self._anchor, text)
        # A pattern's own windows each lie inside one shared window (its
        # keywords are among the anchor's): scanned window by window, in the
        # same order as before.
        own = {name: self._windows(a, text) for name, a in self._pattern_anchors.items()} if shared else {}
        results: dict[tuple[int, int], RecognizerResult] = {}
        for lo, hi in shared:
            for pattern in self._compiled:
                stretches = [(a, b) for a, b in own[pattern.name] if lo <= a < hi] if pattern.name in own else [(lo, hi)]
                for m in (m for a, b in stretches for m in pattern.regex.finditer(text, a, b)):
                    start, end = m.span()
                    if start == end or (start, end) in results:
                        continue
                    score = pattern.score
                    valid = self.validate_result(text[start:end])
                    if valid is not None:
                        score = self.MAX_SCORE if valid else self.MIN_SCORE
                    if self.invalidate_result(text[start:end]):
                        score = self.MIN_SCORE
                    if score > self.MIN_SCORE and len(results) < MAX_MATCHES:
                        explanation = self.build_regex_explanation(self.name, pattern.name, pattern.regex.pattern, score, valid, 0)
                        results[(start, end)] = RecognizerResult(
                            self.rule.id, start, end, score, analysis_explanation=explanation,
                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
        # Overlaps are resolved by the engine for all recognizers at once.
        return list(results.values())

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        """Turn a Presidio result into a Detection in the light of the whole draft."""
        return self.detection(result.start, result.end, result.score)

    def detection(self, start: int, end: int, score: float = 1.0, **kw: object) -> Detection:
        return Detection(rule=self.rule.id, category=self.rule.category, start=start, end=end, score=score, **kw)  # type: ignore[arg-type]
