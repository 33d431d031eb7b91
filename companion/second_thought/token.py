"""The per-user secret that local programs and the Firefox extension present.

Created on first start with owner-only permissions (0600 in a 0700 folder);
``second-thought token`` prints it. It is never part of the extension's code.
"""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path


def new_token() -> str:
    """43 URL-safe characters (256 bits) that do not start with ``-``: one
    that did would read as an option to tools given ``--token TOKEN``."""
    while True:
        token = secrets.token_urlsafe(32)
        if not token.startswith("-"):
            return token


def load_or_create(path: Path) -> str:
    """The token at ``path``, created (atomically, owner-only) if missing."""
    try:
        token = path.read_text(encoding="ascii").strip()
        if len(token) >= 32:
            return token
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    token = new_token()
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(token + "\n")
    os.replace(tmp, path)
    return token


def read(path: Path) -> str | None:
    try:
        token = path.read_text(encoding="ascii").strip()
    except (FileNotFoundError, PermissionError, UnicodeDecodeError):
        return None
    return token or None


def matches(expected: str, presented: str | None) -> bool:
    return presented is not None and hmac.compare_digest(expected.encode(), presented.encode())
