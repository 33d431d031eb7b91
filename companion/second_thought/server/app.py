"""The companion's HTTP layer: a thin aiohttp app around :class:`~second_thought.checker.Checker`.

``create_app(settings)`` builds everything; the checker (analyzer, rules, OCR)
loads once in a cleanup context and analysis runs in thread pools, so the
event loop only parses, queues and answers. Who may call is decided by
:mod:`.guard` before any handler runs.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, AsyncIterator

from aiohttp import web

from .. import __version__
from ..checker import BadRequest, Checker
from ..config import Settings
from . import guard
from .openapi import openapi_document

log = logging.getLogger("second_thought.server")

SETTINGS = web.AppKey("settings", Settings)
CHECKER = web.AppKey("checker", Checker)
TEXT_POOL = web.AppKey("text_pool", ThreadPoolExecutor)
IMAGE_POOL = web.AppKey("image_pool", ThreadPoolExecutor)
SLOTS = web.AppKey("slots", asyncio.BoundedSemaphore)
TOKEN = web.AppKey("token", str)
STARTED = web.AppKey("started", float)


def error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> web.Response:
    return web.json_response({"error": {"code": code, "message": message}}, status=status, headers=headers)


# ------------------------------------------------------------------ handlers
async def health(request: web.Request) -> web.Response:
    checker = request.app[CHECKER]
    return web.json_response({
        "status": "ok",
        "version": __version__,
        "ocr": checker.ocr_available,
        "policies": sorted(checker.book.packs),
        "default_policy": request.app[SETTINGS].pack,
        "detectors": len(checker.engine.detectors) + len(checker.engine.recognizers),
        "warm": checker.engine.warm,
    })


async def policies(request: web.Request) -> web.Response:
    checker = request.app[CHECKER]
    packs = [p.as_public_dict() for p in sorted(checker.book.packs.values(), key=lambda p: p.id)]
    return web.json_response({"default": request.app[SETTINGS].pack, "policies": packs})


async def openapi(request: web.Request) -> web.Response:
    return web.json_response(openapi_document(request.app[SETTINGS]))


async def check(request: web.Request) -> web.Response:
    app = request.app
    settings, checker = app[SETTINGS], app[CHECKER]
    if request.content_type != "application/json":
        return error(415, "unsupported_media_type", "Send the draft as JSON with 'Content-Type: application/json'.")
    try:
        raw = await request.read()
    except web.HTTPRequestEntityTooLarge:
        return error(413, "body_too_large", f"The request body is larger than the limit of {settings.limits.max_body_bytes // (1024 * 1024)} MB.")
    try:
        body = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
        return error(400, "invalid_json", "The request body is not valid JSON.")
    try:
        req = checker.parse(body)
    except BadRequest as exc:
        return error(exc.status, exc.code, exc.message)

    slots = app[SLOTS]
    if slots.locked():
        return error(503, "busy", "The companion is busy with other checks; try again in a moment.", {"Retry-After": "1"})
    started = time.perf_counter()
    loop = asyncio.get_running_loop()
    async with slots:
        try:
            async with asyncio.timeout(settings.limits.request_timeout_s):
                text_job = loop.run_in_executor(app[TEXT_POOL], checker.check_text, req)
                notices: list[str] = []
                image_findings: list[dict[str, Any]] = []
                if req.images:
                    if checker.images is None:
                        notices.append("Images were not checked: image analysis is not available in this installation.")
                    else:
                        try:
                            decoded = await loop.run_in_executor(app[IMAGE_POOL], checker.decode_images, req)
                        except BadRequest as exc:
                            text_job.cancel()
                            return error(exc.status, exc.code, exc.message)
                        for img, dec in zip(req.images, decoded):
                            found, notice = await loop.run_in_executor(app[IMAGE_POOL], checker.check_image, req, img, dec)
                            image_findings += found
                            if notice and notice not in notices:
                                notices.append(notice)
                findings = await text_job
        except TimeoutError:
            log.warning("check timed out after %.1f s", settings.limits.request_timeout_s)
            return error(503, "timeout", f"The check took longer than {settings.limits.request_timeout_s:g} seconds and was stopped. Try fewer or smaller images.", {"Retry-After": "2"})
    result = checker.response(req, findings + image_findings, notices, started)
    log.info("check: %d chars, %d images, %d findings [%s] in %.1f ms",
             len(req.text), len(req.images), len(result["findings"]),
             ",".join(sorted({f["rule"] for f in result["findings"]})), result["elapsed_ms"])
    return web.json_response(result)


async def not_found(request: web.Request) -> web.Response:
    return error(404, "not_found", "No such endpoint. See /v1/openapi.json.")


# ------------------------------------------------------------------ middleware
@web.middleware
async def json_errors(request: web.Request, handler: Any) -> web.StreamResponse:
    """Every error is the JSON of API.md; nothing a client sends becomes a 500."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        codes = {404: "not_found", 405: "method_not_allowed", 413: "body_too_large"}
        message = {
            404: "No such endpoint. See /v1/openapi.json.",
            405: f"{request.method} is not allowed here.",
            413: "The request body is larger than the companion accepts.",
        }.get(exc.status, exc.reason)
        headers = {k: v for k, v in exc.headers.items() if k.lower() in ("allow", "retry-after")}
        return error(exc.status, codes.get(exc.status, "bad_request"), message, headers)
    except asyncio.CancelledError:
        raise
    except Exception:
        # Never the draft: only the exception type goes to the log.
        log.error("internal error in %s %s", request.method, request.path, exc_info=False)
        return error(500, "internal_error", "The companion hit an internal error; the draft was not checked.")


