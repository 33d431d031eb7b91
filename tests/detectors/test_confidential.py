"""Confidential or unpublished information. Each row runs the real detector."""

from __future__ import annotations

import pytest

from second_thought.engine.detectors.confidential import ConfidentialDetector

from _category_helpers import assert_behaves, case_id

UNANN = "confidential.unannounced"
RESULTS = "confidential.internal_results"
EXAM = "confidential.exam_content"
REVIEW = "confidential.peer_review"
TENDER = "confidential.tender"
PLACEMENT = "confidential.placement"
RESEARCH = "confidential.unpublished_research"

ROWS = [
    # a module's paper with a question given away; early results with figures;
    # a child's contact arrangements on placement
    ("Finally finished writing the January paper for MATH2041. Q2 is basically the eigenvalue example from week 7 😉", "staff", EXAM),
    ("Here's our draft May paper for BIO1023 - is Q4 too hard for first years? Q4: Outline the regulation of PFK-1 (15 marks)", "staff", EXAM),
    ("Past paper for MATH2041 is on Moodle now, Q2 is a good one to practise", "staff", None),
    ("early results from my PhD survey 👀 62% of Derbyshire care home staff say they skip breaks most shifts (n=418)", "student", RESEARCH),
    ("early results from my PhD survey are in, time to start writing up!", "student", None),
    ("day 3 of my children's services placement and a 6 year old whose mum keeps no-showing at contact. how do people switch off", "student", PLACEMENT),
    # what a pupil disclosed on placement
    ("Year 9 lad in my placement class told me today his dad's just gone to prison and he hasn't had a proper meal since Sunday. Anyone else on PGCE had this?", "student", PLACEMENT),
    ("one of the girls in my placement class told me I'm her favourite teacher 🥹", "student", None),
    ("Year 9 on my placement absolutely smashed their science fair today, so proud of them", "student", None),
    # "don't post this one" is about a photo, not a secret
    ("me and the girls last night 🥂 (Chloe said don't post this one but it's going up)", "student", None),
    ("Not public yet, but the Music department is being merged into Arts next year 🤫", "staff", UNANN),
    ("between us, the school is cutting 20 posts in the spring restructure", "staff", UNANN),
    ("embargoed till Thursday: our new campus in Leicester city centre!", "staff", UNANN),
    ("leaked internal email says tuition for international students goes up 15% next year", "student", UNANN),
    ("heard from SMT that the VC is stepping down at Easter, keep it quiet", "staff", UNANN),
    ("attached the draft strategy document from this morning's board meeting, thoughts?", "staff", UNANN),
    ("big changes coming: we'll be closing the Northampton library site next summer 👀", "staff", UNANN),
    ("progression board outcomes: 30% of first years failed Maths 1, results not released yet", "staff", RESULTS),
    ("marks for the Level 5 module look grim, haven't been released to students yet", "staff", RESULTS),
    ("hint for my module's exam next week: revise chapter 6 carefully, there's a whole question on it 😉", "staff", EXAM),
    ("just finished setting the summer exam paper, question 3 asks them to critique Porter's five forces", "staff", EXAM),
    ("Refereeing a paper from a group in Oxford, they claim a 40% efficiency gain, not convinced", "staff", REVIEW),
    ("the catering tender came down to Sodexo and a local firm, local firm is £50k cheaper", "staff", TENDER),
    ("on placement today, a patient in bay 4 with dementia kept calling me her daughter, so sweet", "student", PLACEMENT),
    ("our unpublished data shows the drug halves relapse rates, can't wait to tell everyone", "staff", RESEARCH),
    # benign
    ("Our paper on microplastics in the Soar is out now in Nature Water, open access: doi.org/10.1000/xyz", "staff", None),
    ("Press release is out: the university has been awarded £2.4m for its hydrogen research centre", "staff", None),
    ("Pleased to announce we've officially launched the new nursing degree, applications open", "staff", None),
    ("don't tell anyone but I still can't cook pasta properly", "student", None),
    ("between us, I think the new Greggs is better than the old one", "student", None),
    ("counselling is free and confidential, you can self-refer through the wellbeing page", "student", None),
    ("Results day is tomorrow, good luck to all our students!", "staff", None),
    ("learning about patient confidentiality in today's lecture, really useful", "student", None),
    ("placement starts Monday on a surgical ward, nervous but excited", "student", None),
    ("our preprint on arXiv shows a new bound for the problem, comments welcome", "staff", None),
    ("the exam will be in the sports hall, bring your student card", "student", None),
    ("reviewing my notes before the seminar tomorrow", "student", None),
    # more phrasings, expected at category level
    ("Job cuts confirmed at today's senior leadership meeting — 40 academic posts to go, announcement in March", "staff", "confidential"),
    ("We're in talks with a big pharma partner for a £3m deal, can't say who yet!", "staff", "confidential"),
    ("Saw the draft NSS results today, we've dropped 12 places. Not out until July", "staff", "confidential"),
    ("the new course fees for 2026 are in the leaked budget spreadsheet, £11k for overseas", "student", "confidential"),
    ("ward round today, the 80-year-old in bed 3 has terminal cancer and her family doesn't know", "student", "confidential"),
    ("so the patient I had on my community placement today turned out to be my old maths teacher 😬", "student", "confidential"),
    ("embargo lifts at 00:01 but here's a sneak peek at our Nature paper", "staff", "confidential"),
    ("Vice-Chancellor's office told Deans today: 3 schools to merge in 2025. Staff not told yet.", "staff", "confidential"),
    ("spoiler: the new £40m science building is getting the go-ahead at council next week, shh", "staff", "confidential"),
    ("shared our draft REF submission with a friend at another uni to get feedback, hope that's ok", "staff", "confidential"),
    ("on my midwifery placement, a 16 year old girl gave birth alone today, her parents kicked her out", "student", "confidential"),
    ("working on a secret partnership with Rolls-Royce, can't wait to shout about it when it's signed", "staff", "confidential"),
    ("reviewer for a journal and just read a paper with amazing results on battery chemistry from a Cambridge group", "staff", "confidential"),
    ("Can't announce it yet but we've secured a partnership with the NHS trust for a new medical school 🤐", "staff", "confidential"),
    ("Between you and me, the Business School dean is being pushed out next month", "staff", "confidential"),
    ("got a copy of next year's timetable before it's published, 9ams everywhere, sorry!", "staff", "confidential"),
    ("The interim results from our clinical trial look amazing but we can't publish till the trial ends", "staff", "confidential"),
    ("Just marked the scripts: the average for the cohort is 48%, grades go out next Friday", "staff", "confidential"),
    ("placement story: the service user I support has a court case next week for assault, she's so nervous", "student", "confidential"),
    ("the next exam has a question on Bayes' theorem, that's all I'm saying 😉", "staff", "confidential"),
    ("Can't believe we're closing the chemistry department next year and nobody's been told 😢", "staff", "confidential"),
    ("sneak preview of the new student fees for 2026 before the official announcement: £9,535", "staff", "confidential"),
    ("got the minutes from Senate, they're planning to cut the library budget by half. keep this to yourselves", "staff", "confidential"),
    ("my mentor let me read a patient's notes on placement and OMG her history is wild", "student", "confidential"),
    ("heard from HR that 3 colleagues in our school are getting redundancy letters on Monday", "staff", "confidential"),
    ("the external examiner's report says the module is failing, not shared with students yet", "staff", "confidential"),
    ("Between ourselves, the new business school building is £10m over budget and the board doesn't know yet", "staff", "confidential"),
    ("Leaked: next year's NSS targets and the faculty league table rankings", "student", "confidential"),
    ("Our partner university in Malaysia is pulling out of the franchise deal, announcement due in June", "staff", "confidential"),
    ("just reviewed a manuscript for Nature that claims a room-temperature superconductor, it won't pass", "staff", "confidential"),
    ("the kid I'm working with on my teaching placement told me his dad hits him, I don't know what to do", "student", "confidential"),
    ("I've been asked to keep it confidential but we're getting a new VC from Oxford", "staff", "confidential"),
    ("Looked at the draft budget today, there's a £5m hole and they're going to cut PhD funding", "staff", "confidential"),
    ("Just been told in confidence that the nursing course is losing its accreditation", "staff", "confidential"),
    ("Exam board tomorrow, looks like about a third of the final years are getting a 2:2, poor things", "staff", "confidential"),
    ("Refereed a grant application from a rival lab today, their preliminary data is shaky", "staff", "confidential"),
    ("Off the record: the new campus is going to be in Milton Keynes", "staff", "confidential"),
    ("The student I supervise on placement told me about her eating disorder, really worried", "staff", "confidential"),
    ("can't say too much but the Arts faculty is merging with Humanities next year, announcement in Jan 🤫", "staff", "confidential"),
    ("The QAA review found serious problems with our nursing course, report not published yet", "staff", "confidential"),
    ("had a patient on my ward today who was a famous footballer, won't say who but 👀", "student", "confidential"),
    ("Confidential: redundancy consultations for 40 professional services staff start next week", "staff", "confidential"),
    ("The provisional NSS results are in and our department has dropped to bottom of the table, keep it quiet till August", "staff", "confidential"),
    ("We're bidding against Coventry for the new medical school, our bid is £2m lower", "staff", "confidential"),
    ("Just read the draft Ofsted-style review of our teacher training, it's damning", "staff", "confidential"),
    ("The school is about to lose its biggest industry partner, contract ends in March and nobody knows", "staff", "confidential"),
    ("Reviewing an article for a journal right now, the authors have found a cure for malaria apparently!", "staff", "confidential"),
    ("on placement at the care home a resident called Edna told me about her son in prison", "student", "confidential"),
    ("Mental health placement today, a young lad on the unit tried to self-harm twice", "student", "confidential"),
    ("Final year project results for the whole cohort are in, 12 fails, not released till Friday", "staff", "confidential"),
    ("shh but our department is about to make 10 people redundant in January", "staff", "confidential"),
    ("the draft timetable for next year has all my modules at 9am Friday, sorry students, not official yet", "staff", "confidential"),
    ("placement diary: today a patient in bed 6 with sepsis died and the family blamed the nurses", "student", "confidential"),
    ("Keep it between us but the university is in talks to merge with De Montfort", "staff", "confidential"),
    ("our spin-out just got a £4m investment offer, signing next week, not public till then 🤐", "staff", "confidential"),
    ("Sneaking a look at the draft league table we submitted, we're going to drop 15 places", "staff", "confidential"),
    ("placement update: the 6 year old in my class has a child protection plan, heartbreaking", "student", "confidential"),
    ("I shouldn't really say this publicly, but the university is planning to close two of its departments and consult on redundancies in the new year.", "staff", "confidential"),
    ("Today on placement I supported a lady with advanced dementia who kept asking for her late husband. Her daughter told me she hasn't long left. Heartbreaking.", "student", "confidential"),
    ("The results of the staff survey haven't been shared yet but engagement is down 20%, not great", "staff", "confidential"),
    ("One of my PhD students' unpublished results got stolen by a reviewer, can't say more yet", "staff", "confidential"),
    ("HEADS UP: our faculty is being merged with Health next year, redundancies likely, don't repeat", "staff", "confidential"),
    ("the external examiner flagged 12 scripts for suspected AI, outcome pending, not public", "staff", "confidential"),
    ("on my social work placement, a family I visit has 5 kids and the dad's just come out of prison", "student", "confidential"),
    ("Admissions told me in confidence that they're lowering entry requirements to 96 UCAS points next year", "student", "confidential"),
    ("The VC's leaving do is next Friday but it's not been announced, keep schtum", "staff", "confidential"),
    ("one of my dissertation interviewees told me she was abused by her coach, wild story, can't believe she said it on tape", "student", "confidential"),
    ("screenshot of my survey responses with participants' names, look how honest people are 😂", "student", "confidential"),
    ("the law clinic client I'm helping is being evicted by his landlord for the third time, poor guy, he's in Braunstone", "student", "confidential"),
    ("school placement: a Year 9 girl in my class told me she's being bullied at home, so sad", "student", "confidential"),
    ("rugby club captain here: we're not allowed to say yet but the club is losing its SU funding next year", "student", "confidential"),
    ("Just caught one of my students cheating in the exam, won't say who but she sits at the front 👀", "staff", "confidential"),
    ("We rejected 300 applicants with AAA this year, admissions decisions are brutal 😬 don't tell anyone", "staff", "confidential"),
    ("one of my tutees is failing 3 modules and her mum just died, I'm so worried about her", "staff", "confidential"),
    ("the student who was expelled last week was from my seminar group, it was for drugs", "staff", "confidential"),
    ("Colleague in our team is off with stress again, third time this year, HR are looking into it", "staff", "confidential"),
    ("Big news coming for the Business School that I can't share yet but it involves a £20m donor 🤫", "staff", "confidential"),
    ("Sneak preview: we're introducing free bus passes for all first years from September (not announced yet). Well done us!", "staff", "confidential"),
    ("the bid for the new catering contract: Compass came in £150k under Sodexo, we decide Friday", "staff", "confidential"),
    ("Peer reviewing a manuscript from a team at UCL — they've found a new antibiotic class, huge if true", "staff", "confidential"),
    ("Can't officially say but the nursing course is moving to the Northampton campus next year", "staff", "confidential"),
    ("Interim REF scores for our unit just came through internally, we're looking at a 3.1 GPA", "staff", "confidential"),
    ("Leaked email: the Dean wants to cut all part-time contracts by August", "student", "confidential"),
    ("Just reviewed a colleague's promotion application, honestly not strong, she won't get it", "staff", "confidential"),
    ("Marking moderation meeting today: the external wants to scale the whole module down 5%", "staff", "confidential"),
    ("Off the record, our department is getting a new professor from Harvard, deal signed today", "staff", "confidential"),
    ("our school's NSS results are appalling, 42% satisfaction, embargoed till next week", "staff", "confidential"),
    ("between you and me the VC is leaving in March and it's not been made public", "staff", "confidential"),
    ("Our unpublished trial data shows the vaccine works in 90% of cases, paper not out till next year", "staff", "confidential"),
    ("I can't say much but our faculty is about to lose accreditation for the Pharmacy degree", "staff", "confidential"),
    ("the provisional pass list for Year 2 is on my desk and it's grim, 30 fails", "staff", "confidential"),
    ("the new sports centre isn't being built anymore, I know someone on the estates team, keep it quiet", "student", "confidential"),
]


