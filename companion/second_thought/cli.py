"""The ``second-thought`` command."""

from __future__ import annotations

import argparse
import base64
import json
import logging
import mimetypes
import os
import sys
import textwrap
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Sequence

from . import __version__
from .config import ConfigError, Settings, config_path, load_settings, settings_as_toml

EXIT_FINDINGS = 1
EXIT_HIGH = 3


def _settings(args: argparse.Namespace) -> Settings:
    try:
        settings = load_settings(Path(args.config) if getattr(args, "config", None) else None)
    except ConfigError as exc:
        raise SystemExit(f"second-thought: {exc}") from None
    for name in ("host", "port", "pack"):
        value = getattr(args, name, None)
        if value is not None:
            setattr(settings, name, value)
    if getattr(args, "rules", None):
        settings.rules_dir = args.rules
    for p in getattr(args, "extra_pack", None) or ():
        settings.extra_packs.append(p)
    return settings


# ------------------------------------------------------------------ serve
def cmd_serve(args: argparse.Namespace) -> int:
    settings = _settings(args)
    logging.basicConfig(level=getattr(logging, settings.log_level.upper(), logging.INFO),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from .server.app import serve
    from .startup import preflight

    problem = preflight(settings)
    if problem:
        print(f"second-thought: {problem}", file=sys.stderr)
        return 2
    print(f"Second Thought {__version__} on http://{settings.host}:{settings.port} (pack {settings.pack}); Ctrl-C stops it.", flush=True)
    serve(settings)
    return 0


# ------------------------------------------------------------------ check
def _request_body(text: str, images: list[str], args: argparse.Namespace) -> dict[str, Any]:
    body: dict[str, Any] = {"text": text, "context": {}}
    if args.pack:
        body["context"]["policy"] = args.pack
    if args.role:
        body["context"]["role"] = args.role
    if args.audience:
        body["context"]["audience"] = args.audience
    if images:
        body["images"] = []
        for path in images:
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                raise SystemExit(f"second-thought: cannot read {path}: {exc.strerror}") from None
            body["images"].append({"name": Path(path).name, "type": mimetypes.guess_type(path)[0] or "application/octet-stream",
                                   "data": base64.b64encode(data).decode("ascii")})
    return body


def _via_companion(url: str, body: dict[str, Any], token: str | None) -> dict[str, Any] | None:
    """The companion's answer, or None when none is listening."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(url.rstrip("/") + "/v1/check", data=json.dumps(body).encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return json.load(resp)
    except urllib.error.HTTPError as exc:
        try:
            err = json.load(exc)["error"]
            raise SystemExit(f"second-thought: the companion refused the check: {err['message']} ({err['code']})") from None
        except (ValueError, KeyError):
            raise SystemExit(f"second-thought: the companion answered HTTP {exc.code}") from None
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def _in_process(settings: Settings, body: dict[str, Any]) -> dict[str, Any]:
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from .checker import BadRequest, Checker
    from .startup import preflight

    problem = preflight(settings, check_port=False)
    if problem:
        raise SystemExit(f"second-thought: {problem}")
    try:
        checker = Checker(settings)
        return checker.check(checker.parse(body))
    except BadRequest as exc:
        raise SystemExit(f"second-thought: {exc.message}") from None


def render(text: str, result: dict[str, Any], width: int = 88) -> str:
    """Findings the way a person reads them."""
    findings = result["findings"]
    if not findings:
        return "No findings: nothing in this draft breaks the policy as far as Second Thought can tell.\n"
    out = []
    for i, f in enumerate(findings, 1):
        if "start" in f:
            where = f"“{text[f['start']:f['end']]}” (characters {f['start']}–{f['end']})"
        elif f["source"] != "text":
            where = f"in {f['source'][6:]}" if f["source"].startswith("image:") else f["source"]
        else:
            where = "the whole draft"
        out.append(f"{i}. {f['severity'].upper()} · {f['category']} · {where}")
        out.append(textwrap.fill(f["message"], width, initial_indent="   ", subsequent_indent="   "))
        for c in f.get("policy", []):
            quote = c["quote"] if len(c["quote"]) <= 220 else c["quote"][:217] + "…"
            out.append(textwrap.fill(f"Breaks {c['pack']} clause {c['clause']}: “{quote}”", width, initial_indent="   ", subsequent_indent="     "))
        if "fix" in f:
            out.append(f"   Fix: replace with {f['fix']['replacement']}")
        out.append(f"   rule {f['rule']}")
        out.append("")
    counts = {s: sum(1 for f in findings if f["severity"] == s) for s in ("high", "medium", "low")}
    summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    out.append(f"{len(findings)} finding{'s' if len(findings) != 1 else ''} ({summary}) under pack {result.get('pack', '?')}.")
    for notice in result.get("notices", []):
        out.append(f"Note: {notice}")
    return "\n".join(out) + "\n"


def cmd_check(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if args.text == "-":
        text = sys.stdin.read()
    else:
        text = args.text or ""
    if not text and not args.image:
        raise SystemExit("second-thought: give the draft as an argument, '-' to read it from standard input, or --image FILE.")
    body = _request_body(text, args.image or [], args)
    result = None
    if not args.local:
        from .token import read

        url = args.url or f"http://{settings.host}:{settings.port}"
        result = _via_companion(url, body, os.environ.get("SECOND_THOUGHT_TOKEN") or read(settings.token_path))
    if result is None:
        result = _in_process(settings, body)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(render(text, result))
    if any(f["severity"] == "high" for f in result["findings"]):
        return EXIT_HIGH if args.exit_code else 0
    return EXIT_FINDINGS if args.exit_code and result["findings"] else 0


# ------------------------------------------------------------------ token, config
def cmd_token(args: argparse.Namespace) -> int:
    from .token import load_or_create

    settings = _settings(args)
    print(load_or_create(settings.token_path))
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    settings = _settings(args)
    print(f"# {config_path()}{'' if config_path().is_file() else ' (not present: built-in defaults)'}")
    sys.stdout.write(settings_as_toml(settings))
    return 0


# ------------------------------------------------------------------ parser
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="second-thought",
        description="Second Thought: checks social-media drafts against university policies, on this machine only.",
    )
    parser.add_argument("--version", action="version", version=f"second-thought {__version__}")
    parser.add_argument("--config", metavar="FILE", help="configuration file (default: $SECOND_THOUGHT_CONFIG or ~/.config/second-thought/config.toml)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("serve", help="run the companion service for the browser extension")
    p.add_argument("--host", help="address to listen on (default 127.0.0.1; keep it on loopback)")
    p.add_argument("--port", type=int, help="port to listen on (default 8765)")
    p.add_argument("--pack", help="default policy pack id (default dmu-student)")
    p.add_argument("--rules", metavar="DIR", help="the shared-rules folder to load (default: the installed one)")
    p.add_argument("--extra-pack", metavar="FILE", action="append", help="also load this pack file (repeatable)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("check", help="check a draft and print the findings",
                       description="Check a draft (and images) and print the findings. Uses a running companion when one answers, else loads the engine here.")
    p.add_argument("text", nargs="?", help="the draft, or '-' to read it from standard input")
    p.add_argument("--image", metavar="FILE", action="append", help="an attached image (repeatable)")
    p.add_argument("--pack", help="policy pack id")
    p.add_argument("--role", choices=["student", "staff"], help="who is posting (default: the pack's)")
    p.add_argument("--audience", choices=["public", "private", "unknown"], help="who will see the post")
    p.add_argument("--json", action="store_true", help="print the API's JSON instead of text")
    p.add_argument("--url", help="companion address (default http://HOST:PORT from the settings)")
    p.add_argument("--local", action="store_true", help="do not use a running companion; load the engine in this process")
    p.add_argument("--rules", metavar="DIR", help="the shared-rules folder to load (with --local)")
    p.add_argument("--extra-pack", metavar="FILE", action="append", help="also load this pack file (with --local; repeatable)")
    p.add_argument("--exit-code", action="store_true", help=f"exit {EXIT_HIGH} when a high finding is present, {EXIT_FINDINGS} for other findings")
    p.add_argument("--host", help=argparse.SUPPRESS)
    p.add_argument("--port", type=int, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("token", help="print the per-user token local tools send (created if missing)")
    p.set_defaults(func=cmd_token)

    p = sub.add_parser("config", help="print the settings in force, as TOML")
    p.set_defaults(func=cmd_config)

    from .rules_cli import add_rules_parser
    add_rules_parser(sub)
    try:
        from .service_cli import add_service_parsers
        add_service_parsers(sub)
    except ImportError:
        pass
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
