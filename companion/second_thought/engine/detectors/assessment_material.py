"""Exam questions, the author's own answers and their own assessed work.

Applies to students only: a member of staff leaking a paper is handled by the
confidential detector. Talking *about* an exam (tips, "exam done", a mark,
logistics, official rules) is not assessment material; the questions, the
answers and the work itself are (DMU 4.5, Annex A "Do not post solutions").
"""

from __future__ import annotations

from ..types import Detection, DraftContext, Detector
from ._common import Near, Rule, run_rules
from ._lexicon import SHARE, SITTING

CAT = "assessment_material"

# Task verbs that open an exam or coursework question.
_TASK = (r"(?:evaluate|discuss|prove|explain|describe|calculate|compute|compare|contrast|analy[sz]e|derive|find"
         r"|show\s+that|critically|assess|outline|define|write|solve|draw|list|identify|design|implement|prepare|construct|produce|create|build|develop|propose|recommend|estimate"
         r"|determine|interpret|apply|complete|translate|summari[sz]e|argue|examine|investigate|illustrate|demonstrate|verify|simplify|factori[sz]e|rearrange|code|label|name|match|rank"
         r"|to\s+what\s+extent|how\s+far|why\s+did|what\s+is|state|sketch|justify|differentiate|integrate)")

_QNUM = r"\b(?:q|qu|qn|question)\s*\.?\s*\d{1,2}\s*(?:\(?[a-h]\)|[a-h]\b|\([ivx]+\))?"

_EXAM_QUESTION = (
    # "Q1 was 'evaluate ...'", "question 4: prove ...", "Q2 is the chi-squared one"
    _QNUM + r"\s*(?:was|is|were|asked(?:\s+us)?|wanted(?:\s+us)?|:|-|–|=|\)|\.(?=\s))\s*(?:literally\s+|basically\s+|just\s+)?"
    r"(?:['\"]|about\b|on\b|to\s+\w+|the\s+(?:\w+[- ]?){0,3}(?:one|question|proof|graph|essay)\b|an?\s+(?!(?:nightmare|joke|disaster|killer|struggle|breeze|doddle|gift|mess|pain|shocker|stinker|trick|curveball|bit|total|complete|absolute|lot|right)\b)(?:[\w-]+\s+){1,3}(?:test|question|essay|proof|calculation|graph|diagram|model|problem|case|scenario|study|analysis|regression|equation|derivation|history|calculation)\b|" + _TASK + r")",
    # "the first question asked us to evaluate ...", "the second was on the Phillips curve"
    r"\b(?:first|second|third|fourth|last|final|1st|2nd|3rd|opening|other|next)\s+(?:question|one|section|part|essay)\s+(?:asked\s+(?:us\s+)?(?:to\s+)?|was\s+(?:on|about|to)|were\s+(?:on|about)|wanted\s+us\s+to|had\s+us)\s*[a-z]+",
    r"\b(?:the\s+)?(?:first|second|third|last|other)\s+(?:was|were)\s+(?:on|about)\s+(?:the\s+)?[a-z]+",
    r"\bsection\s+[a-d1-9]\s*(?:was|is|were|:|-|–)\s*(?:literally\s+|basically\s+)?(?:['\"]|" + _TASK + r")",
    r"\bhere(?:'s|s|\s+is)\s+what\s+(?:came\s+up|was\s+on\s+(?:it|the\s+paper|the\s+exam))\b",
    r"\bq\s?1\b[^.\n]{2,40}\bq\s?2\b",
    # "Q4 of the thermo test asked for ...", "question 2 from the mock wanted a proof"
    _QNUM + r"\s+(?:of|in|on|from)\s+(?:the\s+|today's\s+|this\s+morning's\s+|yesterday's\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,3}(?:exam|test|paper|quiz|resit|mock|phase\s+test|final)\s+(?:asked|wanted|was\s+(?:about|on|to)|had\s+(?:us|a|an)|made\s+us|gave\s+us)\b",
    # "q5 in the stats paper was about poisson"
    _QNUM + r"\s+(?:in|on|from|of)\s+(?:the|today's|this\s+morning's|yesterday's|our)\s+(?:\w+\s+){0,2}(?:exam|paper|test|quiz|resit|mock)\s+(?:was|is|asked(?:\s+us)?)\s+(?:about|on|to|literally|basically|['\"]|the\s+\w+\s+one)",
)

# "q3 from the paper we just sat: 'Explain ...'": a question quoted from a named sitting
_QUOTED_FROM_SITTING = (
    _QNUM + r"\s+(?:of|in|on|from)\s+(?:the\s+|today's\s+|this\s+morning's\s+|yesterday's\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,3}?(?:exam|paper|test|quiz|resit|mock|final)\b[^.\n:]{0,30}[:\-–—]\s*['\"“]",
)

