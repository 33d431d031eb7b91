"""The analysis engine: draft in, detections out. No HTTP in here.

One :class:`Engine` is built at start-up and shared by every request thread.
A text check is one Presidio pass with our recognizers (personal data and
credentials), then every discovered :class:`~.types.Detector` (the other
categories), then the people named next to personal details.
"""

from __future__ import annotations

import bisect
import concurrent.futures
import importlib
import inspect
import logging
import pkgutil
import threading
from types import ModuleType
from typing import Iterable, TypeVar

import regex
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult

from ..rules import Pack, RuleBook
from . import detectors as detectors_pkg
from . import recognizers as recognizers_pkg
from .detectors._common import compile_all, one_draft
from .detectors.category_model import without_redundant
from .nlp import ContextEnhancer, PersonFinder, TokenNlpEngine
from .recognizers._base import RuleRecognizer
from .recognizers.pii_person_with_details import private_details
from .types import Detection, Detector, DraftContext

log = logging.getLogger("second_thought.engine")

T = TypeVar("T")

#: Presidio results below this score are dropped (weak patterns need context).
SCORE_THRESHOLD = 0.5
#: The part of a long draft searched for names around a detail.
NAME_WINDOW = 100
#: Characters around a name-shaped pair that NER sees.
NAME_CONTEXT = 30
_NAME_SHAPE = regex.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s+[A-Z]|\b([A-Z][a-z'’-]+)\s+([A-Z][a-z'’-]+)")
#: Capitalised words that are never part of a person's name: a pair holding
#: one ("Westcotes Drive", "Monday Morning", "The Brunswick") needs no NER.
_NOT_NAME_WORDS = frozenset("""
the a an my our your his her their this that these those and or but if so to of in on at for from with by
road street st drive lane avenue ave close way crescent court place square gardens grove terrace park hill
house hall halls flat apartment building campus university college school library centre center
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
hi hey hello dear thanks thank happy good please ok okay yes no
day days week weekend month year term semester history society union club team group department office
lettings estates estate agents agency council hospital station airport market tower block wing floor room
ltd limited plc inc company cafe bar pub restaurant hotel church mosque temple gym shop store
""""".split())
#: Words that start place names ("West Bridgford", "Upper Parliament",
#: "Great Yarmouth") but not a person's name; as a surname ("Sarah West",
#: "Tom Little") they are names, so only the first word of a pair counts.
_PLACE_FIRST_WORDS = frozenset("north south east west upper lower great little old new central greater royal".split())


def _modules(package: ModuleType) -> Iterable[ModuleType]:
    for info in pkgutil.iter_modules(package.__path__):
        if not info.name.startswith("_"):
            yield importlib.import_module(f"{package.__name__}.{info.name}")


def discover(package: ModuleType, base: type[T]) -> list[type[T]]:
    """Every concrete subclass of ``base`` defined in the package's public modules."""
    found: list[type[T]] = []
    for module in _modules(package):
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, base) and obj is not base and obj.__module__ == module.__name__ and not inspect.isabstract(obj):
                found.append(obj)
    return sorted(found, key=lambda c: c.__module__)


#: Numbers that a credential explains better ("backup codes: 7731-2048" is no phone).
_NUMBER_RULES = frozenset({"pii.phone_number", "pii.sort_code", "pii.bank_account", "pii.student_id", "pii.date_of_birth"})


