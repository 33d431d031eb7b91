"""The OpenAPI 3.1 description of the contract in API.md, served at /v1/openapi.json."""

from __future__ import annotations

from typing import Any

from .. import __version__
from ..config import Settings
from ..engine.types import CATEGORIES, SEVERITIES


def _error() -> dict[str, Any]:
    return {
        "description": "An error a person can read",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def openapi_document(settings: Settings) -> dict[str, Any]:
    limits = settings.limits
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Second Thought companion",
            "version": __version__,
            "description": "Checks social-media drafts against university policies, on this machine only. "
                           "Callers are the Second Thought extension (by its origin) or local tools with the per-user token.",
        },
        "servers": [{"url": f"http://127.0.0.1:{settings.port}"}],
        "components": {
            "securitySchemes": {
                "token": {"type": "http", "scheme": "bearer", "description": "The per-user token printed by 'second-thought token'."},
            },
            "schemas": {
                "Error": {
                    "type": "object", "required": ["error"],
                    "properties": {"error": {"type": "object", "required": ["code", "message"],
                                             "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}},
                },
                "Image": {
                    "type": "object", "required": ["data"],
                    "properties": {
                        "name": {"type": "string", "maxLength": 255},
                        "type": {"type": "string", "maxLength": 255},
                        "data": {"type": "string", "contentEncoding": "base64", "description": f"The file's bytes, at most {limits.max_image_bytes} bytes."},
                    },
                },
                "Context": {
                    "type": "object",
                    "properties": {
                        "role": {"enum": ["student", "staff"]},
                        "policy": {"type": "string", "description": "A pack id from GET /v1/policies."},
                        "site": {"type": "string", "maxLength": 255},
                        "audience": {"enum": ["public", "private", "unknown"]},
                    },
                },
                "CheckRequest": {
                    "type": "object",
                    "properties": {
                        "text": {"type": "string", "maxLength": limits.max_text_chars},
                        "images": {"type": "array", "maxItems": limits.max_images, "items": {"$ref": "#/components/schemas/Image"}},
                        "context": {"$ref": "#/components/schemas/Context"},
                    },
                },
                "Citation": {
                    "type": "object", "required": ["pack", "clause", "quote"],
                    "properties": {"pack": {"type": "string"}, "clause": {"type": "string"}, "quote": {"type": "string"}},
                },
                "Finding": {
                    "type": "object", "required": ["category", "severity", "rule", "source", "message", "policy"],
                    "properties": {
                        "category": {"enum": list(CATEGORIES)},
                        "severity": {"enum": list(SEVERITIES)},
                        "rule": {"type": "string"},
                        "source": {"type": "string", "description": "'text' or 'image:<name>'"},
                        "start": {"type": "integer", "minimum": 0},
                        "end": {"type": "integer", "minimum": 0},
                        "title": {"type": "string"},
                        "message": {"type": "string"},
                        "policy": {"type": "array", "items": {"$ref": "#/components/schemas/Citation"}},
                        "fix": {"type": "object", "required": ["replacement"], "properties": {"replacement": {"type": "string"}}},
                        "score": {"type": "number"},
                    },
                },
                "CheckResponse": {
                    "type": "object", "required": ["findings", "elapsed_ms"],
                    "properties": {
                        "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
                        "elapsed_ms": {"type": "number"},
                        "pack": {"type": "string"},
                        "role": {"type": "string"},
                        "version": {"type": "string"},
                        "redacted_text": {"type": "string"},
                        "notices": {"type": "array", "items": {"type": "string"}},
                    },
                },
                "Health": {
                    "type": "object", "required": ["status", "version", "ocr", "policies"],
                    "properties": {"status": {"type": "string"}, "version": {"type": "string"}, "ocr": {"type": "boolean"},
                                   "policies": {"type": "array", "items": {"type": "string"}},
                                   "default_policy": {"type": "string"}, "detectors": {"type": "integer"},
                                   "warm": {"type": "boolean", "description": "false for a second or two after start-up, while the name model loads and the rules finish compiling in the background; checks are answered meanwhile, a little slower"}},
                },
            },
        },
        "paths": {
            "/v1/check": {
                "post": {
                    "summary": "Check a draft and its images",
                    "security": [{"token": []}],
                    "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CheckRequest"}}}},
                    "responses": {
                        "200": {"description": "Findings", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CheckResponse"}}}},
                        "400": _error(), "401": _error(), "403": _error(), "404": _error(), "413": _error(), "415": _error(), "503": _error(),
                    },
                }
            },
            "/v1/health": {
                "get": {"summary": "Is the companion up, and can it read images",
                        "responses": {"200": {"description": "Health", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}}, "403": _error()}}
            },
            "/v1/policies": {
                "get": {"summary": "The policy packs with their clauses",
                        "responses": {"200": {"description": "Packs", "content": {"application/json": {"schema": {"type": "object"}}}}, "403": _error()}}
            },
            "/v1/openapi.json": {
                "get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI", "content": {"application/json": {"schema": {"type": "object"}}}}, "403": _error()}}
            },
        },
    }
