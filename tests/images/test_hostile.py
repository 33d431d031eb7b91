"""Bad input is refused fast with an ImageError (a 4xx), never a crash or a hang."""

from __future__ import annotations

import io
import struct
import time
import zlib

import pytest
from PIL import Image

from second_thought.engine.images import ImageAnalyzer, ImageError, ImageLimits

from .conftest import SAMPLE_ITEMS, sample_bytes


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims width x height pixels but carries almost no data."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b"")


def decompression_bomb() -> bytes:
    """A real 12,000 x 12,000 PNG of zeros: ~0.4 MB on disk, 432 MB decoded."""
    w = h = 12_000
    raw = zlib.compressobj(9)
    row = b"\x00" + b"\x00" * (w * 3)
    body = b"".join(raw.compress(row) for _ in range(h)) + raw.flush()
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", body) + _png_chunk(b"IEND", b"")


def animated_gif(frames: int) -> bytes:
    imgs = [Image.new("P", (64, 64), i % 256) for i in range(frames)]
    buf = io.BytesIO()
    imgs[0].save(buf, "GIF", save_all=True, append_images=imgs[1:], duration=20, loop=0)
    return buf.getvalue()


@pytest.fixture(scope="module")
def small_limits_analyzer():
    a = ImageAnalyzer(ImageLimits(max_bytes=10 * 1024 * 1024, max_pixels=40_000_000))
    yield a
    a.close()


def refused(analyzer, data: bytes, name: str) -> tuple[ImageError, float]:
    t = time.perf_counter()
    with pytest.raises(ImageError) as info:
        analyzer.decode(data, name)
    return info.value, time.perf_counter() - t


def test_a_decompression_bomb_is_refused_before_it_is_decoded(small_limits_analyzer):
    err, took = refused(small_limits_analyzer, decompression_bomb(), "bomb.png")
    assert err.code == "too_many_pixels"
    assert took < 0.5


def test_a_50000_by_50000_png_header_is_refused(small_limits_analyzer):
    err, took = refused(small_limits_analyzer, png_header_only(50_000, 50_000), "huge.png")
    assert err.code == "too_many_pixels"
    assert took < 0.1


def test_an_empty_file_is_not_an_image(small_limits_analyzer):
    err, _ = refused(small_limits_analyzer, b"", "empty.jpg")
    assert err.code == "not_an_image"


def test_a_truncated_jpeg_is_reported_as_truncated(small_limits_analyzer):
    data = sample_bytes(SAMPLE_ITEMS[0])
    err, took = refused(small_limits_analyzer, data[: len(data) // 2], "half.jpg")
    assert err.code == "image_truncated"
    assert took < 1.0


def test_a_text_file_named_png_is_not_an_image(small_limits_analyzer):
    err, _ = refused(small_limits_analyzer, b"my password is hunter2\n" * 20, "notes.png")
    assert err.code == "not_an_image"
    assert "hunter2" not in err.message  # messages never echo content


def test_a_file_over_the_byte_limit_is_refused(small_limits_analyzer):
    err, _ = refused(small_limits_analyzer, b"\xff\xd8" + b"\x00" * (10 * 1024 * 1024 + 1), "big.jpg")
    assert err.code == "image_too_large"


def test_formats_outside_the_list_are_refused():
    # EPS would hand the file to Ghostscript; TIFF can hold thousands of pages.
    a = ImageAnalyzer()
    for fmt in ("TIFF", "PPM"):
        buf = io.BytesIO()
        Image.new("RGB", (32, 32), "red").save(buf, fmt)
        with pytest.raises(ImageError) as info:
            a.decode(buf.getvalue(), "x")
        assert info.value.code == "not_an_image"
    a.close()


def test_an_animated_gif_with_3000_frames_decodes_its_first_frame_fast(small_limits_analyzer):
    data = animated_gif(3000)
    t = time.perf_counter()
    img = small_limits_analyzer.decode(data, "anim.gif")
    took = time.perf_counter() - t
    assert img.image.size == (64, 64)
    assert img.image.getpixel((0, 0)) == img.image.getpixel((63, 63))
    assert took < 0.2


def test_random_bytes_never_escape_as_anything_but_image_error(small_limits_analyzer):
    import random

    rng = random.Random(7)
    good = sample_bytes(SAMPLE_ITEMS[8])  # a PNG
    for _ in range(40):
        data = bytearray(good)
        for _ in range(30):
            data[rng.randrange(8, len(data))] = rng.randrange(256)
        try:
            small_limits_analyzer.decode(bytes(data), "fuzz.png")
        except ImageError:
            pass


DECODE_PEAK = r"""
import sys
from second_thought.engine.images import ImageAnalyzer, ImageLimits
def hwm():
    for line in open('/proc/self/status'):
        if line.startswith('VmHWM'):
            return int(line.split()[1]) // 1024
a = ImageAnalyzer(ImageLimits(max_bytes=64 << 20))
data = open(sys.argv[1], 'rb').read()
before = hwm()
img = a.decode(data, 'x')
print(hwm() - before, max(img.image.size))
"""


@pytest.mark.parametrize("fmt", ["WEBP", "PNG", "JPEG"])
def test_a_35_megapixel_image_is_decoded_within_bounded_memory(tmp_path, fmt):
    import subprocess
    import sys

    from PIL import ImageDraw

    big = Image.new("RGB", (7000, 5000), (200, 180, 160))
    d = ImageDraw.Draw(big)
    for i in range(0, 7000, 50):
        d.line((i, 0, 7000 - i, 5000), fill=(i % 255, 80, 120), width=9)
    path = tmp_path / f"big.{fmt.lower()}"
    big.save(path, fmt, **({"compress_level": 1} if fmt == "PNG" else {"quality": 80}))
    del big, d
    out = subprocess.run([sys.executable, "-c", DECODE_PEAK, str(path)], capture_output=True, text=True, check=True)
    extra_mb, side = (int(x) for x in out.stdout.split())
    assert side == 1280
    assert extra_mb < 200, f"{fmt}: decoding took {extra_mb} MB on top of the loaded analyzer"