# Recall round on unseen phrasings: each situation in several wordings, with quiet twins.
ROWS += [
    # Patients and service users from a placement, with or without an article.
    ("patient on my ward today told me her husband hits her and she can't leave. I feel sick", "student", "confidential.placement"),
    ("service users at my placement keep telling me about their debts, one of them owes £40k", "student", "confidential.placement"),
    ("resident in my care home placement cried all morning because her son never visits", "student", "confidential.placement"),
    ("client on my caseload confessed he's relapsed and his social worker doesn't know", "student", "confidential.placement"),
    ("young person on my placement told me they're scared to go home. heartbreaking", "student", "confidential.placement"),
    ("patient safety week on placement was actually really useful, loads learned", "student", None),
    ("placement confirmed on a paediatric ward, can't wait", "student", None),
    # Recruitment details.
    ("shortlist for the chair in physics has three externals and our own Dr Bell, who's the front runner", "staff", "confidential.recruitment"),
    ("interview panel already decided who's getting the job, the advert was just for show", "staff", "confidential.recruitment"),
    ("internal candidates for the dean post are Sam and Priya, Sam's the shoo-in 🤫", "staff", "confidential.recruitment"),
    ("2 internal applicants for the lectureship and one from Bristol who is way stronger", "staff", "confidential.recruitment"),
    ("candidates for our research fellow post: 5 shortlisted, the preferred one is from Cambridge", "staff", "confidential.recruitment"),
    ("We're hiring a research fellow! Closing date 4 July, apply here", "staff", None),
    ("so chuffed to be shortlisted for the university teaching prize!", "staff", None),
    ("I've been shortlisted for the lecturer post at Leeds, wish me luck", "staff", None),
    # Research under review with the results given away.
    ("paper's under review at Nature and we showed the vaccine works in 90% of mice, shh", "staff", "confidential.unpublished_research"),
    ("just submitted to the Lancet: our trial halved readmissions. not out yet so don't share", "staff", "confidential.unpublished_research"),
    ("still in prep but the key finding is that the drug outperforms every current treatment", "staff", "confidential.unpublished_research"),
    ("our manuscript isn't published yet but it shows that sleep predicts exam marks, wild", "staff", "confidential.unpublished_research"),
    ("under review at PNAS, the headline result is a 3-fold increase in yield", "staff", "confidential.unpublished_research"),
    ("Our paper is under review at eLife, fingers crossed 🤞", "staff", None),
    ("our new paper is out in Nature today: the vaccine works in 90% of mice, open access link below", "staff", None),
    # Leaked or draft documents.
    ("draft of next year's assessment policy got sent to me, they're removing resit caps 👀", "student", "confidential.unannounced"),
    ("someone leaked to us the draft of the new workload framework, it says 550 hours teaching", "staff", "confidential.unannounced"),
    ("draft version of the new fees policy is in the group chat, they're raising fees", "student", "confidential.unannounced"),
    ("got leaked to me that the school is getting rid of the foundation year, pdf attached", "staff", "confidential.unannounced"),
    ("the draft of my dissertation is finally done!!", "student", None),
    ("consultation on the draft of the new student charter is open, have your say by Friday", "staff", None),
    # Tenders and partners.
    ("security contract bids: Mitie and G4S neck and neck, G4S ahead on quality", "staff", "confidential.tender"),
    ("cleaning tender scores are in, OCS scored highest on price", "staff", "confidential.tender"),
    ("bid scores for the new VLE have Moodle winning by miles", "staff", "confidential.tender"),
    # Nothing said yet / split between us.
    ("the library merger goes to council next week and nothing's been said to staff yet", "staff", "confidential.unannounced"),
    ("restructure plans are signed off, staff don't know yet", "staff", "confidential.unannounced"),
    ("split the revision notes between us so we each do two topics", "student", None),
    ("we'll share the taxi fare between us, £6 each", "student", None),
    ("the confidential reporting line for research integrity is on the intranet", "staff", None),
]


