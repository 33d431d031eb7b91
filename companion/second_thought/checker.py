"""A check request from start to finish, without HTTP: validate, detect, map to the pack.

The HTTP layer and the command line both call :class:`Checker`. Validation
errors are :class:`BadRequest` with a code and a sentence for a person; they
never repeat the draft.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import logging
import time
from pathlib import Path
from typing import Any

from . import __version__
from .config import Settings
from .engine.core import Engine
from .engine.types import Detection, DraftContext
from .policy import PolicyMapper, sort_findings
from .rules import Pack, RuleBook

log = logging.getLogger("second_thought.checker")

ROLES = ("student", "staff")
AUDIENCES = ("public", "private", "unknown")


class BadRequest(Exception):
    """Something the client sent that cannot be checked (a 4xx)."""

    def __init__(self, code: str, message: str, status: int = 400):
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status


@dataclasses.dataclass
class ImageInput:
    name: str
    type: str
    data: bytes


@dataclasses.dataclass
class CheckRequest:
    text: str
    images: list[ImageInput]
    ctx: DraftContext
    pack: Pack


def _image_analyzer(settings: Settings) -> Any:
    try:
        from .engine.images import ImageAnalyzer, ImageLimits
    except ImportError:  # the image package is optional at import time
        log.warning("image analysis unavailable: the images package could not be imported")
        return None
    limits = ImageLimits(
        max_bytes=settings.limits.max_image_bytes,
        max_pixels=settings.limits.max_image_pixels,
        ocr_timeout_s=settings.limits.ocr_timeout_s,
    )
    return ImageAnalyzer(limits, ocr_workers=settings.ocr_workers, tessdata=settings.tessdata)


class Checker:
    """The loaded engine, rules and image analyzer; thread-safe, built once."""

    def __init__(self, settings: Settings, *, book: RuleBook | None = None, images: bool = True):
        self.settings = settings
        root = Path(settings.rules_dir) if settings.rules_dir else None
        self.book = book or getattr(settings, "preloaded", None) or RuleBook.load(root, [Path(p) for p in settings.extra_packs])
        if settings.pack not in self.book.packs:
            raise BadRequest("unknown_policy", f"The configured pack '{settings.pack}' does not exist. Packs: {', '.join(sorted(self.book.packs))}.")
        self.engine = Engine(self.book)
        self.mapper = PolicyMapper(self.book)
        self.images = _image_analyzer(settings) if images else None
        unknown = self.engine.rule_ids - set(self.book.rules)
        if unknown:
            # Their detections are dropped (the policy layer needs the rule);
            # tests/test_meta.py keeps this list empty.
            log.warning("rules without rule files are ignored: %s", ", ".join(sorted(unknown)))

    @property
    def ocr_available(self) -> bool:
        return bool(self.images is not None and self.images.ocr_available)

    def warm_up(self) -> None:
        self.engine.warm_up()

    # ----------------------------------------------------------- parsing
    def parse(self, body: Any) -> CheckRequest:
        limits = self.settings.limits
        if not isinstance(body, dict):
            raise BadRequest("invalid_request", "The request body must be a JSON object with a 'text' field.")
        text = body.get("text", "")
        if text is None:
            text = ""
        if not isinstance(text, str):
            raise BadRequest("invalid_text", "'text' must be a string.")
        if len(text) > limits.max_text_chars:
            raise BadRequest("text_too_long", f"The draft is {len(text):,} characters long; the limit is {limits.max_text_chars:,}. Check it in parts.", 413)
        raw_images = body.get("images")
        if raw_images is None:
            raw_images = []
        if not isinstance(raw_images, list):
            raise BadRequest("invalid_images", "'images' must be a list of {name, type, data} objects.")
        if len(raw_images) > limits.max_images:
            raise BadRequest("too_many_images", f"{len(raw_images)} images were sent; the limit is {limits.max_images} per check.", 413)
        images = []
        for i, img in enumerate(raw_images):
            if not isinstance(img, dict) or not isinstance(img.get("data"), str):
                raise BadRequest("invalid_image", f"Image {i + 1} must be an object with a base64 'data' string.")
            name = img.get("name") or f"image{i + 1}"
            mime = img.get("type") or ""
            if not isinstance(name, str) or not isinstance(mime, str) or len(name) > 255:
                raise BadRequest("invalid_image", f"Image {i + 1}: 'name' and 'type' must be short strings.")
            if len(img["data"]) > limits.max_image_bytes * 4 // 3 + 8:
                raise BadRequest("image_too_large", f"Image {i + 1} is larger than the limit of {limits.max_image_bytes // (1024 * 1024)} MB.", 413)
            try:
                data = base64.b64decode(img["data"], validate=True)
            except (binascii.Error, ValueError):
                raise BadRequest("invalid_image", f"Image {i + 1}: 'data' is not valid base64.") from None
            images.append(ImageInput(name, mime, data))
        if not text.strip() and not images:
            # An empty draft is valid: nothing to warn about.
            pass
        context = body.get("context")
        if context is None:
            context = {}
        if not isinstance(context, dict):
            raise BadRequest("invalid_context", "'context' must be an object with optional role, policy, site and audience.")
        pack_id = context.get("policy") or self.settings.pack
        if not isinstance(pack_id, str) or pack_id not in self.book.packs:
            raise BadRequest("unknown_policy", f"There is no policy pack with that id. Packs: {', '.join(sorted(self.book.packs))}.", 404 if isinstance(pack_id, str) else 400)
        pack = self.book.packs[pack_id]
        role = context.get("role") or pack.role
        if role not in ROLES:
            raise BadRequest("invalid_role", "'context.role' must be 'student' or 'staff'.")
        audience = context.get("audience") or "unknown"
        if audience not in AUDIENCES:
            raise BadRequest("invalid_audience", "'context.audience' must be 'public', 'private' or 'unknown'.")
        site = context.get("site")
        if site is not None and (not isinstance(site, str) or len(site) > 255):
            raise BadRequest("invalid_site", "'context.site' must be a host name.")
        ctx = DraftContext(role=role, audience=audience, site=site, pack_id=pack.id)
        return CheckRequest(text, images, ctx, pack)

    # ----------------------------------------------------------- running
    def detect_text(self, text: str, ctx: DraftContext, pack: Pack) -> list[Detection]:
        return self.engine.detect_text(text, ctx, pack)

    def check_text(self, req: CheckRequest) -> list[dict[str, Any]]:
        detections = self.detect_text(req.text, req.ctx, req.pack)
        return self.mapper.findings(detections, req.pack, req.ctx)

    def decode_images(self, req: CheckRequest) -> list[Any]:
        """Decode every image (raises BadRequest for a bad one); None entries when OCR is off."""
        if not req.images or self.images is None:
            return []
        from .engine.images import ImageError

        decoded = []
        for img in req.images:
            try:
                decoded.append(self.images.decode(img.data, img.name))
            except ImageError as exc:
                raise BadRequest(exc.code, f"{img.name[:80]}: {exc.message}", 413 if "large" in exc.code or "pixels" in exc.code else 400) from None
        return decoded

    def check_image(self, req: CheckRequest, img: ImageInput, decoded: Any) -> tuple[list[dict[str, Any]], str | None]:
        def text_detect(ocr_text: str) -> list[Detection]:
            # the rules read text in a picture as they read a draft; the
            # whole-draft guesses learnt from drafts do not (an exam paper is not one)
            return self.engine.detect_text(ocr_text, req.ctx, req.pack, guesses=False)

        result = self.images.analyze(decoded, img.name, req.ctx, text_detect)
        source = f"image:{img.name}"
        return self.mapper.findings(result.detections, req.pack, req.ctx, source), result.notice

    def check(self, req: CheckRequest) -> dict[str, Any]:
        """The whole check in the calling thread (the command line uses this)."""
        started = time.perf_counter()
        findings = self.check_text(req)
        notices = []
        if req.images:
            if self.images is None:
                notices.append("Images were not checked: image analysis is not available in this installation.")
            else:
                for img, decoded in zip(req.images, self.decode_images(req)):
                    found, notice = self.check_image(req, img, decoded)
                    findings += found
                    if notice:
                        notices.append(notice)
        return self.response(req, findings, notices, started)

    def response(self, req: CheckRequest, findings: list[dict[str, Any]], notices: list[str], started: float) -> dict[str, Any]:
        findings = sort_findings(dedupe_image_findings(findings))
        out: dict[str, Any] = {
            "findings": findings,
            "elapsed_ms": round((time.perf_counter() - started) * 1000, 1),
            "pack": req.pack.id,
            "role": req.ctx.role,
            "version": __version__,
        }
        if any("fix" in f for f in findings):
            out["redacted_text"] = self.mapper.redact(req.text, findings)
        if notices:
            out["notices"] = notices
        return out


def dedupe_image_findings(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One finding per image and rule: OCR may read the same number twice."""
    seen: set[tuple[str, str]] = set()
    out = []
    for f in findings:
        if f["source"] != "text":
            key = (f["source"], f["rule"])
            if key in seen:
                continue
            seen.add(key)
        out.append(f)
    return out
