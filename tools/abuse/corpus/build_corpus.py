#!/usr/bin/env python3
"""Build tools/abuse/corpus/corpus.jsonl: the abuse classifier's training data.

Two sources, both written for Second Thought (nothing from shared/eval/):

* ``src/*.txt`` — hand-written drafts, one per line, in blocks headed
  ``## <label> <type> <register>``;
* contrastive templates below: the same frames and the same group, person and
  object words on both sides, so that what separates abuse from benign is the
  claim (dehumanising / insulting / threatening vs neutral, supportive,
  factual or aimed at a thing), not the presence of a group word or a name.

    python tools/abuse/corpus/build_corpus.py   # deterministic (seeded)

Each output line: {"id", "text", "label" (1 abuse, 0 benign), "type",
"register", "source" ("hand" or "template")}.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus.jsonl"
SEED = 20261121

# ---------------------------------------------------------------- fillers

GROUPS_PLURAL = [
    "black people", "blacks", "asians", "chinese people", "indians", "pakistanis", "bangladeshis", "arabs",
    "africans", "nigerians", "somalis", "jamaicans", "mexicans", "latinos", "romanians", "poles", "polish people",
    "eastern europeans", "gypsies", "travellers", "roma", "jews", "jewish people", "muslims", "hindus", "sikhs",
    "catholics", "christians", "immigrants", "migrants", "refugees", "asylum seekers", "foreigners",
    "international students", "gay people", "gays", "lesbians", "bisexuals", "trans people", "trans women",
    "non-binary people", "disabled people", "autistic people", "deaf people", "wheelchair users", "women", "girls",
    "female students", "old people", "pensioners", "muslim women", "black men", "white people", "irish people",
    "turks", "kurds", "albanians", "afghans", "syrians", "filipinos", "vietnamese people", "koreans", "brazilians",
]
GROUP_ADJ = [
    "black", "asian", "chinese", "indian", "pakistani", "arab", "african", "nigerian", "somali", "polish",
    "romanian", "jewish", "muslim", "hindu", "sikh", "catholic", "gay", "lesbian", "trans", "disabled", "autistic",
    "deaf", "immigrant", "foreign", "international", "female", "old", "irish", "turkish", "albanian", "mixed race",
]
PEOPLE_NOUNS = ["students", "lecturers", "neighbours", "landlords", "families", "doctors", "drivers", "kids",
                "women", "men", "staff", "workers", "tenants", "shop owners", "flatmates"]

HATE_PRED = [
    "are vermin", "are animals", "are a plague", "are parasites", "are subhuman", "are a disease",
    "are filthy", "are savages", "are dirty and lazy", "are all criminals", "are born thieves", "are a cancer on society",
    "are too stupid to learn", "are less than human", "are inferior", "are a burden on all of us", "are scum",
    "are rats", "are cockroaches", "are breeding like rabbits", "are leeches", "are a drain on the country",
    "are naturally violent", "are backward and primitive", "are an infestation", "are degenerates",
    "are all rapists", "are all terrorists", "are disgusting", "are genetically inferior", "are a stain on this country",
    "are all scroungers", "are a danger to our children", "are freaks", "are mentally defective",
    "ruin everything they touch", "destroy every neighbourhood they move into", "can't be trusted",
    "should not be allowed to breed", "should be sterilised", "should be deported, all of them",
    "should be kept out of our schools", "should be banned from this country", "should be locked up",
    "should go back where they came from", "should be wiped out", "don't deserve rights",
    "have no place in a civilised country", "only bring crime and disease", "are ruining our country",
    "are taking over and it needs stopping", "stink", "are useless at everything", "lower the tone of any place",
    "are a waste of space", "need to be got rid of", "are a lower form of life", "are a mistake of nature",
]
BENIGN_PRED = [
    "are welcome here", "face discrimination in housing", "are more likely to be stopped by police, studies show",
    "deserve equal pay", "are part of this community", "have been here for generations", "contribute a lot to the economy",
    "are underrepresented in senior roles", "are invited to the networking event", "make up a big part of our society",
    "experience higher rates of online abuse", "should be consulted on the new policy", "have the same rights as everyone",
    "are organising a fundraiser this weekend", "are the subject of my dissertation", "are often stereotyped in the media",
    "helped rebuild the city after the war", "run some of the best restaurants in town", "deserve to feel safe on campus",
    "were targeted by a hateful leaflet, which has been reported", "shared their experiences at the panel",
    "are among the most active volunteers", "are not a monolith, they hold many views", "have a long history in Britain",
    "are eligible for the new bursary", "can contact the support team for advice", "are being surveyed about wellbeing",
    "are entitled to reasonable adjustments", "face barriers to employment, the report says",
    "celebrate many different festivals", "came to the open day in big numbers",
]
NONPROTECTED_PLURAL = [
    "pigeons", "wasps", "seagulls", "mondays", "exams", "group projects", "8am lectures", "printers", "deadlines",
    "rats in the kitchen", "mosquitoes", "parking tickets", "self checkouts", "slugs", "spiders", "traffic wardens' machines",
    "zombies in this game", "the orcs in this book", "cockroaches", "these mould patches",
]
NONPROTECTED_PRED = [
    "are vermin", "are a plague", "are the worst", "are disgusting", "are evil", "should be banned", "ruin everything",
    "need to be got rid of", "are a disease", "should be wiped out", "are useless", "are filthy", "stink",
]

NAMES = ["Jake", "Sophie", "Callum", "Priya", "Tom", "Aisha", "Ben", "Chloe", "Ryan", "Megan", "Dan", "Zara", "Kieran",
         "Holly", "Mo", "Leah", "Oscar", "Jade", "Harvey", "Nadia", "Liam", "Ellie", "Connor", "Amira", "Josh",
         "Freya", "Dr Evans", "Mr Khan", "Mrs Taylor", "Professor Hill", "our lecturer", "my flatmate", "my housemate",
         "the new guy in our seminar", "my lab partner", "the girl in 4B", "my ex", "our team captain", "the TA",
         "@jess_m", "@tommyb99", "@callum.r", "you"]
INSULT_NP = [
    "a pathetic loser", "a fat pig", "a useless waste of space", "a brainless idiot", "a disgusting creep",
    "an ugly cow", "a spineless coward", "a complete moron", "a lying snake", "a worthless parasite", "a sad little freak",
    "a thick muppet", "an absolute clown", "a vile human being", "a braindead bimbo", "a smelly tramp",
    "a desperate attention seeker", "a total failure", "a greasy weirdo", "a stuck-up bitch", "a fucking idiot",
    "a cretin", "a nasty piece of work", "a walking joke", "a slag", "a two-faced liar", "a whiny baby",
    "an embarrassment to the course", "dumb as a rock", "ugly inside and out", "too thick to tie their shoes",
    "a waste of oxygen",
]
FRIENDLY_NP = [
    "a legend", "an absolute star", "the best flatmate ever", "a genius at stats", "so kind", "a brilliant lecturer",
    "a lifesaver", "hilarious", "an amazing captain", "the nicest person on the course", "a great cook",
    "really talented", "a good friend", "the reason I passed", "so organised", "always there for me",
    "a total sweetheart", "brilliant at explaining things", "a proper gent", "the funniest person I know",
]
THING_NAMES = ["this essay", "the printer", "the wifi", "my laptop", "this module", "the bus service",
               "the new timetable", "this weather", "Moodle", "the canteen food", "the group project", "my phone"]
THING_INSULT = ["is a pathetic joke", "is useless", "is a complete disaster", "is an absolute clown show",
                "is garbage", "is a waste of space", "is a total failure", "is dumb as a rock", "is the worst",
                "is so shit", "is trash"]

THREAT_VERB = ["kill", "batter", "stab", "smash the face in of", "break the legs of", "hurt", "beat up",
               "jump", "deck", "put in hospital", "knock out", "end"]
THREAT_TGT = ["him", "her", "you", "that prick", "Jake", "my flatmate", "the guy who stole my bike", "that lecturer",
              "whoever did this", "@ryan_k", "the lot of them", "that snitch"]
THREAT_WHEN = ["tomorrow", "when I see them", "after the lecture", "tonight", "if they show up again", "on Friday",
               "next time", "the minute they get back", "", "I swear"]
FIG_OBJ = ["this essay", "my laptop", "the printer", "the exam", "this deadline", "the quiz", "my alarm",
           "the gym session", "this playlist", "the karaoke", "my to-do list", "the pub quiz", "the presentation"]
FIG_VERB = ["kill", "smash", "destroy", "murder", "batter", "crush", "strangle", "annihilate", "beat"]

EVENTS = ["the party", "the social", "the group chat", "Friday's night out", "the study group", "the flat dinner",
          "the society trip", "the birthday drinks", "the team", "the house viewing"]
EXCL_REASON = ["nobody likes her", "he's a freak", "she's a loser", "he's too weird", "she'll ruin it", "he stinks",
               "make her feel left out", "let him sit on his own", "she needs to learn her place", "he's a saddo"]
INCL_REASON = ["she's lovely", "he's new and doesn't know anyone", "she asked about it", "he's been ill and needs cheering up",
               "the more the merrier", "she's bringing snacks", "he's great fun", "she'd love it"]

GROUP_NEUTRAL_FORUM = [
    "The {a} community in {place} held a vigil last night.",
    "My neighbour is {a1} and she runs the allotment society.",
    "There were a lot of {g} at the market this morning, it was busy.",
    "Police are investigating an attack on {a} {n} in {place}.",
    "I grew up with {g} on my street and we all played football together.",
    "The census shows the number of {g} in {place} has grown.",
    "{G} vote for every party, there is no single view.",
    "A {a1} friend of mine recommended this book.",
    "I think {a} {n} should be represented on the council.",
    "We had {a} {n} living next door for years, lovely family.",
    "The {a} {n} I work with are mostly from {place}.",
    "Our church works with {g} in {place} on a food project.",
    "Most {g} I know just want a quiet life like everyone else.",
    "There is a new documentary about {g} in {place} on tonight.",
    "Are there many {g} where you live?",
    "My grandfather worked alongside {g} in the mines.",
    "white and black residents of {place} came together to clean up the park",
    "the {a} {n} at my work organised the charity run",
    "i was talking to some {g} at the bus stop about the weather",
    "my {a1} flatmate is the best cook in our house",
    "{g} have lived in {place} since the 1950s",
    "the article is about how {g} are portrayed in films",
    "what do {g} in {place} think about the new policy?",
    "the {a} vote will matter a lot in this election",
    "I'm {a1} myself and I've never felt unwelcome here",
    "we need more {a} {n} in politics",
    "our {a} {n} held an open day, anyone could go",
]
PERSON_NEUTRAL = [
    "{t} is giving a talk on Thursday", "{t} said the lecture has moved to room 2", "{t} has the notes from Monday",
    "{t} is coming to the party later", "{t} asked me to tell you the meeting is at 3", "I told {t} about the deadline",
    "{t}'s presentation was really interesting", "can someone send {t} the link?", "{t} is off sick today",
    "{t} just got back from placement", "has anyone seen {t}? she left her bag here", "{t} will be late, his bus broke down",
    "{t} is running the stall at the fair", "{t} knows where the key is", "{t} is doing the shopping this week",
    "I'm meeting {t} at the library at 2", "{t} recommended this podcast, it's good", "{t} won the raffle!",
    "{t} is moving flats next month", "tell {t} I said happy birthday", "{t} is looking for a housemate",
    "{t} said the exam is open book", "your essay was good, I liked the intro", "her dog is the cutest",
    "he said he'd bring the speaker", "they should be here soon", "she is organising the ball this year",
    "I asked him about the reading list", "{t} is the new society treasurer", "{t} messaged the group about rent",
]

PLACES = ["our town", "this country", "our uni", "my street", "our halls", "Leicester", "Derby", "Europe",
          "our schools", "the NHS", "the city centre", "our campus"]

# ---------------------------------------------------------------- batch 19 templates
# Hostile claims about a group written in neutral words (no insult, no
# strongly negative word): collective blame, conspiracy, pseudo-science,
# replacement, exclusion, contempt by insinuation, set against neutral or
# factual claims of the same shape about the same groups. Forum register.

FORUM_GROUPS = [
    "the blacks", "blacks", "negroes", "the negroes", "africans", "non-whites", "nonwhites", "the jews", "jews",
    "muslims", "the muslims", "immigrants", "migrants", "asylum seekers", "mexicans", "arabs", "pakistanis",
    "somalis", "gypsies", "the roma", "asians", "the chinese", "indians", "foreigners", "homosexuals", "gays",
    "trans people", "women", "feminists", "the irish", "poles", "nigerians", "haitians", "latinos", "hindus",
    "sikhs", "the disabled", "refugees", "black people", "jewish people", "muslim men", "black men",
]
STEREO_PRED = [
    "cannot build anything, they can only take", "have never invented a single thing of value",
    "will always vote for whoever gives them the most free money", "do not want to integrate, they want to take over",
    "only come here for the benefits", "are behind most of the crime in this city",
    "run the banks and the newspapers", "control what we are allowed to say", "are responsible for the decline of the west",
    "have a lower average intelligence and always will", "are not capable of self government",
    "will never be one of us no matter how long they stay", "do not belong in a white country",
    "should have their own countries and stay in them", "ought to be sent back, every last one",
    "are replacing us and the politicians let it happen", "have more children so they can outvote us",
    "look after their own and laugh at us", "will turn this country into the place they fled from",
    "bring their problems with them wherever they go", "are the reason our streets are no longer safe",
    "commit far more crime than anyone else and the media hides it", "cannot be trusted with money or power",
    "have been at war with our people for centuries", "want revenge on the white man", "see our women as prizes",
    "stick together and push everyone else out", "take our homes, our jobs and our daughters",
    "have no loyalty to any country but their own tribe", "are a different kind of people and always will be",
    "do not think like us and never will", "would sell their own mothers for a profit",
    "were never meant to live among us", "are what is wrong with this country", "do nothing but take",
    "have made every area they moved into worse", "lower the standard of every school they go to",
    "cannot live without someone else paying for them", "are running our country into the ground",
    "are only here to change who we are", "will outnumber us in a generation", "are the real masters of our government",
    "started both world wars for profit", "want to destroy the family", "are pushing their agenda on our children",
    "should not be allowed to vote", "should not be allowed to hold office", "should not be allowed to teach",
    "should never be allowed near our kids", "should be kept in their own areas", "should not be given citizenship, ever",
    "need to be removed from our nation", "are not really human in the way we are", "are closer to apes than to us",
    "have the minds of children", "only understand force", "have to be kept under control",
    "cannot stop themselves from stealing", "lie as easily as they breathe", "are a problem that has to be solved",
    "have no history worth mentioning", "contributed nothing to civilisation", "are a foreign body in our nation",
    "have been given everything and still complain", "belong in the kitchen and nowhere else",
    "are a mistake that our grandchildren will pay for", "are the enemy within", "are colonising our towns",
    "do not deserve the same rights as us", "are a threat to our race", "are eroding the white race",
]
NEUTRAL_PRED = [
    "have lived in Britain for centuries", "run several shops on our high street", "celebrate their new year in spring",
    "were the subject of a new study on housing", "are represented on the city council", "have their own community centre here",
    "vote for a range of parties, the survey shows", "are less likely to be offered interviews, a study found",
    "make up about a tenth of the local population", "have a long history in this region",
    "were part of the crowd at the match on Saturday", "have their own newspaper in the city",
    "started a charity to help homeless people", "founded many of the businesses in the old market",
    "came here after the war to work in the factories", "are more likely to live in rented housing, the census says",
    "organised a festival in the park last summer", "were interviewed for the documentary",
    "are the focus of my dissertation on migration", "serve in the armed forces in large numbers",
    "hold a range of political views like everyone else", "work in the health service in large numbers",
    "have a strong tradition of music and poetry", "set up the first football club in the town",
    "have been welcomed by the local churches", "are among the fastest growing groups in the census",
    "face long waits for asylum decisions", "raised money for the flood victims",
    "opened a new school in the north of the city", "are discussed in chapter four of the book",
    "have their own radio station", "were once banned from owning land, which is a shameful chapter",
    "are often portrayed unfairly in the press", "were counted separately in the last census",
    "have different traditions depending on where they come from", "are our neighbours and colleagues",
    "can apply for the new scholarship", "will be speaking at the conference next week",
    "have been settling in the region since the nineteenth century", "are over-represented in low paid jobs, the report says",
    "have their own sections in the local library", "were at the protest in large numbers",
    "have fought for equal rights for decades", "have been victims of hate crime this year, the police said",
    "should be consulted about the new policy", "should have the same rights as everyone else",
    "should be able to worship freely", "should be allowed to work while they wait",
    "are welcome at the open day", "are part of the history of this town", "built many of the railways in the west",
    "won several medals at the games", "brought new food and music to the city", "marched for civil rights in the sixties",
    "run a food bank that anyone can use", "have been here longer than most people realise",
    "write some of the best novels of our time", "lead several of the research groups at the university",
    "are a diverse group with many different views", "are not all the same, obviously",
]
PRON_HATE = [
    "They will never be like us and we should stop pretending they can be.",
    "They breed, they take and they never give anything back.",
    "They are not our people and they never will be.",
    "Once they are the majority they will show us no mercy.",
    "They hate everything we stand for and still they keep coming.",
    "They have ruined their own countries and now they are ruining ours.",
    "They should be sent back where they came from, all of them.",
    "They only respect strength and we have shown them weakness.",
    "They cannot even run a village, let alone a country.",
    "They will never stop until our people are gone.",
    "Their kind has no place among civilised people.",
    "These people are not like us, they are something else entirely.",
    "Those people have turned our town into a foreign country.",
    "They live like animals and expect us to pay for it.",
    "They want our land and our women, and they are getting both.",
]
PRON_BENIGN = [
    "They will be at the meeting on Thursday if you want to ask them.",
    "They moved here in the sixties and opened a bakery.",
    "They are lovely people, we have been friends for years.",
    "Once they arrive we can start the barbecue.",
    "They told me the museum is free on Sundays.",
    "They have lived in the village longer than anyone.",
    "They were sent back to the start of the queue, which was annoying.",
    "They only sell the good bread on Saturdays.",
    "They run the allotment society and do a great job.",
    "They will never stop talking about their holiday in Spain.",
    "Their kind words meant a lot to my mother.",
    "These people are volunteers and they deserve our thanks.",
    "Those people at the end of the street have the best Christmas lights.",
    "They live near the park and walk their dog every morning.",
    "They want to open a cafe in the old post office.",
]


# ---------------------------------------------------------------- templates


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def templates(rng: random.Random) -> list[tuple[int, str, str, str]]:
    out: list[tuple[int, str, str, str]] = []

    def add(label: int, typ: str, reg: str, text: str) -> None:
        text = re.sub(r"\s+", " ", text).strip()
        out.append((label, typ, reg, text))

    def lower_slang(s: str) -> str:
        return s.lower().rstrip(".")

    # hate generalisations vs benign statements about the same groups
    hate_frames = [
        "{g} {p}", "all {g} {p}", "honestly {g} {p}", "let's be real, {g} {p}", "{G} {p}.",
        "It is a fact that {g} {p}.", "I'm sorry but {g} {p}", "everyone knows {g} {p}",
        "the truth nobody will say: {g} {p}", "{g} {p} and you all know it", "why won't anyone admit that {g} {p}",
        "The {a} {n} in {place} {p}.", "these {a} {n} {p}", "{G} {p}. Wake up people.",
        "{g} {p}, {place} was better before them", "most {g} {p}", "{g} {p} lol",
    ]
    benign_frames = [
        "{g} {bp}", "{G} {bp}.", "a reminder that {g} {bp}", "the report says {g} {bp}",
        "It is important to remember that {g} {bp}.", "{a} {n} in {place} {bp}", "did you know {g} {bp}?",
        "in my seminar we discussed why {g} {bp}", "{g} {bp}, and that matters",
    ]
    for _ in range(380):
        g = rng.choice(GROUPS_PLURAL)
        a, n = rng.choice(GROUP_ADJ), rng.choice(PEOPLE_NOUNS)
        f = rng.choice(hate_frames)
        text = f.format(g=g, G=_cap(g), p=rng.choice(HATE_PRED), a=a, n=n, place=rng.choice(PLACES))
        reg = "forum" if text.endswith(".") else "tweet"
        add(1, "hate_generalisation", reg, lower_slang(text) if rng.random() < 0.3 else text)
    for _ in range(230):
        g = rng.choice(GROUPS_PLURAL)
        a, n = rng.choice(GROUP_ADJ), rng.choice(PEOPLE_NOUNS)
        f = rng.choice(benign_frames)
        text = f.format(g=g, G=_cap(g), bp=rng.choice(BENIGN_PRED), a=a, n=n, place=rng.choice(PLACES))
        add(0, "group_benign", "forum" if text.endswith(".") else "tweet", text)
    for _ in range(220):
        g = rng.choice(GROUPS_PLURAL)
        a, n, a1 = rng.choice(GROUP_ADJ), rng.choice(PEOPLE_NOUNS), rng.choice(GROUP_ADJ)
        f = rng.choice(GROUP_NEUTRAL_FORUM)
        add(0, "group_neutral", "forum" if f.endswith(".") else "tweet",
            f.format(g=g, G=_cap(g), a=a, n=n, a1=a1, place=rng.choice(PLACES)))
    for _ in range(200):
        t = rng.choice([x for x in NAMES if x != "you"])
        add(0, "person_neutral", rng.choice(["tweet", "whatsapp"]), rng.choice(PERSON_NEUTRAL).format(t=t))
    # counter-speech: the hateful claim quoted or negated in order to reject it
    counter_frames = [
        "not all {g} {p}, stop spreading that", "it's nonsense to say {g} {p}", "people who claim {g} {p} need to read a book",
        "No, {g} do not {pn}. That is a myth.", "the idea that {g} {p} is a racist myth", "stop saying {g} {p}, it's just wrong",
        "my uncle thinks {g} {p} and I spent dinner arguing with him", "the leaflet claimed {g} {p}, we've reported it",
        "saying {g} {p} is hate speech and it has no place here", "it is false and dangerous to suggest that {g} {p}.",
    ]
    for _ in range(120):
        g = rng.choice(GROUPS_PLURAL)
        pr = rng.choice(HATE_PRED)
        pn = re.sub(r"^are ", "all behave like ", pr) if pr.startswith("are ") else pr
        add(0, "counter_speech", "tweet", rng.choice(counter_frames).format(g=g, p=pr, pn=pn))
    # needs and barriers of a group: complaints on their behalf
    for _ in range(70):
        g = rng.choice(GROUPS_PLURAL)
        add(0, "group_needs", "tweet", rng.choice([
            "{g} can't get into the {f}, that needs fixing", "the {f} is useless for {g}, please sort it out",
            "{g} are being let down by the {f}", "why is the {f} still not accessible to {g}?",
            "{g} keep getting turned away from the {f}, it's a disgrace", "the {f} is failing {g} and nobody cares",
        ]).format(g=g, f=rng.choice(["old library", "sports centre", "careers service", "housing office", "lecture theatre",
                                      "student union bar", "bus service", "accommodation office", "health centre"])))
    # negative generalisations about things/animals: benign
    np_frames = ["{g} {p}", "honestly {g} {p}", "{G} {p}.", "all {g} {p} lol", "I'm sorry but {g} {p}"]
    for _ in range(90):
        g = rng.choice(NONPROTECTED_PLURAL)
        add(0, "thing_negative", "tweet", rng.choice(np_frames).format(g=g, G=_cap(g), p=rng.choice(NONPROTECTED_PRED)))
    # group told to leave / excluded vs invited
    for _ in range(50):
        g = rng.choice(GROUPS_PLURAL)
        place = rng.choice(PLACES)
        add(1, "hate_exclusion", "tweet", rng.choice([
            f"get these {g} out of {place}", f"{place} is overrun with {g}, kick them out",
            f"no {g} in {place}, simple", f"{_cap(place)} should be for us, not {g}",
            f"we don't want {g} here, go home", f"ban {g} from {place}",
            f"I wouldn't let {g} anywhere near {place}",
        ]))
    for _ in range(45):
        g = rng.choice(GROUPS_PLURAL)
        place = rng.choice(PLACES)
        add(0, "group_inclusion", "tweet", rng.choice([
            f"{g} are welcome in {place}", f"{place} is home to lots of {g} and that's great",
            f"proud that {place} has welcomed so many {g}", f"support for {g} in {place} needs more funding",
            f"the event is open to {g} and allies from across {place}",
            f"how can {place} do more to support {g}?",
        ]))
    # insults at a person vs praise of a person vs insults at a thing
    ins_frames = ["{t} is {i}", "honestly {t} is {i}", "{t} is {i} and everyone knows it", "{T} is {i}.",
                  "can't stand {t}, {i}", "{t} is such {i} lmao", "tbh {t} is {i}"]
    for _ in range(170):
        t = rng.choice(NAMES)
        i = rng.choice(INSULT_NP)
        if t == "you":
            text = rng.choice([f"you are {i}", f"you're {i}", f"honestly you're {i}", f"shut up, you're {i}"])
        else:
            text = rng.choice(ins_frames).format(t=t, T=_cap(t), i=i)
        add(1, "harassment_template", "tweet", text)
    for _ in range(150):
        t = rng.choice(NAMES)
        i = rng.choice(FRIENDLY_NP)
        if t == "you":
            text = rng.choice([f"you are {i}", f"you're {i}", f"honestly you're {i} ❤️"])
        else:
            text = rng.choice(["{t} is {i}", "honestly {t} is {i}", "{T} is {i}.", "shoutout to {t}, {i}",
                               "{t} is {i} and everyone knows it"]).format(t=t, T=_cap(t), i=i)
        add(0, "praise_template", "tweet", text)
    for _ in range(80):
        add(0, "thing_insult", "tweet", f"{rng.choice(THING_NAMES)} {rng.choice(THING_INSULT)}")
    # threats at people vs figurative violence at things
    for _ in range(110):
        v, t, w = rng.choice(THREAT_VERB), rng.choice(THREAT_TGT), rng.choice(THREAT_WHEN)
        add(1, "threat_template", "tweet", rng.choice([
            f"I'm going to {v} {t} {w}", f"gonna {v} {t} {w}", f"I will {v} {t} {w}", f"someone needs to {v} {t} {w}",
            f"I swear I'll {v} {t} {w}", f"watch me {v} {t} {w}",
        ]))
    for _ in range(110):
        v, o = rng.choice(FIG_VERB), rng.choice(FIG_OBJ)
        add(0, "figurative_template", "tweet", rng.choice([
            f"I'm going to {v} {o} tomorrow", f"gonna {v} {o}", f"we will {v} {o}", f"watch me {v} {o}",
            f"I swear I'll {v} {o} today", f"ready to {v} {o}",
        ]))
    # exclusion of a person vs inclusion
    for _ in range(70):
        t, e = rng.choice(NAMES[:26]), rng.choice(EVENTS)
        add(1, "bullying_template", rng.choice(["tweet", "whatsapp"]), rng.choice([
            f"don't invite {t} to {e}, {rng.choice(EXCL_REASON)}", f"everyone ignore {t} at {e}, {rng.choice(EXCL_REASON)}",
            f"let's kick {t} out of {e}, {rng.choice(EXCL_REASON)}", f"nobody talk to {t} at {e}",
            f"make sure {t} isn't at {e}, {rng.choice(EXCL_REASON)}",
        ]))
    for _ in range(70):
        t, e = rng.choice(NAMES[:26]), rng.choice(EVENTS)
        add(0, "inclusion_template", rng.choice(["tweet", "whatsapp"]), rng.choice([
            f"don't forget to invite {t} to {e}, {rng.choice(INCL_REASON)}", f"make sure {t} comes to {e}, {rng.choice(INCL_REASON)}",
            f"can someone add {t} to {e}? {rng.choice(INCL_REASON)}", f"everyone say hi to {t} at {e}",
            f"let's save {t} a seat at {e}",
        ]))
    # batch 19: hostile claims in neutral words vs neutral claims, same groups and frames
    stereo_frames = [
        "{G} {p}.", "The truth is that {g} {p}.", "It is obvious that {g} {p}.", "Face it, {g} {p}.",
        "History shows that {g} {p}.", "Anyone who has lived near them knows {g} {p}.", "{G} {p} , and everyone here knows it .",
        "I have said it before, {g} {p}.", "{g} {p}", "Most {g} {p}.", "In the end {g} {p}.",
    ]
    for _ in range(520):
        g = rng.choice(FORUM_GROUPS)
        add(1, "stereo_claim", "forum", rng.choice(stereo_frames).format(g=g, G=_cap(g), p=rng.choice(STEREO_PRED)))
    for _ in range(560):
        g = rng.choice(FORUM_GROUPS)
        add(0, "neutral_claim", "forum", rng.choice(stereo_frames).format(g=g, G=_cap(g), p=rng.choice(NEUTRAL_PRED)))
    for s in PRON_HATE:
        add(1, "pronoun_hate", "forum", s)
    for s in PRON_BENIGN:
        add(0, "pronoun_benign", "forum", s)
    return out


def parse_src(path: Path) -> list[tuple[int, str, str, str]]:
    items = []
    label, typ, reg = None, None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("# "):
            continue
        if line.startswith("## "):
            label_s, typ, reg = line[3:].split()
            label = int(label_s)
            continue
        assert label is not None, path
        items.append((label, typ, reg, line))
    return items


def main() -> None:
    rng = random.Random(SEED)
    rows = []
    seen: set[str] = set()
    for src in sorted((HERE / "src").glob("*.txt")):
        for label, typ, reg, text in parse_src(src):
            if text.lower() not in seen:
                seen.add(text.lower())
                rows.append({"text": text, "label": label, "type": typ, "register": reg, "source": "hand",
                             "file": src.name})
    for label, typ, reg, text in templates(rng):
        if text.lower() not in seen:
            seen.add(text.lower())
            rows.append({"text": text, "label": label, "type": typ, "register": reg, "source": "template"})
    with OUT.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(rows):
            r = {"id": f"c{i:05d}", **r}
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    pos = sum(r["label"] for r in rows)
    print(f"{len(rows)} items ({pos} abusive, {len(rows) - pos} benign) -> {OUT}")


if __name__ == "__main__":
    main()
