"""Reposting other people's work without permission or credit. Each row runs the real detector."""

from __future__ import annotations

import pytest

from second_thought.engine.detectors.copyright import CopyrightDetector

from _category_helpers import assert_behaves, case_id

PIRATED = "copyright.pirated"
WHOLE = "copyright.whole_work"
IMAGE = "copyright.uncredited_image"
SLIDES = "copyright.lecture_slides"

ROWS = [
    ("Attached are the slides from Dr Owusu's keynote. She asked us not to circulate them but honestly they're too good not to share", "staff", WHOLE),
    ("Dr Owusu's keynote slides are on the intranet; she asked us not to circulate them outside the university, so please don't", "staff", None),
    # cracks, a free full game, paid assets handed out, stream sites, a
    # paywall removed, a course pack scanned, music used with no licence
    ("does anyone have a crack for SPSS 29? the uni licence only works on campus", "student", PIRATED),
    ("we're running a cracked Minecraft server tonight so people without accounts can join", "student", PIRATED),
    ("where can I download Football Manager 24 free?? not the demo. asking for my entire flat 🙏", "student", PIRATED),
    ("Dropped a pack of every paid Unity Asset Store asset in #resources, courtesy of a 'friend' 🏴‍☠️", "student", PIRATED),
    ("watching Derby v Forest tonight? working stream no ads here 👉 totalsportek-live.cc/derby-forest", "student", PIRATED),
    ("Reposting this HBR piece in full because everyone in HE leadership should read it (paywall removed 😉)", "staff", PIRATED),
    ("Anyone got a scan of last year's course pack for Nursing? Not buying a new one, a phone scan of every page is fine", "student", PIRATED),
    ("Dubbed my film project with the whole of Hans Zimmer's 'Time', no licence, submitting it to the festival anyway 🤞", "student", PIRATED),
    ("golden hour on the cathedral today 😍📸 (ok I found this one on pinterest but it's literally what I saw lol)", "student", IMAGE),
    ("SPSS is free for students through the uni software portal, no crack needed, link below", "student", None),
    ("pirate night at the SU 🏴‍☠️ free entry before 10, link to tickets in bio", "student", None),
    ("found this on reddit, is this real? photo of the library flooding", "student", None),
    # someone else's picture, found online, printed or reposted without credit
    ("found the most gorgeous botanical illustration on pinterest so we're printing it on the plant society tote bags 🌿 pre-order now", "student", IMAGE),
    ("our campus looking unreal in the snow this morning 😍❄️ (not my pic, found it on someone's twitter)", "student", IMAGE),
    ("our campus looking unreal in the snow this morning 😍❄️ (not my pic, credit @snowyuni)", "student", None),
    ("a clean rip of the new Wes Anderson is on the film soc drive, don't ask where from", "student", PIRATED),
    ("£9 for a meal deal on campus is a rip off", "student", None),
    ("anyone got a torrent for the new Dune film? will seed after 🙏", "student", PIRATED),
    ("libgen has the whole 12th edition of Campbell Biology, link in my bio", "student", PIRATED),
    ("ripped the full album off Spotify, uploading to the group drive for the road trip", "student", PIRATED),
    ("here's the whole textbook as a PDF, why pay £80 👇", "student", WHOLE),
    ("FT article is paywalled so I copied the full text below 👇", "student", WHOLE),
    ("found this art on Pinterest, using it for our society t-shirts, no idea who drew it", "student", IMAGE),
    ("cropped out the watermark so it looks cleaner on our poster", "student", IMAGE),
    ("reposting this artist's drawing because it's too good lol", "student", IMAGE),
    ("sharing Prof Lee's lecture slides on my Google Drive for anyone not on the module", "student", SLIDES),
    # benign
    ("OpenStax has a free, openly licensed economics textbook, highly recommend", "student", None),
    ("here's a link to the BBC article about the campus fire", "student", None),
    ("my own photo of the cathedral at sunrise, took it this morning 📸", "student", None),
    ("art by @inkwell_jo, reposted with permission, go follow them!", "student", None),
    ("bought a second-hand copy of the textbook for £12 on Vinted", "student", None),
    ("finished reading the whole book in a day, couldn't put it down", "student", None),
    ("the library gives you free access to the FT with your uni login", "student", None),
    ("our lecturer has posted the slides on Blackboard", "student", None),
    ("got ripped at the gym this summer 💪", "student", None),
    # more phrasings, expected at category level
    ("full season of House of the Dragon on mega, link in replies", "student", "copyright"),
    ("Anyone need Microsoft Office? I've got a cracked version, dm", "student", "copyright"),
    ("copy-pasted the whole Times article below since it's behind a paywall", "student", "copyright"),
    ("used a photo I found on google for our society logo, hope no one minds", "student", "copyright"),
    ("selling PDFs of all the core textbooks for my course, £5 each", "student", "copyright"),
    ("Whole Marvel collection on my Plex server, dm for login 🍿", "student", "copyright"),
    ("pirated Adobe Creative Cloud works fine, link in my bio", "student", "copyright"),
    ("reposting Sarah Andersen's comic without the credit because she's cancelled anyway", "student", "copyright"),
    ("scanned the whole of chapter 3 to 9 of the textbook, it's in the group drive", "student", "copyright"),
    ("took a beautiful pic from a photographer's insta and used it as our event poster", "student", "copyright"),
    ("uploading the new Taylor Swift album to Google Drive for everyone, grab it before it's removed", "student", "copyright"),
    ("here's a free pdf of the £90 Marketing textbook, don't tell the publisher 😂", "student", "copyright"),
    ("someone drew this amazing fanart, reposting it here, no clue who the artist is", "student", "copyright"),
    ("Putting Dr Ahmed's slides from the whole module on my website so people can revise", "student", "copyright"),
    ("entire Harry Potter audiobook collection, mega link 👇", "student", "copyright"),
    ("Anyone want the Premier League streams? I've got a dodgy link that works every weekend", "student", "copyright"),
    ("I screenshotted a photographer's picture of the cathedral and sold it as a print", "student", "copyright"),
    ("We used a song from Spotify in our promo video without permission, hope it doesn't get flagged", "student", "copyright"),
    ("Uploading all the lecture slides from the Economics module onto Course Hero", "student", "copyright"),
    ("Mintel report on UK coffee shops, £2000 normally, full PDF here for free 👇", "student", "copyright"),
    ("Anyone got a free link to the full Economist article? I'll paste the text here for everyone", "student", "copyright"),
    ("this artist's work is so good, I'm printing it on t-shirts to sell at the fair", "student", "copyright"),
    ("I'll put the whole Netflix series on a USB for anyone who wants it", "student", "copyright"),
    ("Sharing all of Professor Hall's module PowerPoints in our Discord", "student", "copyright"),
    ("downloaded the whole Netflix series, putting it on a drive for the flat 🍿", "student", "copyright"),
    ("found a sick drawing on Pinterest, printing it on our society t-shirts, idk who drew it", "student", "copyright"),
    ("full Bridgerton season 3 on my google drive, dm for the link 😘", "student", "copyright"),
    ("screenshot the whole Telegraph article and post it here, it's paywalled", "student", "copyright"),
    ("free pdf of the new Sally Rooney book, link in comments 📚", "student", "copyright"),
    ("reposting Banksy's new piece on our soc's merch, no one will care", "student", "copyright"),
    ("full Kendrick album leak, download link in my bio before it gets taken down", "student", "copyright"),
    ("Here are the PDFs of every book on the reading list, shared drive link 👇", "student", "copyright"),
    ("I used someone's TikTok video in our society promo without asking, it's so good", "student", "copyright"),
    ("Grabbed this illustration off Behance for our event poster, can't find who made it", "student", "copyright"),
    ("For anyone who can't afford the textbook, I've scanned the entire book and put it on a shared drive. Message me for access.", "student", "copyright"),
    ("Full Harvard Business Review case study PDF here, normally £9", "student", "copyright"),
    ("The Ethics module slides are all on my drive now, share freely 👍", "student", "copyright"),
    ("Whole Coursera course videos downloaded and on Google Drive, free for anyone 🎓", "student", "copyright"),
    ("I took a photographer's picture of the campus off Instagram for our soc's banner, didn't credit", "student", "copyright"),
    ("every chapter of the textbook as photos in our whatsapp group, enjoy 📸", "student", "copyright"),
    ("took the cover art from a random Etsy artist for our society's zine, hope they don't mind", "student", "copyright"),
    ("used the SU's photos from their website for our society's new banner, no one asked", "student", "copyright"),
    ("selling prints of Studio Ghibli stills on my Etsy, £15 each 🎨", "student", "copyright"),
    ("uploaded the BBC documentary to my YouTube channel so people can watch it for free", "student", "copyright"),
    ("Adobe Premiere crack that actually works, link in bio", "student", "copyright"),
    ("ripped the whole new Taylor Swift tour film, uploading to Mega, link in bio 👇", "student", "copyright"),
    ("I've got the whole Pearson textbook as a PDF, DM me and I'll send it", "student", "copyright"),
    ("uploading all the lecture slides for Marketing Principles to Course Hero for some extra cash", "student", "copyright"),
    ("whole Spotify playlist downloaded as MP3s, zip link for anyone 🎵", "student", "copyright"),
    ("Whole GCSE Maths course from a paid site ripped to my drive, DM for access", "student", "copyright"),
    ("Used a photographer's photo from Unsplash without reading the licence and cropped out their name", "student", "copyright"),
    ("Here's a Google Drive with every Harvard Business Review article from 2023 🔥", "student", "copyright"),
    ("Found a cool logo on Google Images and we're using it for the society, no idea whose it is", "student", "copyright"),
    ("selling pirated copies of the Harvard referencing guide textbook for £5", "student", "copyright"),
    ("every episode of Succession on my Plex, message me for an invite", "student", "copyright"),
    ("The new Marvel film is on my drive, camrip but watchable, ask for link", "student", "copyright"),
    # a whole paid work passed on; a found image described by what it shows
    ("the whole of Kumar and Clark is in the #books channel as a pdf now, don't ask where from", "student", "copyright"),
    ("Full text of the Economist piece attached (it's paywalled) so you can all read it, feel free to forward", "staff", "copyright"),
    ("dumping the full Mintel reports in here, a mate gets them free, they're like £2k each normally", "student", "copyright"),
    ("found a lovely photo of the Lake District on Google Images, perfect header for my course page", "staff", "copyright"),
    ("the paywalled article is free through the library login, link to the library catalogue below", "student", None),
    ("the full report is on the gov website for free, link here", "student", None),
    ("full text of my own paper attached for anyone who can't get past the paywall", "staff", None),
    ("found a photo of my nan from the 60s on facebook, she was stunning", "student", None),
]


