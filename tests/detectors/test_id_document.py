"""Identity documents typed out in a draft. Each row runs the real detector."""

from __future__ import annotations

import pytest

from second_thought.engine.detectors.id_document import IdDocumentDetector

from _category_helpers import STUDENT, assert_behaves, case_id

CARD = "id_document.transcribed_card"
MRZ = "id_document.passport_mrz"

ROWS = [
    # a card's fields typed out with separators, a bare "No." and a titled name with initials
    ("door keeps rejecting my staff card, it reads 'Dr K. Adebayo | Staff | No. 118204 | Zones A/D', who do I ask?", "staff", CARD),
    ("Room booking: LT4 | Weds | 2-4pm | Dr A. Patel, ref no. 220145", "staff", None),
    ("Found a student card outside the SU: Hannah Okafor, 21045567, expires 09/2027", "student", CARD),
    ("new staff ID 🪪 Dr Mark Bell | Staff No: 40021877 | valid until 31/07/2026", "student", CARD),
    ("Name: OLIVER GRANT\nPassport No: 533412789\nDate of birth: 14/02/2002\nNationality: BRITISH", "student", CARD),
    ("driving licence came! Priya Sharma, SHARM805142PS9AB, exp 2034 🚗", "student", CARD),
    ("P<GBRSMITH<<JOHN<PETER<<<<<<<<<<<<<<<<<<<<<\n5334127890GBR0202147M3002148<<<<<<<<<<<<<<06", "student", MRZ),
    # benign
    ("lost my student card again 😩 does anyone know where the replacement desk is", "student", None),
    ("my card got declined at Tesco and I wanted the floor to swallow me", "student", None),
    ("Order 48219930 arrived today, Royal Mail delivered it by 3pm", "student", None),
    ("remember to bring your student card to the exam, no card no entry", "student", None),
    ("passport renewal takes about 3 weeks now, apply early if you're travelling in summer", "student", None),
    # more phrasings, expected at category level
    ("FOUND: UoN staff card — Name: Gary Thompson, Staff No 50981234, Exp 08/2027. At main reception", "student", "id_document"),
    ("Surname: NOWAK / Given names: ANNA / Passport no. 123456789 / DOB 03.04.2001", "student", "id_document"),
    ("Student ID: 19283746 | Name: Kofi Mensah | Course: BSc Nursing | Expires 2027 — found by the bus stop", "student", "id_document"),
    ("ID found: Jordan Lee, Student No 20118765, DMU card exp 2026", "student", "id_document"),
    ("Nat's address is on her student card, here: Natalie Evans, 19/04/2003, ID 18273645", "student", "id_document"),
    ("Passport details for the trip form: Surname HUGHES, Given name OWEN, Passport No 987654321, Exp 12/2031", "student", "id_document"),
    ("Student ID 19876543, Megan Fox (no relation lol), expires Aug 2026 — found it in the SU", "student", "id_document"),
    ("Found this on the bus: UNIVERSITY OF DERBY | STUDENT | Aisha Begum | 100734521 | Valid to 07/2027", "student", "id_document"),
    ("my provisional licence: DAVIE905142JD9XY, James Davies, DOB 14/05/2002, lol the photo", "student", "id_document"),
    ("staff card: Dr Helen Ward, Staff ID 30045512, School of Law, expires 2028", "staff", "id_document"),
    ("BRP details for the form: name Chen Wei, BRP number ZX1234567, expiry 31/12/2026", "student", "id_document"),
    ("student card found: Name: Tom Riley, ID: 20019283, Course: BA History, exp 2026", "student", "id_document"),
    ("new staff card who dis 🪪 Prof Sarah Linton | 50072331 | exp 09/2029", "staff", "id_document"),
    ("Student No: 17283947, Name: Emily Watts, DOB: 02/03/2004 — found her card in the library", "student", "id_document"),
    # second round: phrasings from a fresh colleague-written set's situations, reworded
    ('my uni id for the form: 20451187, Priya Raman, MSc Data Science, valid until 09/2026', "student", 'id_document'),
    ('University ID 1298833 — Tom Baxter — Faculty of Arts — exp 2027, can someone print this for me', "student", 'id_document'),
    ('staff ID: 00123456 Dr Helen Moss, School of Nursing, expires 31/07/2027', "student", 'id_document'),
    ('provisional licence number SMITH808122JS9AB, Jack Smith, valid to 2034', "student", 'id_document'),
    ('got my licence! licence no MORRI701155EM8XY issued 14/03/2025 Emma Morris', "student", 'id_document'),
    ('driving licence: PATEL903035RK9LM, Ravi Patel, DOB 03/03/1990', "student", 'id_document'),
    ('lost my uni id again, 3rd time this term 🙄', "student", None),
    ('passed my driving test! full licence at last, first drive to Asda tomorrow', "student", None),
    ('my student ID number ends in 42 lol', "student", None),
    ('TV licence renewed for the flat, £169.50 this year', "student", None),
    ('Staff ID cards are being replaced on 12/05/2026, collect from reception in the Hugh Aston building', "student", None),
    # third round: a card described with its fields, a labelled short staff
    # number, fields typed with labels but no number, a licence by its shape,
    # a machine-readable line typed with too many fillers or only its second line
    ("[pic: my new student card — name, ID 200481736, expiry 06/2028] the photo is tragic", "student", "id_document"),
    ("Picked up a staff pass by the bins — 'Lena Holt, Estates, ID 7702194' — handing it to security", "staff", "id_document"),
    ("student card left on the bus: Ola Adeyemi-Ross, 21984406, Faculty of Business & Law — it's with the driver", "student", "id_document"),
    ("new lanyard day 😄 'Dr Ruth Penrose · Staff No. 004817 · School of Chemistry · Valid to 2030'", "staff", "id_document"),
    ("permit came through!! [image: residence permit, photo, permit number RK5518207, valid until 2028]", "student", "id_document"),
    ("typed my BRP out for the form: Surname ADEBAYO-CLARKE, Given names FOLA GRACE, DOB 03.11.1998, Nationality NIGERIAN", "student", "id_document"),
    ("licence arrived 🚗 Megan Price, DOB 09.05.2006, no. PRICE056096MP9AB", "student", "id_document"),
    ("is this normal? agent wants the bottom of my passport: P<GBRDAWSON<<AMY<ROSE<<<<<<<<<<<<<<<<<<<<<<<<<<", "student", "id_document"),
    ("second line of my passport if the form needs it: 7204519836GBR0211053F3307219", "student", "id_document"),
    ("my staff number is 004817, can HR update the payroll record", "staff", None),
    ("BRP appointment booked for Tuesday, bring your passport and the letter", "student", None),
    ("Faculty of Arts card printing moved to room 2.14, bring ID and your 2026 offer letter", "student", None),
    ("does the BRP card show your surname and nationality and date of birth or just the surname?", "student", None),
    # an attachment described in brackets
    ("[photo: my new staff badge] first one in years where I'm smiling", "staff", "id_document"),
    ("forgot my card, will this do for the register? [image: photo of my passport photo page]", "student", "id_document"),
    ("[photo of passport data page] do I look ten years older?", "student", "id_document"),
    ("[photo of the new library card design] so much better than the old one", "student", None),
    ("lost my student card again [pic: the replacement form]", "student", None),
    # fourth round: the side shown, an issuer's badge, cards named before the
    # bracket, a carousel post, a found passport's bare "no."
    ("[photo: back of my provisional licence] is the address readable enough for the form?", "student", "id_document"),
    ("day one on the ward 🩺 [photo: hospital ID badge — Student Nurse, R. Okafor, exp 07/27]", "student", "id_document"),
    ("uni card and NHS smartcard finally sorted [pic: both cards on my desk]", "student", "id_document"),
    ("my new student card vs the one from first year 😭 swipe to see the glow up", "student", "id_document"),
    ("Handed in at the SU desk: Spanish passport, GARRIDO Lucia, born 14 MAY 2004, no. PA4402918", "student", "id_document"),
    ("[photo: both cards from the secret santa] you lot are too kind", "student", None),
    ("[photo: the cards we printed for the bake sale]", "student", None),
    ("my uni card won't swipe at the gym again, third time this week", "student", None),
    ("passport photos done, no. 3 on the list for the booth tomorrow", "student", None),
]