class _Intervals:
    """Disjoint [start, end) intervals; overlap checks in O(log n)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1  # the last interval starting before `end`
        return i >= 0 and self.ends[i] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def resolve_overlaps(detections: list[Detection]) -> list[Detection]:
    """Keep one detection per region and category: the surest, then the longest."""
    secrets = _Intervals()
    for d in sorted((d for d in detections if d.category == "credentials" and d.is_span), key=lambda d: d.start):  # type: ignore[arg-type,return-value]
        if not secrets.overlaps(d.start, d.end):  # type: ignore[arg-type]
            secrets.add(d.start, d.end)  # type: ignore[arg-type]
    detections = [d for d in detections if not (d.rule in _NUMBER_RULES and d.is_span and secrets.overlaps(d.start, d.end))]  # type: ignore[arg-type]
    spans = sorted((d for d in detections if d.is_span), key=lambda d: (-d.score, -(d.end - d.start), d.start))  # type: ignore[operator]
    kept: list[Detection] = []
    taken: dict[str, _Intervals] = {}
    for d in spans:
        seen = taken.setdefault(d.category, _Intervals())
        if seen.overlaps(d.start, d.end):  # type: ignore[arg-type]
            continue
        seen.add(d.start, d.end)  # type: ignore[arg-type]
        kept.append(d)
    whole = []
    seen: set[str] = set()
    for d in detections:
        if not d.is_span and d.rule not in seen:
            seen.add(d.rule)
            whole.append(d)
    return kept + whole


_LONG_RUN = regex.compile(r"(.)\1{63,}", regex.DOTALL)


def _tame_runs(text: str) -> str:
    """The text with every run of one character cut to 64 (padded with spaces, so
    offsets hold): no post needs more, and a run of 20,000 zeros must not turn a
    detector's regex quadratic."""
    if len(text) < 64:
        return text
    return _LONG_RUN.sub(lambda m: m.group(0)[:64] + " " * (len(m.group(0)) - 64), text)


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def _organisation_contact(text: str, det: Detection, pack: Pack) -> bool:
    """The university's own switchboard or postcode, which identify no one."""
    if not det.is_span:
        return False
    value = text[det.start:det.end]  # type: ignore[index]
    if det.rule == "pii.phone_number":
        digits = _digits(value)
        if digits.startswith("44"):
            digits = "0" + digits[2:]
        return any(_digits(p) == digits for p in pack.org_phones)
    if det.rule == "pii.postcode":
        return value.replace(" ", "").upper() in {p.replace(" ", "").upper() for p in pack.org_postcodes}
    return False


def _load_people() -> PersonFinder:
    finder = PersonFinder()
    finder.people("Warm-up for Jo Bloggs")
    return finder


