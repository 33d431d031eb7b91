"""Hard negatives: ordinary drafts no category detector should warn about.

Every detector of these categories runs on every row (real detectors, no mocks).
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

from _category_helpers import ROLES

DETECTORS = [AcademicMisconductDetector, AssessmentMaterialDetector, ComplaintOrLegalDetector, ConfidentialDetector,
             ConsentMediaDetector, CopyrightDetector, DefamationDetector, IdDocumentDetector, ImpersonationDetector,
             LocationDetector, ProfessionalConductDetector, SpeakingForUniversityDetector]

BENIGN = [
    ("exam in 2 hours, wish me luck 🍀", "student"),
    ("the exam is 2 hours, 3 questions, answer any 2 — from the module handbook", "student"),
    ("got a first on my essay!!! 🥳🥳", "student"),
    ("Past paper answers are on the module page, use them to check your revision", "student"),
    ("Anyone want to form a study group for the stats exam?", "student"),
    ("Can anyone explain how the extenuating circumstances process works?", "student"),
    ("the SU advice centre helped me write my appeal, honestly amazing", "student"),
    ("Our research on dementia care was published today in the BMJ 🎉", "staff"),
    ("The university has announced a £5m investment in the library, announced this morning", "staff"),
    ("Open day this Saturday! Come and see the campus, 10am–3pm, all welcome", "staff"),
    ("Vacancy: Lecturer in Criminology, apply via the university jobs page by 30 June", "staff"),
    ("Proud to be part of a team that supports our students so well", "staff"),
    ("Our department bake sale raised £400 for charity!", "staff"),
    ("the university logo is on the front of the building now, looks smart", "student"),
    ("photos from the graduation, all shared with permission 🎓", "student"),
    ("lecture slides are on Blackboard under week 5", "student"),
    ("I'm in the library if anyone needs me", "student"),
    ("meet at the SU bar at 8 for the society social?", "student"),
    ("Society social tonight at The Phoenix, 8pm, everyone welcome 🍻", "student"),
    ("just finished a 5k run round Abbey Park", "student"),
    ("Posting for my housemate who's in hospital (she asked me to): thank you for the messages", "student"),
    ("Check out the open access version of the paper on the repository", "staff"),
    ("I recorded my own podcast about study tips, link in bio", "student"),
    ("my lecturer said the lecture will be recorded and put on Replay", "student"),
    ("the government should fund universities properly, this is a national disgrace", "staff"),
    ("Supermarket delivery was late again, Tesco you're useless", "student"),
    ("students, remember to complete the NSS, your feedback matters", "staff"),
    ("selling my calculator and lab coat, barely used", "student"),
    ("happy birthday to my favourite flatmate 🎂", "student"),
    ("whoever parked across the disabled bay by Hawthorn, please move", "student"),
    ("the new student card design is nice, shame about the photo", "student"),
    ("Sharing our society's official statement on the cost of living, signed by the committee", "student"),
    ("As a lecturer I think the new A-level syllabus is brilliant", "staff"),
    ("I'll be at the careers fair all day tomorrow at the DMU stand, come chat", "staff"),
    ("hint: the library has a free printing allowance, use it", "student"),
    ("reviewing my PhD chapters this weekend, wish me luck", "staff"),
    ("the exam board meets on Thursday, results out on the 14th", "staff"),
    ("Best kebab shop near uni? the one on London Road is great", "student"),
    ("Heard the new Greggs opens on Monday!!", "student"),
    ("the whole textbook is available as an ebook through the library", "student"),
    ("downloaded the lecture slides from Blackboard to revise on the train", "student"),
    ("My colleagues in the School of Law are brilliant, great workshop today", "staff"),
    ("Marking season: 120 scripts to go, send coffee ☕", "staff"),
    ("my students are the best, thank you for the card 💐", "staff"),
    ("today's viva: they asked me to justify my sample size and why I didn't use mixed methods", "student"),
    ("passed all my modules!! second year here I come 🎉", "student"),
    ("top tip: active recall and spaced repetition saved my exam season", "student"),
    ("does anyone know if we get a formula sheet in the stats exam?", "student"),
    ("Past papers for all modules are on the library website: library.example.ac.uk/pastpapers", "student"),
    ("Room change: Thursday's tutorial is now in Clephan 2.03", "student"),
    ("Office hours this term: Mondays 10–12, Kimberlin 1.14, no appointment needed", "staff"),
    ("Volleyball club meets every Wednesday 6–8pm in the sports hall, beginners welcome", "student"),
    ("Lovely view from the top of the Wrekin today — 52.6856, -2.5484 if you fancy the walk", "student"),
    ("Photos from the open day are up on the department page, all participants consented", "staff"),
    ("Missed the lecture? The official recording is on Panopto under Week 4", "student"),
    ("we use Teams for group meetings and Blackboard for submissions", "student"),
    ("This CC BY textbook on linear algebra is brilliant and free: link", "student"),
    ("Press release: University secures £1.2m from UKRI for quantum sensing", "staff"),
    ("Delighted our paper is now published in The Lancet! Open access link below", "staff"),
    ("If you're unhappy with your mark, speak to your personal tutor or read the appeals guidance", "student"),
    ("What's the process for requesting an extension? first time asking", "student"),
    ("Big thank you to the wellbeing team, they've been amazing this year", "student"),
    ("Rent is too high everywhere, the government needs to regulate landlords", "student"),
    ("Domino's got my order wrong again, third time this month 🙄", "student"),
    ("Posting this for my flatmate (with her permission!): she's looking for a room from September", "student"),
    ("that Boris parody account is hilarious", "student"),
    ("exam done, going straight to the pub 🍻", "student"),
    ("I'm at the library till 6 if anyone in my group wants to work on the presentation", "student"),
    ("Congratulations to Dr Amina Yusuf on her promotion to Professor!", "staff"),
    ("Our department has a new coffee machine and I'm very happy about it", "staff"),
    ("Reading the new government white paper on HE funding, some interesting proposals", "staff"),
    ("Really proud of our students who organised the charity gala, well done all!", "staff"),
    ("Tips for new lecturers: keep slides simple and pause for questions", "staff"),
    ("Heads up: the car park by the library is closed on Friday for resurfacing", "staff"),
    ("Anyone know a good solicitor for a tenancy dispute with a private landlord?", "student"),
    ("the new pizza place on campus is class, go try it", "student"),
    ("my flatmate filmed our cooking disaster and we're all dying 😂 (she said I could post it)", "student"),
    ("honestly my supervisor is the best, so supportive", "student"),
    ("we're announcing the winners of the photo competition next week!", "staff"),
    ("the society's statement on the cost of living, from the committee, is below", "student"),
    ("The library has the full textbook as an ebook, just log in with your uni account", "student"),
    ("I'd recommend this module to anyone interested in criminology", "student"),
    ("lost my student ID near the Hugh Aston building, if found please hand in to reception", "student"),
    ("confidential counselling is available 24/7 through the uni's helpline", "student"),
    ("the tender chicken at the new place is unreal", "student"),
    ("uploading my holiday pics from Greece 🇬🇷", "student"),
    ("Dr Khan posted the lecture slides on Blackboard, they're really clear", "student"),
    ("I'll be in my office all afternoon marking if any of my tutees want to pop by", "staff"),
    ("strike action next week: lectures cancelled Mon–Wed, check your email for updates", "student"),
    ("the uni announced today that exams will be online this year", "student"),
    ("heard the SU bar is doing £2 pints on Friday 🍺", "student"),
    ("finished my last exam ever!!! 🎓🎓🎓", "student"),
    ("Marks are out! Got a 2:1 overall, crying happy tears", "student"),
    ("The exam timetable is published on the student portal, check your rooms", "student"),
    ("Remember: calculators must be on the approved list for the maths exam", "student"),
    ("past papers + mark schemes are on the library page, link in the module handbook", "student"),
    ("Anyone want to swap notes on the reading for week 5? Happy to share my summaries", "student"),
    ("study group Thursday 4pm, Room 2.04, bring the textbook", "student"),
    ("How long does an academic appeal usually take to hear back?", "student"),
    ("If you're worried about a mark, the SU advice team can help with the appeals process", "student"),
    ("honestly the uni library is amazing, open 24/7 in exam season", "student"),
    ("Rail strikes again, how am I meant to get to campus 😩", "student"),
    ("Landlords in this city are a nightmare, the council should do something", "student"),
    ("Costa on campus got my order wrong, it's fine, still love them", "student"),
    ("congrats to the netball team for winning the league!", "student"),
    ("our band is playing at the SU on Friday, 8pm, free entry", "student"),
    ("Meet at the main entrance at 10 for the field trip, coach leaves at 10:15", "student"),
    ("Drop-in sessions with the library team every Wednesday 1-3pm in the atrium", "staff"),
    ("Photo of our lab team at the conference, everyone happy for it to be shared 😊", "staff"),
    ("Just published: our open access report on housing and student wellbeing", "staff"),
    ("The University has announced a new scholarship for care leavers, see the website", "staff"),
    ("I'm proud to work here, we have amazing students", "staff"),
    ("Please use the IT self-service portal to log tickets, it's much faster", "staff"),
    ("Thinking about whether to apply for promotion this year, any advice?", "staff"),
    ("Our PhD student Sam passed her viva today with minor corrections! 🎉", "staff"),
    ("New blog post on my research about migration and identity, link below", "staff"),
    ("Anyone got recommendations for a good podcast on leadership?", "staff"),
    ("It was lovely to see so many colleagues at the staff summer party", "staff"),
    ("Reading week is next week so no seminars, enjoy the break everyone", "staff"),
    ("My students made me a card for my last lecture and I'm not crying, you are", "staff"),
    ("I'll be in my office 2-4 today for anyone who wants feedback on their drafts", "staff"),
    ("The Vice-Chancellor's all-staff email today outlined the new strategy, worth a read", "staff"),
    ("ordered a new laptop, IT say it will arrive next week", "staff"),
    ("lmao my flatmate burnt the toast again, fire alarm at 2am", "student"),
    ("Selling a spare ticket for the summer ball, £40, DM me", "student"),
    ("Does anyone know if the gym is open on bank holidays?", "student"),
    ("recording my first podcast episode this weekend, any tips?", "student"),
    ("we watched the Barbie film at the SU cinema last night, so good", "student"),
    ("The lecture on Tuesday was brilliant, Dr Okafor explains things so clearly", "student"),
    ("Free pizza at the Careers event, Hugh Aston atrium, 12pm today", "student"),
    ("My parents are visiting this weekend so I'm showing them around campus", "student"),
    ("I love this photo of the cathedral I took on my walk", "student"),
    ("Is it OK to use the university logo on a society poster if we ask first?", "student"),
    ("the fake news unit in my media module is so interesting", "student"),
    ("our group submitted the project report, huge relief", "student"),
    ("has anyone done the HRM module? is it worth taking as an option?", "student"),
    ("the parody account of the Mayor of London is so funny", "student"),
    ("Sent my draft report to my supervisor, fingers crossed", "student"),
    ("Thanks to everyone who came to the open lecture, slides are on the department website", "staff"),
]


@pytest.fixture(scope="module")
def detectors():
    return [cls() for cls in DETECTORS]


@pytest.mark.parametrize("text,role", BENIGN, ids=[f"{r} stays quiet: {t[:60]}" for t, r in BENIGN])
def test_ordinary_draft_gets_no_category_warning(detectors, text, role):
    found = [d.rule for det in detectors for d in det.detect(text, ROLES[role])]
    assert found == []
