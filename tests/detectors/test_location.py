"""Whereabouts of the author or someone else. Each row runs the real detector."""

from __future__ import annotations

import pytest

from second_thought.engine.detectors.location import LocationDetector

from _category_helpers import assert_behaves, case_id

ALONE = "location.home_alone"
LIVE = "location.live"
COORDS = "location.coordinates"
SCHEDULE = "location.schedule"
OTHER = "location.someone_else"

ROWS = [
    ("parents are in Spain till Sunday so it's just me at the house on Elm Road, anyone free?", "student", ALONE),
    ("home alone all weekend in my flat on Braunstone Gate 🙃", "student", ALONE),
    ("flatmates have all gone home for reading week, got the whole flat to myself", "student", ALONE),
    ("sharing my live location with the group chat, come find me 📍", "student", LIVE),
    ("currently sitting in the Kimberlin library, 2nd floor by the window, grey hoodie, come say hi", "student", LIVE),
    ("I'm at 52.6291, -1.1339 right now, come join me", "student", COORDS),
    ("every Tuesday and Thursday I run the canal towpath alone at 6am, if anyone wants to join", "student", SCHEDULE),
    ("I'll be in room 2.14 of the Hugh Aston building until 8pm on my own if anyone needs me", "student", SCHEDULE),
    ("you'll always find Chloe at the Pure Gym on Granby Street at 7am", "student", OTHER),
    ("she walks home alone through Victoria Park every night after her shift", "student", OTHER),
    # benign
    ("Careers fair: Thursday 10am–3pm, Queens Building atrium, all welcome", "student", None),
    ("the 11am seminar has moved to room 3.07 this week", "student", None),
    ("My office hours are Tuesdays 2–4pm in MS2.01, just drop in", "staff", None),
    ("let's meet at the library entrance at 3 before the group presentation", "student", None),
    ("the summit of Snowdon is at 53.0685, -4.0763 — what a view", "student", None),
    ("home alone was on TV last night, still a classic", "student", None),
    ("turn off snap map before freshers, seriously", "student", None),
    ("every Tuesday the SU runs a quiz in the bar, 7pm, teams of 6", "student", None),
    ("I'm in the library most days, it's so much quieter than home", "student", None),
    # more phrasings, expected at category level
    ("bored and alone in my halls room (Block C, room 14) tonight, everyone's gone out", "student", "location"),
    ("at the Starbucks by the station rn, in the red jacket, come say hi", "student", "location"),
    ("Mum and dad on holiday for 2 weeks and the house is empty 🎉 party at mine", "student", "location"),
    ("I'm at the gym every weekday at 6am if anyone wants a spotter, Pure Gym Leicester", "student", "location"),
    ("Sarah's in the library till late every night, 3rd floor silent zone, go surprise her", "student", "location"),
    ("my exact location: 52.9548, -1.1581 come find me 😂", "student", "location"),
    ("All alone in the flat for the next 2 weeks, 14 Pretoria Road, come keep me company 😘", "student", "location"),
    ("Currently at the Curve theatre bar on my own, blue dress, tall glass of wine, save me", "student", "location"),
    ("my ex is at the Lounge on Granby Street right now, someone go tell her what she did", "student", "location"),
    ("My daily routine: 7am swim at Leicester Leisure Centre, 9am library, 6pm home via the park alone", "student", "location"),
    ("Our neighbour leaves for work at 7 and isn't back till 6, the house is empty all day", "student", "location"),
    ("Parents away for the weekend, house all to myself 🥳 it's the one on Oak Avenue by the Co-op", "student", "location"),
    ("At the Student Union café rn, first table on the left, come chat 👋", "student", "location"),
    ("If anyone needs me I'm in the Kimberlin library, 3rd floor, desk 42, until 10pm", "student", "location"),
    ("Emma walks her dog in Abbey Park every morning at 6, on her own, you can't miss her", "student", "location"),
    ("Running my usual route along the river every night at 10pm, anyone want to join?", "student", "location"),
    ("I'm home by myself till Tuesday, ring the bell twice if you're coming round 😏 number 22", "student", "location"),
    ("live location on for the night out, follow me on snap map", "student", "location"),
    ("I'm at 51.5007, -0.1246 waiting for you all, where are you?", "student", "location"),
    ("Tom always parks on level 2 of the multi-storey at 8am and leaves at 5, easy to find his car", "student", "location"),
    ("I work the late shift at Tesco Extra every Saturday till midnight, come visit 😂", "student", "location"),
    ("just me in the flat tonight, door code is on the side if you want to come over", "student", "location"),
    ("Currently sitting in seat 14F on the 18:05 to Leeds, come say hi if you're on", "student", "location"),
    ("Lydia's always alone in the studio from 10pm till 2am, she'd love a surprise visit", "student", "location"),
    ("in the gym at Braunstone leisure centre every evening 7-9pm if anyone wants to train with me", "student", "location"),
    ("me rn 📍 52.6369, -1.1398 outside the clock tower, come find me", "student", "location"),
    ("housemates gone for Easter, just me in the house on Clarendon Park Rd all week 😬", "student", "location"),
    ("sat in the Pret by the station rn, yellow jacket, come say hi", "student", "location"),
    ("at Nando's Highcross by myself rn, red hoodie, window table, come join 🍗", "student", "location"),
    ("empty house this weekend, parents in Spain 🇪🇸 party at 27 Victoria Rd", "student", "location"),
    ("Kayla's always at the gym at 6am on her own, she's so dedicated", "student", "location"),
    ("on my own at the flat all weekend, flat 4, 12 Mill Lane, bring snacks", "student", "location"),
    ("you'll find me in the 24hr library, 2nd floor, every night this week til 3am", "student", "location"),
    ("I'm at the Premier Inn on Charles St tonight, room 214, alone 😴", "student", "location"),
    ("my live location is on, follow me home from the club pls", "student", "location"),
    ("Outside the Engineering building right now waiting, black puffer jacket, come say hi", "student", "location"),
    ("Chris leaves the library at midnight every night and walks back through the park alone", "student", "location"),
    ("currently home alone and my flatmates took the keys, door's unlocked if anyone needs me lol", "student", "location"),
    ("52.628, -1.138 is where I'm camping tonight, come join", "student", "location"),
    ("Currently working alone in the Kimberlin library, third floor quiet zone, until closing at midnight. Feel free to pop by if you're around!", "student", "location"),
    ("I'm here 👉 maps.app.goo.gl/xYz123 come get me, I'm lost and my phone's at 5%", "student", "location"),
    ("find me at ///crate.lamp.river, I'm by the fountain", "student", "location"),
    ("sharing my Find My with the whole group chat so you can see where I am all night", "student", "location"),
    ("The guy from my seminar, Ryan, is at the Sainsbury's on London Rd every night at 10 stacking shelves", "student", "location"),
    ("Alone in the SU building, it's 2am, room G12, if anyone's up come keep me company", "student", "location"),
    ("my ex is working at the Costa on Granby St today till 5 if anyone wants to go tell her what she did", "student", "location"),
    ("Walking back alone from the library to Bede Island every night at 11, anyone else on that route?", "student", "location"),
    ("Nobody home at ours till Thursday, flat 3B, the door never locks properly", "student", "location"),
    ("Training tonight: I'll be alone on the track from 9pm, lights are off after 10, come join if you dare", "student", "location"),
    ("my flatmate's away this week so I'm alone at 14 Regent St, nobody else in the building either", "student", "location"),
    ("hey stalkers, I'm at the Curve bar every Friday from 8 alone, come say hi 😂", "student", "location"),
    ("I'm stood outside the exam hall alone, last one out, blue coat, waiting for my lift", "student", "location"),
    ("sat in Pret on High St in the green jacket, live location on my story, come find me", "student", "location"),
    ("flatmates all gone home, just me alone in the flat on Hamilton Rd all week", "student", "location"),
    ("at home alone in Oadby, parents away, doors unlocked, come over 😈", "student", "location"),
    ("live location on, I'm walking through Abbey Park alone, someone watch me home", "student", "location"),
    ("I'm at the bus stop on Welford Rd alone, bus not coming, it's dark, in a red coat if anyone's nearby", "student", "location"),
    ("Sophie always leaves the gym at 10pm and walks home down Queens Rd on her own", "student", "location"),
    ("Home alone in Clarendon Park till Monday, flat 2, come over 🍕", "student", "location"),
    ("I'm sat in the library cafe alone every evening from 6 till close if anyone wants to find me", "student", "location"),
    ("my girlfriend's home alone this weekend in Knighton, she'd love visitors 😉", "student", "location"),
    ("at the Highcross food court alone rn, Nando's queue, come say hi 🙋‍♀️", "student", "location"),
    ("House to myself for Christmas week, 21 Jarrom Street, bring drinks 🎄", "student", "location"),
    ("follow my live location tonight on Snap, I'll be out in town on my own", "student", "location"),
    ("Flatmates gone for the summer so it's just me and the cat at the house on Upperton Rd", "student", "location"),
    # second round: phrasings from a fresh colleague-written set's situations, reworded
    ("housemates have all gone back home for easter so it's only me at 17 Westcotes Drive till the 20th", "student", 'location'),
    ("everyone's gone home for the break, just me in the flat until january 🥲", "student", 'location'),
    ("flat is empty till monday, parents are in Portugal and I'm at my boyfriend's", "student", 'location'),
    ("gaff's gonna be empty all week while mum's at a conference lol", "student", 'location'),
    ("I'm in the Greenwood library 2nd floor quiet zone by the printers till 8 if anyone wants their notes back", "student", 'location'),
    ('im at the students union by the window till half 5 if anyone needs their hoodie back', "student", 'location'),
    ("tracking my boyfriend on life360 and he's at some pub on London Road rn 🙄", "student", 'location'),
    ("find my says she's at the Tesco on Hinckley Road right now with her mates", "student", 'location'),
    ('Jess is at the Asda on Belgrave Gate rn, go say hi', "student", 'location'),
    ("Ravi's in the gym on Mill Lane right now, go catch him", "student", 'location'),
    ('the house is empty without you guys, miss you all', "student", None),
    ('house is empty of snacks again, who ate my crisps', "student", None),
    ("I'm in the library till 6 then home for tea", "student", None),
    ('lost property: someone left their notes in the library, handed to reception', "student", None),
    ('the group is meeting in the SU by the window at 5 for the presentation prep, all welcome', "student", None),
    ('my dad uses find my iphone to locate his keys lol', "student", None),
    ('the landlord said the flat is empty until the new tenants arrive in July', "student", None),
    ('parents are in Spain for a wedding and I really miss them', "student", None),
    ("uni mates all gone home so it's just me in the house on Fosse Road until sunday, come over", "student", 'location'),
    ("parents have gone to my gran's for the week, only me at 8 Elm Grove, party?", "student", 'location'),
    ("home's empty this whole weekend and I'm staying at my girlfriend's, hope no one breaks in lol", "student", 'location'),
    ('sat in the Kimberlin 3rd floor silent study desk 18 till late if anyone needs me', "student", 'location'),
    ('im in costa on the high street next to the door till 4 if anyone wants their lanyard back', "student", 'location'),
    ("stalking my ex on snap map, she's at a house party on Queens Road rn", "student", 'location'),
    ("checking my sister on find my, she's at the Odeon on Freemen's Park right now", "student", 'location'),
    ('uni mates all gone home, I miss them already', "student", None),
    ("I'm in costa with the group till 4 working on the project", "student", None),
    ('turn off snap map, your ex can see where you are', "student", None),
    ('the house is empty of food, going to Aldi', "student", None),
    ('the Kimberlin silent zone is open 24/7 during exams', "student", None),
    # fourth round: stuck mid-test, offering what came up, answers passed during the sitting, named essays/case studies, whole squads signed in, "find our treasurer at"
    ("dad's working away this week so it's only me at ours every night, come over", "student", 'location'),
    ('just me at home in Clarendon Park tonight, bored out of my mind', "student", 'location'),
    ("you'll always find my flatmate Sophie at the Pure Gym on Aylestone Rd at 6am", "student", 'location'),
    ('you can catch our treasurer Ben outside the SU at lunch every day', "student", 'location'),
    ('house will be completely empty over easter, landlord never checks, 12 Barclay St', "student", 'location'),
    ('home is where the heart is', "student", None),
    ('you can always find the best deals at the Saturday market', "student", None),
    ('the landlord said the flat is empty until the new tenants move in', "student", None),
    # fifth round: present-tense "the paper asks you to", quoted final questions, T/F keys, paying someone to do a section, answers sold while open, detector-beating tricks, same laptop/room, attendance codes shared, dating profiles with others' photos, out alone with a return time, room number with an open door, plural weekdays
    ('going solo on the Peak District loop, parked at Edale station, back by 9pm', "student", 'location'),
    ('camping alone at the site near Hathersage, sleeping in the car tonight', "student", 'location'),
    ("block C room 12, door's open, I'm in till midnight if anyone's bored", "student", 'location'),
    ("flat 6 on the top floor, just walk in, I'll be home all evening", "student", 'location'),
    ("Fridays I'm always in the music rooms in the basement from 10pm, totally empty, come jam", "student", 'location'),
    ("I'm usually at the Aylestone boxing gym on weeknights, nobody else around after 9", "student", 'location'),
    ('room 2.05 exam at 10, bring ID', "student", None),
    ('going solo travelling this summer, any tips for Japan?', "student", None),
    ("the party's in flat 6, everyone welcome", "student", None),
    ('Fridays the practice rooms are open till 10pm for bookings', "student", None),
    # sixth round: "section B of X is on", "the exam's N-mark question was", topics listed from a sitting, oral examiners' prompts, assessed solutions on a profile; someone to sit/write work, work swaps, work done for me, translation tricks, "group C:" tip-offs, helping each other in a live test; logged on as a colleague, forged signatures; "my girlfriend is always at", room with a propped door
    ('my girlfriend is always at the Pure Gym on Mill Lane from 6 every morning, go say hi', "student", 'location'),
    ("my flatmate's usually in the library till 2 on weeknights, first floor, you can't miss her", "student", 'location'),
    ("working late alone in room 3.14 of the Clephan building, door's propped open till 11", "student", 'location'),
    ("my office hours are in room 3.14, Tuesdays 2-4, door's open", "student", None),
    ('my girlfriend is always at the gym, I never see her lol', "student", None),
    # seventh round: questions recalled in a thread, MCQs typed up, OSCE scenario briefs, marked conclusions; logbooks sold, sneaking phones, lax invigilators, tilted papers, screenshots from those who sat it, quoted 'adapt', "don't tell the afternoon group"; posted as a flatmate; "every single evening", spotted a tutor, waiting at a taxi rank, an empty cottage
    ('every single evening I close up the SU shop alone at 10 and walk to the car park', "student", 'location'),
    ('just spotted our tutor Dr Evans at the Wetherspoons on Market Street right now 😂', "student", 'location'),
    ("I'm at the taxi rank by the station in a black puffer, anyone about to walk with me?", "student", 'location'),
    ("house-sitting my aunt's empty cottage near Rutland Water all week, come stay", "student", 'location'),
    ('spotted a kingfisher at the lake right now, so pretty', "student", None),
    ("I'm at the station, train's delayed again", "student", None),
    # eighth round: "paper 1 Q3: <question>", essay options of a sitting, photos of an answer sheet; AI open in another tab, answers asked for by number in a chat, which topics came up offered, hidden earbuds, someone on a call reading answers, sitting a quiz for a fee; still logged in, signing off as him, fake society account; closing shift alone, gym spot with clothes, last one left, neighbours' gate open
    ("Leah's on the closing shift alone at the Greggs on Gallowtree Gate tonight, go say hi to her", "student", 'location'),
    ('in the Kimberlin gym rn, by the squat rack, grey joggers, someone spot me', "student", 'location'),
    ("I'm usually the last one left in the design studio at 2am, nobody else there", "student", 'location'),
    ('my neighbours are on holiday and left their side gate open, number 12 Oak Road', "student", 'location'),
    ("I'm usually the last one to finish exams, I take my time", "student", None),
    ('my neighbours left their Christmas lights on all night lol', "student", None),
    # ninth round: "<exam>, question 6 — '...'", marked answers as a carousel, work "that passed with 70"; later listening tests, out of webcam view, "who's done it? send the questions", essays to order, copied a housemate's assignment; sat it for her with her card, signed a supervisor's name, @handle "not actually her"; "just me and the cat at", "my boyfriend's at"
    ('just me and the cat at 9 Oxford Street until Sunday, bored', "student", 'location'),
    ("my boyfriend's at the Odeon on Freemen's Common right now, go say hi to him", "student", 'location'),
    ('live location is a useful feature but be careful who sees it', "student", None),
    # tenth round: stimulus maps/circuits in a paper, "this morning's paper: '...'", essays "on X that got a first"; cases offered to a second sitting, answers airdropped, googling a question mid-exam, text in images; a flatmate's login for databases, someone paid to be me; alone all day Sunday, empty shared house, "X from my course is at"
    ("I'll be alone at the boathouse on the river all day Sunday, come keep me company", "student", 'location'),
    ('living in the empty shared house on Noel Street over the holidays, just me', "student", 'location'),
    ('Priya from my course is at the Greggs on High Street every morning at 7 on her own', "student", 'location'),
    ('Priya from my course is amazing at chemistry', "student", None),
    ('the boathouse on the river is open all day Sunday for the regatta', "student", None),
    # someone alone at a place at known times; an empty building; a routine "just me"
    ("Jess is always on her own in the music practice rooms after 9pm if anyone wants to surprise her", "student", 'location'),
    ("the new technician works alone in the basement lab every evening till late", "staff", 'location'),
    ("Working late in room 2.11 tonight until about 10, the whole building's empty", "staff", 'location'),
    ("every Tuesday and Thursday I run the towpath from Siddals Rd at 6am, just me and the ducks", "student", SCHEDULE),
    ("my flatmate is always at the library with her study group till late", "student", None),
    ("the library is always busy after 9pm, bring headphones", "student", None),
    ("room 2.11 is booked for the exam board on Tuesday until 5", "staff", None),
    ("every Tuesday we run the towpath at 6am as a club, just me and 20 others haha", "student", None),
]


@pytest.fixture(scope="module")
def detector() -> LocationDetector:
    return LocationDetector()


@pytest.mark.parametrize("row", ROWS, ids=[case_id(r) for r in ROWS])
def test_location(detector, row):
    assert_behaves(detector, "location", *row)


def test_a_long_repetitive_draft_stays_linear_and_spans_point_into_it(detector):
    # Cues that match hundreds of times used to make every other cue rescan the
    # rest of the draft; long drafts now run in overlapping windows.
    import time

    from _category_helpers import STUDENT

    text = "I'm at the bar by the window " * 700 + "and home alone all weekend in my flat"
    started = time.perf_counter()
    found = detector.detect(text, STUDENT)
    assert time.perf_counter() - started < 2.0
    alone = [d for d in found if d.rule == ALONE]
    assert alone, "the warning near the end of a long draft is still found"
    assert text[alone[0].start:alone[0].end].lower().startswith("home alone")