_EXAM_QUESTION_SELF = (
    r"\b(?:today's|this\s+morning's|yesterday's|this\s+afternoon's)\s+(?:[\w-]+\s+){0,2}(?:exam|paper|test|quiz|resit|mock)\s*[:\-–]\s*['\"]",
    # "Physics paper 2 Q7: a ball is thrown ..."
    r"\b(?:paper|exam|test|quiz|resit|mock|final)\s*\d?\s+(?:q|qu|question)\s*\d{1,2}\s*\(?[a-h]?\)?\s*[:\-–]\s*[a-z0-9'\"]+\s+[a-z0-9']+\s+[a-z0-9']+",
    # "the resit essay choices were ..."
    r"\b(?:exam|paper|resit|test|mock|final)\s+(?:essay\s+|question\s+)?(?:choices|options|titles|topics|questions|prompts)\s+(?:were|was)\s+(?!out\b|released|announced|fine|ok|okay|hard|easy|awful|brutal|nice|good|bad|horrible|so\b|really\b|quite\b|very\b|not\b)[a-z'\"]",
    r"\b(?:photo|pic|picture|snap|scan|screenshot)s?\s+of\s+(?:my|the|our)\s+(?:answer\s+(?:booklet|sheet|script|paper)|exam\s+(?:paper|script)|script|question\s+paper|test\s+paper)\b",
    # "Section C of tomorrow's finance paper is on WACC"
    r"\b(?:section|part|question|q)\s*[a-h1-9]?\s+(?:of|in|on|from)\s+(?:the\s+|tomorrow's\s+|today's\s+|this\s+morning's\s+|next\s+week's\s+|yesterday's\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:exam|paper|test|quiz|resit|mock|final|oral|osce|spotter)\s+(?:is|was|are|were|will\s+be|'s)\s+(?:all\s+|literally\s+|basically\s+)?(?:on|about|covering|the\s+[\w-]+\s+one)\b",
    # "the micro exam's 20-mark question was '...'"
    r"\b(?:exam|paper|test|quiz|resit|mock|final|oral|osce|midterm|mid-term)'s\s+(?:[\w-]+\s+){0,2}(?:question|q|essay|task|problem|section|part|station)\s*(?:was|is|were|:|-|–)\s*(?:literally\s+|basically\s+)?(?:['\"]|about\b|on\b|to\s+[a-z]{3,}\s+(?:a|an|the|two|\d)\b|" + _TASK + r")",
    r"\b(?:exam|paper|test|quiz|resit|mock|final|midterm|mid-term)\b[,:]?\s+(?:q|qu|question)\s*\d{1,2}\w?\s*[:\-–—]\s*['\"]",
    r"\b\d{1,2}[- ]mark(?:er)?\s+(?:question|q|essay|one|problem)\s*(?:was|is|:|-|–)\s*(?:literally\s+|basically\s+)?(?:['\"]|about\b|on\b|" + _TASK + r")",
    # "every question I can remember from the X paper 🧵", "here are the 10 MCQs from the online test"
    r"\b(?:questions?|qs|mcqs?)\s+(?:(?:i|we)\s+(?:can\s+|could\s+)?(?:remember|recall)\s+)?(?:from|in|on|off)\s+(?:the\s+|today's\s+|this\s+morning's\s+|yesterday's\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:exam|paper|test|quiz|resit|mock|spotter|osce|oral|practical|final)s?\b(?=[^\n]{0,30}(?:🧵|👇|⬇️|\b1[.)]|\bthread\b|\bwith\s+(?:what|my|the)\s+(?:i|answers?)|\bbelow\b))",
    r"\b(?:here(?:'s|\s+are|\s+is)|posting|sharing|dropping|typed\s+up)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:\d+\s+)?(?:mcqs?|questions|qs)\s+(?:from|in|on|off)\s+(?:the\s+|today's\s+|this\s+morning's\s+|yesterday's\s+)?(?:[\w-]+\s+){0,3}(?:exam|paper|test|quiz|resit|mock|spotter|osce|oral|practical|final)\b",
    r"\b(?:exam|paper|test|quiz|crit|osce|practical|resit|mock)\s+(?:brief|task|prompt|question|scenario|station)s?\s*(?:(?:was|is|were)\s*)?(?:[:\-–]\s*)?(?:literally\s+|basically\s+)?(?:['\"]|take\s+a|perform|examine|counsel|" + _TASK + r")",
    # "Qs from this morning's anatomy spotter: ..."
    r"\b(?:qs|questions|topics|stations|cases|titles|essay\s+titles|scenarios|tasks)\s+(?:from|in|on|of)\s+(?:the\s+|today's\s+|this\s+morning's\s+|yesterday's\s+|tomorrow's\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:exam|paper|test|quiz|resit|mock|spotter|osce|viva|oral|practical|final)s?\s*(?:were\s*)?[:\-–]\s*\S",
    r"\b(?:exam|paper|test|resit|quiz|mock|final|osce|viva|practical)\s+(?:asks|wants|makes|gets|expects|tells)\s+(?:you|u|us|ya)\s+(?:to\s+)?(?!bring|arrive|show|sign|turn|leave|switch|read|answer\s+(?:two|three|four|any|all|\d)|choose|pick|write\s+your|put\s+your|be\s+there|wait|sit\s+(?:in|at|down))[a-z]{3,}\s+(?:an?|the|two|three|\d+|some|its|their|his|her|whether|why|how|what|which)\b",
    r"\b(?:first|second|third|last|final|opening|long|essay|big|main|bonus)\s+(?:question|q|essay|title|prompt|task)\s*(?:was|is|were|:|-|–)\s*['\"]\s*[a-z]{3,}",
    # "did anyone's land law exam have the problem q about ...", "my paper had that proof on ..."
    r"\b(?:exam|paper|test|resit|quiz|mock|final|midterm|mid-term|osce|viva)s?\s+(?:also\s+)?(?:have|has|had|include|includes|included|feature|featured|get|got|throw\s+in|threw\s+in)\s+(?:the|a|an|that|this|one|two|three|\d)\s+(?:[\w'-]+\s+){0,3}(?:q|qs|qu|question|questions|essay|problem|proof|case|scenario|calculation|derivation|diagram|graph)\s+(?:about|on|where|with|asking|that|re|regarding|involving|for)\b",
    r"\b(?:let\s+slip|leaked|gave\s+away|revealed|told\s+us)\s+(?:the\s+)?(?:essay\s+|exam\s+)?(?:titles?|questions?|topics?)\s+(?:for|on|in)\s+(?:the|this|our|tomorrow's|next\s+week's|january|june|may)\b",
    # "the essay question was 'To what extent ...'"
    r"\b(?:exam|essay|test|paper|quiz|resit|phase\s+test|final)\s+(?:essay\s+)?(?:q|qs|questions?)\s*(?:was|were|is|are|asked|:|-)\s*"
    r"(?:literally\s+|basically\s+)?(?:['\"]|about\b|on\b|" + _TASK + r")",
    # "the exam asked us to derive ...", "the stats paper had a question on ..."
    r"\b(?:exam|paper|test|resit|quiz|final)\s+(?:asked\s+(?:us\s+)?(?:to|about)|asked\s+us\s+for|had\s+(?:a|an|two|three|\d)\s+(?:\w+\s+)?questions?\s+(?:on|about|asking))",
    # "questions in today's exam were on ..."
    r"\bquestions?\s+(?:on|in|from)\s+(?:the|today's|this\s+morning's|yesterday's|our|my)\s+(?:\w+\s+)?(?:exam|test|paper|quiz|resit)\s+(?:was|were|is|are)\s+(?:on|about|all\s+about|literally|basically|['\"])",
    # "X came up in the exam", "the paper was all about X"
    r"\bcame\s+up\s+(?:in|on)\s+(?:the|today's|this\s+morning's|our)\s+(?:\w+\s+)?(?:exam|test|paper|quiz|resit)",
    r"\b(?:exam|paper|test|resit)\s+was\s+(?:all|literally\s+all|entirely)\s+(?:about|on)\b(?=[^\n]{0,60}(?:\bq\s?\d|\bquestions?\b|\bsection\s+[a-d1-9]\b|\bpart\s+[a-d1-9]\b|:|\b\d+\s+marks\b))",
    # "the micro exam wanted us to explain ...", "the in-class test had 5 MCQs on enzymes"
    r"\b(?:exam|paper|test|resit|quiz|final|mock|midterm|mid-term)\s+(?:\w+\s+)?(?:wanted\s+(?:us\s+)?to|made\s+us|had\s+(?:us|a|an|\d+|two|three|four|five|loads\s+of|a\s+load\s+of)\s+(?:\w+\s+){0,2}(?:on|about|asking|where|question|questions|mcqs?|essay))\b(?!\s+(?:i|we|that\s+(?:i|we|nobody)|which\s+(?:i|we)|nobody|no\s*one|to|as|like)\b)",
    # "the 2nd question on the accounting mock was ...", "Section B of today's law paper: '...'"
    r"\b(?:(?:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th|long|short|big|main)\s+(?:question|essay|q|task|problem|one|proof|calculation|case\s+study)|section\s+[a-d1-4]|part\s+[a-d1-4])\s+(?:on|in|of|from)\s+(?:the|today's|this\s+morning's|yesterday's|our)\s+(?:\w+\s+){0,2}(?:exam|paper|test|quiz|resit|mock)\b(?!\s+(?:is|was|are|were|will\s+be)\s+(?:optional|compulsory|worth|out\s+of|timed|open|closed|short|long|hard|easy|harder|easier|fine|ok|okay|brutal|horrible|a\s+(?:nightmare|joke|breeze)|\d))",
    # "Exam Q: 'Assess ...'", "the quiz on Moodle had: 1) define ... 2) draw ..."
    r"\b(?:exam|test|quiz|paper|resit|mock|final)\s+(?:q|qs|questions?)\s*[:\-–]\s*['\"]",
    r"\b(?:exam|test|quiz|paper|resit|mock|osce|viva|final)\b[^.\n]{0,40}\b(?:had|asked(?:\s+us)?|was|were|included|wanted)(?:\s+literally|\s+basically|\s+just|\s+like)?\s*:\s*(?:1[.)]\s*|\(?[ai]\)\s*|['\"]\s*)?" + _TASK,
    # "the mid-term literally asked us to code ...", "Q4 asked which organelle makes ATP"
    r"\b(?:exam|test|quiz|paper|resit|mock|mid-?term|final|q\s?\d{1,2}|question\s+\d{1,2}|section\s+[a-d1-9]|part\s+[a-d1-9])\s+(?:literally\s+|basically\s+|just\s+|only\s+)?(?:asked\s+(?:which|what|how|why|who|when|where|whether|if|about)|(?:asked\s+us\s+to|wanted\s+us\s+to|made\s+us|had\s+us|asked\s+us)\s+(?:to\s+)?(?!all\b|so\b|really\b|totally\b|nervous|stress|worr|panic|cry|sweat|shak|confus|laugh|question|doubt|feel|think|wish|regret|want)[a-z]{3,})\b",
    r"\b(?:they|it|he|she|the\s+\w+)\s+(?:asked|wanted|made|had)\s+us\s+(?:to\s+)?[a-z]{3,}[^.\n]{0,60}\b(?:in|on|for)\s+(?:the|today's|this\s+morning's|yesterday's|our)\s+(?:[\w-]+\s+){0,2}(?:exam|test|quiz|paper|resit|mock|osce)\b",
    r"\b(?:exam|test|quiz|paper|resit|mock|osce|practical)\b[^.\n]{0,40}\b(?:you|we)\s+had\s+to\s+[a-z]{3,}",
    r"\b(?:get|got|were|was|being)\s+asked\s+to\s+[a-z]{3,}[^.\n]{0,80}\b(?:in|on|for)\s+(?:the|today's|this\s+morning's|yesterday's|our)\s+(?:[\w-]+\s+){0,2}(?:exam|test|quiz|paper|resit|mock|osce)\b",
    r"\b(?:essay|exam|question)\s+(?:title|topic|prompt)\b[^.!\n]{0,60}\b(?:was|is|were)\s+(?:something\s+|literally\s+|basically\s+)?(?:about|on|like|along\s+the\s+lines\s+of|['\"])",
    r"\bstation\s+\d+\s+(?:was|is|were|:|-|–)\s+(?:an?\s+|the\s+)?[a-z]{3,}",
    r"\b(?:exam|test|quiz|paper|resit|mock|osce|viva|final)\s+(?:today|this\s+morning|yesterday|earlier)\s*[:\-–]\s*(?:\d[.)]\s*)?(?:" + _TASK + r"|[a-z]{3,}\s+(?:a|an|the|two|three|\d+)\s+\w+)",
    r"\b(?:osce|exam|practical|viva)\s+(?:scenario|station|case|task)s?\s*[:\-–]\s*(?:an?\s+|the\s+)?\w+",
    r"\b(?:gave|give|given)\s+us\s+(?:a|an|the|some|two|three)\s+(?:\w+\s+){0,2}(?:dataset|data\s+set|case\s+study|scenario|passage|extract|source|graph|text|poem|excerpt|problem|balance\s+sheet|map|diagram|photo|image|table|chart|article|vignette|circuit|code\s+snippet|x-?ray|ecg)\b",
    r"\b[a-z]{2,5}\s?\d{3,4}\s+(?:exam|test|quiz|paper|resit|mock|phase\s+test)\s*[:\-–]\s*(?:\d[.)]\s*)?" + _TASK,
    # OSCE stations: "the OSCE station today was a chest pain history"
    r"\bosce\s+stations?\s+(?:today|this\s+morning|yesterday)?\s*(?:was|were|had|:)\s+(?:an?\s+|the\s+)?\w+",
    # Showing the paper itself.
    r"\b(?:here(?:'s|s|\s+is)|pics?\s+of|photos?\s+of|screenshots?\s+of|snapped|took\s+a\s+(?:pic|photo)\s+of|leaked|got\s+(?:a\s+copy\s+of|hold\s+of)|copy\s+of)\s+(?:the|this\s+year's|today's|tomorrow's|next\s+week's|our|this\s+morning's)\s+(?:\w+\s+){0,3}(?:exam|test|quiz|resit)\s*(?:paper|questions|script)?",
)

