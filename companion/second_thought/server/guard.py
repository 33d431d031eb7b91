"""Who may talk to the companion.

A service on 127.0.0.1 is reachable from every web page the person opens, so:

* the ``Host`` header must be a loopback name with our port — a DNS-rebinding
  page arrives with its own host name and is refused;
* a request from a web page carries an ``Origin`` (``https://…`` or ``null``)
  and is refused, whatever the endpoint;
* ``chrome-extension://<id>`` is accepted for the allow-listed ids only;
* anything else — the Firefox extension (its ``moz-extension://`` origin is
  random per install), the command line, scripts with no Origin at all — must
  present the per-user token for ``/v1/check``. Health, policies and the
  OpenAPI document hold no drafts and answer without it.

CORS headers name the one allowed extension origin, never ``*``.
"""

from __future__ import annotations

import logging
from typing import Any

from aiohttp import web

from ..config import Settings
from ..token import matches

log = logging.getLogger("second_thought.guard")

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]", "::1")
OPEN_PATHS = ("/v1/health", "/v1/policies", "/v1/openapi.json")

_SETTINGS = web.AppKey("guard_settings", Settings)
_TOKEN_KEY = web.AppKey("guard_token_key", object)


def install(app: web.Application, settings: Settings, token_key: Any) -> None:
    app[_SETTINGS] = settings
    app[_TOKEN_KEY] = token_key


def _refuse(status: int, code: str, message: str) -> web.Response:
    return web.json_response({"error": {"code": code, "message": message}}, status=status)


def host_allowed(host: str | None, port: int) -> bool:
    if not host:
        return False
    host = host.strip().lower()
    for name in LOOPBACK_NAMES:
        if host == f"{name}:{port}" or (port == 80 and host == name):
            return True
    return False


def presented_token(request: web.Request) -> str | None:
    auth = request.headers.get("Authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.headers.get("X-Second-Thought-Token")


def _cors(response: web.StreamResponse, origin: str) -> None:
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Vary"] = "Origin"


@web.middleware
async def middleware(request: web.Request, handler: Any) -> web.StreamResponse:
    app = request.app
    settings: Settings = app[_SETTINGS]
    if not host_allowed(request.headers.get("Host"), settings.port):
        log.warning("refused: Host header is not a loopback name with port %d", settings.port)
        return _refuse(403, "host_not_allowed", "The companion only answers requests addressed to 127.0.0.1 or localhost on its own port.")

    origin = request.headers.get("Origin")
    extension_origin = None
    if origin is not None:
        if origin.startswith("chrome-extension://"):
            ext_id = origin[len("chrome-extension://"):].rstrip("/")
            if ext_id not in settings.allowed_extension_ids:
                log.warning("refused: extension id not allowed")
                return _refuse(403, "origin_not_allowed", "This browser extension is not on the companion's allow-list (allowed_extension_ids).")
            extension_origin = origin
        elif origin.startswith("moz-extension://"):
            extension_origin = origin  # still needs the token below
        else:
            log.warning("refused: request from a web origin")
            return _refuse(403, "origin_not_allowed", "Web pages may not use the companion; only the Second Thought extension and local tools can.")

    if request.method == "OPTIONS":
        if extension_origin is None:
            return _refuse(403, "origin_not_allowed", "Preflight requests are answered for the extension only.")
        response = web.Response(status=204)
        _cors(response, extension_origin)
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, Authorization, X-Second-Thought-Token"
        response.headers["Access-Control-Max-Age"] = "600"
        return response

    trusted = origin is not None and origin.startswith("chrome-extension://")
    if not trusted and request.path not in OPEN_PATHS:
        token = app[app[_TOKEN_KEY]]  # type: ignore[index]
        if not matches(token, presented_token(request)):
            log.warning("refused: missing or wrong token")
            return _refuse(401, "token_required", "Send the companion's token as 'Authorization: Bearer <token>' (print it with 'second-thought token').")

    response = await handler(request)
    if extension_origin is not None:
        _cors(response, extension_origin)
    return response
