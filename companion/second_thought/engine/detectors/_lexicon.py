"""Regex vocabulary shared by several category detectors.

Written for how students and staff actually type on X, WhatsApp, Instagram and
Teams: lowercase, abbreviations ("uni", "rn", "cw2"), apostrophes optional.
All pieces are regex source strings meant for case-insensitive use.
"""

# The university as an institution (any of the pack universities, or "the uni").
# Word form first (starts with \b, so it can be prefiltered), then @handles.
UNI_WORD = (
    r"\b(?:(?:the\s+|our\s+|my\s+|this\s+)?uni(?:versity)?\b(?!\s+(?:of\s+life|challenge))"
    r"|dmu\b|de\s?montfort\b|uon\b|uod\b|uol\b|unis?\s+of\s+\w+"
    r"|university\s+of\s+[a-z]+|(?:derby|northampton|nottingham|leicester)\s+uni(?:versity)?\b)"
)
UNI_HANDLE = r"@\w*(?:uni|dmu|uon|derby|university|\bac)\w*"
UNI = UNI_WORD + "|" + UNI_HANDLE


def uni_then(rest: str) -> tuple[str, str]:
    """``UNI`` followed by ``rest``, as two alternatives (keeps both prefilterable)."""
    return (UNI_WORD + rest, UNI_HANDLE + rest)

# Assessments students sit or submit.
ASSESS = (
    r"\b(?:exams?|tests?|papers?|resits?|re-sits?|quiz(?:zes)?|phase\s*tests?|mid-?terms?|finals|mocks?"
    r"|in-?class\s+tests?|class\s+tests?|assessments?|vivas?|osces?|mcqs?|tcas?|timed\s+assessments?"
    r"|coursework|cw\s?\d|assignments?|a\d\s+assignment|problem\s+sheets?|worksheets?|lab\s+reports?)\b"
)

# Sitting or open assessments only (not coursework).
SITTING = (
    r"\b(?:exams?|tests?|papers?|resits?|re-sits?|quiz(?:zes)?|phase\s*tests?|mid-?terms?|finals|mocks?"
    r"|in-?class\s+tests?|class\s+tests?|online\s+assessments?|mcqs?|tcas?|timed\s+assessments?|vivas?|osces?)\b"
)

# Verbs and markers of handing something out publicly.
SHARE = (
    r"\b(?:here(?:'s|s|\s+is|\s+are|\s+r)|posting|posted|post(?:ing)?\s+(?:it|them)|upload(?:ed|ing)?|sharing|shared"
    r"|attached|link(?:ed)?\s+(?:below|in\s+(?:bio|comments?))|pastebin|github|g\s?drive|google\s+drive|my\s+drive"
    r"|dropbox|dm\s+(?:me|for)|tiktok|youtube|insta(?:gram)?|my\s+story|live|blog|website|online|public|publicly|full\s+thing|whole\s+thing|screenshots?|pics?\s+of|photos?\s+of|copy\s+of|thread|below|free\s+to\s+(?:use|copy))\b"
    r"|👇|⬇️|🧵"
)

# People a member of staff teaches.
STUDENTS = (
    r"\b(?:students?|undergrads?|undergraduates?|postgrads?|freshers?|first[- ]?years?|second[- ]?years?"
    r"|third[- ]?years?|final[- ]?years?|year\s+groups?|cohorts?|(?:this|my|the|that)\s+class|tutees?"
    r"|(?:my|this|the|our|that)\s+(?:\w+\s+)?(?:seminar|tutorial|lab|workshop|module|class|tutor)\s+(?:groups?|lot|sets?)|level\s+\d\s+(?:lot|group|students?)|this\s+lot"
    r"|applicants|candidates|intakes?|this\s+year's\s+(?:lot|group|cohort)|(?:these|the)\s+kids|some\s+people|(?:\w+\s+)?\d\s+(?:marking|scripts|cohort|group))"
)

# Colleagues, teams and departments.
COLLEAGUES = (
    r"\b(?:colleagues?|co-?workers?|(?:the\s+)?\w+\s+(?:team|department|dept|office|faculty|school|committee|panel|board)\b"
    r"|it\s+(?:services?|support|dept|department|helpdesk|help\s*desk|team)|hr|human\s+resources|estates"
    r"|admissions|finance|payroll|marketing|admissions|registry|timetabling|procurement|facilities|comms"
    r"|student\s+services|senior\s+management|(?:the\s+)?management|smt|slt|the\s+dean|my\s+(?:line\s+)?manager"
    r"|(?-i:(?:Dr|Prof|Professor)\.?\s+[A-Z][a-z]+)|my\s+boss|head\s+of\s+\w+|hod|our\s+dean|the\s+(?:\w+\s+)?lot\s+(?:in|from|upstairs))\b"
)

# "I", "me", "we" as the subject just before a cue: statements about oneself.
SELF_BEFORE = r"(?:\b(?:i|i'm|im|i've|ive|me|we|we're|i\s+was|i\s+got|we\s+were|we\s+got)\s*(?:was|got|have\s+been|am|just\s+got)?\s*)$"

# A draft-level statement that the author speaks only for themselves.
DISCLAIMER = (
    r"\b(?:views?|opinions?|thoughts?|tweets?|posts?|words)\s+(?:expressed\s+)?(?:here\s+)?(?:are\s+|is\s+)?(?:all\s+|entirely\s+|strictly\s+)?(?:my\s+own|mine|personal|my\s+own\s+and)"
    r"|\b(?:my\s+)?(?:personal|own)\s+(?:views?|opinions?|capacity|account|take)\b"
    r"|\bnot\s+(?:speaking|writing|posting|tweeting|commenting)\s+(?:for|on\s+behalf\s+of)\b"
    r"|\b(?:do(?:es)?\s*n[o']t|don't|doesn't)\s+(?:necessarily\s+)?(?:represent|reflect)\b"
    r"|\bspeaking\s+(?:only\s+)?for\s+myself\b|\b(?:views|opinions)\s+mine\b|\bmy\s+views,?\s+not\b"
    r"|\bwearing\s+my\s+(?:own|personal)\s+hat\b|\bnot\s+(?:the\s+)?(?:uni(?:versity)?'?s|my\s+employer'?s)\s+(?:view|position)"
)

