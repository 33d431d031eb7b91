"""Wider phrasings of the category situations, and look-alikes that stay quiet.

Each row runs the real detector on a draft worded differently from the rule
examples: other people, places, numbers, word orders and abbreviations.
"""

from __future__ import annotations

import pytest

from second_thought.engine.detectors.academic_misconduct import AcademicMisconductDetector
from second_thought.engine.detectors.assessment_material import AssessmentMaterialDetector
from second_thought.engine.detectors.complaint_or_legal import ComplaintOrLegalDetector
from second_thought.engine.detectors.confidential import ConfidentialDetector
from second_thought.engine.detectors.consent_media import ConsentMediaDetector
from second_thought.engine.detectors.copyright import CopyrightDetector
from second_thought.engine.detectors.defamation import DefamationDetector
from second_thought.engine.detectors.id_document import IdDocumentDetector
from second_thought.engine.detectors.impersonation import ImpersonationDetector
from second_thought.engine.detectors.location import LocationDetector
from second_thought.engine.detectors.professional_conduct import ProfessionalConductDetector
from second_thought.engine.detectors.speaking_for_university import SpeakingForUniversityDetector

from _category_helpers import assert_behaves

DETECTORS = {
    "academic_misconduct": AcademicMisconductDetector(),
    "assessment_material": AssessmentMaterialDetector(),
    "complaint_or_legal": ComplaintOrLegalDetector(),
    "confidential": ConfidentialDetector(),
    "consent_media": ConsentMediaDetector(),
    "copyright": CopyrightDetector(),
    "defamation": DefamationDetector(),
    "id_document": IdDocumentDetector(),
    "impersonation": ImpersonationDetector(),
    "location": LocationDetector(),
    "professional_conduct": ProfessionalConductDetector(),
    "speaking_for_university": SpeakingForUniversityDetector(),
}