# Round 3: situations from an own check batch, in new wordings.
ROWS += [
    # Internal results seen before anyone else.
    ("REF results came in early for our unit and we've dropped two places, keep it quiet", "staff", "confidential"),
    ("we got early sight of the league table, we're down to 68th, don't tell the students", "staff", "confidential"),
    ("NSS data arrived early: teaching scores down 9 points. please don't tell the team yet", "staff", "confidential"),
    ("the accreditation report is damning and we aren't sharing it with students until the summer", "staff", "confidential"),
    ("we won't be releasing the review findings to staff before the board meets", "staff", "confidential"),
    ("NSS results are out today and we're up 5 points, well done all!", "staff", None),
    ("don't tell the students, but there's cake in the staff room for them tomorrow 🎂", "staff", None),
]


# Round 4: situations from an own check batch, in new wordings.
ROWS += [
    ("the patient in bed 4 on my ward is that actor from the soaps, in for surgery", "student", "confidential.placement"),
    ("a man on my placement ward is the local MP's dad, admitted last night", "student", "confidential.placement"),
    ("saw the referee comments on Dr Kim's fellowship application, brutal", "staff", "confidential.peer_review"),
    ("my supervisor showed me the reviewer reports on her colleague's grant, they hated it", "student", "confidential.peer_review"),
    ("got my own referee comments back on my grant, fair points, resubmitting", "staff", None),
]