# Recall round on unseen phrasings: each situation in several wordings, with quiet twins.
ROWS += [
    # Whole films, series or albums in a personal cloud for others.
    ("all 6 seasons of The Sopranos in 1080p on my dropbox, hmu for the link", "student", PIRATED),
    ("Dune Part Two in 4k on my google drive, message me for access 🍿", "student", PIRATED),
    ("every Harry Potter film uploaded to the flat's shared drive, enjoy", "student", PIRATED),
    ("the whole of Succession is on our team drive now, dm for the link", "student", PIRATED),
    ("audiobooks for the whole reading list on my mega folder, ask me for the link", "student", PIRATED),
    ("our short film for the module is on my google drive, dm me for the link", "student", None),
    ("my holiday photos are on my google drive, msg me for the link", "student", None),
    ("Dune Part Two is now on Netflix, who wants to watch it Friday?", "student", None),
    # Every page copied of something meant to be bought.
    ("photographed every page of the set text so nobody has to buy it, here's the link", "student", WHOLE),
    ("scanned every chapter of the course reader, it's in the group chat", "student", WHOLE),
    ("screenshotted all the pages of the case study instead of paying, sharing in the gc", "student", WHOLE),
    ("selling photocopied copies of the accounting textbook, £8 each", "student", WHOLE),
    ("I scanned every page of my own notes, dm for the link", "student", None),
    ("selling my old textbook second hand, £15, barely used", "student", None),
    # Paid market reports and articles passed on.
    ("got the full Statista e-commerce report pdf, anyone need it? I'll send it over", "student", WHOLE),
    ("IBISWorld report on UK gyms, normally £700, dm me and I'll email it", "student", WHOLE),
    ("Euromonitor data for the whole beauty sector in my drive, who wants it", "student", WHOLE),
    ("copied the whole Times piece since it's paywalled, full text below", "student", WHOLE),
    ("Mintel is free through the library, log in with your uni account", "student", None),
    ("great piece in the FT on student rents, full article linked below", "student", None),
    # Streams recorded and passed round; images reused 'they'll never notice'.
    ("anyone want the new BBC doc? screen recorded it, sending it round", "student", PIRATED),
    ("screen recorded the whole Sky Sports match, it's in the gc", "student", PIRATED),
    ("used a photo off some photographer's Instagram for our flyer, they'll never know", "student", IMAGE),
    ("grabbed a drawing from an artist's Tumblr for our society banner, no one will notice", "student", IMAGE),
    ("took a pic from some bloke's Flickr for the poster, he won't care", "student", IMAGE),
    ("photo credit @lensbylou, used with permission for our society poster", "student", None),
    ("had cake for breakfast, nobody will ever know", "student", None),
]