@pytest.fixture(scope="module")
def detector() -> IdDocumentDetector:
    return IdDocumentDetector()


@pytest.mark.parametrize("row", ROWS, ids=[case_id(r) for r in ROWS])
def test_id_document(detector, row):
    assert_behaves(detector, "id_document", *row)


def test_the_warning_covers_the_typed_card_fields(detector):
    text = "Found a student card outside the SU: Hannah Okafor, 21045567, expires 09/2027"
    [d] = [d for d in detector.detect(text, STUDENT) if d.category == "id_document"]
    assert "21045567" in text[d.start:d.end]


@pytest.mark.parametrize(
    "text,rule,number",
    [
        ("Found a student card outside the SU: Hannah Okafor, 21045567, expires 09/2027", "pii.student_id", "21045567"),
        ("passport renewed!!!\nP<GBRHALLORAN<<NIAMH<<<<<<<<<<<<<<<<<<<<<<<<\n5340982172GBR0408127F3101149<<<<<<<<<<<<<<02",
         "pii.passport_number", "534098217"),
        ("new licence came 🎉 Name: Aled Price, licence no PRICE805127AP9XY, valid to 2034", "pii.passport_number",
         "PRICE805127AP9XY"),
    ],
)
def test_the_readable_number_of_a_shown_document_is_personal_data(detector, text, rule, number):
    """LABELLING.md: id_document "+ personal_data when a number is readable"."""
    found = detector.detect(text, STUDENT)
    assert {d.category for d in found} == {"id_document", "personal_data"}
    [d] = [d for d in found if d.category == "personal_data"]
    assert (d.rule, text[d.start:d.end]) == (rule, number)


def test_mentioning_a_card_gives_no_number(detector):
    assert detector.detect("lost my student card again, third time this term", STUDENT) == []
