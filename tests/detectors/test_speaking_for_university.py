"""Speaking for the university, logo use, staff disclaimer. Each row runs the real detector."""

from __future__ import annotations

import pytest

from second_thought.engine.detectors.speaking_for_university import SpeakingForUniversityDetector

from _category_helpers import STAFF, assert_behaves, case_id

CLAIM = "speaking.official_claim"
LOGO = "speaking.logo"
DECISION = "speaking.staff_official_decision"
REFERENCE = "speaking.formal_reference"
NODISC = "speaking.staff_no_disclaimer"

ROWS = [
    # a change in force from today, announced on one's own account or relayed
    ("As of today all Level 4 deadlines in the School of Law are extended by a week. Share with your groups!", "staff", DECISION),
    ("As of today all Level 4 deadlines are extended by a week, see the email from the Dean", "staff", None),
    # a closure announced; a place promised
    ("Campus closed tomorrow. No classes, stay home 🌧️", "staff", DECISION),
    ("Students: all Pharmacy lectures are cancelled tomorrow because of the snow. Stay at home, stay safe, and we'll catch up next week.", "staff", DECISION),
    ("@mumof3_sarah Absolutely, we'll guarantee your son a place on the Foundation year if he misses his offer.", "staff", DECISION),
    ("The university has announced campus is closed tomorrow because of the snow, see the official email. Stay safe everyone", "staff", None),
    ("my 9am is cancelled tomorrow lol stay home gang", "student", None),
    # a reference in the school's name; a change for every module announced
    ("Happy to give Ellie Chambers the School of Education's strongest possible reference. Best trainee we've had in years, if you're hiring, hire her.", "staff", REFERENCE),
    ("For any of my students reading: the deadline for ALL Level 5 modules is now 9 May. That's final, no need to email me about it.", "staff", DECISION),
    ("is the deadline for all level 5 modules now 9 May?? someone said it moved", "student", None),
    ("OFFICIAL STATEMENT: the University of Derby condemns the new visa rules", "student", CLAIM),
    ("On behalf of the University, we'd like to welcome all freshers to Leicester!", "student", CLAIM),
    ("the uni officially backs the rent strike now, so stop paying 💪", "student", CLAIM),
    ("Speaking for the whole university here: we stand with the junior doctors", "student", CLAIM),
    ("We at DMU believe this war must end now. The Palestine Society", "student", CLAIM),
    ("made our society hoodies with the uni logo on the back, £25 each", "student", LOGO),
    ("photoshopped the DMU crest onto a pint glass for our pub crawl flyer 🍺", "student", LOGO),
    ("We will be scrapping the January exam period from next year, great news for everyone", "staff", DECISION),
    ("As Head of School I can confirm we're closing the Foundation Year in 2026", "staff", DECISION),
    ("I can wholeheartedly recommend my former PhD student Ana for any research role, she'd be an asset to any team", "staff", REFERENCE),
    ("The university's decision to close the languages department is short-sighted and wrong", "staff", NODISC),
    ("Senior management's handling of the pay dispute has been shameful", "staff", NODISC),
    ("Proud of how our university responded to the cost of living crisis, well done leadership", "staff", NODISC),
    # benign
    ("The university's decision to close the languages department is short-sighted. Views my own.", "staff", None),
    ("Personal views: senior management's handling of the pay dispute has been shameful", "staff", None),
    ("Our new paper on river pollution is out today in Water Research, link in bio", "staff", None),
    ("We're hiring a research assistant! Full details and how to apply on the university vacancies page", "staff", None),
    ("Congratulations to all our graduates today, so proud of you 🎓", "staff", None),
    ("read the university's official statement on the strike here", "student", None),
    ("can societies use the uni logo on posters? asking for our film soc", "student", None),
    ("the new DMU logo is actually quite nice", "student", None),
    ("On behalf of the Hiking Society, welcome to all our new members!", "student", None),
    ("Great evening at the University's teaching awards, congratulations to the winners", "staff", None),
    ("the government's new visa rules are cruel and will hurt universities everywhere", "staff", None),
    ("I'd recommend this book to anyone starting a PhD", "staff", None),
    # role: the disclaimer rule is for staff only
    ("The university's decision to close the languages department is short-sighted and wrong", "student", None),
    # more phrasings, expected at category level
    ("DMU Feminist Society and De Montfort University stand together against the new bill", "student", "speaking_for_university"),
    ("Official: the University of Northampton supports the climate strike, join us Friday", "student", "speaking_for_university"),
    ("the SU Rugby club, representing the University of Derby, says no to this new policy", "student", "speaking_for_university"),
    ("redesigned the uni logo in rainbow colours for our pride stall 🏳️‍🌈", "student", "speaking_for_university"),
    ("Frankly the VC's pay rise while cutting jobs is obscene", "staff", "speaking_for_university"),
    ("Our university's strategy of cutting humanities is a huge mistake", "staff", "speaking_for_university"),
    ("Very disappointed by the university's response to the UCU ballot", "staff", "speaking_for_university"),
    ("Happy to provide a reference for Tom, my best graduate this year, any employer would be lucky to have him", "staff", "speaking_for_university"),
    ("As a member of staff I think the VC's decision to cut 200 jobs is disgraceful", "staff", "speaking_for_university"),
    ("The uni's new hybrid working policy is a joke, SMT clearly don't understand academic work", "staff", "speaking_for_university"),
    ("Statement from the University of Derby Students: we reject the fee rise", "student", "speaking_for_university"),
    ("our society speaks for every DMU student when we say the Israel-Palestine motion must pass", "student", "speaking_for_university"),
    ("used the DMU logo on our club's new kit without asking, looks sick though", "student", "speaking_for_university"),
    ("The University of Derby stands against racism — posted by the Derby Students Anti-Racism Network", "student", "speaking_for_university"),
    ("I, on behalf of DMU, apologise to everyone affected by yesterday's cancelled graduation", "student", "speaking_for_university"),
    ("put the uni crest on our society's new merch, looks so official", "student", "speaking_for_university"),
    ("Nottingham's decision to raise rents in halls again is indefensible", "staff", "speaking_for_university"),
    ("I'm appalled that our leadership team thinks outsourcing cleaners is acceptable", "staff", "speaking_for_university"),
    ("Delighted with the university's new sustainability strategy, about time!", "staff", "speaking_for_university"),
    ("From September the university will introduce a new attendance policy, as I've just decided with the board", "staff", "speaking_for_university"),
    ("On behalf of DMU I'd like to say how proud we are of our graduates", "student", "speaking_for_university"),
    ("DMU's official position: we fully back the student occupation", "student", "speaking_for_university"),
    ("we took the Derby uni logo and turned it into a meme for our soc's insta", "student", "speaking_for_university"),
    ("Our VC's £400k salary while cutting jobs is a scandal", "staff", "speaking_for_university"),
    ("Shocked by our university's decision to close the nursery, this will hurt staff with kids", "staff", "speaking_for_university"),
    ("As Dean, I can announce we will be introducing a four-day week for staff from January", "staff", "speaking_for_university"),
    ("I can highly recommend Jamal, he was a top student of mine and would be an asset to any employer", "staff", "speaking_for_university"),
    ("As your SU rep and on behalf of the University, we condemn the new policy", "student", "speaking_for_university"),
    ("University of Northampton officially endorses the Labour candidate, vote accordingly", "student", "speaking_for_university"),
    ("our soc edited the uni crest with a cannabis leaf for the 4/20 social 😂", "student", "speaking_for_university"),
    ("The restructure is a disaster and the leadership should resign", "staff", "speaking_for_university"),
    ("Great to see the university finally paying the real living wage, well done to our leaders", "staff", "speaking_for_university"),
    ("Writing a LinkedIn recommendation for my former research assistant: Maria is the best hire we ever made and I recommend her unreservedly", "staff", "speaking_for_university"),
    ("Our Vice-Chancellor has completely lost the confidence of staff. Time to go.", "staff", "speaking_for_university"),
    ("The university's treatment of casual staff is a disgrace", "staff", "speaking_for_university"),
    ("Really disappointed that we're cutting the music department, short-term thinking from management", "staff", "speaking_for_university"),
    ("We will be launching a new BSc in Data Science next September, applications open soon", "staff", "speaking_for_university"),
    ("I can confirm the university will not be recognising the strike days for pay", "staff", "speaking_for_university"),
    ("Fully support the UCU strike, the university's pay offer is insulting", "staff", "speaking_for_university"),
    ("Official DMU statement: we stand with the striking lecturers", "student", "speaking_for_university"),
    ("Our society has redesigned the university logo for our hoodies, check it out 🔥", "student", "speaking_for_university"),
    ("The uni's decision to close the campus nursery is shameful and short-sighted", "staff", "speaking_for_university"),
    ("Our new VC hasn't got a clue, been here 6 months and made everything worse", "staff", "speaking_for_university"),
    ("Can't believe the uni is spending £2m on a rebrand while we can't afford printer paper", "staff", "speaking_for_university"),
    ("The new workload model is completely unworkable, whoever designed it has never taught", "staff", "speaking_for_university"),
    ("A 15-day marking turnaround with 300 scripts each? Our management live in fantasy land", "staff", "speaking_for_university"),
    ("Senior leadership want us back in the office five days a week. Madness.", "staff", "speaking_for_university"),
    ("Really proud of how our university handled the cyber attack, brilliant comms", "staff", "speaking_for_university"),
    ("The decision to scrap the foundation year will hit disadvantaged students hardest", "staff", "speaking_for_university"),
    ("Our university's new AI policy is years behind everyone else's", "staff", "speaking_for_university"),
    ("Northampton's senior team should be ashamed of the redundancy programme", "staff", "speaking_for_university"),
    ("The university's refusal to negotiate with UCU is cowardly", "staff", "speaking_for_university"),
    ("Excellent decision by the university to freeze hall rents this year 👏", "staff", "speaking_for_university"),
    ("Why is the university investing in a new stadium when our labs are falling apart?", "staff", "speaking_for_university"),
    ("The uni's new strategy is full of buzzwords and no substance", "staff", "speaking_for_university"),
    ("I agree with the VC's decision to move exams online, sensible", "staff", "speaking_for_university"),
    ("as the university we have decided to ban all protests on campus from Monday", "staff", "speaking_for_university"),
    ("Reference for my former student Tom Hill: diligent, bright, I'd hire him tomorrow. Any employer would be lucky", "staff", "speaking_for_university"),
    ("OFFICIAL: the University of Derby has cancelled all exams this summer, share!!", "student", "speaking_for_university"),
    ("we (DMU) stand in solidarity with the refugees, as the uni we welcome them", "student", "speaking_for_university"),
    ("DMU Officially Condemns the Government's New Rwanda Policy - by DMU Politics Society", "student", "speaking_for_university"),
    ("We at the University of Northampton are proud to support the strike!!", "student", "speaking_for_university"),
    ("cropped the DMU logo onto our society's flyer for the social 🍻", "student", "speaking_for_university"),
    ("The university's new parking charges for staff are a disgrace", "staff", "speaking_for_university"),
    ("As a representative of the University of Derby, I'd like to state that we fully support the proposed changes to student visa rules.", "student", "speaking_for_university"),
    ("I am deeply disappointed by our university's decision to cut the languages provision. It sends entirely the wrong message about what we value.", "staff", "speaking_for_university"),
    ("Official notice from the uni: all classes cancelled tomorrow due to snow ❄️ (not actually official, just my guess lol)", "student", "speaking_for_university"),
    ("Proud that we as a university are finally divesting from fossil fuels, about time", "staff", "speaking_for_university"),
    ("the university stands with Ukraine 🇺🇦 — official message from the Ukrainian Society", "student", "speaking_for_university"),
    ("used the official DMU crest in our society's new logo, looks class", "student", "speaking_for_university"),
    ("Our management's response to the cost of living crisis has been pitiful", "staff", "speaking_for_university"),
    ("LinkedIn: Thrilled to announce that the University will be launching a new medical school in 2026! (personal account)", "staff", "speaking_for_university"),
    ("The university's response to the racism complaints has been woeful and everyone in leadership should be embarrassed", "staff", "speaking_for_university"),
    ("we're the official voice of DMU students now, the uni backs everything our society says", "student", "speaking_for_university"),
    ("With my University of Derby hat on: we are delighted to confirm all exams will be online next year", "staff", "speaking_for_university"),
    ("Disgraceful that our university is cutting the counselling service while building a new sports stadium", "staff", "speaking_for_university"),
    ("As programme leader I've decided we're dropping the dissertation requirement from next year", "staff", "speaking_for_university"),
    ("Officially, on behalf of the Students' Union and the University, we condemn the attack", "student", "speaking_for_university"),
    ("As Head of Admissions (personal account): we'll be dropping the interview stage from next year", "staff", "speaking_for_university"),
    ("As a senior lecturer at Derby I can tell you the uni is making the right call on the strike", "staff", "speaking_for_university"),
    ("The new marking policy is absurd and whoever in senior management came up with it should be embarrassed", "staff", "speaking_for_university"),
    ("Our university's decision to close the Leicester campus library overnight is ridiculous", "staff", "speaking_for_university"),
    ("Representing DMU: we believe the government's new policy is unacceptable", "student", "speaking_for_university"),
    ("I think the university's leadership has handled the strike appallingly", "staff", "speaking_for_university"),
    ("our society is the official DMU voice on climate, the uni told us so 🌍", "student", "speaking_for_university"),
    ("Dear all, the university has decided that from next term all teaching will be hybrid. (Posting from my personal account as Dean)", "staff", "speaking_for_university"),
    ("Our students' union and DMU jointly condemn the protest ban, we are united", "student", "speaking_for_university"),
    ("personally I think senior management's plan to close the Buxton campus is a scandal", "staff", "speaking_for_university"),
    ("we (the DMU Tory society) speak for the university when we say the strike is wrong", "student", "speaking_for_university"),
    ("I personally think this university treats its cleaners appallingly", "staff", "speaking_for_university"),
]


