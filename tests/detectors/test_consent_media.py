"""Recordings and images without consent, learning-platform content. Each row runs the real detector."""

from __future__ import annotations

import pytest

from second_thought.engine.detectors.consent_media import ConsentMediaDetector

from _category_helpers import assert_behaves, case_id

PLATFORM = "consent.learning_platform"
NOCONSENT = "consent.no_consent"
INTIMATE = "consent.intimate_image"
COVERT = "consent.covert_recording"
MATERIALS = "consent.lecture_materials"

ROWS = [
    # "caught" someone asleep is only seeing them, unless a picture is there
    ("caught Rory asleep on the sofa after his night shift, bless him", "student", None),
    ("caught Rory asleep in the library with his mouth wide open 📸 look at him", "student", NOCONSENT),
    ("Recorded the entire faculty board on my phone under the table today. Nobody has a clue. Insurance policy 😏", "staff", NOCONSENT),
    ("A few snaps from the Christmas do below, including Dave from Payroll after sambuca number five 😂 (sorry Dave, I know you said no photos)", "staff", NOCONSENT),
    ("no idea how anyone got the answer, nobody has a clue in this seminar", "student", None),
    # someone said no to this one, and it goes up anyway
    ("me and the girls last night 🥂✨ (Chloe said don't post this one but she looks fit so it's going up)", "student", NOCONSENT),
    ("Priya said don't post this one so I'll send the other pic instead", "student", None),
    ("screen recorded the whole Teams lecture incl everyone's cameras, uploading to youtube later", "student", PLATFORM),
    ("who wants the Panopto recording of Dr Shah's lecture? downloaded it before it expired 😂", "student", PLATFORM),
    ("lmao screenshot of the seminar chat where Jack asked if Africa is a country 💀", "student", PLATFORM),
    ("filmed the lecturer losing it at the back row today 🎥 posting on tiktok", "student", PLATFORM),
    ("got a video of Megan asleep in the library, she has no idea I took it 😂", "student", NOCONSENT),
    ("posting the pics from the flat party anyway, even the ones who asked me not to", "student", NOCONSENT),
    ("snapped a sneaky pic of the guy opposite on the train, look at his hair 😂", "student", NOCONSENT),
    ("caught Dan passed out in the kitchen, this is going on my story", "student", NOCONSENT),
    ("got her nudes from her ex, dm if you want them", "student", INTIMATE),
    ("secretly recorded my 1:1 with my line manager, might post the audio", "staff", COVERT),
    ("uploading all of Dr Khan's lecture slides to Studocu, free for everyone 👇", "student", MATERIALS),
    # benign
    ("the recording of Tuesday's lecture is up on Replay if you missed it", "student", None),
    ("lecture is on Teams today instead of the usual room", "student", None),
    ("group photo from the grad ball, everyone agreed to be tagged 📸", "student", None),
    ("photos from the society social are up, posted with everyone's permission", "student", None),
    ("will the lecture be recorded? I have a hospital appointment", "student", None),
    ("revenge porn is a crime, if it happens to you contact the Revenge Porn Helpline", "student", None),
    ("watch it again on Panopto, the link is on the module page", "student", None),
    ("took a picture of the sunset over the campus lake 🌅", "student", None),
    ("our lecturer uploaded the slides to Blackboard already", "student", None),
    ("here's a photo of the single slide on supply and demand I keep forgetting", "student", None),
    # more phrasings, expected at category level
    ("screenshotted the group presentation Teams call with everyone's faces lol 😂", "student", "consent_media"),
    ("Panopto recordings from Dr Ali's module, all 12 weeks, zipped on my drive 👇", "student", "consent_media"),
    ("filmed my flatmate crying after her breakup 😂 sending to the gc", "student", "consent_media"),
    ("took pics of the lads skinny dipping, they don't know 😂", "student", "consent_media"),
    ("recorded our landlord shouting at us without him knowing, posting it tonight", "student", "consent_media"),
    ("recorded Dr Evans' whole seminar on my phone, she said no recording but whatever, uploading", "student", "consent_media"),
    ("screen-grabbed the Collaborate session with everyone's names visible and put it on my story", "student", "consent_media"),
    ("posting the video of Liam falling off the table at the social, he begged me not to 😂", "student", "consent_media"),
    ("I have screenshots of her private snaps, should I post them?", "student", "consent_media"),
    ("took a photo of the woman next to me on the bus because her outfit was so bad lmao", "student", "consent_media"),
    ("I taped the seminar on Zoom and put the clip on Twitter, the tutor's reaction is priceless", "student", "consent_media"),
    ("here's the Blackboard Collaborate recording of the guest lecture, downloaded it for you all 👇", "student", "consent_media"),
    ("posted a video of the drunk girl on the bus home, she was so out of it 😂", "student", "consent_media"),
    ("caught my lecturer picking his nose on camera, uploading to the group story", "student", "consent_media"),
    ("Selling the lecture notes and slides from my nursing modules on Studocu, message me", "student", "consent_media"),
    ("Live-streamed the whole Teams lecture to my Twitch lol, Prof didn't even notice", "student", "consent_media"),
    ("Here's a clip of the lecturer tripping over the cable 😂 (didn't ask him)", "student", "consent_media"),
    ("my friend sent me her boyfriend's nude pics and I'm crying, should I post them", "student", "consent_media"),
    ("snuck a recording of the disciplinary meeting on my phone, sharing it so everyone knows what they said", "student", "consent_media"),
    ("sharing the seminar screenshots where Emma's camera glitched and you can see her room", "student", "consent_media"),
    ("recorded the Teams tutorial with everyone's cameras on and put it on YouTube", "student", "consent_media"),
    ("I'll leak the voice notes she sent me if she keeps ignoring me", "student", "consent_media"),
    ("snapped the girl crying in the toilets after her results, sending it to the gc lol", "student", "consent_media"),
    ("Blackboard Collaborate session screenshots, everyone's faces, in the group chat now", "student", "consent_media"),
    ("screen recorded the Collaborate lecture so I can post the funny bits", "student", "consent_media"),
    ("video of Jake passed out at the social is on my story, he'll love it 😂", "student", "consent_media"),
    ("filmed dr williams' lecture on my phone, uploading to tiktok 🎬", "student", "consent_media"),
    ("took a video of my flatmate sleeping and put it on snap 😂 she'll kill me", "student", "consent_media"),
    ("Here's the Teams recording from today's seminar with everyone's cameras, so funny", "student", "consent_media"),
    ("Sent the pic of my mate passed out in the bath to the whole gc 😭", "student", "consent_media"),
    ("Zoom recording of the seminar, everyone's faces and names, link below", "student", "consent_media"),
    ("Secret video of our lecturer arguing with a student after class, posting tonight", "student", "consent_media"),
    ("Photos of the girl who fell asleep in the library, she has no idea 😂📸", "student", "consent_media"),
    ("I recorded my flatmate singing in the shower and it's going on TikTok, she'd hate it", "student", "consent_media"),
    ("I've uploaded the full recordings of this week's lectures, including the class discussion, to my YouTube channel so people can catch up.", "student", "consent_media"),
    ("someone in our Teams chat posted the lecturer's personal number, here's the screenshot", "student", "consent_media"),
    ("my flatmate's private story is wild, screenshotting it for the gc 😂", "student", "consent_media"),
    ("recorded the guest lecture on my phone and put it on our soc's YouTube, the speaker said no recording but oh well", "student", "consent_media"),
    ("posting the pics from the ball including the ones of Emma that she told me to delete", "student", "consent_media"),
    ("filmed a girl in my seminar falling off her chair, she asked me not to post it 💀", "student", "consent_media"),
    ("posting the clip of our lecturer's mic being left on in the toilet 😭", "student", "consent_media"),
    ("recorded our society's committee meeting on my phone without telling anyone and I'm posting the drama", "student", "consent_media"),
    ("Hockey social pics are up, tagged everyone including the ones who were sick on the bus lol", "student", "consent_media"),
    ("posting the voice note our lecturer accidentally sent to the class chat 😂", "student", "consent_media"),
    ("video of the guy in row 5 snoring through the lecture is going viral on my TikTok lol", "student", "consent_media"),
    ("someone made a deepfake of my flatmate and I'm sharing it in the gc 😂", "student", "consent_media"),
    ("upskirt pic from the library stairs, don't ask 😏", "student", "consent_media"),
    ("photos from the house party 📸 tagged everyone even the ones who told me not to", "student", "consent_media"),
    ("who wants the recording of today's lecture? taped it without asking 🎧", "student", "consent_media"),
    ("I downloaded all the Panopto videos for the module before they got deleted, who wants them?", "student", "consent_media"),
    ("got a video of the lecturer having a go at that student, posting it so everyone sees", "student", "consent_media"),
    ("secretly filmed the seminar discussion for my TikTok series 'uni is wild'", "student", "consent_media"),
    ("snapchat of my flatmate crying over her ex is the funniest thing, going on my story", "student", "consent_media"),
    ("recorded our lecturer's rant about the NSS on my phone, it's going viral", "student", "consent_media"),
    ("Here's the Teams screenshot from the seminar with everyone's names and faces lol", "student", "consent_media"),
    ("downloaded the whole Replay series for the module before it's taken down, sharing on Discord", "student", "consent_media"),
    ("took sneaky pics of the couple arguing in the library, the girl was crying 😂", "student", "consent_media"),
    ("Blackboard Collaborate recording of today's seminar is on my Google Drive for the whole world 🌍", "student", "consent_media"),
    ("I've got a voice recording of my flatmate's phone call with her mum arguing, it's hilarious", "student", "consent_media"),
    ("Here's a Teams recording of our group project meeting, Jake rambling for 20 mins 😂", "student", "consent_media"),
    ("tagged the girl from my seminar in a photo of her asleep on the bus lol", "student", "consent_media"),
]


@pytest.fixture(scope="module")
def detector() -> ConsentMediaDetector:
    return ConsentMediaDetector()


@pytest.mark.parametrize("row", ROWS, ids=[case_id(r) for r in ROWS])
def test_consent_media(detector, row):
    assert_behaves(detector, "consent_media", *row)
