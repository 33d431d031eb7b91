"""Shared fixtures: one real engine for the whole run (loading it is the slow part)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from second_thought.checker import Checker  # noqa: E402
from second_thought.config import Settings  # noqa: E402
from second_thought.engine.types import DraftContext  # noqa: E402
from second_thought.rules import RuleBook  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SECOND_THOUGHT_SHARED", REPO.parent / "shared"))
TEST_TOKEN = "test-token-" + "x" * 40


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives a real Chromium or Firefox")
    config.addinivalue_line("markers", "slow: takes more than a few seconds")


@pytest.fixture(scope="session")
def book() -> RuleBook:
    return RuleBook.load()


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    s = Settings()
    s.token_file = str(tmp_path_factory.mktemp("config") / "token")
    s.allowed_extension_ids = ["abcdefghijklmnopabcdefghijklmnop"]
    return s


@pytest.fixture(scope="session")
def checker(settings: Settings, book: RuleBook) -> Checker:
    c = Checker(settings, book=book)
    c.warm_up()
    return c


@pytest.fixture(scope="session")
def engine(checker: Checker):
    return checker.engine


@pytest.fixture(scope="session")
def detect(engine, book):
    """detect(text, role=..., pack=...) -> list of (rule, matched text or None)."""
    def run(text: str, role: str = "student", pack: str = "dmu-student", audience: str = "public"):
        ctx = DraftContext(role=role, audience=audience, pack_id=pack)  # type: ignore[arg-type]
        return [(d.rule, text[d.start:d.end] if d.is_span else None) for d in engine.detect_text(text, ctx, book.packs.get(pack))]
    return run


@pytest.fixture
def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None
