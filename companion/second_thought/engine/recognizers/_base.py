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

import re
from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from ...rules import Rule
from ..types import Detection, DraftContext

_WORD = re.compile(r"[\w'@.+-]+")


def window(text: str, start: int, end: int, before: int = 60, after: int = 40) -> tuple[str, str]:
    """Lower-cased text just before and just after a span."""
    return text[max(0, start - before):start].lower(), text[end:end + after].lower()


def has_any(haystack: str, words: tuple[str, ...] | frozenset[str]) -> bool:
    """True when any of the words or phrases occurs in ``haystack`` as whole words."""
    for w in words:
        if re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", haystack):
            return True
    return False


class RuleRecognizer(PatternRecognizer):
    """A Presidio PatternRecognizer whose entity is a rule id."""

    RULE: ClassVar[str] = ""
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

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        """Turn a Presidio result into a Detection in the light of the whole draft."""
        return self.detection(result.start, result.end, result.score)

    def detection(self, start: int, end: int, score: float = 1.0, **kw: object) -> Detection:
        return Detection(rule=self.rule.id, category=self.rule.category, start=start, end=end, score=score, **kw)  # type: ignore[arg-type]
