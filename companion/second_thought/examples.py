"""Running every rule's own examples through the real engine.

An example under ``match`` must produce its rule; one under ``no_match`` must
not. Rules for images (``image.*``) are judged on pictures, not on text, and
are tested by the image tests instead.
"""

from __future__ import annotations

import dataclasses

from .engine.core import Engine
from .engine.detectors.category_model import MODEL_RULES
from .engine.types import DraftContext
from .rules import Example, RuleBook


@dataclasses.dataclass(frozen=True)
class ExampleResult:
    rule: str
    example: Example
    expected: bool
    ok: bool
    why: str


def run_examples(book: RuleBook, *, pack_id: str | None = None, only: set[str] | None = None, engine: Engine | None = None) -> list[ExampleResult]:
    engine = engine or Engine(book)
    pack = book.packs.get(pack_id or "") or (next(iter(book.packs.values())) if book.packs else None)
    results = []
    for rule in sorted(book.rules.values(), key=lambda r: r.id):
        if (only and rule.id not in only) or rule.id.startswith("image."):
            continue
        for expected, examples in ((True, rule.match), (False, rule.no_match)):
            for ex in examples:
                role = ex.role or (rule.roles[0] if len(rule.roles) == 1 else "student")
                ctx = DraftContext(role=role, audience=ex.audience or "public", pack_id=pack.id if pack else "")  # type: ignore[arg-type]
                found = engine.detect_text(ex.text, ctx, pack)
                rules = sorted({d.rule for d in found})
                got = rule.id in rules
                if expected and not got and rule.id in MODEL_RULES:
                    # A model rule's guess is dropped when a rule of its
                    # category has already reported the draft (one card per
                    # category): the example is caught all the same.
                    got = rule.category in {d.category for d in found}
                ok = got == expected
                if ok:
                    why = ""
                elif expected:
                    why = f"should catch “{ex.text}” (as {role}) but found {', '.join(rules) or 'nothing'}"
                else:
                    why = f"should not fire on “{ex.text}” (as {role}), but did"
                results.append(ExampleResult(rule.id, ex, expected, ok, why))
    return results