# "they asked me to describe ..." about an oral or viva.
_ASKED_ME = (
    r"\b(?:they|the\s+examiners?|examiners?|the\s+panel|the\s+assessors?|the\s+markers?)\s+(?:asked|wanted|made|got|had)\s+(?:me|us)\s+(?:to\s+)?(?!repeat|wait|leave|sit|sign|come\s+back|show\s+(?:my|our)\s+id)[a-z]{3,}\s+(?:my|our|a|an|the|two|three|\w+)\b",
)

_OWN_WORK_NOUN = (r"(?:answers?|solutions?|workings?|code|essay|report|assignment|coursework|submission|dissertation"
                  r"|lab\s+report|portfolio|script|project|notebook|program|proof)")
_TARGET = (r"(?:the\s+|this\s+week's\s+|last\s+week's\s+|our\s+|my\s+)?(?:coursework|cw\s?\d|cw\b|assignment|problem\s+sheet|worksheet|lab\s*\d*"
           r"|phase\s+test|tutorial\s+sheet|problem\s+sets?(?:\s+\d+)?|p\s?sets?\s?\d*|exercise\s+sheets?|homework|hw\s?\d+|portfolio|q\s?\d+|question\s+\d+|quiz|test|exam|tca|[a-z]{2,5}\s?\d{3,4}|a\d|task\s+\d|part\s+[a-d1-9])")

