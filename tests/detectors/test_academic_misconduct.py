"""Inciting or facilitating cheating. Each row runs the real detector."""

from __future__ import annotations

import pytest

from second_thought.engine.detectors.academic_misconduct import AcademicMisconductDetector

from _category_helpers import assert_behaves, case_id

ASK = "misconduct.request_answers"
MILL = "misconduct.essay_mill"
EVADE = "misconduct.evasion"
TIP = "misconduct.tip_off"
COLLUDE = "misconduct.collusion"

ROWS = [
    # asking for or offering answers while an assessment runs
    ("in the middle of the moodle quiz rn, anyone got the answers?? 😭", "student", ASK),
    ("whats the answer to q7 quick i've got 10 mins left", "student", ASK),
    ("what did you guys put for question 3 on the online test, it closes at 5", "student", ASK),
    ("making a group chat for the take-home exam tomorrow so we can help each other during it 🤝", "student", ASK),
    ("can someone do my online phase test for me? will pay £40", "student", ASK),
    ("send me the answers for the blackboard quiz pls I'll owe you", "student", ASK),
    # essay mills, ghost-writers, buying and selling work
    ("Need someone to write my 3000 word essay on supply chains, paying well, DM me", "student", MILL),
    ("📚 assignment help for all subjects! 100% original, 0% plagiarism, whatsapp us", "student", MILL),
    ("anyone selling their old marked coursework for BA Marketing year 2?", "student", MILL),
    ("I'll do your dissertation for £500, any subject, 2:1 guaranteed", "student", MILL),
    ("any recommendations for a ghost writer? my lit review is due friday", "student", MILL),
    ("can someone write my reflection for me, I'll pay", "student", MILL),
    # beating plagiarism checks or proctoring
    ("pro tip: run it through quillbot so turnitin doesn't flag it", "student", EVADE),
    ("how do I get past the lockdown browser for the online exam", "student", EVADE),
    ("just have chatgpt open on your phone during the online test, proctoring won't notice", "student", EVADE),
    ("put a second monitor behind the laptop during the exam, the webcam can't see it", "student", EVADE),
    # tipping off a later sitting
    ("if you're sitting the afternoon exam: question 4 is on game theory, revise it", "student", TIP),
    ("for the later seminar group, the quiz is the same questions as ours 👀", "student", TIP),
    # collusion
    ("let's split the questions and share our answers, it's meant to be individual but who cares", "student", COLLUDE),
    ("you can copy my code for the assignment, just change the variable names", "student", COLLUDE),
    # benign
    ("revision group in the library Thursday 2pm, bringing past papers and snacks", "student", None),
    ("exam done, what did everyone think of the last section? I panicked", "student", None),
    ("Turnitin gave me 12% and it's all quotes and references, phew", "student", None),
    ("is the exam open book? the module handbook says notes are allowed", "student", None),
    ("does anyone have the answers to the practice questions from the textbook? want to check my working", "student", None),
    ("someone offered to write my essay for money on insta, reported them to the uni", "student", None),
    ("the study skills team can help you plan your dissertation, book a session", "student", None),
    ("group project: we split the report into sections and each write one", "student", None),
    ("I'm selling my old textbooks, £10 each, DM me", "student", None),
    ("good luck to everyone sitting the 2pm exam today, you've got this!", "student", None),
    ("the answer to the housing crisis is more social housing imo", "student", None),
    # more phrasings, expected at category level
    ("screenshot of the Blackboard test questions 👇 it's still open till midnight", "student", "academic_misconduct"),
    ("who's done the HRM online quiz already, dm me what you got 👀", "student", "academic_misconduct"),
    ("ans for Q2 pls 🙏🙏 timer's running", "student", "academic_misconduct"),
    ("My cousin writes essays for £15 per 1000 words, message me for her number", "student", "academic_misconduct"),
    ("Essay writers available 24/7 — nursing, law, business. Plagiarism-free. Contact on WhatsApp", "student", "academic_misconduct"),
    ("tip: change every 5th word with a thesaurus and turnitin won't catch it", "student", "academic_misconduct"),
    ("group 2 you'll get the same in-class test tomorrow, question 3 is the photosynthesis diagram", "student", "academic_misconduct"),
    ("who wants to buy my first year essays? all got 70+", "student", "academic_misconduct"),
    ("can someone just tell me what to write for the reflective log, I'll copy it and change a few bits", "student", "academic_misconduct"),
    ("someone pls tell me the answer to part c, I'm in the exam hall and my phone's under the desk", "student", "academic_misconduct"),
    ("whoever does the online test first screenshot the questions and drop them here", "student", "academic_misconduct"),
    ("Discord server for the take-home paper is up, we'll go through it together on Friday 😉", "student", "academic_misconduct"),
    ("Struggling with deadlines? We write custom assignments, delivered in 48h, DM for prices", "student", "academic_misconduct"),
    ("anyone know how to get chatgpt text past the ai detector? asking for my dissertation", "student", "academic_misconduct"),
    ("will pay someone to sit my statistics exam for me online, camera off anyway", "student", "academic_misconduct"),
    ("if you've got the Friday lab, it's the same practical test as ours, titrations 👀", "student", "academic_misconduct"),
    ("the online test is open till 5, let's do it together on a call and share screens", "student", "academic_misconduct"),
    ("quick someone tell me what they put for number 6 on the moodle quiz", "student", "academic_misconduct"),
    ("Selling my Level 4 and 5 assignments, all first class, £30 each or bundle deal", "student", "academic_misconduct"),
    ("Get your dissertation done by a PhD expert, guaranteed 2:1, no AI, message on telegram", "student", "academic_misconduct"),
    ("use an AI humanizer before you submit, then turnitin can't tell", "student", "academic_misconduct"),
    ("my mate's doing the same module at Leicester, he's sending me his essay to base mine on", "student", "academic_misconduct"),
    ("The afternoon group: the presentation questions are the same as this morning, they asked about limitations", "student", "academic_misconduct"),
    ("anyone in the exam rn?? dm me the answers for section B", "student", "academic_misconduct"),
    ("ur doing the quiz too? let's sit together and compare as we go 😇", "student", "academic_misconduct"),
    ("Need an essay writer ASAP, 2000 words on leadership theories, will pay £100", "student", "academic_misconduct"),
    ("Is there any way to make ChatGPT essays undetectable? asking for a friend 👀", "student", "academic_misconduct"),
    ("Anyone got last year's marked assignment for CS2040? want to see what they did so I can do the same", "student", "academic_misconduct"),
    ("9am group: the in-class test is on chapters 3 and 4 only, the tutor told us the questions", "student", "academic_misconduct"),
    ("what are people getting for 4b on the take-home, it's due at midnight", "student", "academic_misconduct"),
    ("anyone in group B done the quiz yet? what came up?? mine's at 3", "student", "academic_misconduct"),
    ("Exam hack: hide notes in your calculator case, invigilators never check", "student", "academic_misconduct"),
    ("I'll write your personal statement and your essays, PhD qualified, reasonable rates", "student", "academic_misconduct"),
    ("Use Quillbot on ChatGPT output then run it through Turnitin draft checker until it's under 10%", "student", "academic_misconduct"),
    ("Send me your answers after you submit and I'll tweak them for mine", "student", "academic_misconduct"),
    ("resit tomorrow for anyone on Econ 101: Q3 is on elasticity again, same as June 🙏", "student", "academic_misconduct"),
    ("anyone got answers for the stats moodle quiz that closes at 9?? pleaseee", "student", "academic_misconduct"),
    ("paying £200 for someone to do my marketing report, dm me 💸", "student", "academic_misconduct"),
    ("tip: if you paraphrase with chatgpt twice turnitin won't flag it 🤫", "student", "academic_misconduct"),
    ("sharing the answers for the Week 8 quiz in the group now before it closes 🤫", "student", "academic_misconduct"),
    ("selling revision notes AND last year's graded essays for the module, DM for price", "student", "academic_misconduct"),
    ("who can do my online exam on Thursday, I'll give you my login", "student", "academic_misconduct"),
    ("Turnitin-proof essays, written by experts, message us on WhatsApp 07700 900111", "student", "academic_misconduct"),
    ("on a call with 3 mates doing the open-book test together lol, teamwork", "student", "academic_misconduct"),
    ("let me copy your lab report and I'll change the wording, please I'm desperate", "student", "academic_misconduct"),
    ("quiz is live rn, drop answers in the gc pls", "student", "academic_misconduct"),
    ("who's got the answers to today's phase test? I'm sitting it at 4", "student", "academic_misconduct"),
    ("£50 for a 1500 word essay, any subject, fast turnaround, DM 📩", "student", "academic_misconduct"),
    ("anyone know an app that gets past proctorio? asking for tomorrow", "student", "academic_misconduct"),
    ("heard the afternoon sitting gets the same paper, so tell them Q1 is on Keynes", "student", "academic_misconduct"),
    ("here's my whole assignment 2 code, just don't make it obvious 😉", "student", "academic_misconduct"),
    ("mid-exam toilet break, what did y'all put for the last question", "student", "academic_misconduct"),
    ("can someone take my online quiz tonight, I'm at work, will give login + £20", "student", "academic_misconduct"),
    ("DM for dissertations, essays, reports. 100% pass rate. Affordable. All unis.", "student", "academic_misconduct"),
    ("Is anyone able to help with the online Statistics assessment that's currently open? I'm stuck on questions 4 to 7 and it closes in an hour. Will return the favour.", "student", "academic_misconduct"),
    ("Professional academic writing support: we produce bespoke essays and dissertations to any brief, any deadline. Guaranteed first or second class. Contact us today.", "student", "academic_misconduct"),
    ("Mock paper leaked: Section A is the same as last year's real paper, grab it before the exam", "student", "academic_misconduct"),
    ("got an A in the essay so I'm selling it to next year's students for £50 😎", "student", "academic_misconduct"),
    ("if anyone wants my CW1 report to 'reference', it got 82, dm me 😏", "student", "academic_misconduct"),
    ("group chat for the Friday quiz is live, we'll split the 20 questions between 5 of us", "student", "academic_misconduct"),
    ("my tutor said I can't use ChatGPT but I just reword its output and turnitin never notices", "student", "academic_misconduct"),
    ("heads up to the Thursday lab group: the practical assessment is the titration one again", "student", "academic_misconduct"),
    ("if you're in the 11am seminar tomorrow, the presentation topics are the same as ours so prep the Brexit one", "student", "academic_misconduct"),
    ("i'm not saying cheat but the online quiz doesn't lock tabs 😉 google is your friend", "student", "academic_misconduct"),
    ("Can any PhD students proofread and 'improve' my essay, happy to pay, needs to be a 2:1", "student", "academic_misconduct"),
    ("answers for the week 6 quiz: 1B 2D 3A 4C 5A, you're welcome", "student", "academic_misconduct"),
    ("the lecturer said the same 5 essay titles come up every year so here they are for this year's exam:", "student", "academic_misconduct"),
    ("just get ChatGPT to write the whole essay, the markers can't tell anyway", "student", "academic_misconduct"),
    ("found someone on Fiverr who'll do my stats coursework for £40, bargain", "student", "academic_misconduct"),
    ("paraphrasing my mate's essay from last year for mine, same module, shh", "student", "academic_misconduct"),
    ("Is there a group chat for the online stats test on Thursday? Could be 'helpful' during it 👀", "student", "academic_misconduct"),
    ("Anyone from Fashion who graduated last year — I'll pay for your final collection portfolio 💰", "student", "academic_misconduct"),
    ("anyone doing the 4pm phase test: it's all on chapter 7, especially the enzyme kinetics graph", "student", "academic_misconduct"),
    ("Need a native speaker to rewrite my dissertation so it sounds better, will pay well, DM", "student", "academic_misconduct"),
    ("copy-pasting from Wikipedia and changing every few words works fine, Turnitin never catches it", "student", "academic_misconduct"),
    ("the stats resit had the same 3 questions as January, literally word for word, so revise those", "student", "academic_misconduct"),
    ("my 2:1 essay on Brexit is pinned on my profile, feel free to borrow bits 😉", "student", "academic_misconduct"),
    ("Anyone wanna split a ghostwriter for the group report? £30 each", "student", "academic_misconduct"),
    ("uploaded the practical exam answers from this morning for the afternoon lot 👀", "student", "academic_misconduct"),
    ("Looking for someone who's done CHEM2001 to sell me their lab book 💸", "student", "academic_misconduct"),
    ("the chatbot on this site writes essays that pass turnitin, link below", "student", "academic_misconduct"),
    ("pls someone tell me the formula for Q9, I'm doing the quiz now and it's timed", "student", "academic_misconduct"),
    ("who wants my old marked lab reports? £10 each, all 70+", "student", "academic_misconduct"),
    ("Use a VPN and a second laptop for the proctored exam, they literally can't tell", "student", "academic_misconduct"),
    ("we're all in the library doing the take-home exam together, strength in numbers 💪", "student", "academic_misconduct"),
    ("if anyone's got the Moodle quiz open, screenshot it and send it to me before mine starts", "student", "academic_misconduct"),
    ("Professional tutor: I'll complete your online modules and quizzes for you, any uni, DM", "student", "academic_misconduct"),
    ("drop the answers to the online SPSS quiz in here when you've done it 🙏", "student", "academic_misconduct"),
    ("will sit your online exams for you, camera off ones only, £100 per exam", "student", "academic_misconduct"),
]


@pytest.fixture(scope="module")
def detector() -> AcademicMisconductDetector:
    return AcademicMisconductDetector()


@pytest.mark.parametrize("row", ROWS, ids=[case_id(r) for r in ROWS])
def test_academic_misconduct(detector, row):
    assert_behaves(detector, "academic_misconduct", *row)
