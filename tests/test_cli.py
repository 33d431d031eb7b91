"""The `second-thought` command as a newcomer or IT uses it."""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
from pathlib import Path

from second_thought.config import DEFAULT_EXTENSION_IDS

REPO = Path(__file__).resolve().parents[1]
ST = str(REPO / ".venv/bin/second-thought")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([ST, *args], capture_output=True, text=True, input=stdin, timeout=120)


def test_check_prints_two_findings_that_cite_a_clause():
    proc = run("check", "--local", "ring me on 07700 900123 or email jo.bloggs@example.com")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "“07700 900123”" in out and "“jo.bloggs@example.com”" in out
    assert out.count("Breaks dmu-student clause") >= 2
    assert "2 findings" in out


def test_check_reads_stdin_and_prints_the_api_json():
    proc = run("check", "--local", "--json", "--pack", "derby-student", "-", stdin="my password is Hunter2!")
    body = json.loads(proc.stdout)
    assert [f["rule"] for f in body["findings"]] == ["cred.password"]
    assert body["findings"][0]["policy"][0]["pack"] == "derby-student"


def test_exit_code_says_a_high_finding_is_present():
    assert run("check", "--local", "--exit-code", "my password is Hunter2!").returncode == 3
    assert run("check", "--local", "--exit-code", "see you at the library at 6").returncode == 0


def test_an_unknown_pack_is_one_sentence():
    proc = run("check", "--local", "--pack", "nope", "hello")
    assert proc.returncode != 0
    assert "Packs:" in proc.stderr and "dmu-student" in proc.stderr and "Traceback" not in proc.stderr


def test_token_is_created_owner_only_and_stable(tmp_path):
    env_cfg = tmp_path / "config.toml"
    env_cfg.write_text(f'token_file = "{tmp_path / "t" / "token"}"\n')
    first = run("--config", str(env_cfg), "token").stdout.strip()
    second = run("--config", str(env_cfg), "token").stdout.strip()
    assert first == second and len(first) >= 40
    assert (tmp_path / "t" / "token").stat().st_mode & 0o077 == 0


def test_a_new_token_never_starts_with_a_dash(monkeypatch, tmp_path):
    # One URL-safe token in 64 starts with "-", and `run_eval.py --token -Ab…`
    # then reads it as an unknown option: such a draw is thrown away.
    from second_thought import token as T

    draws = iter(["-" + "a" * 42, "b" * 43])
    monkeypatch.setattr(T.secrets, "token_urlsafe", lambda n: next(draws))
    assert T.load_or_create(tmp_path / "token") == "b" * 43
    assert (tmp_path / "token").read_text().strip() == "b" * 43


def test_help_names_every_command():
    out = run("--help").stdout
    for command in ("serve", "check", "token", "config", "rules"):
        assert command in out


def test_the_default_allowed_id_is_the_extensions_own():
    manifest = json.loads((REPO / "extension" / "manifest.json").read_text())
    der = base64.b64decode(manifest["key"])
    ext_id = "".join(chr(ord("a") + int(c, 16)) for c in hashlib.sha256(der).hexdigest()[:32])
    assert ext_id in DEFAULT_EXTENSION_IDS
