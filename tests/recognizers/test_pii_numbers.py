"""Bank, identity and date-of-birth recognizers: numbers that are personal only in context."""

import pytest

from ._table import spans_of


@pytest.mark.parametrize("rule, text, expected", [
    ("pii.sort_code", "pay me back, sort code 20-45-77 acc 41308822", ["20-45-77"]),
    ("pii.bank_account", "pay me back, sort code 20-45-77 acc 41308822", ["41308822"]),
    ("pii.bank_account", "account number 55779911, Monzo", ["55779911"]),
    ("pii.bank_card", "my card is 4111 1111 1111 1111 exp 09/27", ["4111 1111 1111 1111"]),
    ("pii.iban", "send the deposit to GB33 BUKB 2020 1555 5555 55 please", ["GB33 BUKB 2020 1555 5555 55"]),
    ("pii.ni_number", "my NI is qq 48 29 17 b for the payroll form", ["qq 48 29 17 b"]),
    ("pii.ni_number", "NI number AB123456C if HR ask", ["AB123456C"]),
    ("pii.passport_number", "passport number 533401372 expires in May", ["533401372"]),
    ("pii.passport_number", "my driving licence is MORGA753116SM9IJ", ["MORGA753116SM9IJ"]),
    ("pii.passport_number", "passport number for the residential trip form is 612873450, sorry it's late", ["612873450"]),
    # "passports" in the plural before the number
    ("pii.passport_number", "for the Amsterdam booking Kieran needs our passports, mine's 538271649 and it expires next May", ["538271649"]),
    ("pii.date_of_birth", "DOB 14/03/2003, need it for the form", ["14/03/2003"]),
    ("pii.date_of_birth", "I was born on 2nd May 2004 so I'm the baby", ["2nd May 2004"]),
])
def test_personal_numbers_are_caught_with_their_context(detect, rule, text, expected):
    assert spans_of(detect(text), rule) == expected


@pytest.mark.parametrize("rule, text", [
    ("pii.sort_code", "exam on 12-01-26 in the sports hall"),
    ("pii.bank_account", "order 12345678 has been dispatched"),
    ("pii.bank_card", "tracking number 4111 1111 1111 1112 arrives Tuesday"),
    ("pii.bank_card", "ISBN 978-1-4919-5017-8"),
    ("pii.iban", "GB33 BUKB 2020 1555 5555 56 has a wrong checksum"),
    ("pii.passport_number", "order 533401372 is late again"),
    ("pii.date_of_birth", "happy birthday Jess!! have the best day"),
    ("pii.date_of_birth", "Ada Lovelace was born on 10 December 1815"),
    ("pii.date_of_birth", "Library closed 24/12/2025, reopens 03/01/2026"),
])
def test_look_alike_numbers_are_left_alone(detect, rule, text):
    assert spans_of(detect(text), rule) == []


@pytest.mark.parametrize("pack, text, expected", [
    ("dmu-student", "new card: Farah Qureshi | P2540018 | valid till 06/2028", ["P2540018"]),
    ("derby-student", "Found a student ID: Lewis Marsh, 100623918, valid to 2025", ["100623918"]),
])
def test_student_numbers_follow_the_packs_formats(detect, pack, text, expected):
    assert spans_of(detect(text, pack=pack), "pii.student_id") == expected


def test_a_plain_nine_digit_number_needs_id_words(detect):
    assert spans_of(detect("tracking 100623918 says Tuesday", pack="derby-student"), "pii.student_id") == []


@pytest.mark.parametrize("pack, text, name", [
    ("dmu-student", "new card: Farah Qureshi | P2540018 | valid till 06/2028", "Farah Qureshi"),
    ("derby-student", "Anyone lost a student ID? Found: Lewis Marsh, 100623918, valid to 2025", "Lewis Marsh"),
    ("dmu-student", "Ring Dr Sarah Okafor on 07700 900461 about the flat", "Dr Sarah Okafor"),
    # a surname that also starts place names is still a surname
    ("dmu-student", "Ring Sarah West on 07700 900461 about the flat", "Sarah West"),
    ("dmu-student", "Plumber in West Bridgford? Ask Tom Little, 07700 900461", "Tom Little"),
    # a hall of residence, block and flat listed after the name
    ("dmu-student", "Mystery solved on who keeps taking the soldering irons. Dean Aldous, second year, Crowther Hall block C flat 12.", "Dean Aldous"),
])
def test_a_full_name_next_to_details_is_marked(detect, pack, text, name):
    assert spans_of(detect(text, pack=pack), "pii.person_with_details") == [name]


@pytest.mark.parametrize("text", [
    "Ring Sam on 07700 900461",
    "Lewis Hamilton won again, unreal",
    "Happy retirement to Brian from Security, 32 years on the front desk",
    "Any recommendations for a plumber in West Bridgford? Email dtaylor1975@example.com",
    "Society AGM with Dean Aldous in the chair: meeting in Crowther Hall room 12 at 3pm",
])
def test_first_names_and_names_without_details_are_not_marked(detect, text):
    assert spans_of(detect(text), "pii.person_with_details") == []


@pytest.mark.parametrize("text, expected", [
    ("my NHS number is 485 777 3456 if the surgery asks", ["485 777 3456"]),
    ("NHS no: 943-476-5919 for the registration form", ["943-476-5919"]),
    ("patient number 4857773456, ward 4", ["4857773456"]),
    ("order 485 777 3456 still hasn't arrived", []),
    ("the NHS is brilliant, 111 for advice", []),
    ("call 020 7946 0958 for the NHS trust", []),
])
def test_nhs_numbers_only_where_the_draft_says_so(detect, text, expected):
    assert spans_of(detect(text), "pii.nhs_number") == expected
