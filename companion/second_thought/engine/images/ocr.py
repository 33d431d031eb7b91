"""OCR behind one interface, on a small bounded pool of worker threads.

Two backends, measured on this machine (see bench/bench_images.py):

* ``tesserocr`` — libtesseract in-process, one API object per worker thread,
  ~40-130 ms per card or page at a 1,280 px long side. Preferred.
* ``pytesseract`` — spawns the ``tesseract`` program per call (~70 ms of
  process start on top of the recognition). Used only when tesserocr is not
  importable.

The pool is bounded twice: a fixed number of worker threads and a bounded
number of jobs admitted at once (queued + running). A job that cannot be
admitted is reported as "busy" instead of queueing behind a slow image, and
every job carries a recognition deadline (tesseract's own timeout), so a slow
image never holds a worker for long. Recognised text stays in memory only.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import glob
import os
import shutil
import threading
import time

# Tesseract's OpenMP threads make it ~5x slower on 2 cores; must be set before
# the library initialises OpenMP.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

try:  # noqa: E402
    import tesserocr  # type: ignore

    HAVE_TESSEROCR = True
except Exception:  # pragma: no cover - depends on the environment
    tesserocr = None
    HAVE_TESSEROCR = False

try:  # noqa: E402
    import pytesseract  # type: ignore

    HAVE_PYTESSERACT = True
except Exception:  # pragma: no cover
    pytesseract = None
    HAVE_PYTESSERACT = False


@dataclasses.dataclass(frozen=True)
class OcrWord:
    text: str
    conf: float  # 0..100
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in the OCR'd image
    line: tuple[int, int, int]  # (block, paragraph, line) ids


@dataclasses.dataclass
class OcrResult:
    words: list[OcrWord]
    size: tuple[int, int]
    timed_out: bool = False
    elapsed_s: float = 0.0

    @property
    def lines(self) -> list[tuple[str, tuple[int, int, int, int], float]]:
        """(text, box, mean confidence) per recognised line, in reading order."""
        grouped: dict[tuple[int, int, int], list[OcrWord]] = {}
        for w in self.words:
            grouped.setdefault(w.line, []).append(w)
        out = []
        for key in sorted(grouped):
            ws = grouped[key]
            box = (
                min(w.box[0] for w in ws),
                min(w.box[1] for w in ws),
                max(w.box[2] for w in ws),
                max(w.box[3] for w in ws),
            )
            out.append((" ".join(w.text for w in ws), box, sum(w.conf for w in ws) / len(ws)))
        return out

    @property
    def text(self) -> str:
        return "\n".join(t for t, _, _ in self.lines)


#: Below this mean word confidence (0-100) a second pass is tried.
UNSURE_CONF = 60.0
#: ... and only when the first pass read little text.
SECOND_PASS_MAX_CHARS = 200


class OcrBusy(Exception):
    """Too many images are being read at once."""


class OcrUnavailable(Exception):
    pass


def _parse_tsv(tsv: str, min_conf: float = 0.0) -> list[OcrWord]:
    words: list[OcrWord] = []
    for row in tsv.splitlines():
        parts = row.split("\t")
        if len(parts) < 12 or parts[0] != "5":
            continue
        text = parts[11].strip()
        if not text:
            continue
        try:
            conf = float(parts[10])
            left, top, width, height = (int(p) for p in parts[6:10])
            line = (int(parts[2]), int(parts[3]), int(parts[4]))
        except ValueError:
            continue
        if conf < min_conf:
            continue
        words.append(OcrWord(text, conf, (left, top, left + width, top + height), line))
    return words


def _find_tessdata(tesseract_cmd: str | None, tessdata: str | None) -> str | None:
    candidates: list[str] = []
    if tessdata:
        candidates.append(tessdata)
    elif os.environ.get("TESSDATA_PREFIX"):
        candidates.append(os.environ["TESSDATA_PREFIX"])
    if tesseract_cmd:
        prefix = os.path.dirname(os.path.dirname(os.path.realpath(tesseract_cmd)))
        candidates += sorted(glob.glob(os.path.join(prefix, "share", "tesseract-ocr", "*", "tessdata")), reverse=True)
        candidates.append(os.path.join(prefix, "share", "tessdata"))
    if not tessdata:
        candidates += sorted(glob.glob("/usr/share/tesseract-ocr/*/tessdata"), reverse=True)
        candidates += ["/usr/share/tessdata", "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata"]
    for c in candidates:
        if c and os.path.isfile(os.path.join(c, "eng.traineddata")):
            return c
    return None


class OcrEngine:
    """Reads text from grayscale images on a bounded pool of threads."""

    def __init__(
        self,
        workers: int = 1,
        timeout_s: float = 8.0,
        tesseract_cmd: str | None = None,
        tessdata: str | None = None,
        backend: str | None = None,
        max_pending: int | None = None,
    ):
        self.workers = max(1, int(workers))
        self.timeout_s = float(timeout_s)
        self.backend: str | None = None
        self.unavailable_reason: str | None = None
        self._local = threading.local()
        self._tessdata: str | None = None
        self._cmd: str | None = None
        self._slots = threading.BoundedSemaphore(max_pending or self.workers * 8)
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None

        explicit_cmd = tesseract_cmd or os.environ.get("SECOND_THOUGHT_TESSERACT_CMD")
        if explicit_cmd:
            found = shutil.which(explicit_cmd)
            if not found:
                self.unavailable_reason = "Tesseract is not installed."
                return
            self._cmd = found
        else:
            self._cmd = shutil.which("tesseract")

        want = backend or os.environ.get("SECOND_THOUGHT_OCR_BACKEND") or "auto"
        order = ["tesserocr", "pytesseract"] if want == "auto" else [want]
        for name in order:
            if name == "tesserocr" and HAVE_TESSEROCR:
                self._tessdata = _find_tessdata(self._cmd, tessdata)
                if self._tessdata and self._try_tesserocr():
                    self.backend = "tesserocr"
                    break
            if name == "pytesseract" and HAVE_PYTESSERACT and self._cmd:
                try:
                    pytesseract.pytesseract.tesseract_cmd = self._cmd
                    pytesseract.get_tesseract_version()
                    self.backend = "pytesseract"
                    break
                except Exception:
                    pass
        if self.backend is None:
            self.unavailable_reason = "Tesseract is not installed."
            return
        if self._pool is None:
            self._pool = self._new_pool()

    @property
    def available(self) -> bool:
        return self.backend is not None

    def _new_pool(self) -> concurrent.futures.ThreadPoolExecutor:
        return concurrent.futures.ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="second-thought-ocr")

    def _try_tesserocr(self) -> bool:
        """Whether tesserocr loads the language model: tried on the pool's
        workers, which keep their loaded engines for the images. Submitted
        together, each goes to its own thread; only the first is waited for,
        the others load in the background (an image waits for them in the
        queue)."""
        pool = self._new_pool()
        warm = [pool.submit(self._api) for _ in range(self.workers)]
        try:
            warm[0].result()
        except Exception:
            pool.shutdown(wait=False)
            return False
        self._pool = pool
        return True

    def _api(self):
        api = getattr(self._local, "api", None)
        if api is None:
            api = tesserocr.PyTessBaseAPI(path=self._tessdata, lang="eng", psm=tesserocr.PSM.AUTO)
            self._local.api = api
        return api

    def _run(self, gray: Image.Image, deadline: float, second=None) -> OcrResult:
        """One recognition pass, and a second one on ``second(gray)`` when the
        first is unsure (low mean confidence), both before ``deadline``
        (time.monotonic()). A job that waited in the queue past its deadline
        is not run at all."""
        t0 = time.perf_counter()
        timeout_ms = int(1000 * (deadline - time.monotonic()))
        if timeout_ms < 10:
            return OcrResult([], gray.size, timed_out=True)
        first = self._pass(gray, timeout_ms)
        if second is None or first.timed_out:
            return first
        chars = sum(len(w.text) for w in first.words)
        conf = sum(w.conf * len(w.text) for w in first.words) / chars if chars else 100.0
        # A page of low-confidence handwriting is not helped by the second
        # pass; a card whose coloured band swallowed the text is.
        if chars < 12 or chars > SECOND_PASS_MAX_CHARS or conf >= UNSURE_CONF:
            return first
        left = int(1000 * (deadline - time.monotonic()))
        if left < 50:
            first.timed_out = True
            return first
        alt = self._pass(Image.fromarray(second(np.asarray(gray))), left)
        words = first.words + [
            OcrWord(w.text, w.conf, w.box, (w.line[0] + 10_000, w.line[1], w.line[2])) for w in alt.words
        ]
        return OcrResult(words, gray.size, timed_out=alt.timed_out, elapsed_s=time.perf_counter() - t0)

    def _pass(self, gray: Image.Image, timeout_ms: int) -> OcrResult:
        t0 = time.perf_counter()
        if self.backend == "tesserocr":
            api = self._api()
            try:
                api.SetImage(gray)
                ok = api.Recognize(timeout=timeout_ms)
                tsv = api.GetTSVText(0) if ok else ""
            finally:
                api.Clear()
            return OcrResult(_parse_tsv(tsv), gray.size, timed_out=not ok, elapsed_s=time.perf_counter() - t0)
        try:
            tsv = pytesseract.image_to_data(gray, timeout=max(1, timeout_ms / 1000.0))
        except RuntimeError:  # pytesseract's timeout
            return OcrResult([], gray.size, timed_out=True, elapsed_s=time.perf_counter() - t0)
        rows = "\n".join(tsv.splitlines()[1:])
        return OcrResult(_parse_tsv(rows), gray.size, elapsed_s=time.perf_counter() - t0)

    def submit(self, gray: Image.Image, deadline_s: float | None = None, second=None) -> concurrent.futures.Future:
        """Queue ``gray`` (mode L) for recognition. Raises OcrBusy or OcrUnavailable."""
        if self._pool is None:
            raise OcrUnavailable(self.unavailable_reason or "OCR is not available.")
        if not self._slots.acquire(timeout=1.0):
            raise OcrBusy()
        deadline = time.monotonic() + (deadline_s if deadline_s is not None else self.timeout_s)
        try:
            fut = self._pool.submit(self._run, gray, deadline, second)
        except Exception:
            self._slots.release()
            raise
        fut.add_done_callback(lambda _f: self._slots.release())
        return fut

    def read(self, gray: Image.Image) -> OcrResult:
        """Recognise synchronously within the time limit (convenience for tools)."""
        fut = self.submit(gray)
        return fut.result(timeout=self.timeout_s + 2.0)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
