"""Decoding normalises what phones and browsers send: formats, orientation, GPS."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from second_thought.engine.images import ImageAnalyzer
from second_thought.engine.images.decode import HEIF_AVAILABLE
from second_thought.engine.types import DraftContext

from .conftest import SAMPLE_ITEMS, regex_text_detect, sample_bytes


@pytest.fixture(scope="module")
def dec():
    a = ImageAnalyzer()
    yield a
    a.close()


def _encode(img: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "GIF", "BMP"] + (["HEIF"] if HEIF_AVAILABLE else []))
def test_common_formats_decode_to_rgb(dec, fmt):
    src = Image.new("RGB", (300, 200), (200, 30, 30))
    img = dec.decode(_encode(src, fmt), "x")
    assert img.image.mode == "RGB" and img.image.size == (300, 200)
    r, g, b = img.image.getpixel((150, 100))
    assert r > 150 and g < 80 and b < 80


def test_heic_is_supported_when_the_wheel_is_installed():
    assert HEIF_AVAILABLE, "pillow-heif is a declared dependency for phone photos"


def test_exif_orientation_is_applied(dec):
    # A landscape sensor image that the camera marks as "rotate 90° clockwise".
    src = Image.new("RGB", (400, 200), "white")
    src.paste((0, 0, 0), (0, 0, 50, 50))  # black square top-left as stored
    exif = Image.Exif()
    exif[0x0112] = 6
    img = dec.decode(_encode(src, "JPEG", exif=exif.tobytes()), "portrait.jpg")
    assert img.image.size == (200, 400)
    assert img.image.getpixel((190, 10))[0] < 60  # top-left corner moved to top-right


def test_transparent_png_gets_a_white_background(dec):
    src = Image.new("RGBA", (100, 100), (0, 0, 0, 0))
    img = dec.decode(_encode(src, "PNG"), "t.png")
    assert img.image.getpixel((50, 50)) == (255, 255, 255)


def _gps_exif(lat, lon) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Phone"
    gps = {
        1: "N" if lat >= 0 else "S",
        2: (abs(int(lat)), int(abs(lat) * 60) % 60, round((abs(lat) * 3600) % 60, 2)),
        3: "E" if lon >= 0 else "W",
        4: (abs(int(lon)), int(abs(lon) * 60) % 60, round((abs(lon) * 3600) % 60, 2)),
    }
    exif[0x8825] = gps
    return exif.tobytes()


def test_gps_in_exif_is_reported_with_rough_coordinates(dec):
    src = Image.new("RGB", (320, 240), (90, 140, 200))
    data = _encode(src, "JPEG", exif=_gps_exif(-33.8568, 151.2153))
    img = dec.decode(data, "beach.jpg")
    res = dec.analyze(img, "beach.jpg", DraftContext(), regex_text_detect)
    gps = [d for d in res.detections if d.category == "location"]
    assert len(gps) == 1 and gps[0].rule == "image.gps_location"
    assert "-33.86, 151.22" in gps[0].reason


def test_exif_without_gps_is_not_a_location(dec):
    item = next(i for i in SAMPLE_ITEMS if i["kind"] == "photo_exif_nogps")
    img = dec.decode(sample_bytes(item), "x.jpg")
    assert img.has_exif and img.gps is None
    res = dec.analyze(img, "x.jpg", DraftContext(), regex_text_detect)
    assert not res.detections


def test_sample_gps_photo_is_near_where_its_exif_says(dec):
    item = next(i for i in SAMPLE_ITEMS if i["kind"] == "photo_exif_gps")
    img = dec.decode(sample_bytes(item), "x.jpg")
    lat, lon = img.gps
    assert 49 < lat < 61 and -9 < lon < 2  # Great Britain


@pytest.mark.parametrize("size", [(1, 1), (1, 3000), (3000, 1), (64, 2000), (2600, 1800)])
@pytest.mark.parametrize("mode,fmt", [("P", "PNG"), ("1", "PNG"), ("I;16", "PNG"), ("LA", "PNG"), ("P", "GIF"), ("RGBA", "WEBP"), ("L", "JPEG")])
def test_odd_shapes_and_pixel_modes_are_analysed_not_refused(dec, size, mode, fmt):
    data = _encode(Image.new(mode, size), fmt)
    img = dec.decode(data, "odd")
    assert img.image.mode == "RGB" and max(img.image.size) <= 1280
    res = dec.analyze(img, "odd", DraftContext(), regex_text_detect)
    assert res.detections == []


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"] + (["HEIF"] if HEIF_AVAILABLE else []))
def test_gps_and_orientation_are_read_from_every_format_phones_send(dec, fmt):
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    exif[0x8825] = {1: "N", 2: (52.0, 38.0, 10.0), 3: "W", 4: (1.0, 8.0, 2.0)}
    img = dec.decode(_encode(Image.new("RGB", (400, 200), "white"), fmt, exif=exif.tobytes()), "p")
    assert img.image.size == (200, 400)
    lat, lon = img.gps
    assert round(lat, 2) == 52.64 and round(lon, 2) == -1.13