_OWN_ANSWERS = (
    # "my answers to the coursework", "our solutions for CW2"
    r"\b(?:my|our|the\s+full|full|complete|all\s+the|all\s+my)\s+" + _OWN_WORK_NOUN + r"\s+(?:to|for|from|of)\s+" + _TARGET,
    # "answers/solutions to CW2" (shared, see SHARE condition)
    r"\b(?:answers?|solutions?|mark\s+scheme|model\s+answers?|workings?)\s+(?:to|for)\s+" + _TARGET,
    # "the answer to 3b is ...", "Q3 answer = 42"
    r"\banswer\s+(?:to|for)\s+(?:q|question)?\s*\d{1,2}\s*\(?[a-h]?\)?\s*(?:is|was|=|:)",
    r"\b(?:q|question)\s*\d{1,2}\s*\(?[a-h]?\)?\s+answer\s*(?:is|was|=|:)",
    # "posting my essay that got a first", "my 72% report if anyone wants it"
    r"\b(?:my|our)\s+(?:whole\s+|full\s+|entire\s+|marked\s+|submitted\s+|graded\s+|first[- ]class\s+|1st\s+class\s+|\d{2}%?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:essay|report|assignment|coursework|dissertation|lab\s+report|submission|portfolio|code|project|case\s+study|reflection|poster|presentation|lit\s+review)\s+"
    r"(?:that|which|i|we)\s+(?:got|scored|submitted|handed\s+in|was\s+marked|got\s+marked|passed)",
    r"\b(?:my|our)\s+(?:full\s+|whole\s+|complete\s+|entire\s+)?(?:marked|submitted|graded|first[- ]class|1st\s+class|\d{2}%)\s+(?:[\w-]+\s+){0,3}?(?:answers?|solutions?|code|essay|report|assignment|coursework|dissertation|lab\s+report|submission|portfolio|project)\b",
    r"\bmy\s+(?:[\w,-]+\s+){0,4}(?:essay|report|assignment|coursework|dissertation|lab\s+report|portfolio|reflection|project|poster|presentation|case\s+study|lit\s+review)(?:\s+(?:chapter|section|part|draft|appendix)\s*\d{0,2})?\s*[(,-]?\s*(?:graded|marked|got|scored|which\s+got|that\s+got)\s*(?:a\s+)?(?:\d{2}|first|1st|2:1|distinction)",
    # "here's the code I submitted for the Java coursework"
    r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:code|essay|report|answers?|solutions?|dissertation|program|script|project|work|model|spreadsheet|analysis|poster|presentation|portfolio|notebook|slides|reflection|plan|proposal|pitch|memo|brief|design|website|app|video|podcast)\s+(?:i|we)\s+(?:submitted|handed\s+in|wrote\s+for|did\s+for|turned\s+in|made\s+for|built\s+for)\b",
)


# Handing out one's own work: the verb already says it is being shared.
_POSTING_OWN = (
    r"\b(?:solutions?|answers)\s+(?:to|for)\s+(?:all\s+)?(?:the\s+|my\s+)?(?:labs?|assignments?|coursework|problem\s+sheets?|worksheets?|tutorials?|exercises|cw\s?\d?)\s+(?:are|is)\s+(?:all\s+)?(?:in|on)\s+my\s+(?:public\s+)?(?:repo|github|drive|blog|page|profile|website)\b",
    r"\b(?:screenshots?|photos?|pics?|scans?)\s+of\s+my\s+(?:[\w-]+\s+){0,4}(?:essay|report|assignment|coursework|answers|script|dissertation)\b(?=[^\n]{0,80}\b(?:got|scored|marked|graded|\d{2}\s*%|copy|use\s+it|structure)\b)",
    r"\b(?:share|sharing|attached|attaching|posting|here's|heres)\s+my\s+(?:[\w-]+\s+){0,3}(?:report|essay|dissertation|project|portfolio|coursework|assignment|thesis|code)\b(?=[^\n]{0,80}\b(?:graded|marked|got|scored|\d{2}\s*%|first|2:1|distinction|pdf|attached|link)\b)",
    r"\bhere(?:'s|s|\s+is)\s+my\s+(?:whole|full|entire|complete|finished)\s+(?:[\w-]+\s+){0,3}(?:code|essay|report|answers|solutions?|assignment|coursework|dissertation|project|portfolio)\b",
    r"\b(?:put|posted|uploaded|shared|pasted|dumped)\s+(?:all\s+of\s+|the\s+whole\s+of\s+)?my\s+(?:[\w:%-]+\s+){0,2}(?:essays?|dissertation|code|answers|solutions|reports?|coursework|assignments?|lab\s+reports?|portfolio|script|presentation(?:\s+slides)?|slides|poster|video)(?:\s+from\s+(?:\w+\s+){0,2}?\w+)?\s+(?:(?:on|to|onto|in)\s+)?(?:reddit|twitter|x|tiktok|insta(?:gram)?|my\s+blog|github|facebook|linkedin|studocu|course\s*hero|quizlet|online|the\s+internet|youtube|discord|the\s+(?:gc|group\s?chat))\b",
    r"\b(?:here(?:'s|s|\s+is)|pics?\s+of|photos?\s+of|scan\s+of|uploading|posting|sharing|selling)\s+(?:a\s+|the\s+)?(?:pic\s+of\s+|photo\s+of\s+|scan\s+of\s+|copy\s+of\s+)?my\s+(?:old\s+|marked\s+|graded\s+)?(?:exam|answer|test)\s+(?:script|paper|answers)\b",
    # "my submitted portfolio is in the highlights", a repository named after the coursework
    r"\b(?:my|our)\s+(?:submitted|marked|graded|final|full|whole|finished)\s+(?:essay|report|assignment|coursework|cw\s?\d|dissertation|lab\s+report|submission|portfolio|project|code)\b[^.\n]{0,60}\b(?:highlights|story|bio|link|below|here|blog|github|drive|if\s+you\s+want\s+to\s+see|have\s+a\s+look|take\s+a\s+look|feel\s+free)\b",
    r"\b(?:github\.com|gitlab\.com|pastebin\.com|drive\.google\.com|docs\.google\.com)/\S*(?:cw\d|coursework|assignment|solution|answers|homework|hw\d|lab\d)",
    # "putting my 2:1 dissertation on my blog", "pasting my answers for the tutorial quiz"
    r"\b(?:putting|posting|pasting|uploading|sharing|dropping|publishing|sending\s+(?:out|round))\s+(?:all\s+)?(?:my|our)\s+(?:[\w:%-]+\s+){0,2}"
    r"(?:essays?|dissertation|code|answers|solutions|reports?|coursework|assignments?|lab\s+reports?|workings|portfolio)\b"
    r"(?![^.\n]{0,30}\b(?:plan|ideas|draft\s+for\s+feedback|through\s+turnitin|to\s+(?:my\s+)?(?:tutor|supervisor|lecturer)))",
)


# "remember the MCQ about X? the answer was C"
_ANSWER_GIVEN = (
    r"\bthe\s+(?:right\s+|correct\s+)?answer\s+(?:was|is|=)\s+(?:[a-e]\b|option\s+[a-e1-5]|\(?[a-e]\)|\d|['\"]|literally)",
)


