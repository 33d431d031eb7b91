"""Rules and policy packs: loading, validation with advice, lookup.

Rules (``shared-rules/rules/<id>.yaml``) say what a detection means; packs
(``shared-rules/packs/<id>.yaml``) say which clause of one policy document a
finding cites. Both are validated against the JSON Schemas in
``shared-rules/schema/``, whose ``description`` texts are written as advice to
the author and are quoted back when a file breaks them.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import regex
import yaml

from .engine.types import CATEGORIES


def default_rules_root() -> Path:
    """Where ``shared-rules/`` lives: ``$SECOND_THOUGHT_RULES`` or the repository's copy."""
    env = os.environ.get("SECOND_THOUGHT_RULES")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "shared-rules"
        if (candidate / "schema").is_dir():
            return candidate
    bundled = here.parent / "_shared_rules"
    return bundled


class RulesError(Exception):
    """A rule or pack file that cannot be used; ``problems`` are sentences for its author."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.path = str(path)
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(problems))


@dataclasses.dataclass(frozen=True)
class Pattern:
    name: str
    regex: str
    flags: str = ""
    score: float = 0.6

    def compile(self) -> regex.Pattern[str]:
        return regex.compile(self.regex, regex.IGNORECASE if "i" in self.flags else 0)

    @property
    def python_regex(self) -> str:
        """The regex with its flags inline, as Presidio's recognizers take it."""
        return ("(?i)" if "i" in self.flags else "") + self.regex


@dataclasses.dataclass(frozen=True)
class Example:
    text: str
    role: str | None = None
    audience: str | None = None


@dataclasses.dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: str
    title: str
    message: str
    fix: str | None = None
    roles: tuple[str, ...] = ("student", "staff")
    patterns: tuple[Pattern, ...] = ()
    context: tuple[str, ...] = ()
    match: tuple[Example, ...] = ()
    no_match: tuple[Example, ...] = ()
    path: str = ""


@dataclasses.dataclass(frozen=True)
class Clause:
    id: str
    quote: str
    title: str | None = None


@dataclasses.dataclass(frozen=True)
class IdNumberFormat:
    name: str
    regex: str
    context_required: bool = False


@dataclasses.dataclass(frozen=True)
class Override:
    severity: str | None = None
    message: str | None = None
    clauses: tuple[str, ...] | None = None
    enabled: bool = True


@dataclasses.dataclass(frozen=True)
class Pack:
    id: str
    name: str
    institution: str
    role: str
    clauses: dict[str, Clause]
    cite: dict[str, tuple[str, ...]]
    id_numbers: tuple[IdNumberFormat, ...] = ()
    overrides: dict[str, Override] = dataclasses.field(default_factory=dict)
    org_phones: tuple[str, ...] = ()
    org_email_domains: tuple[str, ...] = ()
    org_postcodes: tuple[str, ...] = ()
    source: str | None = None
    path: str = ""

    def as_public_dict(self) -> dict[str, Any]:
        """The pack as ``GET /v1/policies`` shows it."""
        return {
            "id": self.id,
            "name": self.name,
            "institution": self.institution,
            "role": self.role,
            "source": self.source,
            "clauses": [dataclasses.asdict(c) for c in self.clauses.values()],
            "cite": {k: list(v) for k, v in self.cite.items()},
        }


# --------------------------------------------------------------- validation
@cache
def _schema(root: str, name: str) -> dict[str, Any]:
    with open(Path(root) / "schema" / name, encoding="utf-8") as f:
        return json.load(f)


def _advice(error: jsonschema.ValidationError) -> str:
    where = "/".join(str(p) for p in error.absolute_path) or "the top level"
    what = error.message
    if error.validator == "additionalProperties":
        what = f"{error.message} (check the spelling of the field names)"
    hint = error.schema.get("description") if isinstance(error.schema, dict) else None
    if error.validator in ("required",) and isinstance(error.schema, dict):
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        props = error.schema.get("properties", {})
        if missing and missing[0] in props:
            hint = props[missing[0]].get("description", hint)
    text = f"at {where}: {what}"
    if hint:
        text += f". Advice: {hint}"
    return text


def _load_yaml(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as f:
            # libyaml's loader when PyYAML has it (several times faster; same safe subset).
            return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" near line {mark.line + 1}" if mark else ""
        raise RulesError(path, [f"this is not valid YAML{where}: {getattr(exc, 'problem', exc)}. Check the indentation and quote text that contains a colon."]) from None
    except OSError as exc:
        raise RulesError(path, [f"cannot be read: {exc.strerror}"]) from None


def validate(data: Any, schema_name: str, path: Path, root: Path) -> list[str]:
    validator = jsonschema.Draft202012Validator(_schema(str(root), schema_name))
    problems = [_advice(e) for e in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))]
    return problems


def _check_regex(pattern: str, where: str) -> list[str]:
    try:
        regex.compile(pattern)
    except regex.error as exc:
        return [f"at {where}: the regular expression does not compile ({exc}). Advice: test it on regex101.com with the Python flavour."]
    if "(?P<" in pattern or re.search(r"\(\?[aiLmsux]+\)", pattern):
        return [f"at {where}: named groups and inline flags do not work in the browser extension. Advice: use plain groups and 'flags: i'."]
    return []


