"""Exam questions and one's own answers or assessed work, for students.

Each row runs the real detector: ``None`` means no assessment warning at all.
"""

from __future__ import annotations

import pytest

from second_thought.engine.detectors.assessment_material import AssessmentMaterialDetector

from _category_helpers import assert_behaves, case_id

Q = "assessment.exam_questions"
A = "assessment.own_answers"

ROWS = [
    # exam and test questions, also after the exam
    ("exam today and Q3 was 'discuss the causes of the 2008 financial crisis' 😭", "student", Q),
    ("question 2: calculate the NPV of the project at 8%, then part b asked about IRR", "student", Q),
    ("the essay question was literally 'to what extent was Brexit inevitable' lol", "student", Q),
    ("anyone else think q5 in the stats paper was about poisson?? i wrote binomial", "student", Q),
    ("the biochem exam asked us to draw the whole krebs cycle from memory", "student", Q),
    ("questions in this morning's pharmacology test were on beta blockers and ACE inhibitors", "student", Q),
    ("glycolysis came up in the exam again, second year running", "student", Q),
    ("here's today's contract law exam paper if anyone's resitting 📄", "student", Q),
    ("analysis exam Q1) prove that every bounded monotone sequence converges. that was the whole first page", "student", Q),
    ("the resit paper had three questions on Keynes and one on Friedman", "student", Q),
    # own answers and own work
    ("my answers to the coursework are below 👇 compare with yours", "student", A),
    ("here's my full solution for CW2 on github, took me ages", "student", A),
    ("posting my marked essay so you can see what a 72 looks like", "student", A),
    ("answer to question 4 is 3.75 btw, it's on the phase test", "student", A),
    ("uploaded my lab report that got a first to google drive, feel free to use it", "student", A),
    ("sharing our solutions to the problem sheet 3 in the group chat now", "student", A),
    # benign: talking about exams, not their content
    ("exam done!!! never looking at a supply curve again 🎉", "student", None),
    ("got 68 on my dissertation, so proud of myself", "student", None),
    ("revision tip: do the past papers on the module page under timed conditions", "student", None),
    ("what time does the stats exam start tomorrow and which room is it in?", "student", None),
    ("open-book exam: we're allowed notes and the textbook but no talking", "student", None),
    ("Q3 was brutal, I'm going to sleep for a week", "student", None),
    ("anyone want to do the textbook exercises from chapter 4 together in the library?", "student", None),
    ("the past paper solutions are on Blackboard under Assessment", "student", None),
    ("does anyone have the answers to CW2? deadline is tomorrow", "student", None),
    ("my answers to your questions about the society trip: yes, £20, and bring boots", "student", None),
    ("Q&A session with the module leader on Thursday at 2pm, bring questions about the exam", "student", None),
    # role: staff leaking a paper is confidential, not assessment material
    ("this year's exam question 2 asks them to evaluate the Bank of England's role", "staff", None),
    # more phrasings, expected at category level
    ("lol the 2nd question on the accounting mock was literally the same as the seminar one, depreciation schedules", "student", "assessment_material"),
    ("Section B of today's law paper: 'Critically assess the rule in Rylands v Fletcher' 🙃", "student", "assessment_material"),
    ("so the micro exam wanted us to explain price elasticity w/ a diagram, easy marks", "student", "assessment_material"),
    ("putting my 2:1 dissertation on my blog so everyone can read it", "student", "assessment_material"),
    ("here's the code I submitted for the Java coursework, got 85 🙌", "student", "assessment_material"),
    ("pasting my answers for the tutorial quiz, check if yours match", "student", "assessment_material"),
    ("the in-class test had 5 MCQs on enzymes and a long answer on photosynthesis", "student", "assessment_material"),
    ("ok so the OSCE station today was a chest pain history with a 55yo smoker, revise ACS peeps", "student", "assessment_material"),
    ("the quiz on Moodle had: 1) define opportunity cost 2) draw a PPF 3) explain comparative advantage", "student", "assessment_material"),
    ("my submitted portfolio is in the highlights if you want to see what a distinction looks like ✨", "student", "assessment_material"),
    ("github.com/jdoe/cw1-solutions — my full CW1 for Algorithms, marks came back 78", "student", "assessment_material"),
    ("Exam Q: 'Assess the impact of social media on political participation' — what did everyone argue?", "student", "assessment_material"),
    ("stats exam question 2 was a chi squared test on the smoking data, did anyone get 7.81?", "student", "assessment_material"),
    ("Biology phase test: Q4 asked which organelle makes ATP and Q5 was label the heart diagram", "student", "assessment_material"),
    ("the mid-term literally asked us to code a binary search tree from scratch 😩", "student", "assessment_material"),
    ("Anyone remember the essay title from the Jan exam? It was something about Weber and bureaucracy", "student", "assessment_material"),
    ("here's a pic of my exam script from last year, got 74, use it for revision 📸", "student", "assessment_material"),
    ("My marked report from PSY2001 is attached, feel free to use the structure", "student", "assessment_material"),
    ("dropping the full worked solutions to problem set 4 in the gc tonight", "student", "assessment_material"),
    ("so for the Chem quiz this morning you had to balance three equations and name the reaction type", "student", "assessment_material"),
    ("paper 2 was literally: explain two causes of WW1 and evaluate the Schlieffen plan. that's it", "student", "assessment_material"),
    ("My code for the CW is public on my GitHub now, it scored 90, go wild", "student", "assessment_material"),
    ("reading my first class essay out on my tiktok live tonight, full thing", "student", "assessment_material"),
    ("the practical exam had us dissect a frog and identify 5 organs lol", "student", "assessment_material"),
    ("they asked us to critically evaluate CBT for depression in the psych exam today", "student", "assessment_material"),
    ("here's the intro from my dissertation that got a 75, copy the structure if you want", "student", "assessment_material"),
    ("sharing a paragraph of my submitted essay so you can see how I referenced", "student", "assessment_material"),
    ("The two essay questions on the sociology paper were on Durkheim's suicide study and Marx on class", "student", "assessment_material"),
    ("remember the MCQ about the sodium-potassium pump? the answer was C, 3 out 2 in", "student", "assessment_material"),
    ("I put my whole lab report on Reddit for feedback after it was marked", "student", "assessment_material"),
    ("exam over and question 5 was 'Discuss the role of NATO after 1991' who else panicked", "student", "assessment_material"),
    ("ngl I'm posting my graded reflective essay on my blog, 68%, enjoy", "student", "assessment_material"),
    ("the law exam essay q was 'should the UK have a written constitution' ffs", "student", "assessment_material"),
    ("maths test Q2: find the derivative of x^3 sin x, got 3x^2 sin x + x^3 cos x, right??", "student", "assessment_material"),
    ("uploaded my graded portfolio to Studocu so people can use it 💅", "student", "assessment_material"),
    ("ok so the accounting exam was: prepare a cash flow statement for Brightside Ltd + ratio analysis 😵", "student", "assessment_material"),
    ("anyone else get asked to design a relational database for a vet clinic in the SQL test?", "student", "assessment_material"),
    ("my solutions for tutorial sheet 5 are on my github if anyone needs them before the deadline", "student", "assessment_material"),
    ("Reflecting on today's Economics paper. The first question asked us to evaluate quantitative easing since 2009 and the second was on the Phillips curve. Felt OK overall!", "student", "assessment_material"),
    ("For anyone who wants to see what a first looks like, I've attached my full marked dissertation with the marker's comments. Hope it helps!", "student", "assessment_material"),
    ("put my seminar presentation slides from Week 3 on LinkedIn, marks were 78%", "student", "assessment_material"),
    ("Part B of today's biology exam: describe the role of ATP synthase. Easy if you revised", "student", "assessment_material"),
    ("pharmacology OSCE: station 3 was counselling a patient on warfarin, station 5 was inhaler technique", "student", "assessment_material"),
    ("the coding test today: reverse a linked list and then find duplicates in an array, 45 mins", "student", "assessment_material"),
    ("As an international student I was shocked the mock IELTS section 2 asked us to describe a festival in our country, so I wrote about Diwali", "student", "assessment_material"),
    ("Mature student here, I've put my 2 marked essays from last term online for the younger ones to learn from, link in comments", "student", "assessment_material"),
    ("LinkedIn post: Proud to share my final year project report, graded 85%, full PDF attached for anyone studying engineering", "student", "assessment_material"),
    ("Maths assessment Q3: integrate x e^x dx, answer x e^x - e^x + C, easy marks", "student", "assessment_material"),
    ("screenshot of my feedback and the full essay on Blackboard, got a 74, copy my structure", "student", "assessment_material"),
    ("exam this morning and Section B was 'Assess the causes of the Arab Spring' — nailed it", "student", "assessment_material"),
    ("Psych exam Q: 'Critically evaluate Milgram's obedience studies' — same as the mock, thank god", "student", "assessment_material"),
    ("if anyone needs the code for lab 4 I've pushed my solution to github, it passed all the tests", "student", "assessment_material"),
    ("CS students: the solutions to all the labs are in my public repo, no one checks", "student", "assessment_material"),
    ("exam's done so here's what came up: Q1 monetary policy, Q2 Phillips curve, Q3 exchange rates", "student", "assessment_material"),
    ("our tutor let slip the essay title for the January exam so here it is: 'Is democracy in decline?'", "student", "assessment_material"),
    ("today's nursing OSCE scenario: a diabetic patient with hypos, you had to do a full A-E assessment", "student", "assessment_material"),
    ("the answer to the last question on the mock was 'the Treaty of Versailles' btw", "student", "assessment_material"),
    ("psych stats exam: they gave us a dataset on sleep and anxiety and asked for a two-way ANOVA", "student", "assessment_material"),
    ("posting my coursework feedback AND my full submission so you can all see where I lost marks", "student", "assessment_material"),
    ("ECON101 test: calculate price elasticity from the table in Q2, then explain what it means for revenue", "student", "assessment_material"),
    ("my marked essay (65) + marker comments in my highlights for anyone doing the same module next year", "student", "assessment_material"),
    # second round: phrasings from a fresh colleague-written set's situations, reworded
    ('blackboard test shuts at midnight. my answers: 1b 2c 3a 4d 5a 🙏', "student", 'assessment_material'),
    ('mcq answers i got - q1 c, q2 b, q3 d, q4 a', "student", 'assessment_material'),
    ("here's my solution to the week 3 problem sheet q4, the integral comes out as 2π", "student", 'assessment_material'),
    ('my answer for the stats phase test q3 was a one-tailed t test since the hypothesis had a direction', "student", 'assessment_material'),
    ('what I wrote for the contract law exam essay question: argued the offer lapsed because of the counter-offer', "student", 'assessment_material'),
    ('how we approached the group coursework task 2 (got 82%): used a decision tree because the data were categorical', "student", 'assessment_material'),
    ('essay came back 71 🥳 pasting my intro for anyone who\'s stuck: "Globalisation has reshaped..."', "student", 'assessment_material'),
    ('sharing my methodology from the dissertation that got a first, feel free to use it', "student", 'assessment_material'),
    ('my python for the CW1 maze solver that scored 95%, link below', "student", 'assessment_material'),
    ('the report from my final year module that got me a distinction is on my drive 👇', "student", 'assessment_material'),
    ('how should I answer the essay question on the contract law exam? any tips', "student", None),
    ('how I answered a job interview question about weaknesses: be honest', "student", None),
    ('my answers to the pub quiz: 1a 2b 3c, we lost anyway', "student", None),
    ('what I put on my UCAS form: volunteering and sport', "student", None),
    ('pasting my conclusion here, can someone proofread it before I submit?', "student", None),
    ("my essay plan for tomorrow's exam is basically revise everything 😂", "student", None),
    ('got 72 on the lab report 🎉 so happy', "student", None),
    ('Q1 c, Q2 d in the practice quiz from the textbook, checking against the back', "student", None),
    ('my answer to everything is pizza', "student", None),
    ('the code for the hackathon project that got us a prize is open source on github', "student", None),
    ("did everyone's microbiology paper have the long question on biofilms? I wrote loads", "student", 'assessment_material'),
    ("my accounting resit had a case study about a bakery's cash flow, part c was brutal", "student", 'assessment_material'),
    ('the ethics exam included two essay questions on utilitarianism and trolley problems', "student", 'assessment_material'),
    ('did your test have the problem about the falling ladder or was that just group 1', "student", 'assessment_material'),
    ('the maths final threw in a proof involving induction on trees', "student", 'assessment_material'),
    ('did your exam have a formula sheet or not?', "student", None),
    ('the exam has two sections and lasts 3 hours, open book', "student", None),
    ('my test had a question i totally blanked on lol', "student", None),
    # third round: open quizzes pooled in a chat, earlier sittings, sitting a test for someone, whole-group forms, own submitted work
    ('question 3 from the econometrics mock asked us to interpret a log-log regression coefficient', "student", 'assessment_material'),
    ("Q6 in today's anatomy paper wanted the nerve supply of the deltoid, it's axillary btw", "student", 'assessment_material'),
    ('my whole 1500 word case study, marked 64, is in the thread below 👇', "student", 'assessment_material'),
    ('my group poster that got a first is on my drive if anyone needs it', "student", 'assessment_material'),
    ("answers for the cell bio quiz that I'm confident on: 2 - mitochondria, 5 - ribosome, 9 - golgi", "student", 'assessment_material'),
    ("answers from this morning's phase test as far as I remember: q1 was 42, q2 was the limit of 1/x", "student", 'assessment_material'),
    ('posted the jupyter notebook I handed in for the ML coursework on github, it got 77', "student", 'assessment_material'),
    ('the marketing plan we submitted for the group assignment is attached, got 71', "student", 'assessment_material'),
    ('question 3 from the textbook chapter asked about elasticity, anyone get it?', "student", None),
    ('my reflective essay got a 68, happy with that', "student", None),
    ('answers for the pub quiz: 1 - Paris, 2 - 1066, 3 - Mars, we still lost', "student", None),
    ('the notebook I handed in was late because the wifi died, so annoying', "student", None),
    # fourth round: stuck mid-test, offering what came up, answers passed during the sitting, named essays/case studies, whole squads signed in, "find our treasurer at"
    ("the long question in the pharmacology paper was 'Discuss the mechanism of action of statins' — went all in on HMG-CoA", "student", 'assessment_material'),
    ('first essay on the history exam was about the causes of the Suez crisis, I argued it was all Eden', "student", 'assessment_material'),
    ('main case study from the HRM exam: a call centre with 40% staff turnover, had to recommend fixes', "student", 'assessment_material'),
    ('my whole lab report section 3 (marked 71) is pinned on my profile, take a look', "student", 'assessment_material'),
    ('how I solved problem 2 of the thermo coursework: energy balance first, then the entropy check', "student", 'assessment_material'),
    ('mcq answers as I remember them: b, d, a, a, c', "student", 'assessment_material'),
    ('the long question is always the hardest bit, leave time for it', "student", None),
    ('my dissertation chapter 2 is finally done, 8000 words 😭', "student", None),
    ('how I did in the exam was honestly a shock, never revising the night before again', "student", None),
    ('ran a/b/c/d tests on the landing page, version c won', "student", None),
    ("options are a, b, c or d apparently, so it's multiple choice", "student", None),
    # fifth round: present-tense "the paper asks you to", quoted final questions, T/F keys, paying someone to do a section, answers sold while open, detector-beating tricks, same laptop/room, attendance codes shared, dating profiles with others' photos, out alone with a return time, room number with an open door, plural weekdays
    ('the pharmacology exam asks you to calculate a loading dose for a 70kg patient, start with Vd', "student", 'assessment_material'),
    ("this year's econ paper wants you to derive the IS curve from the goods market, do that first", "student", 'assessment_material'),
    ("final question was 'Discuss the ethics of gene editing in embryos' and I wrote four pages", "student", 'assessment_material'),
    ('bonus q: "Explain why the sky is blue using Rayleigh scattering" - got it!', "student", 'assessment_material'),
    ('my graded year 2 marketing portfolio is in my story highlights if anyone wants it', "student", 'assessment_material'),
    ("answer key for the lab safety quiz since it's the same every year: 1 T 2 F 3 F 4 T", "student", 'assessment_material'),
    ('the exam asks you to bring your student card and a black pen', "student", None),
    ('the paper asks you to answer two questions from section A', "student", None),
    ('final question: is anyone coming to the pub after?', "student", None),
    ('my graded portfolio came back with great feedback', "student", None),
    # sixth round: "section B of X is on", "the exam's N-mark question was", topics listed from a sitting, oral examiners' prompts, assessed solutions on a profile; someone to sit/write work, work swaps, work done for me, translation tricks, "group C:" tip-offs, helping each other in a live test; logged on as a colleague, forged signatures; "my girlfriend is always at", room with a propped door
    ("Section B of next week's tax paper is on capital gains, my mate on the committee saw it", "student", 'assessment_material'),
    ('part 2 of the chem resit is all about chromatography apparently', "student", 'assessment_material'),
    ("the stats test's last question was 'Compute a 95% confidence interval for the mean' and I blanked", "student", 'assessment_material'),
    ("the 25-mark essay was 'To what extent was Brexit inevitable?' I went 50/50", "student", 'assessment_material'),
    ("topics from this morning's spotter: brachial plexus, rotator cuff, carpal bones", "student", 'assessment_material'),
    ('after the French oral: they asked me to compare city and country life and give my opinion', "student", 'assessment_material'),
    ("my answers for the weekly assessed problem sheet are all on my github if you're stuck", "student", 'assessment_material'),
    ('section B of the tax paper is optional, check the module guide', "student", None),
    ("the stats test's last question was hard, glad it's over", "student", None),
    ("topics from this term's lectures: tax, VAT and capital gains", "student", None),
    ("today's viva: they asked me to wait outside while they discussed, longest 10 minutes ever", "student", None),
    ('my solutions to advent of code are on my github', "student", None),
    # seventh round: questions recalled in a thread, MCQs typed up, OSCE scenario briefs, marked conclusions; logbooks sold, sneaking phones, lax invigilators, tilted papers, screenshots from those who sat it, quoted 'adapt', "don't tell the afternoon group"; posted as a flatmate; "every single evening", spotted a tutor, waiting at a taxi rank, an empty cottage
    ("all the questions I can recall from the tort paper 🧵 1) advise Bella on occupiers' liability...", "student", 'assessment_material'),
    ("typed up the 15 MCQs from this morning's physiology quiz with my answers", "student", 'assessment_material'),
    ('the OSCE scenario was: take a history from a 60 year old with chest pain, then explain an ECG', "student", 'assessment_material'),
    ("essay conclusion that got me 78 — 'In sum, the evidence suggests...' borrow the structure", "student", 'assessment_material'),
    ('the questions from the lecture were really interesting today', "student", None),
    ('the exam brief is on Blackboard, read it before Friday', "student", None),
    # eighth round: "paper 1 Q3: <question>", essay options of a sitting, photos of an answer sheet; AI open in another tab, answers asked for by number in a chat, which topics came up offered, hidden earbuds, someone on a call reading answers, sitting a quiz for a fee; still logged in, signing off as him, fake society account; closing shift alone, gym spot with clothes, last one left, neighbours' gate open
    ('Chem paper 1 Q3: calculate the enthalpy change using the bond energies given, I got -92', "student", 'assessment_material'),
    ('stats exam q12 - a sample of 40 students has a mean of 6.2, test the claim... I used a z test', "student", 'assessment_material'),
    ('the law exam essay options were duress, necessity, or self-defence. went with duress', "student", 'assessment_material'),
    ('pic of my answer sheet from the biology test, compare with yours 👀', "student", 'assessment_material'),
    ('the exam essay options were really fair this year', "student", None),
    ('Chem paper 1 is next Friday, revise bond energies', "student", None),
    ('photo of my desk setup for exam season 📚', "student", None),
    # ninth round: "<exam>, question 6 — '...'", marked answers as a carousel, work "that passed with 70"; later listening tests, out of webcam view, "who's done it? send the questions", essays to order, copied a housemate's assignment; sat it for her with her card, signed a supervisor's name, @handle "not actually her"; "just me and the cat at", "my boyfriend's at"
    ("Biology final, question 6 — 'Describe the role of ATP synthase' — I wrote two pages", "student", 'assessment_material'),
    ("the midterm's first question was to implement a binary search in java", "student", 'assessment_material'),
    ('uploading my marked statistics project answers (71) as a carousel, swipe for all of it', "student", 'assessment_material'),
    ('my second year placement case study that passed with 70 is in my bio, have a read', "student", 'assessment_material'),
    ("the midterm's first question was hard, glad it's over", "student", None),
    ('my second year placement was the best experience, link in my bio to the blog', "student", None),
    # tenth round: stimulus maps/circuits in a paper, "this morning's paper: '...'", essays "on X that got a first"; cases offered to a second sitting, answers airdropped, googling a question mid-exam, text in images; a flatmate's login for databases, someone paid to be me; alone all day Sunday, empty shared house, "X from my course is at"
    ('the physics test gave us a circuit diagram and asked for the total resistance, I got 12 ohms', "student", 'assessment_material'),
    ("this morning's chemistry paper: 'Explain why diamond has a high melting point' came up again", "student", 'assessment_material'),
    ('my placement essay on safeguarding that got a first, pasted in full below', "student", 'assessment_material'),
    ('the physics test gave us plenty of time, I finished early', "student", None),
    ("this morning's chemistry paper: done and dusted 🎉", "student", None),
    ('my placement essay on safeguarding got a first!', "student", None),
    # the topic of a sitting alone is not its questions
    ("the geology exam was all about volcanoes, loved it", "student", None),
    ("the stats paper was all about regression: Q1 asked for the slope and Q2 for the residuals", "student", "assessment_material"),
]


@pytest.fixture(scope="module")
def detector() -> AssessmentMaterialDetector:
    return AssessmentMaterialDetector()


@pytest.mark.parametrize("row", ROWS, ids=[case_id(r) for r in ROWS])
def test_assessment_material(detector, row):
    assert_behaves(detector, "assessment_material", *row)


def test_the_warning_points_at_the_question_itself(detector):
    text = "exam today and Q3 was 'discuss the causes of inflation' lol"
    [d] = detector.detect(text, __import__("_category_helpers").STUDENT)
    assert "discuss the causes of inflation" in text[d.start:d.end]
