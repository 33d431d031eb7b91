"""Safe decoding of attached images.

Only a fixed set of raster formats is accepted (no EPS/PDF/TIFF plugins, which
can call external programs or hold many pages). The header is parsed first and
the pixel count checked *before* any pixel data is decompressed, so a small
file that claims 50,000 x 50,000 pixels is refused without allocating memory.
Animated images contribute their first frame only; JPEGs are decoded at a
reduced DCT scale when they are much larger than the analysis needs.
"""

from __future__ import annotations

import dataclasses
import io
import threading

from PIL import Image, UnidentifiedImageError

try:  # HEIC/HEIF photos from phones; optional binary wheel.
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIF_AVAILABLE = True
except Exception:  # pragma: no cover - depends on the wheel being installed
    HEIF_AVAILABLE = False

# Formats we open. Everything else is "not an image" for our purposes.
Image.init()
ALLOWED_FORMATS: tuple[str, ...] = tuple(
    f for f in ("JPEG", "MPO", "PNG", "WEBP", "GIF", "BMP", "HEIF") if f in Image.OPEN
)
# The analysis never needs more than this many pixels on the long side.
WORKING_LONG_SIDE = 1280
# Non-JPEG images above this many pixels are decoded one at a time.
BIG_PIXELS = 12_000_000
_BIG_DECODE = threading.Semaphore(1)


class ImageError(Exception):
    """A client-side problem with an attached image (maps to a 4xx).

    ``message`` is written for a person and never contains image content.
    """

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclasses.dataclass
class DecodedImage:
    """One attached image, decoded and normalised for analysis."""

    image: Image.Image  # RGB, EXIF orientation applied, long side <= WORKING_LONG_SIDE
    format: str
    width: int  # original size as stored in the file
    height: int
    frames: int | None  # None when not counted (we never walk all frames)
    gps: tuple[float, float] | None  # (lat, lon) from EXIF, if present and valid
    has_exif: bool


_T = Image.Transpose
_ORIENTATION = {
    2: _T.FLIP_LEFT_RIGHT,
    3: _T.ROTATE_180,
    4: _T.FLIP_TOP_BOTTOM,
    5: _T.TRANSPOSE,
    6: _T.ROTATE_270,
    7: _T.TRANSVERSE,
    8: _T.ROTATE_90,
}


def _rational(v) -> float:
    try:
        return float(v)
    except (TypeError, ValueError, ZeroDivisionError):
        try:
            num, den = v
            return float(num) / float(den) if den else float("nan")
        except Exception:
            return float("nan")


def _dms(values, ref) -> float | None:
    try:
        d, m, s = (_rational(x) for x in values)
    except Exception:
        return None
    deg = d + m / 60.0 + s / 3600.0
    if deg != deg:  # NaN
        return None
    if isinstance(ref, bytes):
        ref = ref.decode("ascii", "ignore")
    if str(ref).strip().upper() in ("S", "W"):
        deg = -deg
    return deg


def read_gps(exif: Image.Exif | None) -> tuple[float, float] | None:
    """Latitude/longitude from an EXIF block, or None."""
    if not exif:
        return None
    try:
        gps = exif.get_ifd(0x8825)
    except Exception:
        return None
    if not gps:
        return None
    # 1 LatitudeRef, 2 Latitude, 3 LongitudeRef, 4 Longitude
    if 2 not in gps or 4 not in gps:
        return None
    lat = _dms(gps.get(2), gps.get(1, "N"))
    lon = _dms(gps.get(4), gps.get(3, "E"))
    if lat is None or lon is None:
        return None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None
    if lat == 0.0 and lon == 0.0:  # "null island": an unset GPS block
        return None
    return (lat, lon)


def _to_rgb(frame: Image.Image) -> Image.Image:
    """RGB, with transparent areas on white (what a viewer would show)."""
    if frame.mode == "RGB":
        return frame
    if frame.mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in frame.info:
        rgba = frame.convert("RGBA")
        bg = Image.new("RGB", rgba.size, (255, 255, 255))
        bg.paste(rgba, mask=rgba.getchannel("A"))
        return bg
    if frame.mode in ("I;16", "I;16B", "I;16L", "I"):
        # 16-bit greyscale: scale down to 8 bits rather than clipping
        import numpy as np

        arr = np.asarray(frame, dtype=np.float32)
        top = float(arr.max()) or 1.0
        return Image.fromarray((arr * (255.0 / top)).astype("uint8"), "L").convert("RGB")
    return frame.convert("RGB")