def parse_rule(path: Path, root: Path | None = None) -> Rule:
    root = root or default_rules_root()
    data = _load_yaml(path)
    problems = validate(data, "rule.schema.json", path, root)
    if not problems and data["id"] != path.stem:
        problems.append(f"the id '{data['id']}' differs from the file name '{path.stem}'. Advice: rename the file or the id so they are the same.")
    if not problems:
        for i, p in enumerate(data.get("patterns", [])):
            problems += _check_regex(p["regex"], f"patterns/{i}/regex")
    if problems:
        raise RulesError(path, problems)

    def examples(key: str) -> tuple[Example, ...]:
        out = []
        for e in data["examples"].get(key) or ():
            out.append(Example(e) if isinstance(e, str) else Example(e["text"], e.get("role"), e.get("audience")))
        return tuple(out)

    return Rule(
        id=data["id"],
        category=data["category"],
        severity=data["severity"],
        title=data["title"],
        message=" ".join(data["message"].split()),
        fix=data.get("fix"),
        roles=tuple(data.get("roles") or ("student", "staff")),
        patterns=tuple(Pattern(p["name"], p["regex"], p.get("flags", ""), p.get("score", 0.6)) for p in data.get("patterns", [])),
        context=tuple(data.get("context") or ()),
        match=examples("match"),
        no_match=examples("no_match"),
        path=str(path),
    )


def parse_pack(path: Path, root: Path | None = None, known_rules: set[str] | None = None) -> Pack:
    root = root or default_rules_root()
    data = _load_yaml(path)
    problems = validate(data, "pack.schema.json", path, root)
    if problems:
        raise RulesError(path, problems)
    if data["id"] != path.stem:
        problems.append(f"the id '{data['id']}' differs from the file name '{path.stem}'. Advice: rename the file or the id so they are the same.")
    clause_ids = [str(c["id"]) for c in data["clauses"]]
    dupes = sorted({c for c in clause_ids if clause_ids.count(c) > 1})
    if dupes:
        problems.append(f"clause ids are used twice: {', '.join(dupes)}. Advice: give every clause its own id.")
    for category, ids in data["cite"].items():
        for cid in ids:
            if str(cid) not in clause_ids:
                problems.append(f"at cite/{category}: clause '{cid}' is not in the clauses list. Advice: add it under 'clauses' with its quote, or fix the id.")
    for rule_id, ov in (data.get("overrides") or {}).items():
        if known_rules is not None and rule_id not in known_rules:
            problems.append(f"at overrides/{rule_id}: there is no rule with this id. Advice: run 'second-thought rules list' to see the rule ids.")
        for cid in ov.get("clauses", []):
            if str(cid) not in clause_ids:
                problems.append(f"at overrides/{rule_id}/clauses: clause '{cid}' is not in the clauses list.")
    for i, fmt in enumerate(data.get("id_numbers", [])):
        problems += _check_regex(fmt["regex"], f"id_numbers/{i}/regex")
    if problems:
        raise RulesError(path, problems)
    org = data.get("organisation") or {}
    return Pack(
        id=data["id"],
        name=data["name"],
        institution=data["institution"],
        role=data["role"],
        clauses={str(c["id"]): Clause(str(c["id"]), " ".join(c["quote"].split()), c.get("title")) for c in data["clauses"]},
        cite={k: tuple(str(x) for x in v) for k, v in data["cite"].items()},
        id_numbers=tuple(IdNumberFormat(f["name"], f["regex"], bool(f.get("context_required", False))) for f in data.get("id_numbers", [])),
        overrides={k: Override(v.get("severity"), " ".join(v["message"].split()) if v.get("message") else None,
                               tuple(str(x) for x in v["clauses"]) if v.get("clauses") else None, v.get("enabled", True))
                   for k, v in (data.get("overrides") or {}).items()},
        org_phones=tuple(org.get("phones", ())),
        org_email_domains=tuple(d.lower() for d in org.get("email_domains", ())),
        org_postcodes=tuple(org.get("postcodes", ())),
        source=data.get("source"),
        path=str(path),
    )


@dataclasses.dataclass
class RuleBook:
    """Every rule and every pack, loaded and validated once at start-up."""

    rules: dict[str, Rule]
    packs: dict[str, Pack]
    root: Path

    @classmethod
    def load(cls, root: Path | None = None, extra_packs: list[Path] | tuple[Path, ...] = ()) -> RuleBook:
        root = Path(root or default_rules_root())
        if not (root / "schema").is_dir():
            raise RulesError(root, ["no shared-rules folder here (it needs schema/, rules/ and packs/). Advice: set SECOND_THOUGHT_RULES to the shared-rules folder."])
        problems: list[str] = []
        rules: dict[str, Rule] = {}
        for path in sorted((root / "rules").glob("*.yaml")):
            try:
                rule = parse_rule(path, root)
                rules[rule.id] = rule
            except RulesError as exc:
                problems += [f"{path.name} {p}" for p in exc.problems]
        packs: dict[str, Pack] = {}
        for path in sorted((root / "packs").glob("*.yaml")) + [Path(p) for p in extra_packs]:
            try:
                pack = parse_pack(path, root, set(rules))
                packs[pack.id] = pack
            except RulesError as exc:
                problems += [f"{path.name} {p}" for p in exc.problems]
        if problems:
            raise RulesError(root, problems)
        return cls(rules, packs, root)

    def rule(self, rule_id: str) -> Rule:
        return self.rules[rule_id]


__all__ = ["CATEGORIES", "Rule", "Pack", "RuleBook", "RulesError", "default_rules_root", "parse_rule", "parse_pack"]
