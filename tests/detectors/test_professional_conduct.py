"""Staff criticising students or colleagues, favouritism. Each row runs the real detector."""

from __future__ import annotations

import pytest

from second_thought.engine.detectors.professional_conduct import ProfessionalConductDetector

from _category_helpers import assert_behaves, case_id

STUDENTS = "conduct.criticising_students"
COLLEAGUES = "conduct.criticising_colleagues"
FAVOUR = "conduct.favouritism"

ROWS = [
    # weary irony about colleagues; a group that drags the room down
    ("Always a joy when a certain associate dean explains my own research back to me in committee. Slower, louder, and about 40% wrong. 🙃", "staff", COLLEAGUES),
    ("a colleague 'forgets' to invite you to the module team meeting then emails round the minutes asking you to action six things. So collegial. So normal.", "staff", COLLEAGUES),
    ("Overheard a colleague telling an open day family our course is 'the same as Leicester but cheaper'. Sales genius. Someone promote that man.", "staff", COLLEAGUES),
    ("Our PVC's all-staff email about 'belt tightening' was sent from a conference hotel in Lisbon. You genuinely couldn't make it up.", "staff", COLLEAGUES),
    ("Congratulations to my colleague on presenting 'his' new assessment framework at this week's teaching conference. It looked very familiar.", "staff", COLLEAGUES),
    ("pls don't put any of the foundation lot in my tutorial group this year, they drag the whole room down", "staff", "professional_conduct"),
    ("Always a joy when the first years bring cake to the last seminar of term 🍰", "staff", None),
    ("Lovely to see our colleague Dr Amadi presenting her new framework at the teaching conference, so proud", "staff", None),
    ("our team presentation was the best I have seen in five years, so proud of our placement students", "staff", None),
    # a new starter called stupid; an appointment put down to connections; a
    # word put in with a panel
    ("new apprentice is thick as mince. watched him try to plug the kettle in upside down this morning 😂", "staff", COLLEAGUES),
    ("Everyone knows the new Dean only got the job because her husband sits on the board.", "staff", COLLEAGUES),
    ("My godson's applying for the MSc. Just put a word in with the panel and it's sorted, he'll be in 👍", "staff", FAVOUR),
    ("our new apprentice is brilliant, fixed the kettle and the lathe before 10am", "staff", None),
    ("watch Gareth take the credit for the REF case study at the awards, after doing none of the interviews", "staff", COLLEAGUES),
    ("advice for new PIs: always take credit for the work your lab does, nobody else will", "staff", None),
    # sarcasm about a department or the leadership; a student's public
    # complaint answered in public; a colleague taken on in public; favours
    ("Estates 'fixed' the heating by turning it off in D Block. Visionary leadership from our exec, truly bold", "staff", COLLEAGUES),
    ("does anyone in Timetabling ever actually look at where the rooms are? 9am in the Annexe, 10am at the far campus", "staff", COLLEAGUES),
    ("I'm the module leader for the course you're complaining about here. You submitted 600 words on a 2,000 word brief; check your receipt before posting.", "staff", STUDENTS),
    ("quote-tweeting my own head of department to say: no, a 48-hour marking turnaround is not 'realistic'", "staff", COLLEAGUES),
    ("had dinner with Leo's parents last night, lovely people. Leo, consider that viva a formality", "staff", FAVOUR),
    ("can we just wave Amira's mitigating circs through? she's in my book club, lovely girl", "staff", FAVOUR),
    ("this year's foundation lot are basically feral, who let them near the fume cupboards", "staff", STUDENTS),
    ("the most entitled student I've taught in 15 years told me a 2:2 was 'a hate crime'", "staff", STUDENTS),
    ("our VC's handling of the pensions dispute is embarrassing", "staff", COLLEAGUES),
    ("Shoutout to the second years who did the dawn bird count in thick fog, absolute legends", "staff", None),
    ("The student loan changes are a disgrace and every MP who voted for them should explain it to a room of 19-year-olds", "staff", None),
    ("Our leadership team signed the new sustainability pledge today, proud to be part of it", "staff", None),
    ("women are under-represented in university leadership, and that has to change", "staff", None),
    # a department's blunder run down in public; a colleague answered in
    # public; a call-out of a colleague; a whole year's attitude
    ("whoever in Finance signed off these invoices should honestly not be allowed near a calculator", "staff", COLLEAGUES),
    ("Dr Okonjo, your reply to my thread shows you clearly didn't read the paper. Maybe start with the methods", "staff", STUDENTS),
    ("to the colleague who keeps leaving the lab fridge full of mouldy samples: some of us work here too", "staff", COLLEAGUES),
    ("not naming names but someone in our department has missed every marking deadline this term", "staff", COLLEAGUES),
    ("this year's Level 5s simply don't want to learn, they expect the answers handed to them", "staff", STUDENTS),
    ("to the colleague who covered my 9am lab on Friday: thank you, you're a lifesaver", "staff", None),
    ("new first years shouldn't be allowed near the laser cutter until they've done the induction", "staff", None),
    ("Dr Ruiz, you didn't read the email I sent? no problem, I'll forward it again", "staff", None),
    ("Brilliant keynote from Prof Adeyemi; if you haven't read the paper, start with the abstract", "staff", None),
    ("Marking 200 first year essays and honestly half of them can't write a sentence", "staff", STUDENTS),
    ("this cohort is the laziest I've taught in 15 years, not one of them did the reading", "staff", STUDENTS),
    ("Had a row with a final year student in my office hours, some people think a 2:1 is a right", "staff", STUDENTS),
    ("my Tuesday seminar group are genuinely thick, I give up 🙄", "staff", STUDENTS),
    ("HR are completely useless, three months to process a contract", "staff", COLLEAGUES),
    ("the Law School lot are clowns, no idea what they're doing with the new timetable", "staff", COLLEAGUES),
    ("some colleagues in my department are pure dead wood, just waiting for retirement", "staff", COLLEAGUES),
    ("Well done to my favourite student Josh, unlike the rest of the class he actually listens", "staff", FAVOUR),
    ("Gave Amira a few extra marks because she's always so lovely in class 😊", "staff", FAVOUR),
    # benign
    ("So proud of my third years, their presentations today were brilliant", "staff", None),
    ("Congratulations to all our graduating students! 🎓", "staff", None),
    ("Reminder to my tutees: drafts are due Friday, drop me an email if you're stuck", "staff", None),
    ("the printer on floor 3 is useless again, anyone know if IT are aware?", "staff", None),
    ("I'm useless at remembering names, sorry to my new students!", "staff", None),
    ("Thanks to colleagues in Estates for fixing the heating so quickly", "staff", None),
    # role: the rule is for staff; a student saying this is someone else's business
    ("this cohort is the laziest I've ever seen lol", "student", None),
    # more phrasings, expected at category level
    ("Some of my students think a 9am is optional. Grow up.", "staff", "professional_conduct"),
    ("Every year group gets dumber, this lot can't even reference", "staff", "professional_conduct"),
    ("The Economics department couldn't organise a piss-up in a brewery", "staff", "professional_conduct"),
    ("@tom_student you're wrong and frankly embarrassing yourself in this thread", "staff", "professional_conduct"),
    ("liked and retweeted everything Jess posts, she's my favourite tutee by far", "staff", "professional_conduct"),
    ("To the student in row 3 of today's lecture who was on TikTok the whole time: you're an embarrassment", "staff", "professional_conduct"),
    ("Honestly our Dean is a clueless careerist and everyone in the faculty knows it", "staff", "professional_conduct"),
    ("Why do I bother putting notes online when this year's intake can't be bothered to read them", "staff", "professional_conduct"),
    ("I've told Ellie she'll definitely get a first, she's the best in the class by miles", "staff", "professional_conduct"),
    ("I'm so tired of this year's second years, entitled and lazy, every single one", "staff", "professional_conduct"),
    ("Another meeting where the Head of Department talked for an hour and said nothing. Useless.", "staff", "professional_conduct"),
    ("Replying to a student who called my marking unfair on Twitter: read the feedback before whining", "staff", "professional_conduct"),
    ("Honestly, marketing colleagues are a bunch of incompetent clowns", "staff", "professional_conduct"),
    ("Shout out to Priya, by far my favourite student, I always give her the best projects", "staff", "professional_conduct"),
    ("Level 6 students this year are the worst I've ever taught, absolutely no work ethic", "staff", "professional_conduct"),
    ("Replying to a student on Twitter: no, you can't have an extension, maybe try turning up to lectures", "staff", "professional_conduct"),
    ("Our finance team take weeks to approve a £20 receipt, what a bunch of amateurs", "staff", "professional_conduct"),
    ("Some colleagues in this faculty shouldn't be anywhere near students, frankly", "staff", "professional_conduct"),
    ("I always mark Hannah's essays first, she's the only one who makes it enjoyable 😍", "staff", "professional_conduct"),
    ("This cohort of first years is the most useless I've had, half of them can't use a stapler", "staff", "professional_conduct"),
    ("Dear colleagues in Admissions, please stop sending me clueless applicants, thanks", "staff", "professional_conduct"),
    ("The student who emailed me at 2am asking for the answers is clearly not cut out for this", "staff", "professional_conduct"),
    ("My PhD student Dan is far better than Jo's students, I'll make sure he gets the studentship", "staff", "professional_conduct"),
    ("Our HoD is a bully and everyone in the staff group knows it", "staff", "professional_conduct"),
    ("Marked 60 scripts today and I've lost faith in the education system, these students can't construct an argument", "staff", "professional_conduct"),
    ("Students these days want everything handed to them on a plate, pathetic", "staff", "professional_conduct"),
    ("@jess_m21 if you'd read the module handbook you'd know the deadline, not my fault you didn't", "staff", "professional_conduct"),
    ("To the 2nd years who complained about my marking in the NSS: maybe do the reading next time", "staff", "professional_conduct"),
    ("The Psychology department is run by a bunch of egos who can't agree on anything", "staff", "professional_conduct"),
    ("Nobody in Registry knows what they're doing, every form gets lost", "staff", "professional_conduct"),
    ("Can't stand working with Dr Hughes, he takes credit for everyone's work", "staff", "professional_conduct"),
    ("Special shout out to Olivia, my favourite of all my tutees, you make teaching worth it", "staff", "professional_conduct"),
    ("I'll be going easy on Sam's marking this time, he's had a tough year and he's a great lad", "staff", "professional_conduct"),
    ("Our new Head of School has no clue about teaching, a total disaster", "staff", "professional_conduct"),
    ("Honestly the Year 1 Law students are the laziest lot I've ever had", "staff", "professional_conduct"),
    ("Colleagues in Marketing are clueless, every campaign they run is embarrassing", "staff", "professional_conduct"),
    ("Favouring no one but Aisha is clearly my best student 😉", "staff", "professional_conduct"),
    ("Yet again my seminar group turned up having done none of the reading. Why do I bother", "staff", "professional_conduct"),
    ("The quality of essays from this year's MSc cohort is embarrassing, frankly", "staff", "professional_conduct"),
    ("Told a student today that if she can't handle feedback she should leave. No regrets.", "staff", "professional_conduct"),
    ("Some academics in our school do zero research and zero teaching, deadwood the lot of them", "staff", "professional_conduct"),
    ("The admin team in the faculty office are hopeless, lost my forms three times", "staff", "professional_conduct"),
    ("My colleague Dr Price is a total fraud, his lectures are copied from YouTube", "staff", "professional_conduct"),
    ("Happy to give Ben extra time on his essay, he's one of the good ones, unlike the rest", "staff", "professional_conduct"),
    ("Liked all of Sophie's posts about her campaign for SU president, she's got my vote and my support 💪", "staff", "professional_conduct"),
    ("Students who email on weekends expecting a reply are delusional", "staff", "professional_conduct"),
    ("The first years this term are the worst I've ever taught, can't even use a library", "staff", "professional_conduct"),
    ("The Geography department couldn't run a bath, honestly", "staff", "professional_conduct"),
    ("the MA cohort this year are the laziest bunch I've taught", "staff", "professional_conduct"),
    ("Our department administrator is utterly useless, can't even book a room", "staff", "professional_conduct"),
    ("It is genuinely exhausting teaching a cohort that refuses to engage. This year's second years are, without exception, the least motivated group I have ever taught.", "staff", "professional_conduct"),
    ("I'm sorry, but the Finance department at this university is incompetent. Every expense claim takes months and nobody takes responsibility.", "staff", "professional_conduct"),
    ("I genuinely think half my tutees are incapable of independent thought", "staff", "professional_conduct"),
    ("Colleagues who don't reply to emails for 3 weeks should be named and shamed. Looking at you, Dave in Marketing", "staff", "professional_conduct"),
    ("After 20 years I've never seen a laziger, less prepared intake than this one", "staff", "professional_conduct"),
    ("Some of my colleagues clearly don't care about students at all, they just want the salary", "staff", "professional_conduct"),
    ("I'm done pretending: our Level 4 students are the worst intake in a decade", "staff", "professional_conduct"),
    ("Public service announcement: Dr Kaur in Biology takes credit for her PhD students' work", "staff", "professional_conduct"),
    ("Arguing with a second year in the comments under my post, some students just can't take criticism", "staff", "professional_conduct"),
    ("our school's Head of Research has been sitting on my promotion case for a year out of spite", "staff", "professional_conduct"),
    ("Whoever gets the Law 3 dissertations to mark, good luck, the weakest cohort I've seen in years", "staff", "professional_conduct"),
    ("Honestly, what does the Finance team even do? Three months for a refund. Useless.", "staff", "professional_conduct"),
    ("so proud of my favourite student Tom, the only one in the group with a brain 🧠", "staff", "professional_conduct"),
    ("the Ethics Committee are a bunch of jobsworths, they've blocked my study three times", "staff", "professional_conduct"),
    ("Dear students who email me the night before the deadline: I will not be answering. Plan better.", "staff", "professional_conduct"),
    ("Our department's admin staff are the laziest people I have ever worked with", "staff", "professional_conduct"),
    ("Honestly the quality of our PhD applicants this year is embarrassing, can barely write English", "staff", "professional_conduct"),
    ("our Head of School is useless and everyone in the staff group agrees", "staff", "professional_conduct"),
    ("My second years think a reference list is optional. Unbelievable.", "staff", "professional_conduct"),
    ("The Students' Union staff are all clueless, I don't know why we bother working with them", "staff", "professional_conduct"),
    ("Some students simply shouldn't have been admitted, my 9am group being exhibit A", "staff", "professional_conduct"),
    ("I refuse to write references for students who skipped my lectures, they know who they are", "staff", "professional_conduct"),
    ("Third years in my module are embarrassingly bad at basic statistics. Worrying.", "staff", "professional_conduct"),
    ("Our HoD gives all the good modules to her mates and dumps the rest on the new staff", "staff", "professional_conduct"),
    ("Level 5 students: stop emailing me asking for answers to the coursework. It's pathetic.", "staff", "professional_conduct"),
    # more time or a better mark for one student, for a personal tie
    ("I've quietly given Rhys an extra week on the portfolio, his dad and I go back a long way.", "staff", "professional_conduct"),
    ("I'll bump Chloe up a band, she's been great in the lab and her dad's an old friend", "staff", "professional_conduct"),
    ("gave the whole cohort an extra week on the portfolio because of the strike, details on the VLE", "staff", None),
    ("gave Rhys an extra week because of his hospital stay, as the extenuating circumstances policy allows", "staff", None),
    ("gave Priya an extra reading on Hume, her dad is a philosopher too so she loved it", "staff", None),
]