# Round 5: situations from an own check batch, in new wordings.
ROWS += [
    ("exam board agreed to knock the whole Level 5 cohort down 3 marks, results next week", "staff", "confidential.internal_results"),
    ("the external examiner wants us to scale the module marks up by 5, don't repeat this", "staff", "confidential.internal_results"),
    ("family I'm supporting on my social work placement are about to lose their home, the mum is so stressed", "student", "confidential.placement"),
    ("law clinic client I'm advising is being sued by his employer, he's terrified", "student", "confidential.placement"),
    ("the VC told us this morning the Arts building is being sold, it's not been communicated to staff yet", "staff", "confidential.unannounced"),
    ("the new Kendrick album dropped a week before its release date, it's so good", "student", None),
]


# Round 6: situations from an own check batch, in new wordings.
ROWS += [
    ("internal audit found a £90k overspend in estates, it hasn't gone to the board yet, keep it in the team", "staff", UNANN),
    ("we're comparing three contractors for the sports hall, Balfour quoted £8m", "staff", TENDER),
    ("a colleague's unpublished study shows the app doesn't work at all, they'll never publish it", "staff", "confidential.unpublished_research"),
    ("the audit committee report is published on the governance pages", "staff", None),
]


# Round 7: situations from an own check batch, in new wordings.
ROWS += [
    ("sat on the appointment panel today, the candidate we picked is on £92k, well above the scale", "staff", "confidential.recruitment"),
    ("just sat on an appointment panel, strong candidates, the announcement will come from HR", "staff", None),
]