# An answer key: "1c 2a 3d", "answers I got: ...", "what I put: ...".
_ANSWER_KEY = (
    r"(?<![\w'])[a-e]\s*[,;]\s*[a-e]\s*[,;]\s*[a-e]\s*[,;]\s*[a-e](?![\w'])",
    r"\b(?:answers?|ans)\s+(?:as|that|which|how)\s+(?:i|we)\s+(?:got|put|wrote|had|did|chose|picked|remember)\s*(?:them|it)?\s*[:\-–=]",
    r"(?<![\w.])(?:q\s?)?\d{1,2}\s*[-–:=)]\s*[a-z][\w-]*(?:\s+[\w-]+)?\s*[,;/]\s*(?:q\s?)?\d{1,2}\s*[-–:=)]\s*[a-z][\w-]*(?:\s+[\w-]+)?\s*[,;/]\s*(?:q\s?)?\d{1,2}\s*[-–:=)]\s*[a-z]",
    r"(?<![\w.])\d{1,2}\s*[.):-]?\s*(?:true|false|t|f)\b[\s,;]+\d{1,2}\s*[.):-]?\s*(?:true|false|t|f)\b[\s,;]+\d{1,2}\s*[.):-]?\s*(?:true|false|t|f)\b",
    r"\b(?:answers?|ans|answer\s+key|mark\s+scheme|solutions?)\s+(?:from|for|to|in|on)\s+(?:the\s+|today's\s+|this\s+morning's\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:mcqs?|quiz|test|exam|paper|phase\s+test|resit)\b[^:\n]{0,40}:\s*\S",
    r"(?<![\w.])(?:q\s?)?\d{1,2}\s?[.):-]?\s?[a-e]\b[\s,;/|]+(?:q\s?)?\d{1,2}\s?[.):-]?\s?[a-e]\b[\s,;/|]+(?:q\s?)?\d{1,2}\s?[.):-]?\s?[a-e]\b",
    r"\b(?:answers?|ans|what)\s+(?:i|we)\s+(?:got|put|wrote|went\s+with|chose|picked|said)\s*(?:for\s+(?:it|them|the\s+\w+))?\s*[:\-–=]",
    r"\b(?:my|our)\s+(?:answers?|ans|workings?|solutions?)\s*(?:for\s+(?:it|them|the\s+\w+(?:\s+\w+)?))?\s*[:\-–=]\s*(?:q?\s?\d|\(?[a-e]\)|['\"]|[a-z]{3,})",
)

# Describing how one answered a question of an exam or a piece of coursework.
_HOW_I_ANSWERED = (
    r"\b(?:how|what)\s+(?:i|we)\s+(?:did|solved|cracked|coded|answered)\s+(?:task|q|question|part|section|number|problem|exercise)\s*\d{1,2}\w?\s+(?:of|in|on|from)\s+(?:the|my|our|this|that|today's)\s+(?:[\w'-]+\s+){0,3}(?:assessment|exam|test|quiz|paper|coursework|assignment|cw\s?\d|phase\s+test|tca|practical)\b",
    r"\b(?:how|what)\s+(?:i|we)\s+(?:answered|wrote|put|approached|structured|tackled|argued|said)\s+(?:for\s+|in\s+|on\s+)?(?:the|my|our|that|this)\s+(?:[\w'-]+\s+){0,4}(?:question|q|qs|essay|exam|paper|test|section|part|task)\b",
    r"\b(?:my|our)\s+(?:answer|solution|response|working|workings|approach)\s+(?:to|for)\s+(?:the\s+|this\s+|that\s+|today's\s+)?(?:[\w'-]+\s+){0,4}(?:q\s?\d{1,2}\w?|question\s*\d{1,2}\w?|question|phase\s+test|exam|test|quiz|paper|coursework|cw\s?\d|assignment|task\s*\d?|part\s+[a-h1-9])\b",
)

# "my solutions for sheet 4 (assessed) are on my github"
_ON_MY_PAGE = (
    r"\b(?:my\s+)?(?:solutions?|answers|workings?|code)\s+(?:to|for)\s+(?:all\s+)?(?:the\s+|my\s+|this\s+week's\s+|last\s+week's\s+)?(?:[\w()-]+\s+){0,7}?(?:are|is)\s+(?:all\s+|now\s+)?(?:in|on|up\s+on)\s+my\s+(?:public\s+)?(?:repo|github|gitlab|drive|blog|page|profile|website|story|insta|tiktok)\b",
)

# Pasting a part of one's own assessed work.
_PART_OF_WORK = (
    r"\b(?:pasting|posting|sharing|dropping|here(?:'s|s|\s+is)|copying|attaching|screenshotting|quoting)\s+(?:in\s+)?my\s+(?:whole\s+|full\s+|entire\s+)?(?:conclusion|intro(?:duction)?|discussion|abstract|method(?:ology|s)?|results\s+section|analysis|opening\s+paragraph|first\s+paragraph|paragraphs?|lit(?:erature)?\s+review|reflection|evaluation|critique|rationale|literature\s+section|main\s+argument|code|answers?|solution|working|workings|calculations?)\b(?!\s+(?:template|guide|checklist|tips))",
)
_ASSESSED = (r"\b(?:lab\s+reports?|reports?|essays?|coursework|cw\s?\d|assignments?|dissertation|portfolio|exam|test|quiz|phase\s+test|tca|module|marked|graded|got\s+(?:a\s+)?\d{2}|scored|full\s+marks|\d{2}\s*%|\d{2}/\d{2,3}|first|1st|2:1|distinction)\b")

# Own assessed work that got a mark, offered to others.
_MARKED_WORK = (
    r"\bmy\s+(?:[\w-]+\s+){0,2}(?:essay|report|assignment|dissertation|coursework|case\s+study|project|portfolio|reflection)\s+(?:on|about)\s+[^.\n]{2,50}?\s+(?:that|which)\s+(?:got|scored|passed|earned)\b(?=[^\n]{0,80}\b(?:below|pasted|in\s+full|attached|link|here|thread|drive|bio|dm)\b|[^\n]{0,80}👇)",
    r"\b(?:essay|report|lab\s+report|assignment|coursework|dissertation|project)\s+(?:conclusion|intro(?:duction)?|discussion|abstract|method(?:ology|s)?|paragraph|section|analysis|evaluation|lit\s+review)\s+(?:that|which)\s+(?:got|scored|earned|gave)\s+(?:me\s+|us\s+)?(?:full\s+marks|\d{2,3}\s*%?|a\s+(?:first|1st|2:1|distinction))",
    r"\b(?:code|essay|report|answers?|solutions?|program|project|portfolio|dissertation|notebook|script|work|assignment|coursework|python|java|c\+\+|c#|matlab|sql|r\s+script|spreadsheet|model)\s+(?:for|from)\s+(?:the\s+|my\s+|our\s+)?(?:[\w'-]+\s+){0,4}(?:cw\s?\d|coursework|assignment|task|lab|project|portfolio|tca|module|phase\s+test|exam|essay)\b[^.\n]{0,40}\b(?:that|which)\s+(?:got|scored|earned|gave)\s+(?:me\s+|us\s+)?(?:full\s+marks|\d{2,3}\s*%?|a\s+(?:first|1st|2:1|distinction|high\s+\w+)|top\s+marks|an?\s+a\b)",
)


