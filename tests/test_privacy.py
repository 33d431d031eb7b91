"""A canary draft and a canary image go through every path; the canary shows up in no log and no file."""

from __future__ import annotations

import base64
import io
import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

REPO = Path(__file__).resolve().parents[1]
ST = str(REPO / ".venv/bin/second-thought")
CANARY = "Zanzibar-Quokka-7731"


def canary_png() -> bytes:
    img = Image.new("RGB", (900, 240), "white")
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    except OSError:
        font = ImageFont.load_default()
    draw.text((20, 40), f"{CANARY} ring 07700 900123", fill="black", font=font)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def test_a_canary_draft_and_image_leave_no_trace(tmp_path):
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cfg = home / "config.toml"
    cfg.write_text(f'port = {port}\ntoken_file = "{home / "token"}"\nlog_level = "debug"\n', encoding="utf-8")
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "TMPDIR": str(tmp)}
    proc = subprocess.Popen([ST, "--config", str(cfg), "serve"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(url + "/v1/health", timeout=2).read()
                break
            except OSError:
                assert proc.poll() is None
                time.sleep(0.1)
        token = (home / "token").read_text().strip()
        png = base64.b64encode(canary_png()).decode()
        bad = base64.b64encode(f"{CANARY} is not an image".encode()).decode()
        bodies = [
            json.dumps({"text": f"{CANARY} my password is {CANARY}1! ring 07700 900123"}).encode(),     # findings
            json.dumps({"text": f"hello {CANARY}", "context": {"policy": f"{CANARY}-pack"}}).encode(),   # unknown pack
            json.dumps({"text": CANARY * 3000}).encode(),                                               # over the limit
            f'{{"text": "{CANARY}'.encode(),                                                            # malformed JSON
            json.dumps({"text": CANARY, "images": [{"name": "card.png", "type": "image/png", "data": png}]}).encode(),
            json.dumps({"text": CANARY, "images": [{"name": "x.png", "type": "image/png", "data": bad}]}).encode(),
            json.dumps({"text": CANARY, "context": {"role": CANARY}}).encode(),
        ]
        statuses = []
        for body in bodies:
            for headers in ({"Authorization": f"Bearer {token}"}, {}, {"Origin": "https://evil.example", "Authorization": f"Bearer {token}"}):
                req = urllib.request.Request(url + "/v1/check", data=body, headers={"Content-Type": "application/json", **headers})
                try:
                    with urllib.request.urlopen(req, timeout=60) as r:
                        statuses.append(r.status)
                except urllib.error.HTTPError as exc:
                    statuses.append(exc.code)
                    assert CANARY not in exc.read().decode("utf-8", "replace")
        assert 200 in statuses and 400 in statuses and 401 in statuses and 403 in statuses
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
    assert "check:" in err, "the debug log should hold the per-check line (counts only)"
    assert CANARY not in out and CANARY not in err
    written = [p for p in list(home.rglob("*")) + list(tmp.rglob("*")) if p.is_file()]
    for path in written:
        assert CANARY.encode() not in path.read_bytes(), f"{path} holds the draft"
    # What the companion stores: its token (and the config we wrote), nothing else.
    assert {p.name for p in written} <= {"token", "config.toml"}


def test_past_drafts_words_do_not_pile_up_in_memory():
    # spaCy keeps every word it tokenises; the companion's pipelines start
    # afresh past a bound, so a canary word from an old draft is forgotten
    # and memory does not grow with every draft typed.
    import random
    import string

    from second_thought.engine.nlp import MAX_VOCAB, PersonFinder, TokenNlpEngine

    tokens, names = TokenNlpEngine(), PersonFinder()
    canary = "zqxcanaryword"
    tokens.tokenize(f"my password is {canary}")
    names.people_in([f"Call {canary.title()} Jones on 07700 900123"])
    assert canary in tokens._nlp.vocab.strings
    rng = random.Random(7)
    for _ in range(MAX_VOCAB // 40 + 10):
        words = " ".join("".join(rng.choices(string.ascii_lowercase, k=9)) for _ in range(50))
        tokens.tokenize(words)
        names.people_in([words])
    tokens.tokenize("one more draft")
    names.people_in(["Call Sarah Jones on 07700 900123"])
    assert len(tokens._nlp.vocab) <= MAX_VOCAB + 200 and len(names._nlp.vocab) <= MAX_VOCAB + 200
    assert canary not in tokens._nlp.vocab.strings and canary.title() not in names._nlp.vocab.strings
    # and they still work
    assert names.people_in(["Call Sarah Jones on 07700 900123"])[0]