# Recall round on unseen phrasings: each situation in several wordings, with quiet twins.
ROWS += [
    # First-person decisions on deadlines, fees and assessment.
    ("We've decided to extend the deadline for all Level 5 portfolios by three days because of the outage", "staff", DECISION),
    ("we've decided to waive the resit fee for all Year 2 students this summer", "staff", DECISION),
    ("We have decided to move all Level 4 exams online this January", "staff", DECISION),
    ("we're going to scrap the word limit on dissertations from next year", "staff", DECISION),
    ("we've decided to move the reading group to Thursdays from next term, all welcome", "staff", None),
    ("We've decided to extend our holiday by a week, Cornwall is too lovely", "staff", None),
    ("We're announcing the winners of the teaching awards on Friday!", "staff", None),
    # Announcing an institutional policy in the first person.
    ("Delighted to confirm that from next year every care leaver will get free accommodation", "staff", DECISION),
    ("pleased to announce that from September all first years will get a free laptop", "staff", DECISION),
    ("From next term, all postgrad students will be charged for printing. Please plan accordingly.", "staff", DECISION),
    ("Happy to share that starting in January all staff will get Fridays off in August", "staff", DECISION),
    ("I can confirm that from next year no applicants will need an interview for nursing", "staff", DECISION),
    ("Delighted to announce that from September I'll be joining Nottingham as a Senior Lecturer!", "staff", None),
    ("Pleased to confirm that from next year I will be taking over as module lead for BIO101", "staff", None),
    ("The university has announced that from next year all applicants get an interview, details on the website", "staff", None),
    # Views on university business without a disclaimer.
    ("The new attendance monitoring system is heavy-handed and will drive students off. Nobody thought this through.", "staff", NODISC),
    ("honestly the university's new AI detection policy is half-baked, nobody consulted teaching staff", "staff", NODISC),
    ("the hot-desking plan management are pushing is a kick in the teeth for long-serving staff", "staff", NODISC),
    ("Senior management's new promotion criteria are a slap in the face for teaching-focused staff", "staff", NODISC),
    ("the new timetabling system is counterproductive and will kill morale, leadership haven't thought it through", "staff", NODISC),
    ("Views my own: the new attendance monitoring system is heavy-handed and will drive students off.", "staff", None),
    ("The university is hosting a public lecture on AI policy next Wednesday, all welcome", "staff", None),
]