# Code pushed to a repository counts when it is the coursework.
_PUSHED_SOLUTION = (
    r"\b(?:pushed|uploaded|posted|put|committed)\s+my\s+(?:[\w-]+\s+){0,2}(?:solutions?|code|answers|work|notebook)\s+(?:to|on|onto)\s+(?:github|gitlab|pastebin|bitbucket|replit|drive|google\s+drive|the\s+gc|discord)\b",
)


# Broader wordings: a subject word before the sheet ("my answers for thermo
# problem sheet 4"), the questions of a named sitting typed out from memory, and
# a part of one's own assessed work introduced without a sharing verb.
_TARGET_GEN = (r"(?:the\s+|this\s+week's\s+|last\s+week's\s+|our\s+|my\s+|today's\s+)?(?:[\w-]+\s+){0,2}?(?:coursework|cw\s?\d|assignment|problem\s+sheet|worksheet|lab\s*\d*|phase\s+test|tutorial\s+sheet|problem\s+sets?|p\s?sets?|exercise\s+sheets?|homework|hw|portfolio"
               r"|quiz|test|exam|tca|midterm|mid-term|mock|resit|class\s+test|in-?class\s+test|online\s+test|assessment|spotter|osce|practical|oral|final|finals)\b")
_OWN_ANSWERS_GEN = (
    r"\b(?:my|our|all\s+my|all\s+our)\s+(?:full\s+|complete\s+|final\s+|whole\s+)?(?:answers?|solutions?|workings?|working\s+out|responses|code|program|script|notebook|essay|report|lab\s+report)\s+(?:to|for|from|of|on)\s+" + _TARGET_GEN,
)
_SITTING_QS = (
    r"\b(?:exam|paper|test|quiz|resit|mock|midterm|mid-term|final|finals|phase\s+test|osce|spotter|oral|practical|class\s+test|online\s+test|mcq)s?\s+(?:qs|questions|q's|mcqs?|topics|essay\s+titles|titles)\s*(?:\(?from\s+memory\)?|(?:that\s+)?i\s+(?:can\s+)?remember|as\s+(?:best\s+)?i\s+(?:can\s+)?remember|that\s+came\s+up|we\s+got|(?:from\s+)?today|(?:from\s+)?this\s+morning)?\s*[:\-–]\s*\S",
    r"\b(?:qs|questions|mcqs?)\s+(?:\(?from\s+memory\)?|(?:that\s+)?i\s+(?:can\s+)?remember|as\s+(?:best\s+)?i\s+(?:can\s+)?remember)\s*[:\-–]\s*\S",
)
_SITTING_QUOTED = (
    r"\b(?:part|section|question|q)\s*[a-h1-9]{1,2}\s+(?:had|was|asked(?:\s+us)?|wanted(?:\s+us)?|said|were)\s+(?:us\s+)?(?:to\s+)?(?:literally\s+|basically\s+)?['\"]\s*[a-z]",
    r"\b(?:essay\s+)?(?:titles|questions|qs|topics|prompts|choices|options|essays)\s+(?:on|in|for|from)\s+(?:the|today's|this\s+morning's|yesterday's|our)\s+(?:[\w-]+\s+){0,2}(?:exam|paper|resit|test|mock|final|quiz|midterm)\s+(?:were|was|are|is)\s*:?\s*['\"]",
)
_SITTING_QUOTED = _SITTING_QUOTED + (
    # "Q5 on the accounting paper this morning wanted a full balance sheet"
    r"\b(?:q|qu|qn|question)\s*\.?\s*\d{1,2}\w?\s+(?:of|in|on|from)\s+(?:the\s+|today's\s+|this\s+morning's\s+|yesterday's\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,3}(?:exam|test|paper|quiz|resit|mock|phase\s+test|final|midterm)\s+(?:(?:this\s+(?:morning|afternoon)|today|yesterday|earlier|last\s+week)\s+)?(?:asked|wanted|was\s+(?:about|on|to)|had\s+(?:us|a|an)|made\s+us|gave\s+us|said)\b",
    # "the spanish oral asked me to describe ..."
    r"\b(?:the|my|our|today's|this\s+morning's|yesterday's)\s+(?:[\w-]+\s+){0,2}(?:oral|orals|exam|paper|test|osce|practical|speaking\s+(?:test|exam)|listening\s+(?:test|exam)|presentation\s+panel|quiz|mcq|spotter)\s+(?:asked|wanted|made|got|had|told)\s+(?:me|us)\s+(?:to\s+)?" + _TASK + r"\b",
    # "MCQ from the pharmacology test: which drug ..."
    r"\b(?:mcq|question|q|one\s+(?:of\s+the\s+)?questions?)\s+(?:from|in|on|off)\s+(?:the\s+|today's\s+|this\s+morning's\s+|yesterday's\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:exam|test|paper|quiz|resit|mock|spotter|osce|final|midterm)\s*[:\-–]\s*\S",
    # "the X exam had a question on whether prison works"
    r"\b(?:exam|paper|test|quiz|resit|mock|final|midterm)\s+(?:had|has|included|includes|asked)\s+(?:a|an|one|two|three|\d)\s+(?:[\w-]+\s+)?(?:question|q|essay|section|problem|task)s?\s+(?:on|about|asking|where|that|which)\s+(?:whether|why|how|what|if|the|a|an|\w+ing)\b",
)
_OWN_GRADED = (
    r"\bmy\s+(?:[\w-]+\s+){0,3}?(?:write-?up|report|essay|assignment|coursework|dissertation|project|portfolio|code|answers|lab\s+report|reflection|case\s+study|presentation|poster)\b[^.\n]{0,60}?\b(?:graded|marked|got|scored|(?:it\s+)?got\s+(?:a|an))\s+(?:a\s+|an\s+)?(?:\d{2}|first|1st|2:1|distinction|high\s+\w+|a\b)",
    r"\b(?:put|posted|uploaded|shared|pasted|dumped|sold|selling)\s+(?:all\s+(?:of\s+)?|every\s+one\s+of\s+|the\s+whole\s+of\s+)?my\s+(?:[\w:%-]+\s+){0,3}(?:essays?|dissertations?|code|answers|solutions|reports?|coursework|assignments?|lab\s+reports?|write-?ups?|portfolios?|notes)\b[^.\n]{0,30}?\b(?:to|on|onto)\s+(?:studocu|course\s*hero|quizlet|scribd|docsity|chegg|studypool|oneclass|the\s+internet|reddit|my\s+(?:blog|website|github|drive|page|story))\b",
)
_SITTING_QUOTED = _SITTING_QUOTED + (
    r"\b\d{1,2}[- ]?mark(?:er|s)?\s+(?:question\s+|q\s+|essay\s+|one\s+)?(?:in|on|from|of)\s+(?:the\s+|today's\s+|our\s+|this\s+morning's\s+)?(?:[\w-]+\s+){0,2}(?:exam|paper|test|quiz|resit|mock|final)\s+(?:was|is|asked(?:\s+us)?)\s*:?\s*(?:literally\s+|basically\s+)?(?:['\"]|about\b|on\b|to\s+|" + _TASK + r")",
)
_OWN_ANSWERS_GEN = _OWN_ANSWERS_GEN + (
    r"\b(?:answers?|solutions?|workings?|working\s+out)\s+(?:to|for|from)\s+" + _TARGET_GEN,
)
_OWN_GRADED = _OWN_GRADED + (
    r"\bmy\s+(?:\d{2}\s*%?|first[- ]class|1st|2:1|2:2|distinction|merit|full[- ]marks|a\+?)\s+(?:[\w-]+\s+){0,3}?(?:essay|report|assignment|coursework|dissertation|project|portfolio|code|plan|proposal|pitch|strategy|case\s+study|presentation|poster|reflection|write-?up|lab\s+report|analysis|critique|design)\b",
)
_SITTING_QUOTED = _SITTING_QUOTED + (
    r"\b(?:two|three|four|five|\d|the|same|both|these)\s+(?:[\w-]+\s+)?questions?\s*(?:were|was|are)?\s*[:\-–]\s*(?:literally\s+)?['\"]?" + _TASK + r"\b",
)
_OWN_PART_GEN = (
    r"\bmy\s+(?:[\w-]+\s+){0,2}?(?:lab\s+report|essay|report|assignment|coursework|dissertation|cw\s?\d|portfolio|project)\s+(?:intro(?:duction)?|conclusion|discussion|abstract|method(?:ology|s)?|results(?:\s+section)?|analysis|lit(?:erature)?\s+review|reflection|evaluation|code|opening|first\s+paragraph|plan)\b",
)
_OWN_PART_SHARED = (r"\b(?:people\s+asked|(?:since|cos|coz|because|as)\s+(?:people|u|you|ppl|a\s+few\s+(?:people|of\s+you)|some\s+of\s+(?:you|u))\s+asked|full\s+thing|whole\s+thing|full\s+version|in\s+the\s+(?:drive|gc|group\s?chat)|on\s+(?:my|the)\s+drive|for\s+any(?:one|1|body)|if\s+any(?:one|1|body)|feel\s+free|copy|use\s+it|inspo|below)\b|[:\-–]\s*['\"]|👇")
_ASKING = (r"\b(?:can|could|will)\s+(?:u|you|ya|someone|anyone|any1|sum1|somebody|anybody)\s+(?:pls\s+|please\s+|plz\s+)?(?:send|share|dm|post|give)|\b(?:pls|please|plz)\s+(?:send|share|dm)\b|\bsend\s+(?:me|us)\b")