# Recall round on unseen phrasings: each situation in several wordings, with quiet twins.
ROWS += [
    # The one student the author rates.
    ("Retweeting Jade because she's the only one in my seminar group I actually like", "staff", FAVOUR),
    ("Tom is easily my favourite in the tutorial group, the rest could learn from him", "staff", FAVOUR),
    ("the only student in this cohort I genuinely respect is Ali, sorry not sorry", "staff", FAVOUR),
    ("she's by far my favourite, the rest of the class should learn a thing or two from her", "staff", FAVOUR),
    ("Lily's the only one in my lab group who I trust with the equipment", "staff", FAVOUR),
    ("so proud of every single student in my tutorial group this year 🥰", "staff", None),
    ("my dog is my favourite in the whole house lol", "staff", None),
    # A named colleague's teaching or marking run down.
    ("how is Gareth still allowed to teach stats, his slides are from 2004", "staff", COLLEAGUES),
    ("Sarah's marking is a joke, gave my tutee a 52 for a first-class essay", "staff", COLLEAGUES),
    ("can't believe Pete is still running the methods module, his feedback is useless", "staff", COLLEAGUES),
    ("some colleagues just can't mark, my tutee got 48 for a clear 2:1", "staff", COLLEAGUES),
    ("Prof Hill failed one of my supervisees with 38 when it should have been a 2:1 easily", "staff", COLLEAGUES),
    ("half of this department don't know how to give feedback, honestly", "staff", COLLEAGUES),
    ("my own slides are a mess this week, sorry everyone!", "staff", None),
    ("students said my lectures are boring, fair enough, will mix it up", "staff", None),
    ("her book is brilliant, recommending it to the whole department", "staff", None),
    # Telling a class off in public.
    ("to the back row of my lecture on their phones during the whole talk: shame on you 😤", "staff", STUDENTS),
    ("filmed the front row of my seminar asleep, here's the video, sort yourselves out", "staff", STUDENTS),
    ("three of you walked out of my lecture early today. Do better.", "staff", STUDENTS),
    ("the government's new visa rules are a disgrace, shame on them", "staff", None),
    ("reminder: phones away in the lecture hall please, thanks all", "staff", None),
    # Sneering at a colleague's repeated mistake.
    ("Rob in finance messed up my expenses again, how hard can it be", "staff", COLLEAGUES),
    ("admissions screwed up the offer emails yet again, honestly how hard is it", "staff", COLLEAGUES),
    ("HR can't get a single thing right, as useless as ever", "staff", COLLEAGUES),
    ("I messed up the room booking again, sorry all!", "staff", None),
]


