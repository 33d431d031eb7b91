"""Pixel-level cues: skew, faces, barcodes, ruled paper, UI tiles.

Everything here works on numpy arrays from OpenCV and is thread-safe: the
face cascade is loaded once per thread (a CascadeClassifier object is not
safe to share between threads).
"""

from __future__ import annotations

import dataclasses
import os
import threading

import cv2
import numpy as np

cv2.setNumThreads(1)  # the server's own executors provide the parallelism


@dataclasses.dataclass(frozen=True)
class Box:
    x0: int
    y0: int
    x1: int
    y1: int

    @property
    def w(self) -> int:
        return self.x1 - self.x0

    @property
    def h(self) -> int:
        return self.y1 - self.y0

    @property
    def area(self) -> int:
        return max(0, self.w) * max(0, self.h)

    def contains_point(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1


# ---------------------------------------------------------------- skew


def skew_angle(gray: np.ndarray, max_angle: float = 30.0) -> float:
    """Dominant text/edge line angle in degrees (image coordinates, y down).

    Projection-profile search on the points of a polarity-free edge mask
    (morphological gradient + Otsu): the angle at which the row histogram of
    the rotated points is most peaked. Works for dark-on-light and
    light-on-dark text, ruled lines and card edges alike.
    """
    s = 640.0 / max(gray.shape)
    small = cv2.resize(gray, None, fx=s, fy=s, interpolation=cv2.INTER_AREA) if s < 1 else gray
    grad = cv2.morphologyEx(small, cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8))
    _, bw = cv2.threshold(grad, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    ys, xs = np.nonzero(bw)
    if len(xs) < 200:
        return 0.0
    if len(xs) > 30000:
        idx = np.random.default_rng(0).choice(len(xs), 30000, replace=False)
        xs, ys = xs[idx], ys[idx]
    xs = xs.astype(np.float32)
    ys = ys.astype(np.float32)

    def score(a: float) -> float:
        r = np.deg2rad(a)
        yp = ys * np.cos(r) - xs * np.sin(r)
        h = np.bincount((yp - yp.min()).astype(np.int32))
        return float(np.dot(h, h))

    best = max(np.arange(-max_angle, max_angle + 0.01, 2.0), key=score)
    best = max(np.arange(best - 2.0, best + 2.01, 0.5), key=score)
    best = max(np.arange(best - 0.5, best + 0.51, 0.125), key=score)
    # Only trust a rotation that is clearly better than no rotation.
    if abs(best) < 0.4 or score(best) < 1.03 * score(0.0):
        return 0.0
    return float(best)


def rotate(gray: np.ndarray, angle: float) -> np.ndarray:
    """Rotate so that lines at ``angle`` (image coords) become horizontal."""
    if not angle:
        return gray
    h, w = gray.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    border = int(np.median(gray))
    return cv2.warpAffine(gray, m, (nw, nh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border)


def polarity_free(gray: np.ndarray, k: int = 41) -> np.ndarray:
    """Dark text on white, whatever the original colours.

    The distance of every pixel from its local background (a wide median) is
    high on strokes both for dark-on-light and light-on-dark text, so white
    names on a coloured card band come out like print on paper. Used for a
    second OCR pass when the first one is unsure.
    """
    bg = cv2.medianBlur(gray, k)
    d = cv2.absdiff(gray, bg)
    d = cv2.normalize(d, None, 0, 255, cv2.NORM_MINMAX)
    return 255 - d


# ---------------------------------------------------------------- faces


class FaceFinder:
    """Photographed faces (Haar cascade) and drawn/illustrated faces.

    Drawn avatars (e.g. illustrated ID photos, video-call avatars) defeat the
    cascade, so a second detector looks for a compact skin-toned blob with
    two small dark "eye" holes side by side in its upper half.
    """

    def __init__(self) -> None:
        self._path = os.path.join(cv2.data.haarcascades, "haarcascade_frontalface_default.xml")
        # A CascadeClassifier must not be shared between threads (OpenCV
        # asserts in getScaleData): one per thread, loaded on first use.
        self._local = threading.local()
        self.available = not cv2.CascadeClassifier(self._path).empty()  # opencv>=5 ships none

    @property
    def _cascade(self):
        if not self.available:
            return None
        c = getattr(self._local, "cascade", None)
        if c is None:
            c = self._local.cascade = cv2.CascadeClassifier(self._path)
        return c

    def find(self, rgb: np.ndarray, haar_side: int = 480, drawn_side: int = 1280) -> list[Box]:
        """Face boxes in ``rgb`` coordinates.

        The cascade runs at <= ``haar_side`` px (its cost grows with area);
        the cheap drawn-face test runs at <= ``drawn_side`` px because small
        illustrated eyes vanish when downscaled.
        """
        faces: list[Box] = []
        cascade = self._cascade
        if cascade is not None:
            s = min(1.0, haar_side / float(max(rgb.shape[:2])))
            small = cv2.resize(rgb, None, fx=s, fy=s, interpolation=cv2.INTER_AREA) if s < 1 else rgb
            gray = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
            side = max(20, int(0.04 * min(gray.shape[:2])))
            for x, y, fw, fh in cascade.detectMultiScale(
                gray, scaleFactor=1.2, minNeighbors=6, minSize=(side, side)
            ):
                faces.append(Box(int(x / s), int(y / s), int((x + fw) / s), int((y + fh) / s)))
        s = min(1.0, drawn_side / float(max(rgb.shape[:2])))
        small = cv2.resize(rgb, None, fx=s, fy=s, interpolation=cv2.INTER_AREA) if s < 1 else rgb
        for b in self._drawn_faces(small):
            b = Box(int(b.x0 / s), int(b.y0 / s), int(b.x1 / s), int(b.y1 / s))
            if not any(_overlap(b, f) > 0.3 for f in faces):
                faces.append(b)
        return faces

    @staticmethod
    def _drawn_faces(rgb: np.ndarray) -> list[Box]:
        h, w = rgb.shape[:2]
        ycc = cv2.cvtColor(rgb, cv2.COLOR_RGB2YCrCb)
        y, cr, cb = ycc[..., 0], ycc[..., 1], ycc[..., 2]
        skin = ((cr >= 135) & (cr <= 180) & (cb >= 80) & (cb <= 130) & (y >= 50)).astype(np.uint8) * 255
        skin = cv2.morphologyEx(skin, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
        n, labels, stats, _ = cv2.connectedComponentsWithStats(skin, connectivity=8)
        out: list[Box] = []
        img_area = h * w
        for i in range(1, n):
            x, yy, bw, bh, area = stats[i]
            if area < 0.002 * img_area or area > 0.2 * img_area:
                continue
            if not (0.55 <= bw / max(bh, 1) <= 1.6):
                continue
            blob = (labels[yy : yy + bh, x : x + bw] == i).astype(np.uint8)
            fill = area / float(bw * bh)
            if fill < 0.5:
                continue
            # Holes inside the blob = eyes, mouth, nose lines.
            filled = blob.copy()
            cnts, _ = cv2.findContours(blob, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
            cv2.drawContours(filled, cnts, -1, 1, thickness=cv2.FILLED)
            holes = (filled - blob).astype(np.uint8)
            hn, _, hstats, hcent = cv2.connectedComponentsWithStats(holes, connectivity=8)
            eyes = []
            for j in range(1, hn):
                hx, hy, hw_, hh_, ha = hstats[j]
                cx, cy = hcent[j]
                if ha < 2 or ha > 0.03 * area:
                    continue
                if not (0.15 * bh <= cy <= 0.6 * bh):
                    continue
                if hw_ > 0.3 * bw or hh_ > 0.25 * bh:
                    continue
                # must be dark: eyes are darker than the surrounding skin
                eyes.append((cx, cy))
            found = False
            for a in range(len(eyes)):
                for b in range(a + 1, len(eyes)):
                    (x1, y1), (x2, y2) = eyes[a], eyes[b]
                    dx, dy = abs(x1 - x2), abs(y1 - y2)
                    if 0.2 * bw <= dx <= 0.7 * bw and dy <= 0.12 * bh and min(x1, x2) < bw / 2 < max(x1, x2):
                        found = True
                        break
                if found:
                    break
            if found:
                out.append(Box(int(x), int(yy), int(x + bw), int(yy + bh)))
        return out


def _overlap(a: Box, b: Box) -> float:
    ix = max(0, min(a.x1, b.x1) - max(a.x0, b.x0))
    iy = max(0, min(a.y1, b.y1) - max(a.y0, b.y0))
    inter = ix * iy
    return inter / float(min(a.area, b.area) or 1)


# ---------------------------------------------------------------- barcodes


def barcode_regions(gray: np.ndarray) -> list[Box]:
    """Regions of parallel vertical bars (1-D barcodes), decodable or not.

    ``gray`` should already be deskewed. A candidate is a wide patch where
    horizontal intensity changes dominate vertical ones by a large factor
    (bars run top to bottom; text has strokes in every direction) and that
    has many dark/light transitions along its middle row.
    """
    h, w = gray.shape[:2]
    gx = np.abs(cv2.Sobel(gray, cv2.CV_32F, 1, 0, ksize=3))
    gy = np.abs(cv2.Sobel(gray, cv2.CV_32F, 0, 1, ksize=3))
    diff = cv2.blur(np.clip(gx - gy, 0, None), (9, 9))
    top = float(np.percentile(diff, 99.5))
    if top < 60:
        return []
    bw = (diff > 0.45 * top).astype(np.uint8) * 255
    bw = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (max(9, w // 60), 5)))
    bw = cv2.morphologyEx(bw, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    cnts, _ = cv2.findContours(bw, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    out: list[Box] = []
    for c in cnts:
        x, y, bw_, bh_ = cv2.boundingRect(c)
        if bw_ < 0.1 * w or bh_ < 10 or bw_ < 2.0 * bh_:
            continue
        sx = float(gx[y : y + bh_, x : x + bw_].sum())
        sy = float(gy[y : y + bh_, x : x + bw_].sum()) or 1.0
        patch = gray[y : y + bh_, x : x + bw_]
        _, pb = cv2.threshold(patch, 0, 1, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        transitions = int(np.count_nonzero(np.diff(pb[bh_ // 2].astype(np.int16))))
        if sx / sy >= 3.0 and transitions >= 30:
            out.append(Box(x, y, x + bw_, y + bh_))
    return out


# ---------------------------------------------------------------- ruled paper


def ruled_lines(gray: np.ndarray) -> int:
    """Number of evenly spaced, thin, parallel long lines (lined paper), else 0.

    ``gray`` should be deskewed: ruled lines then lie within a degree or two
    of horizontal (handwriting follows them). Thin strokes are kept, short
    horizontal runs are isolated with an opening, and a probabilistic Hough
    transform on that sparse mask finds the long lines; their offsets must
    fall on a regular grid.
    """
    s = 900.0 / max(gray.shape)
    g = cv2.resize(gray, None, fx=s, fy=s, interpolation=cv2.INTER_AREA) if s < 1 else gray
    h, w = g.shape[:2]
    inv = cv2.adaptiveThreshold(g, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 15, 6)
    # keep thin strokes only: a thick band is a design element, not a ruled line
    thick = cv2.morphologyEx(inv, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    thin = cv2.subtract(inv, thick)
    thin = cv2.dilate(thin, np.ones((3, 1), np.uint8))
    runs = cv2.morphologyEx(thin, cv2.MORPH_OPEN, np.ones((1, max(15, w // 25)), np.uint8))
    ys, xs = np.nonzero(runs)
    if len(xs) < 6 * 0.3 * w:
        return 0
    xs = xs.astype(np.float32)
    ys = ys.astype(np.float32)
    # the residual tilt: the angle at which the row profile is most peaked
    best, best_h = 0.0, None
    for a in np.arange(-3.0, 3.01, 0.5):
        r = np.radians(a)
        yp = (ys * np.cos(r) - xs * np.sin(r)).astype(np.int32)
        hist = np.bincount(yp - yp.min())
        if best_h is None or float(np.dot(hist, hist)) > float(np.dot(best_h, best_h)):
            best, best_h = a, hist
    prof = best_h.astype(np.float32)
    prof = prof + np.concatenate([[0], prof[:-1]]) + np.concatenate([prof[1:], [0]])  # 3-px rows
    rows = np.nonzero(prof >= 0.3 * w)[0]
    if len(rows) == 0:
        return 0
    lines = [float(rows[0])]
    last = rows[0]
    for rr in rows[1:]:
        if rr - last > 4:
            lines.append(float(rr))
        last = rr
    if len(lines) < 8:
        return 0
    gaps = np.diff(lines)
    med = float(np.median(gaps))
    if med < 8:
        return 0
    regular = int(np.sum(np.abs(gaps - med) <= 0.2 * med))
    return regular + 1 if regular >= 7 else 0


# ---------------------------------------------------------------- UI tiles


def tiles(gray: np.ndarray, work_side: int = 800) -> list[Box]:
    """Equal-sized rectangular panels (video-call grids, galleries), in
    ``gray`` coordinates."""
    s = work_side / float(max(gray.shape[:2]))
    if s < 1:
        small = cv2.resize(gray, None, fx=s, fy=s, interpolation=cv2.INTER_AREA)
        return [Box(int(b.x0 / s), int(b.y0 / s), int(b.x1 / s), int(b.y1 / s)) for b in _tiles(small)]
    return _tiles(gray)


def _tiles(gray: np.ndarray) -> list[Box]:
    h, w = gray.shape[:2]
    edges = cv2.Canny(gray, 8, 24)
    edges = cv2.dilate(edges, np.ones((3, 3), np.uint8))
    cnts, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    rects: list[Box] = []
    for c in cnts:
        x, y, bw, bh = cv2.boundingRect(c)
        if bw * bh < 0.02 * w * h or bw * bh > 0.6 * w * h:
            continue
        if cv2.contourArea(c) < 0.85 * bw * bh:
            continue
        b = Box(x, y, x + bw, y + bh)
        if any(_overlap(b, r) > 0.8 and abs(b.area - r.area) < 0.2 * r.area for r in rects):
            continue
        rects.append(b)
    # Largest group of similar-size rectangles that do not overlap each other.
    best: list[Box] = []
    for r in rects:
        group = [
            s
            for s in rects
            if abs(s.w - r.w) <= 0.08 * r.w and abs(s.h - r.h) <= 0.08 * r.h
        ]
        disjoint: list[Box] = []
        for s in group:
            if all(_overlap(s, t) < 0.2 for t in disjoint):
                disjoint.append(s)
        if len(disjoint) > len(best):
            best = disjoint
    return best if len(best) >= 2 else []


# ---------------------------------------------------------------- card outline


def card_outlines(gray: np.ndarray, work_side: int = 640) -> list[Box]:
    """Quadrilaterals with the proportions of a bank/ID card (ISO ID-1,
    85.6 x 54 mm, long/short = 1.59) photographed on a background. Boxes are
    axis-aligned bounds in ``gray`` coordinates. A card filling the whole
    frame (a flat scan) has no outline; the text cues cover that case."""
    s = min(1.0, work_side / float(max(gray.shape[:2])))
    g = cv2.resize(gray, None, fx=s, fy=s, interpolation=cv2.INTER_AREA) if s < 1 else gray
    h, w = g.shape[:2]
    g = cv2.GaussianBlur(g, (5, 5), 0)
    edges = cv2.Canny(g, 20, 60)
    edges = cv2.dilate(edges, np.ones((3, 3), np.uint8))
    cnts, _ = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    out: list[Box] = []
    for c in cnts:
        area = cv2.contourArea(c)
        if area < 0.04 * w * h or area > 0.9 * w * h:
            continue
        (cx, cy), (rw, rh), _ = cv2.minAreaRect(c)
        if min(rw, rh) < 1:
            continue
        ratio = max(rw, rh) / min(rw, rh)
        if not 1.42 <= ratio <= 1.78:
            continue
        hull = cv2.convexHull(c)
        if cv2.contourArea(hull) < 0.88 * rw * rh:
            continue
        approx = cv2.approxPolyDP(hull, 0.03 * cv2.arcLength(hull, True), True)
        if not 4 <= len(approx) <= 6:
            continue
        x, y, bw, bh = cv2.boundingRect(hull)
        out.append(Box(int(x / s), int(y / s), int((x + bw) / s), int((y + bh) / s)))
    return out
