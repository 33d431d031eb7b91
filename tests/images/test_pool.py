"""The OCR pool is bounded, thread-safe and time-limited."""

from __future__ import annotations

import concurrent.futures
import time

from second_thought.engine.images import ImageAnalyzer, ImageLimits
from second_thought.engine.types import DraftContext

from . import synth as S
from .conftest import SAMPLE_ITEMS, regex_text_detect, sample_bytes


def _rules(res):
    return sorted(d.rule for d in res.detections)


def test_concurrent_analyses_give_the_same_answers_as_sequential_ones(analyzer):
    items = [i for i in SAMPLE_ITEMS if i["kind"] in ("chat_phone", "exam_paper", "screenshot_zoom", "idcard_round")]
    decoded = [analyzer.decode(sample_bytes(i), i["file"]) for i in items]
    ctx = DraftContext(role="student")
    sequential = [_rules(analyzer.analyze(d, "x", ctx, regex_text_detect)) for d in decoded]
    with concurrent.futures.ThreadPoolExecutor(max_workers=6) as ex:
        futures = [ex.submit(analyzer.analyze, d, "x", ctx, regex_text_detect) for d in decoded * 3]
        parallel = [_rules(f.result(timeout=60)) for f in futures]
    assert parallel == sequential * 3


def test_a_slow_image_stops_at_the_time_limit_and_says_so():
    a = ImageAnalyzer(ImageLimits(ocr_timeout_s=0.05))
    try:
        page = a.decode(S.jpeg(S.exam_paper()), "exam.jpg")
        t = time.perf_counter()
        res = a.analyze(page, "exam.jpg", DraftContext(), regex_text_detect)
        took = time.perf_counter() - t
        assert res.notice and "took too long" in res.notice
        assert took < 1.5
    finally:
        a.close()


def test_the_pool_has_a_fixed_number_of_threads():
    a = ImageAnalyzer(ocr_workers=2)
    try:
        import threading

        before = {t.name for t in threading.enumerate() if t.name.startswith("second-thought-ocr")}
        chat = a.decode(sample_bytes(next(i for i in SAMPLE_ITEMS if i["kind"] == "chat_phone")), "c.png")
        with concurrent.futures.ThreadPoolExecutor(max_workers=8) as ex:
            list(ex.map(lambda _: a.analyze(chat, "c.png", DraftContext(), regex_text_detect), range(16)))
        after = {t.name for t in threading.enumerate() if t.name.startswith("second-thought-ocr")}
        assert len(before) == 2 and len(after) == 2
    finally:
        a.close()


def test_a_queue_of_slow_images_cannot_hold_anyone_past_the_time_limit():
    a = ImageAnalyzer(ImageLimits(ocr_timeout_s=0.3), ocr_workers=1)
    try:
        page = a.decode(S.jpeg(S.exam_paper()), "exam.jpg")

        def one(_):
            t = time.perf_counter()
            res = a.analyze(page, "exam.jpg", DraftContext(), regex_text_detect)
            return time.perf_counter() - t, res.notice

        t0 = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(max_workers=6) as ex:
            results = list(ex.map(one, range(6)))
        # each call ends near its own limit (plus the layout work), and a job
        # that waited in the queue past its deadline is skipped, not run late
        assert all(took < 2.0 for took, _ in results), results
        assert time.perf_counter() - t0 < 4.0
        assert any(n and "took too long" in n for _, n in results)
    finally:
        a.close()