# Round 3: situations from an own check batch, in new wordings.
ROWS += [
    # "If you'd spent as much time on X you'd have passed".
    ("@sam_k if you spent half as long revising as you do gaming you'd have passed", "staff", STUDENTS),
    ("to whoever is complaining about their mark: if you had attended a single seminar you might have passed", "staff", STUDENTS),
    ("if you'd actually read the module guide you would know the deadline", "staff", STUDENTS),
    ("if you have any questions about the module guide, you would be welcome at my office hours", "staff", None),
    # Running a manager down.
    ("our dean couldn't organise a cake sale, this whole mess is her doing", "staff", COLLEAGUES),
    ("the head of school couldn't manage a chip shop, the restructure is all his fault", "staff", COLLEAGUES),
    ("my line manager couldn't plan a meeting to save her life", "staff", COLLEAGUES),
    ("our dean is organising a cake sale for charity on Friday, come along", "staff", None),
    # Cohorts named by level or year.
    ("the Level 5s are hopeless this year, none of them did the reading", "staff", STUDENTS),
    ("my Year 2s are the laziest group I've ever taught", "staff", STUDENTS),
    ("honestly the L4 lot can't even reference properly", "staff", STUDENTS),
    ("my Year 2s smashed their presentations today, so proud", "staff", None),
]