# Round 3: situations from an own check batch, in new wordings.
ROWS += [
    # Reusing someone's work because they "won't mind" or with no licence.
    ("reposting @sketchesbyjo's drawing as my banner, she won't mind", "student", IMAGE),
    ("used a Drake song on our society reel, no licence but who cares", "student", IMAGE),
    ("put a Getty photo on our flyer without a licence, they won't notice", "student", IMAGE),
    ("stuck an Adele track under our fundraiser video with no permission lol", "student", IMAGE),
    ("no permission needed for the open day photos, they're public domain", "student", None),
    # Copies made before access ended, offered on.
    ("downloaded all the videos before my Udemy subscription ran out, who wants them", "student", PIRATED),
    ("saved the lot before my Kaplan access expired, dm if you want the course", "student", PIRATED),
    ("who wants my copy of the BPP revision course videos? got them all", "student", PIRATED),
    ("downloaded everything before my Audible trial ended lol, anyone want the audiobooks", "student", PIRATED),
    ("downloaded all my photos before my iCloud subscription ended, phew", "student", None),
    # A lecturer's slides uploaded.
    ("uploaded the lecturer's slides for the whole module to Studocu", "student", SLIDES),
    ("sharing the prof's powerpoints on my Discord for anyone who skipped", "student", SLIDES),
    ("our lecturer has uploaded the slides to Blackboard, check there", "student", None),
]