# Round 4: situations from an own check batch, in new wordings.
ROWS += [
    ("De Montfort is officially supporting the UCU strike, proud of our uni ✊", "student", CLAIM),
    ("the university is now officially boycotting the festival sponsor", "student", CLAIM),
    ("Our position as a department is that no late work will be accepted this year", "staff", DECISION),
    ("as a school we have decided to drop the group project from Level 5", "staff", DECISION),
    ("Is the university officially supporting the strike? anyone know?", "student", None),
]


# Round 6: situations from an own check batch, in new wordings.
ROWS += [
    ("We have now decided that all PGT students will get a free printing allowance from January", "staff", DECISION),
    ("Delighted to recommend Omar Ali, my former tutee, for any junior analyst role; he'd be an asset", "staff", REFERENCE),
]


# Round 7: situations from an own check batch, in new wordings.
ROWS += [
    ("I'm able to confirm that the university will not be renewing the nursing partnership with the trust", "staff", DECISION),
    ("We're recruiting two research assistants for October, details on the website", "staff", None),
    ("My own view: it's wrong to give senior managers bonuses while we're cutting jobs", "staff", None),
]


# Round 8: situations from an own check batch, in new wordings.
ROWS += [
    ("We're going to drop the A-level entry requirement for the nursing foundation year from 2027", "staff", DECISION),
]


# Round 9: situations from the last own check batch, in new wordings.
ROWS += [
    ("We have agreed that all Year 1 students will get a free resit this summer", "staff", DECISION),
    ("official statement from the Students' Union and the University: we stand with the strikers", "student", CLAIM),
]

@pytest.fixture(scope="module")
def detector() -> SpeakingForUniversityDetector:
    return SpeakingForUniversityDetector()


@pytest.mark.parametrize("row", ROWS, ids=[case_id(r) for r in ROWS])
def test_speaking_for_university(detector, row):
    assert_behaves(detector, "speaking_for_university", *row)


def test_a_missing_disclaimer_is_only_advice(detector):
    [d] = detector.detect("Senior management's handling of the pay dispute has been shameful", STAFF)
    assert d.severity == "low"