# Round 4: situations from an own check batch, in new wordings.
ROWS += [
    ("replying to Josh's post: your grade will not change just because you emailed me six times", "staff", STUDENTS),
    ("@amy_r your mark won't go up because you complained on Twitter, sorry", "staff", STUDENTS),
    ("our new dean has never run a department in her life and it shows", "staff", COLLEAGUES),
    ("the comms team contribute nothing useful, total waste of a salary", "staff", COLLEAGUES),
    ("gave Mia the research assistant role because she's my neighbour's daughter, sorry everyone", "staff", FAVOUR),
    ("offered Sam the studentship because his parents are old friends of mine", "staff", FAVOUR),
    ("to whoever in year 2 copied their report from a website: I know it was you", "staff", STUDENTS),
    ("gave Mia the research assistant role because her interview was outstanding", "staff", None),
    ("I'll be at the open day, so will the rest of the team", "staff", None),
]


# Round 5: situations from an own check batch, in new wordings.
ROWS += [
    ("students who email me at midnight about the deadline: plan your time like adults", "staff", STUDENTS),
    ("those of you who expect me to reply on Sundays, not my problem", "staff", STUDENTS),
    ("Amira is the only one in my seminar group with a brain, honestly", "staff", FAVOUR),
    ("the state of these Level 4 essays, can they even write?", "staff", STUDENTS),
    ("students who email me with questions: I'll reply within two working days", "staff", None),
]