def _webp_reduced(data: bytes, width: int, height: int) -> Image.Image:
    import cv2
    import numpy as np

    factor = max(width, height) / float(WORKING_LONG_SIDE)
    flag = cv2.IMREAD_COLOR
    for f, reduced in ((8, cv2.IMREAD_REDUCED_COLOR_8), (4, cv2.IMREAD_REDUCED_COLOR_4), (2, cv2.IMREAD_REDUCED_COLOR_2)):
        if factor >= f:
            flag = reduced
            break
    arr = cv2.imdecode(np.frombuffer(data, np.uint8), flag | cv2.IMREAD_IGNORE_ORIENTATION)
    if arr is None:
        raise ImageError("not_an_image", "The attached file could not be read as an image.")
    return Image.fromarray(cv2.cvtColor(arr, cv2.COLOR_BGR2RGB))


def decode_image(data: bytes, name: str, max_bytes: int, max_pixels: int) -> DecodedImage:
    """Decode ``data`` or raise :class:`ImageError`. ``name`` is not used in messages
    beyond being a file name the user chose."""
    if not data:
        raise ImageError("not_an_image", "The attached file is empty.")
    if len(data) > max_bytes:
        raise ImageError(
            "image_too_large",
            f"The attached image is larger than {max_bytes // (1024 * 1024)} MB.",
        )
    try:
        # Our own pixel check below runs before Pillow's decompression-bomb check.
        im = Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS)
        width, height = im.size
        if width <= 0 or height <= 0:
            raise ImageError("not_an_image", "The attached file is not a readable image.")
        if width * height > max_pixels:
            raise ImageError(
                "too_many_pixels",
                f"The attached image has too many pixels ({width} x {height}).",
            )
        fmt = im.format or "unknown"
        # First frame only: every plugin opens positioned on frame 0 and
        # load() decodes just that frame. We never ask for n_frames or
        # is_animated, which would walk the whole file.
        exif = None
        try:
            exif = im.getexif()
        except Exception:
            exif = None
        gps = read_gps(exif)
        has_exif = bool(exif)
        orientation = exif.get(0x0112) if exif else None
        if fmt in ("JPEG", "MPO"):
            # Decode at 1/2, 1/4 or 1/8 scale when the file is much larger
            # than we need: fast, and bounded memory.
            f = WORKING_LONG_SIDE / float(max(width, height))
            if f < 1:
                im.draft("RGB", (max(1, int(width * f)), max(1, int(height * f))))
        big = width * height > BIG_PIXELS and fmt not in ("JPEG", "MPO")
        # Formats without reduced decoding hold the whole bitmap while they
        # decode (a 40 MP WebP briefly needs ~0.5 GB): one at a time.
        if big:
            _BIG_DECODE.acquire()
        try:
            if big and fmt == "WEBP":
                # Pillow's WebP decoder keeps ~4 copies of the bitmap;
                # OpenCV's decodes once and shrinks.
                frame = _webp_reduced(data, width, height)
                im.close()
                im = frame
            else:
                im.load()
            frame = _to_rgb(im)
            # Shrink first (integer box filter on the decoded bitmap), so
            # that every later copy is small.
            factor = int(max(frame.size) // WORKING_LONG_SIDE)
            if factor >= 2 and min(frame.size) // factor >= 1:
                frame = frame.reduce(factor)
        finally:
            if big:
                _BIG_DECODE.release()
        if frame is not im:
            im.close()
        method = _ORIENTATION.get(orientation) if isinstance(orientation, int) else None
        if method is not None:
            frame = frame.transpose(method)
        if max(frame.size) > WORKING_LONG_SIDE:
            f = WORKING_LONG_SIDE / float(max(frame.size))
            size = (max(1, round(frame.width * f)), max(1, round(frame.height * f)))
            frame = frame.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
        if frame is im:
            frame = im.copy()
        im.close()
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError("too_many_pixels", "The attached image has too many pixels.") from None
    except UnidentifiedImageError:
        raise ImageError("not_an_image", "The attached file is not an image we can read (JPEG, PNG, WebP, GIF or HEIC).") from None
    except Exception as exc:  # any decoder failure is the client's file, never a 500
        text = str(exc).lower()
        if "truncated" in text or isinstance(exc, EOFError) or "broken data stream" in text:
            raise ImageError("image_truncated", "The attached image is incomplete (the file is cut short).") from None
        raise ImageError("not_an_image", "The attached file could not be read as an image.") from None
    return DecodedImage(
        image=frame,
        format=fmt,
        width=width,
        height=height,
        frames=None,
        gps=gps,
        has_exif=has_exif,
    )

