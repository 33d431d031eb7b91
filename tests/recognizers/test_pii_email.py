import pytest

from ._table import spans_of

RULE = "pii.email"


@pytest.mark.parametrize("text, expected", [
    ("DM me or email tasha.w2003@example.com for nail bookings", ["tasha.w2003@example.com"]),
    ("Email dtaylor1975@example.com if you know a plumber", ["dtaylor1975@example.com"]),
    ("her uni email is p.sharma@my.example.ac.uk, flood it", ["p.sharma@my.example.ac.uk"]),
    ("contact J.Smith-Jones@example.org.", ["J.Smith-Jones@example.org"]),
])
def test_a_personal_email_address_is_caught(detect, text, expected):
    assert spans_of(detect(text), RULE) == expected


@pytest.mark.parametrize("text", [
    "SU advice centre is on advice@su.example.ac.uk if you need help",
    "careers@example.ac.uk are doing free CV checks all week",
    "email the hiking society at hikingsoc@su.example.ac.uk to join",
    "forward it to phishing@example.ac.uk and delete it",
    "admissions@example.ac.uk answered within a day",
    "the @ sign in user@ handles is confusing",
])
def test_role_mailboxes_of_organisations_are_not_personal_data(detect, text):
    assert spans_of(detect(text), RULE) == []
