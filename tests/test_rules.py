"""Rules and packs are data: every example runs, every quote is verbatim, every id is known."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from second_thought.engine.core import discover
from second_thought.engine import recognizers as recognizers_pkg
from second_thought.engine.recognizers._base import RuleRecognizer
from second_thought.examples import run_examples
from second_thought.rules import RuleBook, RulesError, default_rules_root, parse_pack, parse_rule

ROOT = default_rules_root()
SHARED = Path(__file__).resolve().parents[2] / "shared"
PACK_IDS = ["derby-student", "dmu-student", "nottingham-code", "staff-guidance", "northampton-staff"]


def test_the_five_packs_named_in_the_issue_exist(book):
    assert set(PACK_IDS) <= set(book.packs)


def test_every_rule_a_detector_emits_has_a_rule_file(engine, book):
    assert engine.rule_ids - set(book.rules) == set()


def test_every_text_rule_has_a_detector(engine, book):
    orphans = {r for r in book.rules if not r.startswith("image.")} - engine.rule_ids
    assert orphans == set()


def test_every_pattern_rule_for_personal_data_has_its_own_recognizer_file(book):
    classes = {cls.RULE: cls for cls in discover(recognizers_pkg, RuleRecognizer)}
    for rule in book.rules.values():
        if rule.category in ("personal_data", "credentials") and rule.patterns:
            cls = classes.get(rule.id)
            assert cls is not None, f"{rule.id} has patterns but no recognizer"
            assert cls.__module__.endswith(rule.id.replace(".", "_")), f"{rule.id} should live in {rule.id.replace('.', '_')}.py"


@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_every_quote_is_verbatim_from_the_policy_document(book, pack_id):
    pack = book.packs[pack_id]
    doc_path = SHARED / "policies" / pack.source
    if not doc_path.exists():
        pytest.skip(f"{doc_path} is not beside this checkout")
    norm = lambda s: re.sub(r"\s+", " ", s).strip()  # noqa: E731
    doc = norm(doc_path.read_text(encoding="utf-8"))
    missing = [c.id for c in pack.clauses.values() if norm(c.quote) not in doc]
    assert missing == []


@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_every_category_cites_a_clause(book, pack_id):
    pack = book.packs[pack_id]
    from second_thought.engine.types import CATEGORIES
    assert all(pack.cite.get(c) for c in CATEGORIES)


def _rule_ids() -> list[str]:
    return sorted(p.stem for p in (ROOT / "rules").glob("*.yaml") if not p.stem.startswith("image."))


@pytest.fixture(scope="module")
def example_results(book, engine):
    results = run_examples(book, pack_id="dmu-student", engine=engine)
    by_rule: dict[str, list] = {}
    for r in results:
        by_rule.setdefault(r.rule, []).append(r)
    return by_rule


@pytest.mark.parametrize("rule_id", _rule_ids())
def test_every_example_of_the_rule_behaves(example_results, book, rule_id):
    rule = book.rules[rule_id]
    assert rule.match, f"{rule_id} needs at least one example that must match"
    failures = [r.why for r in example_results.get(rule_id, []) if not r.ok]
    assert failures == []


class TestAdviceForAuthors:
    def write(self, tmp_path: Path, name: str, data: dict) -> Path:
        path = tmp_path / name
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        return path

    def test_a_misspelt_category_names_the_field_and_gives_advice(self, tmp_path):
        path = self.write(tmp_path, "pii.thing.yaml", {
            "id": "pii.thing", "category": "Personal data", "severity": "high", "title": "Thing",
            "message": "A message long enough to pass.", "examples": {"match": ["x"], "no_match": []}})
        with pytest.raises(RulesError) as err:
            parse_rule(path, ROOT)
        (problem,) = err.value.problems
        assert "category" in problem and "Advice:" in problem and "TAXONOMY" in problem

    def test_a_pack_citing_a_missing_clause_says_which(self, tmp_path):
        data = yaml.safe_load((ROOT / "packs" / "dmu-student.yaml").read_text(encoding="utf-8"))
        data["id"] = "broken"
        data["cite"]["abuse"] = ["99.9"]
        path = self.write(tmp_path, "broken.yaml", data)
        with pytest.raises(RulesError) as err:
            parse_pack(path, ROOT)
        assert any("99.9" in p and "cite/abuse" in p for p in err.value.problems)

    def test_a_pack_missing_a_category_is_told_which(self, tmp_path):
        data = yaml.safe_load((ROOT / "packs" / "dmu-student.yaml").read_text(encoding="utf-8"))
        data["id"] = "short"
        del data["cite"]["copyright"]
        path = self.write(tmp_path, "short.yaml", data)
        with pytest.raises(RulesError) as err:
            parse_pack(path, ROOT)
        assert any("copyright" in p and "Advice:" in p for p in err.value.problems)

    def test_invalid_yaml_names_the_line(self, tmp_path):
        path = tmp_path / "bad.yaml"
        path.write_text("id: x\nclauses:\n  - id: 1\n   quote: oops\n", encoding="utf-8")
        with pytest.raises(RulesError) as err:
            parse_pack(path, ROOT)
        assert "line" in err.value.problems[0]

    def test_the_whole_folder_loads_cleanly(self):
        RuleBook.load(ROOT)