# ------------------------------------------------------------------ lifetime
def _checker_ctx(checker: Checker | None) -> Any:
    async def ctx(app: web.Application) -> AsyncIterator[None]:
        settings = app[SETTINGS]
        app[CHECKER] = checker or await asyncio.get_running_loop().run_in_executor(None, Checker, settings)
        app[CHECKER].warm_up()
        app[TEXT_POOL] = ThreadPoolExecutor(max_workers=settings.workers, thread_name_prefix="text")
        app[IMAGE_POOL] = ThreadPoolExecutor(max_workers=max(1, settings.ocr_workers), thread_name_prefix="image")
        app[SLOTS] = asyncio.BoundedSemaphore(settings.limits.queue_size)
        log.info("ready in %.2f s: %d packs, default %s, OCR %s", time.perf_counter() - app[STARTED],
                 len(app[CHECKER].book.packs), settings.pack, "on" if app[CHECKER].ocr_available else "off")
        yield
        # Graceful: in-flight checks finish before the pools go.
        app[TEXT_POOL].shutdown(wait=True)
        app[IMAGE_POOL].shutdown(wait=True, cancel_futures=True)
    return ctx


def create_app(settings: Settings, *, checker: Checker | None = None, token: str | None = None) -> web.Application:
    """The companion as an aiohttp application (``checker`` lets tests share one engine)."""
    from ..token import load_or_create

    app = web.Application(
        client_max_size=settings.limits.max_body_bytes,
        middlewares=[json_errors, guard.middleware],
    )
    app[SETTINGS] = settings
    app[STARTED] = time.perf_counter()
    app[TOKEN] = token or load_or_create(settings.token_path)
    app.cleanup_ctx.append(_checker_ctx(checker))
    app.router.add_get("/v1/health", health)
    app.router.add_get("/v1/policies", policies)
    app.router.add_get("/v1/openapi.json", openapi)
    app.router.add_post("/v1/check", check)
    app.router.add_route("*", "/{tail:.*}", not_found)
    guard.install(app, settings, TOKEN)
    return app


def serve(settings: Settings) -> None:
    """Run until interrupted; SIGTERM and Ctrl-C shut down gracefully."""
    app = create_app(settings)
    web.run_app(app, host=settings.host, port=settings.port, access_log=None, print=None,
                shutdown_timeout=settings.limits.request_timeout_s, handle_signals=True)