class Engine:
    """Finds what a draft contains; the policy layer decides what it means."""

    def __init__(self, book: RuleBook, *, names: bool = True):
        self.book = book
        self.recognizers: dict[str, RuleRecognizer] = {}
        for cls in discover(recognizers_pkg, RuleRecognizer):
            if not cls.RULE:
                continue
            if cls.RULE not in book.rules:
                raise LookupError(f"recognizer {cls.__name__} emits {cls.RULE}, which has no rule file")
            self.recognizers[cls.RULE] = cls(book.rules[cls.RULE])
        registry = RecognizerRegistry(supported_languages=["en"])
        for rec in self.recognizers.values():
            if rec.rule.patterns:
                registry.add_recognizer(rec)
        self.analyzer = AnalyzerEngine(registry=registry, nlp_engine=TokenNlpEngine(), supported_languages=["en"],
                                       context_aware_enhancer=ContextEnhancer())
        self.detectors: list[Detector] = [cls() for cls in discover(detectors_pkg, Detector)]
        # The NER model loads in the background: the companion answers as soon
        # as the patterns are ready, and the first draft that needs a name waits.
        # It starts loading at the end of warm_up (after start-up, so it does
        # not compete with it), or when a draft first needs it.
        self._names = names
        self._people: concurrent.futures.Future[PersonFinder] | None = None
        self._people_lock = threading.Lock()
        self._compiled: threading.Thread | None = None
        self._id_recognizers: dict[str, list[tuple[regex.Pattern[str], bool, str]]] = {}
        self._id_lock = threading.Lock()

    @property
    def rule_ids(self) -> set[str]:
        ids = set(self.recognizers)
        for d in self.detectors:
            ids.update(d.rules)
        return ids

    # ------------------------------------------------------------ text
    def detect_text(self, text: str, ctx: DraftContext, pack: Pack | None = None, *, guesses: bool = True) -> list[Detection]:
        """Findings in a draft; ``guesses=False`` for text that is not a draft
        (read out of a picture): the detectors that guess from a whole draft
        (:attr:`Detector.guesses`) are not run on it."""
        if not text.strip():
            return []
        found: list[Detection] = []
        results = self.analyzer.analyze(text=text, language="en", score_threshold=SCORE_THRESHOLD)
        for res in results:
            rec = self.recognizers.get(res.entity_type)
            if rec is None:
                continue
            det = rec.refine(text, res, ctx)
            if det is not None:
                found.append(det)
        if pack is not None:
            found = [d for d in found if not _organisation_contact(text, d, pack)]
            found += self._id_numbers(text, pack)
        tame = _tame_runs(text)
        with one_draft(tame):  # the category rules share one prepared copy of the draft
            for detector in self.detectors:
                if detector.guesses and not guesses:
                    continue
                try:
                    found += detector.detect(tame, ctx)
                except Exception as exc:  # one broken detector must not take the others down
                    # The type only: an exception's message or traceback could quote the draft.
                    log.error("detector %s failed: %s", type(detector).__name__, type(exc).__name__)
        found = without_redundant(resolve_overlaps(found))
        found += self._people_with_details(text, found)
        return sorted(found, key=lambda d: (d.start if d.start is not None else len(text) + 1, d.rule))

    def _id_numbers(self, text: str, pack: Pack) -> list[Detection]:
        """Student and staff numbers in the formats the pack declares."""
        if "pii.student_id" not in self.book.rules:
            return []
        with self._id_lock:
            compiled = self._id_recognizers.get(pack.id)
            if compiled is None:
                compiled = [(regex.compile(r"(?<![\w/.-])(?:" + f.regex + r")(?![\w/-])"), f.context_required, f.name) for f in pack.id_numbers]
                self._id_recognizers[pack.id] = compiled
        rec = self.recognizers.get("pii.student_id")
        out = []
        for pattern, needs_context, _name in compiled:
            for m in pattern.finditer(text):
                if rec is not None and hasattr(rec, "judge_pack_number"):
                    det = rec.judge_pack_number(text, m.start(), m.end(), needs_context)  # type: ignore[attr-defined]
                    if det is not None:
                        out.append(det)
        return out

    def _people_with_details(self, text: str, found: list[Detection]) -> list[Detection]:
        if not self._names or "pii.person_with_details" not in self.book.rules:
            return []
        rec = self.recognizers.get("pii.person_with_details")
        if rec is None or not hasattr(rec, "link"):
            return []
        details = [d for d in found if d.category == "personal_data" and d.is_span and d.rule != "pii.person_with_details"]
        # Health, home or account details said of someone: not personal data
        # alone, but they make a full name before them personal data.
        private = private_details(text)
        if not details and not private:
            return []
        # NER only where a name could be linked: a window around each detail.
        windows: list[list[int]] = []
        spans = sorted([(d.start, d.end) for d in details] + [(s, e) for s, e in private])  # type: ignore[misc]
        for start, end in spans:
            lo, hi = max(0, start - NAME_WINDOW), min(len(text), end + NAME_WINDOW)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        # A full name needs two capitalised words or a title: NER runs only on
        # a little context around such words, never on the whole post.
        pieces: list[list[int]] = []
        for lo, hi in windows:
            for m in _NAME_SHAPE.finditer(text, lo, hi):
                if m.group(1) and (m.group(1).lower() in _NOT_NAME_WORDS or m.group(1).lower() in _PLACE_FIRST_WORDS
                                   or m.group(2).lower() in _NOT_NAME_WORDS):
                    continue
                if any(d.start <= m.start() and m.end() <= d.end for d in details):  # type: ignore[operator]
                    continue  # inside an address or another detail
                a, b = max(lo, m.start() - NAME_CONTEXT), min(hi, m.end() + NAME_CONTEXT)
                if pieces and a <= pieces[-1][1]:
                    pieces[-1][1] = max(pieces[-1][1], b)
                else:
                    pieces.append([a, b])
        found_people = self._load_names().result().people_in([text[a:b] for a, b in pieces]) if pieces else []
        spans = [(s + a, e + a) for (a, _), people in zip(pieces, found_people) for s, e in people]
        return rec.link(text, spans, details, private)  # type: ignore[attr-defined]

    def _load_names(self) -> "concurrent.futures.Future[PersonFinder]":
        with self._people_lock:
            if self._people is None:
                self._people = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="ner-load").submit(_load_people)
            return self._people

    def warm_up(self) -> None:
        """Run every stage once so the first real draft is not the slow one."""
        ctx = DraftContext()
        # No full name in it: the NER model warms up on its own thread.
        self.detect_text("Warm-up: call 07700 900123, jo@example.com, sort code 20-00-00.", ctx)
        # The category rules compile their regexes when a draft first needs
        # them; the rest are compiled now, off the start-up path.
        self._compiled = threading.Thread(target=compile_all, name="rules-compile", daemon=True)
        self._compiled.start()
        if self._names:
            self._load_names()

    @property
    def warm(self) -> bool:
        """True once the background work after warm_up is done (regexes
        compiled, NER model loaded): from then on no draft waits for either."""
        compiled = self._compiled is not None and not self._compiled.is_alive()
        names = not self._names or (self._people is not None and self._people.done())
        return compiled and names


__all__ = ["Engine", "discover", "resolve_overlaps", "RecognizerResult"]
