"""``second-thought rules``: lint, test, list and start packs and rules without writing code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .rules import RuleBook, RulesError, default_rules_root, parse_pack, parse_rule


def _lint_path(path: Path, root: Path) -> list[str]:
    """Problems in one file or a folder of rules/packs, as sentences."""
    problems: list[str] = []
    files = sorted(path.rglob("*.yaml")) if path.is_dir() else [path]
    known = set(RuleBook.load(root).rules) if (root / "rules").is_dir() else None
    for f in files:
        kind = "pack" if f.parent.name == "packs" or _looks_like_pack(f) else "rule"
        try:
            if kind == "pack":
                parse_pack(f, root, known)
            else:
                parse_rule(f, root)
        except RulesError as exc:
            problems += [f"{f}: {p}" for p in exc.problems]
    return problems


def _looks_like_pack(path: Path) -> bool:
    try:
        head = path.read_text(encoding="utf-8")[:4000]
    except OSError:
        return False
    return "\nclauses:" in "\n" + head or "\ncite:" in "\n" + head


def cmd_lint(args: argparse.Namespace) -> int:
    root = Path(args.rules) if args.rules else default_rules_root()
    path = Path(args.path) if args.path else root
    if not path.exists():
        print(f"{path}: no such file or folder", file=sys.stderr)
        return 2
    problems = _lint_path(path, root)
    for p in problems:
        print(p)
    if problems:
        print(f"\n{len(problems)} problem{'s' if len(problems) != 1 else ''}. Each line says where and what to change.")
        return 1
    print(f"{path}: valid.")
    return 0


def cmd_test(args: argparse.Namespace) -> int:
    from .examples import run_examples

    root = Path(args.rules) if args.rules else default_rules_root()
    path = Path(args.path) if args.path else root
    extra = [path] if path.is_file() and _looks_like_pack(path) else []
    try:
        book = RuleBook.load(root, extra)
    except RulesError as exc:
        for p in exc.problems:
            print(p)
        print("\nFix these first: 'second-thought rules lint' explains each.")
        return 1
    pack_id = extra and parse_pack(path, root).id or args.pack
    only = None
    if path.is_file() and not extra:
        only = {parse_rule(path, root).id}
    results = run_examples(book, pack_id=pack_id, only=only)
    failed = [r for r in results if not r.ok]
    for r in failed:
        print(f"FAIL {r.rule}: {r.why}")
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


def cmd_list(args: argparse.Namespace) -> int:
    root = Path(args.rules) if args.rules else default_rules_root()
    book = RuleBook.load(root)
    for rule in sorted(book.rules.values(), key=lambda r: r.id):
        print(f"{rule.id:38} {rule.category:24} {rule.severity:7} {rule.title}")
    print()
    for pack in sorted(book.packs.values(), key=lambda p: p.id):
        print(f"pack {pack.id:20} {pack.role:8} {pack.name}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from .pack_template import TEMPLATE

    text = TEMPLATE.replace("{{id}}", args.id)
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    out = Path(args.output or f"{args.id}.yaml")
    if out.exists() and not args.force:
        print(f"{out} exists; use --force to overwrite it.", file=sys.stderr)
        return 2
    out.write_text(text, encoding="utf-8")
    print(f"Wrote {out}. Edit it, then run: second-thought rules lint {out} && second-thought rules test {out}")
    return 0


def add_rules_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("rules", help="check, test, list and start policy packs and rules")
    p.add_argument("--rules", metavar="DIR", help="the shared-rules folder (default: the installed one)")
    rs = p.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    q = rs.add_parser("lint", help="validate a pack or rule file (or a folder) and explain every problem")
    q.add_argument("path", nargs="?", help="a .yaml file or a folder (default: all rules and packs)")
    q.set_defaults(func=cmd_lint)
    q = rs.add_parser("test", help="run the examples of every rule and show which fail and why")
    q.add_argument("path", nargs="?", help="a pack file (run all examples under that pack), a rule file, or a folder")
    q.add_argument("--pack", default="dmu-student", help="the pack to run rule examples under (default dmu-student)")
    q.set_defaults(func=cmd_test)
    q = rs.add_parser("list", help="list the rules and packs")
    q.set_defaults(func=cmd_list)
    q = rs.add_parser("new", help="write a commented template pack for a new university")
    q.add_argument("id", help="the new pack's id, e.g. 'example-student' (lower case, hyphens)")
    q.add_argument("-o", "--output", help="file to write (default ID.yaml; '-' for standard output)")
    q.add_argument("--force", action="store_true", help="overwrite an existing file")
    q.set_defaults(func=cmd_new)