# Round 6: situations from an own check batch, in new wordings.
ROWS += [
    ("I'm sick of covering for Dan's seminars, he's unreliable and the whole department knows", "staff", COLLEAGUES),
    ("to my Friday lot who skipped the lab: don't bother asking me for the data", "staff", STUDENTS),
    ("to my Friday lot who came to the lab: great work, see you next week", "staff", None),
]


# Round 7: situations from an own check batch, in new wordings.
ROWS += [
    ("To the student who said my lectures were dull in the survey: your writing is the dull thing.", "staff", STUDENTS),
    ("@liam_b mate you got 38 because you barely answered the question. stop moaning on here", "staff", STUDENTS),
    ("the whole estates office are jobsworths, three weeks to change a lightbulb", "staff", COLLEAGUES),
    ("our new colleague clearly can't teach, the students are already complaining", "staff", COLLEAGUES),
    ("Maya is the only bright spark in this otherwise dreadful cohort", "staff", STUDENTS),
    ("this group is a delight, best seminars all year", "staff", None),
]


# Round 8: situations from an own check batch, in new wordings.
ROWS += [
    ("Thanks to the four students who came today. Everyone else, enjoy the resit.", "staff", STUDENTS),
    ("the admin office need a serious talking to, nothing ever gets done", "staff", COLLEAGUES),
    ("I always give Jo's group the best topics because I like them more, shh", "staff", FAVOUR),
    ("@leo_p no extension, maybe turn up to a seminar next time", "staff", STUDENTS),
    ("Thanks to everyone who came to the seminar today, great discussion", "staff", None),
]


# A reference praising the best student is a reference, not favouritism.
ROWS += [
    ("I'd recommend Leo to any employer without hesitation, the best student I've supervised", "staff", None),
]

# Round 9: situations from the last own check batch, in new wordings.
ROWS += [
    ("@jess_r the answer is literally in the module handbook that you clearly haven't read", "staff", STUDENTS),
    ("I only give extensions to students I actually like, harsh but true", "staff", FAVOUR),
]

@pytest.fixture(scope="module")
def detector() -> ProfessionalConductDetector:
    return ProfessionalConductDetector()


@pytest.mark.parametrize("row", ROWS, ids=[case_id(r) for r in ROWS])
def test_professional_conduct(detector, row):
    assert_behaves(detector, "professional_conduct", *row)
