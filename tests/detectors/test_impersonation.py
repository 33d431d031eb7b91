"""Posting as someone else. Each row runs the real detector."""

from __future__ import annotations

import pytest

from second_thought.engine.detectors.impersonation import ImpersonationDetector

from _category_helpers import assert_behaves, case_id

POSING = "impersonation.posing_as"
FORMS = "impersonation.forms_as_others"
ACCOUNT = "impersonation.account_use"
BEHALF = "impersonation.posting_for_without_consent"

ROWS = [
    ("this is not callum. callum is asleep and i have his phone. callum would like to announce that he fancies his flatmate", "student", ACCOUNT),
    ("this is not a drill, I have her phone charger if anyone's seen Priya", "student", None),
    # one person's survey answers sent in through other people's logins
    ("Filled in the staff survey four times from different logins so they might finally get how bad morale is in our team", "staff", FORMS),
    ("filled in the course survey on my phone and then my laptop, only the first went through", "student", None),
    ("made a fake insta pretending to be our flatmate Ellie, 200 followers already 😂", "student", POSING),
    ("set up a parody account of Dr Morgan with his photos, the students love it", "staff", POSING),
    ("going to email the landlord posing as my dad so he takes us seriously", "student", POSING),
    ("I'll pretend to be you on the Teams call, just keep your camera off", "student", POSING),
    ("submitting the attendance form as Liam and Priya too, they're still in bed", "student", FORMS),
    ("can someone sign me in for the 9am lecture, I'm not getting up", "student", FORMS),
    ("Jess left her Twitter logged in on my laptop so I'm tweeting from it lol", "student", ACCOUNT),
    ("using my flatmate's insta to reply to her ex while she's in the shower 😈", "student", ACCOUNT),
    ("posting this for my mate Sam, he doesn't know but he needs a date for the ball", "student", BEHALF),
    # benign
    ("posting this for my sister who asked me to: she's lost her cat in Clarendon Park", "student", None),
    ("lol the parody account of the Prime Minister is on fire today", "student", None),
    ("warning: someone is impersonating the uni IT helpdesk by email, don't click the link", "student", None),
    ("I'm on my phone so sorry for typos", "student", None),
    ("pretending to be productive in the library 📚", "student", None),
    ("dressed up as the Joker for the Halloween social", "student", None),
    ("submitting the group form for our project team, everyone has signed it", "student", None),
    # more phrasings, expected at category level
    ("logged into Kieran's Blackboard and submitted his essay for him, he was asleep", "student", "impersonation"),
    ("I've been replying to my sister's tinder matches on her phone lol she has no idea", "student", "impersonation"),
    ("started a fake twitter for our head of department, posting his worst quotes", "staff", "impersonation"),
    ("voted in the SU elections as my whole flat, they never check", "student", "impersonation"),
    ("texted her boyfriend from her phone pretending to be her 😈", "student", "impersonation"),
    ("made an insta account with my lecturer's name and photo to troll our class chat", "student", "impersonation"),
    ("I replied to all of Ben's emails while he was off, signed his name, he won't mind", "staff", "impersonation"),
    ("filling in the NSS for my flatmates because they can't be bothered, giving everything 5 stars", "student", "impersonation"),
    ("pretended to be Jake's mum on the phone to get him out of his seminar lol", "student", "impersonation"),
    ("I borrowed my roommate's phone and posted a confession on her story lmao 😭", "student", "impersonation"),
    ("created a LinkedIn profile using my tutor's name to see if recruiters would message", "student", "impersonation"),
    ("messaged the landlord from Dave's email pretending to be him", "student", "impersonation"),
    ("signing the attendance sheet for the whole group again, no one checks", "student", "impersonation"),
    ("running a fake account in my flatmate's name on Tinder as a prank 😂", "student", "impersonation"),
    ("my brother did my online exam for me, he's logged in as me", "student", "impersonation"),
    ("used my mate's uni login to book a library room and sent an email as him lol", "student", "impersonation"),
    ("Filled out 10 responses to the SU survey with made-up names to get our society more funding", "student", "impersonation"),
    ("I took over my housemate's Instagram while she was at work and posted a bunch of cringe stuff", "student", "impersonation"),
    ("Set up a Twitter account as our department head, it's hilarious, nobody's noticed it's fake", "staff", "impersonation"),
    ("I submitted my friend's coursework for her from her account because she was ill", "student", "impersonation"),
    ("answering my boyfriend's messages on his phone while he's in the shower 👀", "student", "impersonation"),
    ("made a fake account of our flatmate Callum and we've been posting as him 😂", "student", "impersonation"),
    ("filled in the SU survey 5 times as different people lol", "student", "impersonation"),
    ("posted on my flatmate's Facebook while she was out 'I love Justin Bieber' lmao", "student", "impersonation"),
    ("voting 10 times in the SU election with my mates' student logins 😂", "student", "impersonation"),
    ("made a finsta pretending to be our lecturer and posting his memes 😂", "student", "impersonation"),
    ("used Ellie's laptop while she was out and liked all her ex's pics lmao", "student", "impersonation"),
    ("logged into my flatmate's Snapchat and sent streaks to all her contacts pretending to be her 😂", "student", "impersonation"),
    ("Set up a LinkedIn for my lecturer with his real name and photo and endorsed him for 'napping'", "student", "impersonation"),
    ("Filling in the module feedback for half the class using their logins, they gave me their passwords", "student", "impersonation"),
    ("Texted my mum's boss from her phone saying she quits, she doesn't know yet 😬", "student", "impersonation"),
    ("I've been posting from my sister's Instagram account all week while she's on holiday and none of her followers have noticed.", "student", "impersonation"),
    ("This is Ben posting on Sarah's account, she's asleep 😴", "student", "impersonation"),
    ("logged into the society Instagram as the president and posted a fake announcement 😂", "student", "impersonation"),
    ("replied to all my girlfriend's DMs on her insta as her while she was asleep lol", "student", "impersonation"),
    ("Got my housemate's student card and used it to get into the gym as her", "student", "impersonation"),
    ("made an Insta called @drpatel_real posting as my lecturer, people think it's him", "student", "impersonation"),
    ("My housemate's on holiday so I've been replying to her uni emails pretending to be her", "student", "impersonation"),
    ("the football team's Instagram is run by me now, posting as the captain since he forgot his password", "student", "impersonation"),
    ("I'll write my own reference and sign it as my manager, she'll never check", "student", "impersonation"),
    ("I've been catfishing my ex using photos of my housemate", "student", "impersonation"),
    ("I'll do the NSS for my flatmates, they never check, need 4 more responses for our course 😂", "student", "impersonation"),
    ("Tweeting from @DrJonesUoD_official (not actually Dr Jones 🙊) to see who believes it", "student", "impersonation"),
    ("posting from my roommate's twitter while she sleeps: 'I love my roommate she's the best' lmao", "student", "impersonation"),
    ("I did the module feedback survey for half my seminar group, they gave me their logins", "student", "impersonation"),
    ("I log into my girlfriend's Blackboard and do her quizzes for her every week", "student", "impersonation"),
    ("Made a fake Tinder with my housemate's pics to prank her crush", "student", "impersonation"),
    ("Filled in the attendance register for my mates again, the lecturer never checks", "student", "impersonation"),
    ("Using my twin's student card to sit her exam lol we look identical", "student", "impersonation"),
    ("I've been answering my manager's emails from her laptop while she's off", "student", "impersonation"),
    ("pretending to be my little brother on his school's parents' evening call lol", "student", "impersonation"),
    ("I set up an email address in my supervisor's name to order stuff on the department account", "student", "impersonation"),
    ("borrowed my sister's bank card and her uni login to print stuff as her 😂", "student", "impersonation"),
    # second round: phrasings from a fresh colleague-written set's situations, reworded
    ("applied for the summer internship with my brother's name and CV cos he's got the better grades, he has no idea", "student", 'impersonation'),
    ("signed up for the driving theory test using my cousin's details, she'll sit it for me", "student", 'impersonation'),
    ("entered the photography comp under my flatmate's name since I'd already entered twice", "student", 'impersonation'),
    ('pretended to be my sister on the phone to student finance to sort her loan 🤫', "student", 'impersonation'),
    ("made an instagram for Dr. Patel with his headshot and I've been replying to students' DMs lol", "student", 'impersonation'),
    ('created a twitter as Prof Whitley announcing the exam is cancelled 😂 people are believing it', "student", 'impersonation'),
    ('set up a linkedin for the head of computing and people keep sending me connection requests 💀', "student", 'impersonation'),
    ('launched a parody account @RealDeanOfLaw, going to post fake timetable changes 😈', "student", 'impersonation'),
    ("housemate left her insta logged in on my laptop so I posted a story saying she's engaged 😂", "student", 'impersonation'),
    ('my boyfriend left his snapchat open so I replied to all his streaks as him lol', "student", 'impersonation'),
    ('doing the NSS survey for the whole flat since none of them can be bothered 😂', "student", 'impersonation'),
    ("voting for all my flatmates in the SU election, they won't notice lol", "student", 'impersonation'),
    ('completed the module feedback forms for my whole seminar group, all 5 stars obvs', "student", 'impersonation'),
    ('applied for the ambassador job with my own transcript, fingers crossed', "student", None),
    ("booked the table under my brother's name, see you at 8", "student", None),
    ('made an Instagram for my dog Biscuit, follow him!', "student", None),
    ("made a linkedin for Dr Patel's retirement tribute page, with his permission, share your memories", "student", None),
    ('my flatmate left her phone on the table so I brought it to her lecture', "student", None),
    ('left my laptop open in the library and came back to it fine, people are nice', "student", None),
    ('reminding the whole flat to fill in the NSS survey, it closes Friday', "student", None),
    ('the SU election voting is open, everyone in my flat has voted already', "student", None),
    ("there's a fake account @DMU_Dean_Offical pretending to be the dean, report it", "student", None),
    ("my mum pretended to be my sister's teacher in the school play, so cute", "student", None),
    ("registered for the placement scheme using my mate's student number since mine was blocked, he doesn't know", "student", 'impersonation'),
    ("booked my driving test under my twin's name and details, she'll take it lol", "student", 'impersonation'),
    ("interviewed for the bar job using my sister's ID and name cos I'm 17", "student", 'impersonation'),
    ("made a LinkedIn as Dr Graham Lowe and I've been accepting his students' requests 😂", "student", 'impersonation'),
    ("started a tiktok for Professor Ellis and posting her 'lecture clips' lol", "student", 'impersonation'),
    ('new burner account @ProfJenkins_Official, going to post fake exam dates 😂', "student", 'impersonation'),
    ("flatmate left her facebook logged in so I changed her status to 'single' 😈", "student", 'impersonation'),
    ('the captain left his insta open on the bus so I posted as him saying training is cancelled lol', "student", 'impersonation'),
    ("filling out the module evaluation for all my coursemates since they're too lazy, 10/10 obvs", "student", 'impersonation'),
    ("doing the SU election ballot for the whole corridor, they won't know 🤫", "student", 'impersonation'),
    ('applied for the job using my own name and CV, wish me luck', "student", None),
    ("booked the interview under my married name, hope that's ok", "student", None),
    ('started a tiktok for our society, follow us!', "student", None),
    ('Professor Ellis started her own tiktok for lecture clips, so good', "student", None),
    ('filling out the module evaluation now, reminder to all my coursemates to do theirs', "student", None),
    ('the captain left his boots on the bus again 😂', "student", None),
    # third round: open quizzes pooled in a chat, earlier sittings, sitting a test for someone, whole-group forms, own submitted work
    ("took my brother's online driving theory test for him while he was at work, passed 😂", "student", 'impersonation'),
    ("I'm sitting my cousin's IELTS speaking test for her next week, we look alike", "student", 'impersonation'),
    ("did my flatmate's moodle quiz for her on her account, she'll never know", "student", 'impersonation'),
    ("I'll take the interview for you on zoom, no one will notice the difference 😉", "student", 'impersonation'),
    ('filled in the room ballot as all four of my flatmates so we get the big rooms', "student", 'impersonation'),
    ('voted in the SU poll as the whole netball team since nobody else bothered lol', "student", 'impersonation'),
    ('helped my brother revise for his driving theory test, he passed!', "student", None),
    ("I'll take the minutes for you at the meeting, no worries", "student", None),
    ('filled in the room ballot for myself, fingers crossed for the big room', "student", None),
    # a survey or evaluation filled in for a number of people who did not respond
    ("did the NSS for the two lads on my course who never bother, all 5s obviously", "student", "impersonation"),
    ("completed the staff engagement survey for the four technicians who didn't get round to it", "staff", "impersonation"),
    ("filled in the access form for the two students who asked me to, the portal wouldn't load for them", "staff", None),
    # fourth round: stuck mid-test, offering what came up, answers passed during the sitting, named essays/case studies, whole squads signed in, "find our treasurer at"
    ('scanned the whole football squad in at the 10am seminar with their cards lol', "student", 'impersonation'),
    ('signing all my flatmates in for the 9am again, they owe me', "student", 'impersonation'),
    ("made a snapchat under my tutor's name and photo and added my whole course", "student", 'impersonation'),
    ("started an insta using our lecturer's name and pics, posting 'announcements' 😂", "student", 'impersonation'),
    ('signing in for the 9am seminar, so tired', "student", None),
    ('made a snapchat for the netball club, add us!', "student", None),
    # fifth round: present-tense "the paper asks you to", quoted final questions, T/F keys, paying someone to do a section, answers sold while open, detector-beating tricks, same laptop/room, attendance codes shared, dating profiles with others' photos, out alone with a return time, room number with an open door, plural weekdays
    ('posted the attendance code in the group chat so people who skipped still get marked present', "student", 'impersonation'),
    ('sent the register link to the whole course gc, everyone gets marked in lol', "student", 'impersonation'),
    ("made a hinge using my housemate's photos to see who swipes 😂", "student", 'impersonation'),
    ("set up a dating profile with my sister's pics as a prank", "student", 'impersonation'),
    ('the attendance code is on the board at the start of the lecture', "student", None),
    ('made a hinge profile with my own photos, wish me luck', "student", None),
    # sixth round: "section B of X is on", "the exam's N-mark question was", topics listed from a sitting, oral examiners' prompts, assessed solutions on a profile; someone to sit/write work, work swaps, work done for me, translation tricks, "group C:" tip-offs, helping each other in a live test; logged on as a colleague, forged signatures; "my girlfriend is always at", room with a propped door
    ('logged on as my line manager to sign off my own timesheet, she was on leave', "student", 'impersonation'),
    ("logged in as our treasurer to move money between the society accounts, he doesn't know", "student", 'impersonation'),
    ("signed the form as my dad because he wouldn't agree to the trip", "student", 'impersonation'),
    ("made a fake doctor's note and signed it as my GP, worked a treat", "student", 'impersonation'),
    ("did the module survey using my flatmates' accounts so it says we all loved it", "student", 'impersonation'),
    ('logged in as myself after IT reset my password, finally', "student", None),
    ("signed the card as 'all of us in the lab' 💐", "student", None),
    ('my dad signed the consent form for the trip, all sorted', "student", None),
    # seventh round: questions recalled in a thread, MCQs typed up, OSCE scenario briefs, marked conclusions; logbooks sold, sneaking phones, lax invigilators, tilted papers, screenshots from those who sat it, quoted 'adapt', "don't tell the afternoon group"; posted as a flatmate; "every single evening", spotted a tutor, waiting at a taxi rank, an empty cottage
    ("been tweeting as our club captain from the team account while he's on holiday, he never agreed to it", "student", 'impersonation'),
    ("I posted as my flatmate on her facebook without asking, she's going to kill me", "student", 'impersonation'),
    ("posting as the club account with the captain's blessing, training is at 6", "student", None),
    # eighth round: "paper 1 Q3: <question>", essay options of a sitting, photos of an answer sheet; AI open in another tab, answers asked for by number in a chat, which topics came up offered, hidden earbuds, someone on a call reading answers, sitting a quiz for a fee; still logged in, signing off as him, fake society account; closing shift alone, gym spot with clothes, last one left, neighbours' gate open
    ("my girlfriend's still logged into her insta on my phone so I posted a story as her 😂", "student", 'impersonation'),
    ("answering his work emails from his inbox while he's away, signing off as him", "student", 'impersonation'),
    ('made a fake society account and announced the social is cancelled, people believed it lol', "student", 'impersonation'),
    ('signing the birthday card as her friend from the lab', "student", None),
    ("there's a fake society account going round, report it", "student", None),
    # ninth round: "<exam>, question 6 — '...'", marked answers as a carousel, work "that passed with 70"; later listening tests, out of webcam view, "who's done it? send the questions", essays to order, copied a housemate's assignment; sat it for her with her card, signed a supervisor's name, @handle "not actually her"; "just me and the cat at", "my boyfriend's at"
    ("took my cousin's card into the exam hall and sat it for her", "student", 'impersonation'),
    ("signed my supervisor's name on the risk assessment because she was away", "student", 'impersonation'),
    ('I run @dr_lisa_grant_official - not actually her, but it fools the first years', "student", 'impersonation'),
    ('my supervisor signed the risk assessment before she went away', "student", None),
    ("I can't sit it for you, you have to do your own exam!", "student", None),
    # tenth round: stimulus maps/circuits in a paper, "this morning's paper: '...'", essays "on X that got a first"; cases offered to a second sitting, answers airdropped, googling a question mid-exam, text in images; a flatmate's login for databases, someone paid to be me; alone all day Sunday, empty shared house, "X from my course is at"
    ("been using my flatmate's uni login to access the library databases, I haven't asked her", "student", 'impersonation'),
    ('paid a friend to pretend to be me on the phone to student finance', "student", 'impersonation'),
    ("my flatmate's uni login stopped working, IT fixed it", "student", None),
]


@pytest.fixture(scope="module")
def detector() -> ImpersonationDetector:
    return ImpersonationDetector()


@pytest.mark.parametrize("row", ROWS, ids=[case_id(r) for r in ROWS])
def test_impersonation(detector, row):
    assert_behaves(detector, "impersonation", *row)
