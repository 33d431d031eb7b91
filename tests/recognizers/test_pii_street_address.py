import pytest

from ._table import spans_of


@pytest.mark.parametrize("text, expected", [
    ("my address for secret santa: Flat 11, 3 Abbey Street, DE22 3SQ 🎁", ["Flat 11, 3 Abbey Street, DE22 3SQ"]),
    ("party at mine tonight, 42 Lenton Boulevard, bring drinks", ["42 Lenton Boulevard"]),
    ("she lives at 17 Harrow Road, Leicester and never locks up", ["17 Harrow Road, Leicester"]),
])
def test_a_home_address_is_caught_as_one_span(detect, text, expected):
    assert spans_of(detect(text), "pii.street_address") == expected


@pytest.mark.parametrize("text", [
    "Best chippy near Kedleston Rd? Tried the one on Ashbourne Rd",
    "it's a 22 minute walk from Waterside to the station",
    "Black History Month talk tonight, Hugh Aston lecture theatre, 6pm",
    # a number, then "I" and a verb that is also a street word
    "lectures finish at 8, I walk home with Sam after",
    "I'm 41, two kids under 8, I haven't written an essay since 2003",
])
def test_streets_without_a_home_are_not_addresses(detect, text):
    assert [r for r, _ in detect(text) if r in ("pii.street_address", "pii.postcode")] == []


@pytest.mark.parametrize("text, expected", [
    ("I'm at DE22 3SQ if the parcel comes", ["DE22 3SQ"]),
    ("my postcode is ng7 2rd for the delivery", ["ng7 2rd"]),
])
def test_a_home_postcode_is_caught(detect, text, expected):
    assert spans_of(detect(text), "pii.postcode") == expected


def test_a_postcode_shaped_word_outside_uk_areas_is_not_a_postcode(detect):
    assert spans_of(detect("QX1 2AB is a made-up code"), "pii.postcode") == []
