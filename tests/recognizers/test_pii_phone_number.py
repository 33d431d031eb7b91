import pytest

from ._table import spans_of

RULE = "pii.phone_number"


@pytest.mark.parametrize("text, expected", [
    ("new number who dis 07700900245 save it", ["07700900245"]),
    ("ring me on 07700 900 123 after 6", ["07700 900 123"]),
    ("call +44 7700 900123 tonight", ["+44 7700 900123"]),
    ("text +447700900321 for the spare ticket", ["+447700900321"]),
    ("WhatsApp 07700-900-199 for tutoring", ["07700-900-199"]),
    ("(07700) 900456 is my new number", ["(07700) 900456"]),
    ("here's Tamsin's number 07700 900 644, everyone message her", ["07700 900 644"]),
    ("my mum's landline is 0115 496 0123 if my phone dies", ["0115 496 0123"]),
    ("my Spanish number is +34 612 345 678 while I'm on exchange", ["+34 612 345 678"]),
], ids=lambda v: v if isinstance(v, str) else None)
def test_a_phone_number_in_a_draft_is_caught_exactly(detect, text, expected):
    assert spans_of(detect(text), RULE) == expected


@pytest.mark.parametrize("text", [
    "999 for emergencies, 111 for non-urgent medical advice, 101 for police",
    "Lost property at SU reception is on 0116 496 0812, they've got 40 umbrellas",
    "Tried Fryer Tuck's on Ashbourne Rd (01632 960211 for collection), 10/10",
    "Campus security is on 0116 257 7777 day and night",
    "order 1234567890 still hasn't arrived",
    "ISBN 978-1-4919-5017-8 is the one everyone recommends",
    "Parkrun PB this morning! 24:31",
    "the 10:00 CTEC1909 tutorial is cancelled",
    "£1,250,000 grant announced for the lab",
    "DOI 10.1000/182 and ORCID 0000-0002-1825-0097 on my poster",
])
def test_numbers_that_only_look_like_phones_are_left_alone(detect, text):
    assert spans_of(detect(text), RULE) == []


@pytest.mark.parametrize("pack, text", [
    ("dmu-student", "DMU security is on (0116) 257 7642 if you see anything"),
    ("dmu-student", "ring the uni on 0116 255 1551 and ask"),
])
def test_the_universitys_own_numbers_from_the_pack_are_not_personal(detect, pack, text):
    assert spans_of(detect(text, pack=pack), RULE) == []


@pytest.mark.parametrize("text, expected", [
    ("landlord is Campbell Smith, 040-284-230, avoid", ["040-284-230"]),
    ("Can someone call me on 052 948 46 74? questions about the flat", ["052 948 46 74"]),
    ("contact Mette Kristiansen on 0391 6339268 about the society kit", ["0391 6339268"]),
])
def test_phone_numbers_in_other_countries_formats_are_caught_next_to_phone_words_or_a_name(detect, text, expected):
    assert spans_of(detect(text), RULE) == expected


@pytest.mark.parametrize("text, severity", [
    ("my flatmate's new number is 07700 900812 if anyone needs her", "high"),  # someone else's, despite "my"
    ("my mum's landline is 0115 496 0123 if my phone dies", "high"),
    ("my new number is 07700 900813 save it", "low"),  # the author's own
    ("call me on 07700 900815", "low"),
])
def test_whose_number_it_is_sets_the_severity(engine, text, severity):
    from second_thought.engine.types import DraftContext
    found = [d for d in engine.detect_text(text, DraftContext(role="student", audience="public")) if d.rule == RULE]
    assert [d.severity for d in found] == [severity]


@pytest.mark.parametrize("text, expected", [
    # the nearest cue wins: an organisation named earlier does not own the
    # number the author then offers as theirs
    ("anyone found a black wallet near the library?? if so pls text me on 07723 418960", ["07723 418960"]),
    ("the pharmacy was shut so Priya's number is 07700 900 871 if you need the spare key", ["07700 900 871"]),
    ("call the library on 0116 257 7042 to renew", []),
    ("rang the surgery, my GP's receptionist said 0116 255 1234 is the line for repeats", []),
])
def test_the_cue_nearest_the_number_says_whose_it_is(detect, text, expected):
    assert spans_of(detect(text), RULE) == expected
