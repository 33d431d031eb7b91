"""UK postcodes of homes; venues, campuses and the university's own postcodes are not personal."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer
from ._cues import organisational, severity_for

#: Royal Mail postcode areas: a match outside them is not a postcode.
AREAS = frozenset("""
AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL
GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH
PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO
ZE GY JE IM
""".split())
_AREA = re.compile(r"^([A-Za-z]{1,2})\d")


def valid_area(code: str) -> bool:
    m = _AREA.match(code.strip())
    return bool(m and m.group(1).upper() in AREAS)


class PostcodeRecognizer(RuleRecognizer):
    RULE = "pii.postcode"

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if valid_area(pattern_text) else False

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        start, end = result.start, result.end
        if organisational(text, start, end, before=80, after=30):
            return None
        severity = severity_for(text, start, end, ctx, own="low", other="high", unknown="medium")
        return self.detection(start, end, result.score, severity=severity)