# Round 4: situations from an own check batch, in new wordings.
ROWS += [
    ("traced a Ghibli character for our society mascot, hope Studio Ghibli never notices", "student", IMAGE),
    ("our club badge is a Marvel logo I traced, hope they don't sue lol", "student", IMAGE),
    ("modded apk for Netflix here, works on any phone 👇", "student", PIRATED),
    ("Canva premium cracked, link in bio", "student", PIRATED),
    ("traced my own sketch onto canvas for the art module, so happy with it", "student", None),
]


# Round 5: situations from an own check batch, in new wordings.
ROWS += [
    ("new Dua Lipa album is up on a leak site already, zip in my bio", "student", PIRATED),
    ("I've got the whole textbook as a scanned pdf, anyone want it", "student", WHOLE),
    ("selling tote bags with a Studio Ghibli design on, £8 each, dm to order", "student", IMAGE),
    ("printed hoodies with a Simpsons character on for the society, selling at £20", "student", IMAGE),
    ("selling tote bags with a design our president drew on, £8 each", "student", None),
]


# Round 6: situations from an own check batch, in new wordings.
ROWS += [
    ("selling copies of the BPP law revision kits, £15 the lot", "student", WHOLE),
    ("drew this from scratch, my own art, please don't repost without credit", "student", None),
]


# Round 7: situations from an own check batch, in new wordings.
ROWS += [
    ("saved all the Nike campaign images and used them for our running club page", "student", IMAGE),
    ("copied every recipe out of the Pinch of Nom book into our society cookbook to sell", "student", IMAGE),
    ("here are Prof Lee's lecture notes for the whole term, he'd kill me if he knew", "student", SLIDES),
    ("bought the Pinch of Nom book and cooked every recipe for the society, yum", "student", None),
]


# Round 8: situations from an own check batch, in new wordings.
ROWS += [
    ("filmed the whole Arctic Monkeys gig from the pit and put it on YouTube", "student", PIRATED),
    ("scanned the full CGP revision guide and put it on the society drive", "student", WHOLE),
    ("filmed the whole show our drama society performed, we performed it ourselves so it's on our channel", "student", None),
]


# Round 9: situations from the last own check batch, in new wordings.
ROWS += [
    ("used a viral TikTok sound in our society advert without asking the creator", "student", IMAGE),
    ("photocopied the whole pharmacology dictionary and I'm selling copies for £6", "student", WHOLE),
    ("posting the full recording of the paid webinar here, enjoy", "student", WHOLE),
    ("who wants a Netflix account I cracked? £2 a month", "student", PIRATED),
]

@pytest.fixture(scope="module")
def detector() -> CopyrightDetector:
    return CopyrightDetector()


@pytest.mark.parametrize("row", ROWS, ids=[case_id(r) for r in ROWS])
def test_copyright(detector, row):
    assert_behaves(detector, "copyright", *row)