class AssessmentMaterialDetector(Detector):
    rules = ("assessment.exam_questions", "assessment.own_answers")

    def __init__(self) -> None:
        self._rules = (
            Rule("assessment.exam_questions", CAT, _EXAM_QUESTION, roles=("student",), extend=True,
                 near=(Near(SITTING + r"|\bassessments?\b|\bresit|\bsitting\b|\bpaper\b|\bpart\s*\(?[a-h]\b|\bsection\s+[a-d1-9]\b|\b\d+\s+marks\b|\bmarks?\)", 200),),
                 none_of=(r"\b(?:textbook|practice\s+(?:quiz|questions|paper|test)|worked\s+examples?|pub\s+quiz|quiz\s+night|table\s+quiz)\b",)),
            Rule("assessment.exam_questions", CAT, _EXAM_QUESTION_SELF, roles=("student",), extend=True),
            Rule("assessment.exam_questions", CAT, _QUOTED_FROM_SITTING, roles=("student",), extend=True,
                 none_of=(r"\b(?:textbook|practice\s+(?:quiz|questions|paper|test)|past\s+papers?|\d{4}\s+(?:paper|exam)|worked\s+examples?|pub\s+quiz|quiz\s+night|table\s+quiz|revision\s+(?:questions|quiz)|specimen|sample\s+(?:paper|questions))\b",)),
            Rule("assessment.exam_questions", CAT, _ASKED_ME, roles=("student",), extend=True,
                 near=(Near(SITTING + r"|\b(?:oral|orals|viva|spotter|practical|speaking\s+(?:test|exam)|listening\s+(?:test|exam))\b", 120),),
                 none_of=(r"\b(?:vivas?|interview|job|placement|visa|passport|bank|doctor|gp|supervisor|thesis|dissertation|my\s+research)\b",)),
            Rule("assessment.own_answers", CAT, _PUSHED_SOLUTION, roles=("student",), extend=True,
                 near=(Near(r"\b(?:lab\s*\d|cw\s?\d|coursework|assignment|tutorial|problem\s+sheet|worksheet|homework|module|marked|graded|passed\s+all\s+the\s+tests|if\s+any(?:one|1|body)\s+needs)\b", 120),)),
            Rule("assessment.own_answers", CAT, _ANSWER_KEY, roles=("student",), extend=True,
                 near=(Near(SITTING + r"|\b(?:mcqs?|answers?|ans|multiple\s+choice|got|put)\b", 120),),
                 none_of=(r"\b(?:past\s+papers?|practice\s+(?:questions|papers?|quiz|test)|textbook|revision\s+(?:questions|quiz)|worked\s+examples?|pub\s+quiz|table\s+quiz|mark\s+scheme\s+(?:says|is\s+out)|official\s+answers)\b",)),
            Rule("assessment.own_answers", CAT, _HOW_I_ANSWERED, roles=("student",), extend=True,
                 all_of=(r"[:\-–]\s*\S|\b(?:because|since|as|by|argued|said|wrote|put|used|chose|picked|went\s+with|is|was|=|full\s+marks|got|scored)\b|['\"]",),
                 none_of=(r"\b(?:textbook|practice|past\s+papers?|worked\s+examples?|revision|mock|how\s+(?:should|do|did)\s+(?:i|you|u|we|people|ppl|everyone)\s+(?:answer|approach|structure|tackle))\b|\?\s*$|\bany\s+(?:tips|advice)\b",)),
            Rule("assessment.own_answers", CAT, _PART_OF_WORK, roles=("student",), extend=True,
                 near=(Near(_ASSESSED, 120),),
                 all_of=(r"\bfor\s+any(?:one|1|body)|\bif\s+any(?:one|1|body)|\bstuck\b|\bfeel\s+free\b|\bcopy\b|\buse\s+it\b|\bborrow\b|\binspo\b|\binspiration\b|[:\-–]\s*['\"]|👇|⬇️|\bbelow\b|\bgot\s+(?:a\s+)?\d{2}|\b\d{2}\s*%|\bfull\s+marks|\bmarked\b|\bgraded\b|\bscored\b",),
                 none_of=(r"\b(?:any(?:one|1)\s+(?:got|have|has)|can\s+some(?:one|1)|could\s+some(?:one|1)|proofread|feedback\s+on|check\s+(?:it|my)|thoughts\s+on|supervisor|my\s+tutor|template)\b",)),
            Rule("assessment.own_answers", CAT, _ON_MY_PAGE, roles=("student",), extend=True,
                 near=(Near(r"\b(?:assessed|graded|marked|coursework|cw\s?\d|assignments?|homework|problem\s+sheets?|lab|labs|tutorial\s+sheets?|exam|test|quiz|phase\s+test|module|tca)\b", 120),),
                 none_of=(r"\b(?:textbook|past\s+papers?|practice|advent\s+of\s+code|leetcode|hackathon|kaggle|project\s+euler)\b",)),
            Rule("assessment.own_answers", CAT, _MARKED_WORK, roles=("student",), extend=True),
            Rule("assessment.own_answers", CAT, _ANSWER_GIVEN, roles=("student",), extend=True,
                 near=(Near(SITTING + r"|\bmcqs?\b|\bquestion\b|\bq\s?\d", 120),),
                 none_of=(r"\b(?:housing|climate|crisis|life|universe|everything|problem\s+with)\b",)),
            Rule("assessment.own_answers", CAT, _POSTING_OWN, roles=("student",), extend=True,
                 none_of=(r"\b(?:submit(?:ted|ting)?\s+(?:it|them)?\s*(?:on|to|via)\s+(?:blackboard|moodle|canvas|turnitin)|for\s+(?:my|the)\s+(?:tutor|supervisor|lecturer)\s+to\s+(?:read|check))\b",)),
            Rule("assessment.own_answers", CAT, _OWN_ANSWERS, roles=("student",),
                 all_of=(SHARE + r"|\bdrop(?:ping)?\b|\bpinned\b|\bin\s+my\s+bio\b|\bcarousel\b|\bswipe\b|\bon\s+my\s+(?:profile|page|story|grid|feed|bio)\b|\bhelp\s+yourselves\b|\btake\s+a\s+look\b|\b(?:in|to)\s+the\s+(?:gc|group\s?chat|chat|group)\b|\banswer\s+(?:to|for)\s+(?:q|question)?\s*\d|\banswer\s*(?:is|was|=|:)|\bif\s+any(?:one|1)\s+wants|\bfor\s+any(?:one|1)\s+(?:who|that)|\bfeel\s+free|\bhave\s+a\s+look|\bcheck\s+(?:it|them)\s+out|\bcopy\b",),
                 none_of=(r"\b(?:any(?:one|1)\s+(?:got|have|has|know)|does\s+any(?:one|1)\s+have|can\s+some(?:one|1)\s+(?:send|share)|could\s+some(?:one|1)\s+(?:send|share)|send\s+me)\b", _ASKING)),
            Rule("assessment.own_answers", CAT, _OWN_ANSWERS_GEN, roles=("student",), extend=True,
                 all_of=(SHARE + r"|\bif\s+any(?:one|1|body)\b|\bfor\s+any(?:one|1|body)\b|\bcheck\s+(?:theirs|yours|urs|against)\b|\bcompare\b|[:=]\s*(?:q?\s?\d|\(?[a-e]\)|['\"])|\b1\s*[).:]|\b1\s+[a-z]|\bfeel\s+free|\bcopy\b|\bhere\b|\bpaste\b|\bstuck\b|\bfor\s+any(?:one|1|body)\s+(?:resitting|re-sitting|doing|sitting|taking)\b|\b(?:lmk|let\s+me\s+know)\s+if\s+(?:u|you)\s+got\b",),
                 none_of=(_ASKING, r"\b(?:any(?:one|1)\s+(?:got|have|has|know)|does\s+any(?:one|1)\s+have|wrong|marked\s+wrong|feedback\s+on|is\s+this\s+right|pub\s+quiz|quiz\s+night|table\s+quiz|practice\s+(?:quiz|questions|papers?|tests?)|past\s+papers?|textbook|revision\s+(?:quiz|questions)|worked\s+examples?|driving\s+theory|buzzfeed|personality)\b")),
            Rule("assessment.exam_questions", CAT, _SITTING_QUOTED, roles=("student",), extend=True,
                 near=(Near(SITTING + r"|\bfinal\b|\bmidterm|\bmid-term|\boral\b|\bpractical\b|\bspotter\b|\bspeaking\s+(?:test|exam)", 160),),
                 none_of=(r"\b(?:textbook|practice\s+(?:quiz|questions|paper|test)|past\s+papers?|worked\s+examples?|pub\s+quiz|quiz\s+night|table\s+quiz|revision\s+(?:questions|quiz)|specimen)\b",)),
            Rule("assessment.own_answers", CAT, _OWN_GRADED, roles=("student",), extend=True,
                 all_of=(SHARE + r"|\bfeel\s+free\b|\bhave\s+a\s+(?:look|read|nosey)\b|\bputting\s+it\s+(?:on|up)\b|\blinkedin\b|\bmedium\b|\bif\s+any(?:one|1|body)\b|\bfor\s+any(?:one|1|body)\b|\bstudocu\b|\bcourse\s*hero\b|\bget\s+them\b|\bhelp\s+yourselves\b|\bdm\b",),
                 none_of=(_ASKING, r"\b(?:proofread|feedback\s+on|check\s+(?:it|my)|thoughts\s+on|my\s+tutor\s+(?:says|said)|appeal|re-?mark|template|how\s+(?:do|should|did|can))\b")),
            Rule("assessment.exam_questions", CAT, _SITTING_QS, roles=("student",), extend=True,
                 near=(Near(SITTING + r"|\bmidterm|\bmid-term|\bfrom\s+memory\b|\bcame\s+up\b", 120),),
                 none_of=(r"\b(?:textbook|practice\s+(?:quiz|questions|paper|test)|past\s+papers?|worked\s+examples?|pub\s+quiz|quiz\s+night|table\s+quiz|revision\s+(?:questions|quiz))\b",)),
            Rule("assessment.own_answers", CAT, _OWN_PART_GEN, roles=("student",), extend=True,
                 all_of=(_OWN_PART_SHARED,),
                 none_of=(r"\b(?:any(?:one|1)\s+(?:got|have|has)|can\s+some(?:one|1)|could\s+some(?:one|1)|proofread|feedback\s+on|check\s+(?:it|my)|thoughts\s+on|supervisor|my\s+tutor|template|how\s+(?:do|should|long)|help\s+with|struggling|stuck\s+on|is\s+due|deadline)\b", _ASKING)),
        )

    def detect(self, text: str, ctx: DraftContext) -> list[Detection]:
        return run_rules(self._rules, text, ctx)
