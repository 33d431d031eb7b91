"""Settings: built-in defaults, overridden by a TOML file, overridden by the command line.

The file is ``$SECOND_THOUGHT_CONFIG`` if set, else
``$XDG_CONFIG_HOME/second-thought/config.toml`` (``~/.config/...``). Every key
is optional; ``second-thought config`` prints the settings in force.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from pathlib import Path
from typing import Any

#: The extension's fixed Chromium id (from the public key in its manifest);
#: tests/test_meta.py checks it against extension/manifest.json.
DEFAULT_EXTENSION_IDS: tuple[str, ...] = ("medncnfpmieajggdfngbkcnmnfihfddk",)


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "second-thought"


def config_path() -> Path:
    env = os.environ.get("SECOND_THOUGHT_CONFIG")
    return Path(env) if env else config_dir() / "config.toml"


@dataclasses.dataclass
class Limits:
    """Every limit a client can run into; each is reported in a 4xx that names it."""

    max_text_chars: int = 20_000
    max_body_bytes: int = 30 * 1024 * 1024
    max_images: int = 4
    max_image_bytes: int = 10 * 1024 * 1024
    max_image_pixels: int = 40_000_000
    request_timeout_s: float = 30.0
    ocr_timeout_s: float = 10.0
    queue_size: int = 32


@dataclasses.dataclass
class Settings:
    host: str = "127.0.0.1"
    port: int = 8765
    pack: str = "dmu-student"
    rules_dir: str | None = None
    extra_packs: list[str] = dataclasses.field(default_factory=list)
    allowed_extension_ids: list[str] = dataclasses.field(default_factory=lambda: list(DEFAULT_EXTENSION_IDS))
    token_file: str | None = None
    workers: int = 2
    ocr_workers: int = 1
    #: Tesseract's language data folder (default: found where Debian, Homebrew or TESSDATA_PREFIX put it).
    tessdata: str | None = None
    limits: Limits = dataclasses.field(default_factory=Limits)
    log_level: str = "info"

    @property
    def token_path(self) -> Path:
        return Path(self.token_file) if self.token_file else config_dir() / "token"


class ConfigError(Exception):
    """The configuration file cannot be used; the message says how to fix it."""


def _apply(obj: Any, data: dict[str, Any], where: str) -> None:
    fields = {f.name: f for f in dataclasses.fields(obj)}
    for key, value in data.items():
        name = key.replace("-", "_")
        if name not in fields:
            raise ConfigError(f"{where}: unknown setting '{key}'. Known settings: {', '.join(sorted(fields))}.")
        current = getattr(obj, name)
        if dataclasses.is_dataclass(current):
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: '{key}' must be a table ([{key}]).")
            _apply(current, value, f"{where} [{key}]")
            continue
        expected = type(current) if current is not None else str  # optional settings are paths
        if expected is float and isinstance(value, int):
            value = float(value)
        if expected is not None and not isinstance(value, expected) or isinstance(value, bool) and expected is not bool and expected is not None:
            raise ConfigError(f"{where}: '{key}' must be {expected.__name__ if expected else 'a value'}, not {type(value).__name__}.")
        setattr(obj, name, value)


def load_settings(path: Path | None = None) -> Settings:
    """Defaults, then the configuration file if there is one."""
    settings = Settings()
    path = path or config_path()
    if path.is_file():
        try:
            with open(path, "rb") as f:
                data = tomllib.load(f)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML ({exc}).") from None
        _apply(settings, data, str(path))
    elif os.environ.get("SECOND_THOUGHT_CONFIG"):
        raise ConfigError(f"SECOND_THOUGHT_CONFIG names {path}, which does not exist.")
    return settings


def settings_as_toml(settings: Settings) -> str:
    """The settings in force, as a configuration file would hold them."""
    def fmt(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, str):
            return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
        if isinstance(v, list):
            return "[" + ", ".join(fmt(x) for x in v) + "]"
        return str(v)

    lines, tables = [], []
    for f in dataclasses.fields(settings):
        v = getattr(settings, f.name)
        if dataclasses.is_dataclass(v):
            tables.append((f.name, v))
        elif v is not None:
            lines.append(f"{f.name} = {fmt(v)}")
    for name, table in tables:
        lines.append(f"\n[{name}]")
        lines += [f"{g.name} = {fmt(getattr(table, g.name))}" for g in dataclasses.fields(table)]
    return "\n".join(lines) + "\n"
