"""A recording pass-through in front of the real companion, for tests that
must see what the extension sent (e.g. `context.audience`), not only what it
showed. Everything is forwarded unchanged except the Host header, which the
companion checks against its own port. Records stay in memory; a test in
another process reads them at GET /__recorded.
"""

from __future__ import annotations

import contextlib
import http.client
import http.server
import json
import threading
from collections.abc import Iterator
from urllib.parse import urlsplit

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-authorization", "host",
              "content-length"}


class Recorder:
    def __init__(self, target: str):
        self.target = urlsplit(target)
        self.checks: list[dict] = []  # bodies of POST /v1/check, in order
        self.lock = threading.Lock()

    def clear(self) -> None:
        with self.lock:
            self.checks.clear()

    def contexts_for(self, text: str) -> list[dict]:
        with self.lock:
            return [c.get("context", {}) for c in self.checks if c.get("text") == text]


def _handler(recorder: Recorder):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:
            pass

        def _forward(self) -> None:
            if self.path == "/__recorded":  # for tests in another process (tests/firefox/)
                with recorder.lock:
                    data = json.dumps({"checks": recorder.checks}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            if self.command == "POST" and self.path.startswith("/v1/check") and body:
                with contextlib.suppress(ValueError), recorder.lock:
                    recorder.checks.append(json.loads(body))
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
            conn = http.client.HTTPConnection(recorder.target.hostname, recorder.target.port, timeout=30)
            try:
                conn.request(self.command, self.path, body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
            except OSError:
                conn.close()
                self.send_error(502, "companion not reachable")
                return
            conn.close()
            self.send_response(response.status)
            for k, v in response.getheaders():
                if k.lower() not in HOP_BY_HOP:
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_OPTIONS = _forward

    return Handler


@contextlib.contextmanager
def recording(target: str) -> Iterator[tuple[str, Recorder]]:
    """Serve a recorder for `target` on 127.0.0.1; yields (its URL, the recorder)."""
    recorder = Recorder(target)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(recorder))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", recorder
    finally:
        server.shutdown()
        server.server_close()