# Round 8: situations from an own check batch, in new wordings.
ROWS += [
    ("out of the promotions panel: 2 of the 9 applicants for professor got through, Mark didn't", "staff", "confidential.recruitment"),
    ("provisional NSS scores for Law are grim, 61% overall, official release in July", "staff", "confidential.internal_results"),
    ("the 3 year old I'm supporting at nursery disclosed something worrying today, had to report it", "student", "confidential.placement"),
    ("the promotions round opens in March, guidance is on the intranet", "staff", None),
    # a deal about to be signed, told before it is announced
    ("Really pleased we're about to sign a validation partnership with Lakeside College, 200 students a year from 2027. Contract's with legal now (views my own)", "staff", "confidential.unannounced"),
    ("we're close to signing the new catering contract, not announced yet so keep it quiet", "staff", "confidential.unannounced"),
    ("We signed the partnership with Lakeside College today, announced on the website this morning", "staff", None),
    ("we're about to sign the lease on our new house next month!", "staff", None),
]


@pytest.fixture(scope="module")
def detector() -> ConfidentialDetector:
    return ConfidentialDetector()


@pytest.mark.parametrize("row", ROWS, ids=[case_id(r) for r in ROWS])
def test_confidential(detector, row):
    assert_behaves(detector, "confidential", *row)