# (category, text, role, expected rule or category; None = stays quiet)
ROWS = [
    # impersonation
    ("impersonation", "emailed my seminar tutor as if I were Priya so she wouldn't lose marks for missing it", "student", "impersonation.posing_as"),
    ("impersonation", "made a tinder under my housemate's real name lmao the matches are rolling in", "student", "impersonation.posing_as"),
    ("impersonation", "signed the register for most of my flatmates this morning, they were all hungover", "student", "impersonation.forms_as_others"),
    ("impersonation", "scanned in with Jake's student card for the 9am seminar cos he was still in bed", "student", "impersonation.forms_as_others"),
    ("impersonation", "replying on behalf of Lewis who has no idea I'm on his laptop 😂", "student", "impersonation"),
    ("impersonation", "screenshot from yesterday's zoom call, the cat walked across the keyboard 😂", "student", None),
    ("impersonation", "posting for my sister with her permission: she's looking for a flat in Clarendon Park", "student", None),
    # location
    ("location", "my housemate's on her own at the Aldi on Belgrave Road till 10 tonight, go say hi", "student", "location"),
    ("location", "heading home alone now through Abbey Park, should be back in 15", "student", "location.live"),
    ("location", "staying on my own in room 14 of the Holiday Inn on St Nicholas Circle till sunday", "student", "location.live"),
    ("location", "Dr Morley always eats in the Food Village on campus from 1 till 2, that's where you'll catch her", "student", "location.someone_else"),
    ("location", "walking home alone at night is the worst, stay safe everyone", "student", None),
    ("location", "Home Alone 2 is on ITV tonight, best of the films", "student", None),
    ("location", "Revision session in room 0.21 from 2pm, all welcome", "student", None),
    # defamation
    ("defamation", "everyone says Chloe only passed because she's sleeping with our personal tutor", "student", "defamation.unverified_claim"),
    ("defamation", "apparently Dr Fenwick plagiarised chunks of his monograph from a masters student", "student", "defamation.unverified_claim"),
    ("defamation", "my manager at the Crown faked his timesheets for months and nobody noticed, trust me", "student", "defamation.unverified_claim"),
    ("defamation", "the wifi routers in halls are what's making everyone sick, wake up", "student", "defamation.misinformation"),
    ("defamation", "the booster they give at the pharmacy contains tracking chips", "student", "defamation.misinformation"),
    ("defamation", "I plagiarised my own notes by accident lol, is that even possible", "student", None),
    ("defamation", "reading his book on the history of plagiarism for my seminar", "student", None),
    # copyright
    ("copyright", "got the ebook of Atkins' Physical Chemistry 11th edition, dm me and I'll send it over", "student", "copyright.whole_work"),
    ("copyright", "banner is an image I found on some random artist's portfolio, using it for our society page", "student", "copyright.uncredited_image"),
    ("copyright", "that Statista dataset costs £500 to access, I've got it, sending it to anyone who wants it", "student", "copyright.whole_work"),
    ("copyright", "reposting this illustrator's cartoons on our meme page, didn't ask but it's fine lol", "student", "copyright.uncredited_image"),
    ("copyright", "Dr Ahmed's lecture slides for the whole term are in the group chat now 👇", "student", "copyright.lecture_slides"),
    ("copyright", "the ebook of the 9th edition is free through the library, log in with your uni account", "student", None),
    ("copyright", "Dr Ahmed's slides are on Blackboard for anyone who missed the lecture", "student", None),
    # consent_media
    ("consent_media", "recording from this morning's team meeting, listen from 12:40 when the head of school loses it", "staff", "consent.covert_recording"),
    ("consent_media", "the tutor's lecture recordings from last term are zipped on my drive, dm for the link", "student", "consent_media"),
    ("consent_media", "the officially published video of the graduation ceremony is on the uni channel", "student", None),
    # confidential
    ("confidential", "For internal use only: our school's applications are down 30%, please do not circulate", "staff", "confidential.unannounced"),
    ("confidential", "the restructure of Law goes ahead, staff will be told formally next Tuesday", "staff", "confidential.unannounced"),
    ("confidential", "module board papers show half the cohort failing the stats module, grades come out Monday", "staff", "confidential.internal_results"),
    ("confidential", "my API token is in the env file for the group project, don't share", "student", None),
    # complaint_or_legal
    ("complaint_or_legal", "I've been accused of collusion on my dissertation and the panel is next Wednesday", "student", "complaint.proceedings"),
    ("complaint_or_legal", "we're going to the papers about the asbestos in our building, management won't act", "staff", "complaint.whistleblowing"),
    ("complaint_or_legal", "worst organised uni ever, fourth room change this term and nobody at timetabling replies", "student", "complaint.public_grievance"),
    ("complaint_or_legal", "how does the academic misconduct panel work? asking for my law essay", "student", None),
    # speaking_for_university
    ("speaking_for_university", "the closure of the music department is being badly managed and management haven't listened to anyone", "staff", "speaking.staff_no_disclaimer"),
    ("speaking_for_university", "my own views: the closure of the music department is being badly managed", "staff", None),
    # professional_conduct
    ("professional_conduct", "I only reply to emails from the students who are nice to me in seminars", "staff", "conduct.favouritism"),
    ("professional_conduct", "nudged my dissertation student's grade up a couple of marks because I like her", "staff", "conduct.favouritism"),
    ("professional_conduct", "my grade got bumped up after the second marking, so relieved", "student", None),
    # assessment_material
    ("assessment_material", "my full answers for the fluids problem sheet 3 if anyone wants to compare: 1) 4.2 m/s 2) 0.3 bar", "student", "assessment.own_answers"),
    ("assessment_material", "class test questions from memory: 1) define entropy 2) sketch a PV diagram", "student", "assessment.exam_questions"),
    ("assessment_material", "my essay conclusion for the criminology module since a few of you asked: 'In conclusion, ...'", "student", "assessment.own_answers"),
    ("assessment_material", "can u send the answer to q4 of the online quiz pls", "student", None),
    ("assessment_material", "my answers to the pub quiz were tragic, we came last", "student", None),
    # academic_misconduct
    ("academic_misconduct", "we wrote the individual lab reports together and swapped a few words, the marker won't notice", "student", "misconduct.collusion"),
    ("academic_misconduct", "test is open till 5, send me pics of your answers once you're done", "student", "misconduct.request_answers"),
    ("academic_misconduct", "marker will never know how hungover I was in that seminar", "student", None),
    # id_document
    ("id_document", "scan of my provisional licence attached for the van hire", "student", "id_document.shown_card"),
    ("id_document", "the letting agent asked me for a copy of my passport, is that normal?", "student", None),
    ("id_document", "lost my student card on the bus, anyone seen it?", "student", None),
    # second round: gaps shown by a second self-written batch
    ("id_document", "front and back of my provisional for the bar: Amy Clarke, CLARK755123AC9XY", "student", "id_document"),
    ("assessment_material", "the pharmacology paper: section B had 'outline the adverse effects of opioids' and then a dosing calculation", "student", "assessment.exam_questions"),
    ("assessment_material", "the questions on today's sociology exam were: 'Is class still relevant?' and one on Durkheim", "student", "assessment.exam_questions"),
    ("assessment_material", "my code for the CW2 linked list task, paste it in if you're stuck", "student", "assessment.own_answers"),
    ("academic_misconduct", "anyone else on the 2pm chem quiz? stuck on q8 and 9, help pls", "student", "misconduct.request_answers"),
    ("academic_misconduct", "facetime me during friday's online test and we'll get through it", "student", "misconduct.collusion"),
    ("academic_misconduct", "can the proctoring software see if I've got notes stuck behind the webcam? asking for a friend", "student", "misconduct.evasion"),
    ("academic_misconduct", "the 9am group said it's all about the cardiac cycle, revise that for the afternoon sitting", "student", "misconduct.tip_off"),
    ("academic_misconduct", "does anyone have old marked essays from the 2nd year module? want to base my essay on one", "student", "misconduct.collusion"),
    ("academic_misconduct", "stuck on question 3 of the problem sheet, any hints?", "student", None),
    ("defamation", "the kebab van outside Fire serves week-old chicken, trust me", "student", "defamation.unverified_claim"),
    ("defamation", "boosters are giving young women blood clots and nobody will admit it", "student", "defamation.misinformation"),
    ("confidential", "the campus in Corby is closing in 2027, comms haven't gone out yet", "staff", "confidential.unannounced"),
    ("confidential", "study participant 7 (the nurse from Wigston) withdrew after a heart attack", "staff", "confidential.participants"),
    ("confidential", "some of my students think plagiarism is fine if it's from wikipedia", "staff", None),
    ("complaint_or_legal", "my complaint has gone to the ombudsman now, the uni ignored every email", "student", "complaint.proceedings"),
    ("speaking_for_university", "Official statement from the University of Derby: all lectures are cancelled tomorrow", "student", "speaking.official_claim"),
    ("speaking_for_university", "The uni's new AI detection policy is surveillance, plain and simple", "staff", "speaking.staff_no_disclaimer"),
    ("consent_media", "video of the fight outside the SU, you can see their faces clearly, posting it on tiktok", "student", "consent.no_consent"),
    ("consent_media", "voice note of my housemate having a proper meltdown about her ex 😂", "student", "consent.no_consent"),
    ("consent_media", "the lecturer uploaded the recording to Blackboard, rewatching it now", "student", None),
    ("location", "my girlfriend walks home alone from the Curve every night at 11", "student", "location.someone_else"),
    ("location", "parents away all week, the whole flat is mine 🎉", "student", "location.home_alone"),
    ("impersonation", "told the bank I was my mum to move money around, easy", "student", "impersonation.posing_as"),
    ("impersonation", "posted a status on my flatmate's facebook while he was in the shower lol", "student", "impersonation"),
    ("copyright", "put a Pixar character on our society hoodies, selling them at £20", "student", "copyright.uncredited_image"),
    ("copyright", "here's my 68% essay, full pdf in the drive", "student", None),
    ("professional_conduct", "gave the easiest projects to the students in my own seminar group, obviously", "staff", "conduct.favouritism"),
    ("professional_conduct", "the admin staff in this faculty are a waste of space", "staff", "conduct.criticising_colleagues"),
    ("professional_conduct", "@jess_student stop emailing me about your extension, I've answered it twice", "staff", "conduct.criticising_students"),
    ("professional_conduct", "only putting my favourite students forward for the awards this year", "staff", "conduct.favouritism"),
    ("professional_conduct", "stop emailing me, recruiters, I'm not looking for a job", "staff", None),
    # third round: gaps shown by a third self-written batch
    ("academic_misconduct", "anyone in the 11am stats quiz know the answer to the one about p-values?? quick", "student", "misconduct.request_answers"),
    ("academic_misconduct", "I can write your lab report for a fiver, done loads of them", "student", "misconduct.essay_mill"),
    ("academic_misconduct", "swap every third word using a thesaurus and the turnitin score barely registers", "student", "misconduct.evasion"),
    ("academic_misconduct", "for the afternoon lot: questions were on glycolysis and the lac operon 😉", "student", "misconduct.tip_off"),
    ("academic_misconduct", "we've been passing round answers to the weekly blackboard quizzes since october", "student", "misconduct.request_answers"),
    ("academic_misconduct", "hiding notes up my sleeve for the exam, they never check", "student", "misconduct.request_answers"),
    ("academic_misconduct", "my python coursework is in the chat, just change the variable names", "student", "misconduct.collusion"),
    ("academic_misconduct", "invigilators confiscated a smartwatch in our exam today, wild", "student", None),
    ("defamation", "the barber on Narborough Road sells weed out of the back room", "student", "defamation.unverified_claim"),
    ("defamation", "the club captain spent £500 of the team budget on a lads holiday", "student", "defamation.unverified_claim"),
    ("defamation", "the government is secretly adding sedatives to the water to keep us compliant, look it up", "student", "defamation.misinformation"),
    ("defamation", "my flatmate keeps stealing my parking space, so annoying", "student", None),
    ("confidential", "early mark distributions for the level 5 modules look grim, not going out until the board", "staff", "confidential.internal_results"),
    ("confidential", "grant proposal I'm reviewing wants £2m for a method that doesn't work", "staff", "confidential.peer_review"),
    ("complaint_or_legal", "I flagged the data falsification to the funders because the department swept it under the carpet", "staff", "complaint.whistleblowing"),
    ("speaking_for_university", "as president of the chess society I can confirm the university fully backs our tournament", "student", "speaking.official_claim"),
    ("speaking_for_university", "our management only cares about league tables, not the students", "staff", "speaking.staff_no_disclaimer"),
    ("consent_media", "filmed my roommate sleep-talking about her crush, posting it later", "student", "consent.no_consent"),
    ("consent_media", "snapped a pic of the lad who fell asleep in the library and put it in the group chat", "student", "consent.no_consent"),
    ("consent_media", "her private pics are still in my camera roll, might send them round", "student", "consent.intimate_image"),
    ("location", "on the night bus home alone, phone on 3%, top deck", "student", "location.live"),
    ("location", "housemates haven't moved in yet so it's just me in the house on Hartopp Road", "student", "location.home_alone"),
    ("location", "my gran is home by herself all weekend while we're away", "student", "location.someone_else"),
    ("location", "my spot for the afternoon: Greenwood library 2nd floor, come find me", "student", "location.live"),
    ("location", "never take the night bus alone, stay safe everyone", "student", None),
    ("impersonation", "signed Jake into the 10am seminar again, he owes me", "student", "impersonation.forms_as_others"),
    ("impersonation", "declined my brother's interview invite for him on the portal, he didn't want it anyway", "student", "impersonation.posing_as"),
    ("impersonation", "made a fake email as my supervisor to approve my own ethics form", "student", "impersonation.posing_as"),
    ("impersonation", "logged into my housemate's deliveroo and ordered 10 pizzas to his work lol", "student", "impersonation.posing_as"),
    ("impersonation", "started a parody insta for my dog, he has 300 followers", "student", None),
    ("copyright", "filmed the whole comedy special from start to finish, it's going on youtube", "student", "copyright.pirated"),
    ("copyright", "took some shots off a local artist's portfolio site for our flyer", "student", "copyright.uncredited_image"),
    ("professional_conduct", "to the student who walked out of my seminar today: you won't pass with that attitude", "staff", "conduct.criticising_students"),
    ("professional_conduct", "my office mate is an arrogant nightmare, can't wait for him to leave", "staff", "conduct.criticising_colleagues"),
    ("professional_conduct", "to the students who volunteered at open day: thank you, you were brilliant", "staff", None),
    ("id_document", "my staff ID is in the photo below for the car park form", "staff", "id_document.shown_card"),
    ("assessment_material", "the history oral asked me to evaluate the causes of the 1926 general strike", "student", "assessment.exam_questions"),
    ("assessment_material", "the finance exam had a question on whether dividends matter, loved it", "student", "assessment.exam_questions"),
    ("assessment_material", "put all my second year essays on studocu, help yourselves", "student", "assessment.own_answers"),
    ("assessment_material", "the test had us all sweating but we got through it", "student", None),
    # fourth round: gaps shown by a fourth self-written batch
    ("id_document", "RAHMAN, AYESHA | 22019876 | Law | valid to 06/2027, my student ID lol", "student", "id_document.transcribed_card"),
    ("id_document", "screenshot of my biometric residence permit attached for the landlord 👇", "student", "id_document.shown_card"),
    ("assessment_material", "the 25 mark question in the marketing exam was 'critically assess the 4Ps for a start-up'", "student", "assessment.exam_questions"),
    ("assessment_material", "solutions for this week's assessed worksheet: 1) 3.2 2) 17 3) 0.4, lmk if you got the same", "student", "assessment.own_answers"),
    ("assessment_material", "my dissertation got 74 so it's on my medium now, have a read", "student", "assessment.own_answers"),
    ("academic_misconduct", "just pay someone on fiverr to write your essay, it's what everyone does", "student", "misconduct.essay_mill"),
    ("academic_misconduct", "ran my report through two paraphrasers and turnitin came back at 3%", "student", "misconduct.evasion"),
    ("academic_misconduct", "whoever's sitting it this afternoon: revise the krebs cycle 👀", "student", "misconduct.tip_off"),
    ("academic_misconduct", "we did the 'individual' reflection in one shared doc and split it", "student", "misconduct.collusion"),
    ("defamation", "the garage on Welford Road deliberately overcharges students, my mate's dad says", "student", "defamation.unverified_claim"),
    ("defamation", "phone masts by the library are why everyone has headaches, do your own research", "student", "defamation.misinformation"),
    ("confidential", "attaching the draft audit report for the team before it goes to the board", "staff", "confidential.unannounced"),
    ("confidential", "the family I visited on my social work placement are having their kids taken into care", "student", "confidential.placement"),
    ("complaint_or_legal", "DMU has taken 5 months to answer my complaint and still hasn't told me anything", "student", "complaint.public_grievance"),
    ("complaint_or_legal", "started ACAS early conciliation against the university this week", "staff", "complaint.proceedings"),
    ("speaking_for_university", "on behalf of everyone at De Montfort, we apologise for the fire alarm chaos", "student", "speaking.official_claim"),
    ("consent_media", "got a video of the drunk couple fighting outside the SU, it's on 20k views already", "student", "consent.no_consent"),
    ("consent_media", "hid my phone in the meeting and recorded my manager the whole time", "staff", "consent.covert_recording"),
    ("consent_media", "our tutor said we can record seminars for personal revision as long as we don't share them", "student", None),
    ("consent_media", "I filmed myself in the shower singing, cringe", "student", None),
    ("location", "my sister's at the library on her own till midnight most nights, go keep her company", "student", "location"),
    ("location", "my flat in block F is empty all week while I'm home, if anyone needs a place", "student", "location.home_alone"),
    ("impersonation", "entered the competition 10 times under my flatmates' names lol", "student", "impersonation.forms_as_others"),
    ("impersonation", "replying to my girlfriend's work emails for her while she's away, she doesn't know", "student", "impersonation"),
    ("copyright", "restreaming the UFC fight on my twitch channel tonight, free", "student", "copyright.pirated"),
    ("copyright", "copied the whole FT piece below since it's behind a paywall", "student", "copyright.whole_work"),
    ("professional_conduct", "this year's second years are the laziest bunch I've ever taught", "staff", "conduct.criticising_students"),
    ("professional_conduct", "this year's second years are the brightest group I've ever taught", "staff", None),
    ("professional_conduct", "making sure my own tutees get the first pick of placements, the rest can wait", "staff", "conduct.favouritism"),
    ("professional_conduct", "to the first year who slept through my lecture: I saw you", "staff", "conduct.criticising_students"),
    ("professional_conduct", "to the student who helped me carry the projector: thank you!", "staff", None),
    # fifth round: gaps shown by a fifth self-written batch
    ("id_document", "took a pic of both sides of my national ID card for the bank, sending it over", "student", "id_document.shown_card"),
    ("assessment_material", "typed up my answers from the histology spotter for anyone resitting: 1 kidney 2 liver", "student", "assessment.own_answers"),
    ("assessment_material", "the mock and the real paper had the same two questions: derive the Euler-Lagrange equation and the pendulum one", "student", "assessment.exam_questions"),
    ("academic_misconduct", "anyone willing to do my accounting coursework? will pay", "student", "misconduct.essay_mill"),
    ("academic_misconduct", "it's the same paper as the main sitting, I kept photos of the questions, dm me before your resit", "student", "misconduct.tip_off"),
    ("defamation", "our PI has been passing off his postdocs' findings as his own for years", "student", "defamation.unverified_claim"),
    ("defamation", "the chippy near campus was caught selling horse meat, everyone knows", "student", "defamation.unverified_claim"),
    ("defamation", "turmeric supplements cure arthritis, doctors just won't tell you", "student", "defamation.misinformation"),
    ("confidential", "our paper isn't even submitted yet but the data show the drug halves relapse", "staff", "confidential.unannounced"),
    ("confidential", "results will be released via the portal on 3 July", "staff", None),
    ("complaint_or_legal", "been waiting since september for my reasonable adjustments, the uni has completely failed me", "student", "complaint.public_grievance"),
    ("complaint_or_legal", "raised the asbestos issue a dozen times, next step is the HSE", "staff", "complaint.whistleblowing"),
    ("speaking_for_university", "De Montfort University official statement: we will not tolerate the protest", "student", "speaking.official_claim"),
    ("speaking_for_university", "'no more 9ams' is my official statement", "student", None),
    ("location", "waiting alone at the bus station, next bus isn't for 40 minutes", "student", "location.live"),
    ("location", "my tutor lives on Clarendon Park Road, the house with the red door at number 22", "student", "location.someone_else"),
    ("location", "Dad's home alone this week so I'm going back to keep him company", "student", None),
    ("impersonation", "been running my brother's instagram for months, he never logged out on my laptop lol", "student", "impersonation.account_use"),
    ("impersonation", "got my cousin to sit my IELTS for me, he's fluent", "student", "impersonation.posing_as"),
    ("copyright", "our club hoodies have a Pokemon character on the back, selling them at £25", "student", "copyright.uncredited_image"),
    ("copyright", "reposted that illustrator's drawings on our page, didn't tag her", "student", "copyright.uncredited_image"),
    ("professional_conduct", "the third years have the attention span of goldfish", "staff", "conduct.criticising_students"),
    ("professional_conduct", "the only student worth teaching in that group is Omar, the rest are passengers", "staff", "conduct.favouritism"),
    # sixth round: gaps shown by a sixth self-written batch
    ("id_document", "is this your staff card? Tom Reid, Staff ID 00451290, Estates, left in the lift", "staff", "id_document.transcribed_card"),
    ("academic_misconduct", "whoever is on the 11am stats quiz: it's all regression, revise that", "student", "misconduct.tip_off"),
    ("academic_misconduct", "anyone got the graded reports from last year for the marketing module? will pay", "student", "misconduct.collusion"),
    ("defamation", "that tutor only passes students who suck up to him, ask around", "student", "defamation.unverified_claim"),
    ("defamation", "the estate agent on London Road forged my tenancy documents", "student", "defamation.unverified_claim"),
    ("complaint_or_legal", "three weeks since I reported the broken lock to the uni and nothing has happened", "student", "complaint.public_grievance"),
    ("speaking_for_university", "We will no longer be offering the foundation year from next September.", "staff", "speaking.staff_official_decision"),
    ("speaking_for_university", "we are running the staff choir again next term, all welcome", "staff", None),
    ("consent_media", "downloaded the teams recording of our seminar and forwarded it to a friend", "student", "consent.learning_platform"),
    ("consent_media", "recorded my neighbours rowing through the wall, so funny", "student", "consent.no_consent"),
    ("location", "my ex goes to the gym every morning at 6, if anyone wants to bump into him 😏", "student", "location.someone_else"),
    ("impersonation", "changed my roommate's bio to 'I love maths' while she was asleep lol", "student", "impersonation.posing_as"),
    ("impersonation", "doing the weekly attendance check-in for my mate using his login", "student", "impersonation.forms_as_others"),
    ("impersonation", "pretending to be the hall warden on whatsapp to scare the freshers", "student", "impersonation.posing_as"),
    ("impersonation", "messaged the agency as my dad to speed things up, he'll never find out", "student", "impersonation.posing_as"),
    ("impersonation", "emailed the council as my landlord refused to sort the bins", "student", None),
    ("copyright", "my ebooks are DRM-free now, whole library in a shared folder", "student", "copyright.pirated"),
    ("copyright", "sharing the full text of the FT article below since it's paywalled", "student", "copyright.whole_work"),
    ("professional_conduct", "these lab reports read like they were written by a 10 year old", "staff", "conduct.criticising_students"),
    ("professional_conduct", "our timetabling team is a disgrace", "staff", "conduct.criticising_colleagues"),
]


def _id(row: tuple) -> str:
    category, text, role, expected = row
    return f"{category} {role} {'warns' if expected else 'quiet'}: {text[:50]}"


@pytest.mark.parametrize("row", ROWS, ids=[_id(r) for r in ROWS])
def test_wider_phrasings(row):
    category, text, role, expected = row
    assert_behaves(DETECTORS[category], category, text, role, expected)
