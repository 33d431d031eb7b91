"""Unverified damaging claims and misinformation. Each row runs the real detector."""

from __future__ import annotations

import pytest

from second_thought.engine.detectors.defamation import DefamationDetector

from _category_helpers import assert_behaves, case_id

CLAIM = "defamation.unverified_claim"
MISINFO = "defamation.misinformation"

ROWS = [
    # a chain message
    ("DON'T eat at the café tomorrow!! there's a norovirus outbreak, 30 people in hospital and the uni is covering it up. forward this to everyone", "student", "defamation"),
    ("FYI anyone who fails a module this year gets automatically withdrawn, no resits at all. Spread the word before they try to hide it", "student", "defamation"),
    # a rumour about a university decision passed on with "spread this"; asking whether it is true is not spreading it
    ("PSA the uni is cancelling all january resits, my cousin works in registry and saw the memo. spread this", "student", MISINFO),
    ("heard the uni's cancelling resits? is that actually true, anyone got anything official", "student", None),
    ("Dr Hughes in Chemistry is sleeping with one of his students, everyone knows", "student", CLAIM),
    ("apparently our landlord keeps everyone's deposits illegally, he did it to the last lot too", "student", CLAIM),
    ("Sophie from the netball team got expelled for selling coke, that's why she vanished", "student", CLAIM),
    ("PSA: Northfield Lettings are scammers, they forge inspection reports", "student", CLAIM),
    ("the kebab shop on London Road uses dog meat, my mate works there", "student", CLAIM),
    ("word is the SU president fiddled the society budget to pay for his holiday", "student", CLAIM),
    ("heard Mr Patel at the corner shop sells weed under the counter lol", "student", CLAIM),
    ("my supervisor plagiarised her whole PhD, ask anyone in the department", "student", CLAIM),
    ("@jamie_k has an STI, girls be careful", "student", CLAIM),
    ("Tom's dad was in prison for fraud, no wonder he's so dodgy", "student", CLAIM),
    ("our hall warden turns up drunk on shift every weekend", "staff", CLAIM),
    ("BREAKING: DMU is closing the Leicester campus next year, share before they delete this", "student", MISINFO),
    ("vaccines cause autism, do your research before the uni makes you get one", "student", MISINFO),
    ("heard all exams are cancelled this year because of the strikes!!", "student", MISINFO),
    # benign
    ("I got arrested at a protest in 2019 and I'm still proud of it", "student", None),
    ("this weather is criminal, it's June 🌧️", "student", None),
    ("the BBC reports the former MP was convicted of fraud at Southwark Crown Court today", "student", None),
    ("watching a true crime documentary about a fraudster, wild", "student", None),
    ("the pizza at Luigi's was cold and the service was slow, 2 stars", "student", None),
    ("Leicester absolutely battered Forest on Saturday", "student", None),
    ("exams are moved online this year, see the uni email for details", "student", None),
    ("our landlord is slow to fix things but he's nice enough", "student", None),
    ("my essay is on how fraud is detected in company accounts", "student", None),
    ("Dr Hughes gave a brilliant lecture on polymer chemistry today", "student", None),
    # more phrasings, expected at category level
    ("Don't rent from Parkside Homes, the owner is a known fraudster who steals deposits", "student", "defamation"),
    ("That new bar on Granby St waters down their vodka and spikes drinks. Avoid!!", "student", "defamation"),
    ("our flat president is a thief, took money from the kitty and lied about it", "student", "defamation"),
    ("rumour has it Professor Green got sacked from his last uni for harassment", "student", "defamation"),
    ("Amy on my course cheated her way through first year, she pays someone for everything", "student", "defamation"),
    ("my lecturer is racist, he only ever marks the asian students down", "student", "defamation"),
    ("the uni is going bankrupt apparently, all courses shutting next year", "student", "defamation"),
    ("Mr Davies next door is dealing drugs out of his garage, the police should know", "student", "defamation"),
    ("Rachel from my seminar group only got her placement because she slept with the manager", "student", "defamation"),
    ("The Green Dragon pub staff are racist, they refused to serve my friends because they're black", "student", "defamation"),
    ("our old lecturer was fired for fiddling his expenses, that's why he left in March", "student", "defamation"),
    ("Just heard the uni is selling off the Riverside campus to developers, spread the word", "student", "defamation"),
    ("Dr Wilson fakes his research data, it's an open secret in the department", "student", "defamation"),
    ("Watch out for the landlord of 12 Tudor Road, he films his tenants through hidden cameras", "student", "defamation"),
    ("Our SU treasurer stole money from the RAG fund, I've heard it from three people", "student", "defamation"),
    ("the lecturer who runs the law clinic is a drunk, turned up hammered to a tutorial", "student", "defamation"),
    ("Spice Garden gave my whole flat food poisoning, don't eat there", "student", "defamation"),
    ("our letting agent Brookfield Estates forges signatures on tenancy agreements, they did it to my mate", "student", "defamation"),
    ("everyone knows the rugby captain beat up his girlfriend last year", "student", "defamation"),
    ("The chippy on Welford Rd has rats in the kitchen, saw it myself, closed by the council soon probably", "student", "defamation"),
    ("heard our module leader is under investigation for bullying staff", "student", "defamation"),
    ("Covid was planned by the government to control us, wake up", "student", "defamation"),
    ("The landlord at 45 Kingsley St is a registered sex offender, google him", "student", "defamation"),
    ("Apparently the Dean got the job because she's married to the VC", "student", "defamation"),
    ("Don't go to Crystal Nails on the high street, they use fake products and gave my friend an infection", "student", "defamation"),
    ("BREAKING: the university has been hacked and all our data leaked, change your passwords now!!", "student", "defamation"),
    ("5G masts on campus are making students ill, that's why everyone has freshers flu", "student", "defamation"),
    ("The guy who runs Phoenix Lets (Dave Carter) steals deposits and threatens tenants, avoid!!", "student", "defamation"),
    ("our SU president got kicked out of his last uni for cheating, apparently", "student", "defamation"),
    ("exclusive: the university is scrapping all resits from next year, heard it from a lecturer", "student", "defamation"),
    ("that tutor on Hinckley Rd (Mr Singh) hits the kids he tutors, my cousin saw it", "student", "defamation"),
    ("DMU is apparently shutting the Leicester Castle Business School next year, pass it on", "student", "defamation"),
    ("Greggs on Gallowtree Gate sells day old sausage rolls as fresh, they've been caught by the council", "student", "defamation"),
    ("the CS society president has been stealing from the society account for years", "student", "defamation"),
    ("my ex's new bf deals coke out of his car, just so you all know", "student", "defamation"),
    ("Prof Webb only hires students he fancies, ask any of the PhDs", "student", "defamation"),
    ("new research: drinking bleach cures covid, the government is hiding it", "student", "defamation"),
    ("I have it on good authority that the head of the nursing school was dismissed from her previous post for falsifying patient records.", "student", "defamation"),
    ("Please share widely: the university has quietly decided to withdraw all hardship funding next term. My friend in finance confirmed it.", "student", "defamation"),
    ("Our landlord Mr Ahmed lets himself into our rooms when we're out, he's a creep", "student", "defamation"),
    ("My manager at the Co-op steals from the till every shift, everyone knows", "student", "defamation"),
    ("the president of the rugby club spiked a fresher's drink at the social, everyone's saying it", "student", "defamation"),
    ("Bella Vista on the high street is a front for money laundering, my uncle knows", "student", "defamation"),
    ("rumour is Professor Jones is being sacked for harassment, spread it", "student", "defamation"),
    ("My old flatmate Kieran nicked £300 from our bills account and did a runner, watch out for him", "student", "defamation"),
    ("The vet on Narborough Rd overcharges and lets animals die to make money", "student", "defamation"),
    ("Our society's treasurer has been spending society money on himself, I've seen the receipts", "student", "defamation"),
    ("the SU election was rigged, the winner's mates counted the votes", "student", "defamation"),
    ("the guy who coaches the under-12s at our club has a restraining order, no one's told the parents", "student", "defamation"),
    ("The module leader for BIO2002 is a sexist pig who marks women down, I have no proof but everyone knows", "student", "defamation"),
    ("Landlord at 8 Grange Road is renting an illegal HMO with no fire alarms, avoid!", "student", "defamation"),
    ("URGENT: there's a gunman on DMU campus, stay inside!! (my friend heard it from security)", "student", "defamation"),
    ("RIP to Professor Hale, heard he died this morning 😢 (not confirmed)", "student", "defamation"),
    ("The guy who owns Best Kebab (Ali) sells stolen meat, everyone on Narborough Rd knows", "student", "defamation"),
    ("That sandwich shop by the station (Bread & Co) has been fined loads of times for rats, they never clean", "student", "defamation"),
    ("Our lab manager steals reagents and sells them on eBay, I've seen it", "staff", "defamation"),
    ("BREAKING: students get a £500 refund for the strikes, the uni confirmed it in an email (I haven't seen it but my mate has)", "student", "defamation"),
    ("That new lecturer Dr Okoye got her PhD from a diploma mill, apparently", "student", "defamation"),
    ("the security guard at the Hugh Aston building steals from the lost property box", "student", "defamation"),
    ("Heads up, the uni's secretly installing facial recognition cameras in lecture halls, spread the word", "student", "defamation"),
    ("Word is the new SU president faked her manifesto figures and stole votes", "student", "defamation"),
    ("Don't use Campus Cabs, their drivers are unlicensed and one of them assaulted my friend", "student", "defamation"),
    ("my landlord Gary Hill is a con man, took 3 months' rent and disappeared", "student", "defamation"),
    ("apparently the whole Economics department is under investigation for grade inflation", "student", "defamation"),
    ("that PhD student who teaches our seminars is dating one of the first years, it's so obvious", "student", "defamation"),
    ("the owner of Spice Hut is an illegal immigrant and pays staff £3 an hour, report them", "student", "defamation"),
    ("Wait till you hear what our landlord did, he's been secretly filming us through the smoke alarm", "student", "defamation"),
    # someone in a named office; a lettings business pocketing deposits and faking photos
    ("Between us, I'm fairly sure Mark in admissions has been fiddling the enrolment figures to hit his targets", "staff", "defamation"),
    ("Hillside Lets on London Rd are pocketing deposits and faking the check-in photos, avoid", "student", "defamation"),
    ("Sam in finance has been brilliant with the budget figures this year", "staff", None),
    ("the café on campus is faking nothing, their reviews are all real, love it", "student", None),
    ("took photos of the faked inventory to show the tenancy relations officer, as advised", "student", None),
]


# Recall round on unseen phrasings: each situation in several wordings, with quiet twins.
ROWS += [
    # A staff member and students in a relationship, in many phrasings.
    ("Dr Moss is shagging one of his third year tutees, it's so obvious in seminars", "student", CLAIM),
    ("our badminton coach has been seeing two of his teenage trainees behind everyone's back", "student", CLAIM),
    ("Prof Idris slept with half his MSc students apparently, that's how you get a distinction there", "student", CLAIM),
    ("the new PE teacher at my old school is dating one of her year 13 pupils, ask anyone", "student", CLAIM),
    ("heard Mr Lowe is hooking up with his own placement students lol", "student", CLAIM),
    ("Dr Moss is supervising two of his students through their dissertations, proud of them", "student", None),
    ("I'm dating one of the students from my old course, we met at freshers", "student", None),
    # Achievements put down to a parent, a bribe or a relationship.
    ("Hannah Price only got onto the grad scheme because her dad golfs with the CEO", "student", CLAIM),
    ("lol Ryan Cole only passed the viva cos his mum is on the university council", "student", CLAIM),
    ("Maya Ford only won the election because she paid people in her halls to vote", "student", CLAIM),
    ("Jack Turner bribed his way onto the first team, everyone knows it", "student", CLAIM),
    ("Leah got into the Oxford masters through her dad's connections, no wonder", "student", CLAIM),
    ("Hannah Price only got onto the grad scheme because she applied in September, do it early", "student", None),
    ("I only passed stats because my mum sat with me every night explaining it 😂", "student", None),
    # Struck off or sacked from a previous post.
    ("apparently our anatomy demonstrator was struck off as a doctor years ago", "student", CLAIM),
    ("heard Ms Rahman got disbarred before she came to teach us contract law", "student", CLAIM),
    ("rumour is Dr Webb was pushed out from his last university after complaints", "student", CLAIM),
    ("the new clinic manager was sacked from her previous hospital, everyone on the ward is saying it", "student", CLAIM),
    ("my brother got struck off the rota this week so he's free Saturday", "student", None),
    ("I got fired from my last job for being late too often tbh", "student", None),
    # Tampering with food and drink, bribes, 'got done for'.
    ("the chef at Golden Wok spits in the food of anyone who complains, my mate worked there", "student", CLAIM),
    ("that café by the library slipped laxatives into a customer's tea last week apparently", "student", CLAIM),
    ("Dr Price in accounting takes money from students to change their marks, everyone knows", "student", CLAIM),
    ("the letting agent at Oak Homes took backhanders from landlords to hide the damp reports, apparently", "student", CLAIM),
    ("the bloke who owns the chippy got done for benefit fraud, google him", "student", CLAIM),
    ("the manager at Quick Fix got nicked for drug dealing last year, apparently", "student", CLAIM),
    ("my dad got done for speeding again lol, third time this year", "student", None),
    ("put too much chilli in the food again, my flatmates are crying", "student", None),
    # Blaming an outbreak on a group of people.
    ("the norovirus in halls came in with the exchange students, obviously", "student", MISINFO),
    ("mumps going round campus was brought over by the overseas students who aren't vaccinated", "student", MISINFO),
    ("international students spread the flu every January, it's a fact", "student", MISINFO),
    ("refugees brought TB into the city, that's why the clinic is full", "student", MISINFO),
    ("bed bugs in our block were brought in by the erasmus students, they should be checked", "student", MISINFO),
    ("the health centre says the mumps outbreak in halls is spreading, get your MMR jab", "student", None),
    ("stop blaming international students for the flu, it's just winter", "student", None),
]


# Round 3: situations from an own check batch, in new wordings.
ROWS += [
    # Calling a named person or business a criminal outright.
    ("the guy who runs Kwik Lets is a total crook, stay well away", "student", CLAIM),
    ("Dan from the rowing club? he's a known drug dealer lol", "student", CLAIM),
    ("our old landlord never gives back deposits, everyone in Clarendon Park knows", "student", CLAIM),
    ("Professor Okoro made up the interviews in her last book, a research assistant told me", "student", CLAIM),
    ("the campus bookshop overcharges freshers on purpose, it's literally theft", "student", CLAIM),
    ("he's a total legend, best lecturer I've had", "student", None),
    ("I made up the numbers for my mock budget exercise, that's the point of it", "student", None),
    # Cure claims with a home remedy or a cover-up story.
    ("raw garlic and honey cures the flu in a day, doctors won't tell you that", "student", MISINFO),
    ("cold showers every morning reverse depression, big pharma hides it", "student", MISINFO),
    ("turmeric shots stop cancer spreading, do your own research", "student", MISINFO),
    ("CBD oil cures ADHD, the NHS doesn't want you to know", "student", MISINFO),
    ("the myth that garlic cures the flu needs to die, there's no evidence", "student", None),
    ("paracetamol and rest help with the flu, drink loads of water", "student", None),
    ("my dissertation looks at claims that turmeric prevents cancer", "student", None),
    # Placement context is confidential, not defamation.
    ("a boy in my placement school is looked after because his dad's in prison", "student", None),
]


# Round 4: situations from an own check batch, in new wordings.
ROWS += [
    # Kickbacks and hidden cameras.
    ("the hall warden gets backhanders from the cleaning firm, that's why nothing's clean", "student", CLAIM),
    ("our football club chair takes a cut from the kit supplier, apparently", "student", CLAIM),
    ("Riverside Lettings put hidden cameras in the bathrooms, avoid them", "student", CLAIM),
    ("that Airbnb host on Queens Rd has spy cameras in the bedrooms, my mate checked", "student", CLAIM),
    ("we put cameras in the car park after the bikes got nicked", "student", None),
    # Cures with a cover-up story.
    ("apricot kernels shrink tumours and oncologists are paid to keep quiet", "student", MISINFO),
    ("bicarb dissolves cancer cells, the truth is being suppressed", "student", MISINFO),
    ("chemo helps shrink tumours in many patients, my aunt's oncologist explained it", "student", None),
]


# Round 5: situations from an own check batch, in new wordings.
ROWS += [
    ("heads up, Josh Reid from the hockey lot spiked two freshers at the social, tell everyone", "student", CLAIM),
    ("Bright Smile Clinic on London Rd uses unlicensed therapists for botox, avoid", "student", CLAIM),
    ("the builders at Elm Developments aren't even qualified, my uncle says", "student", CLAIM),
    ("the staff at Crown Dental are fully qualified and lovely, 10/10", "student", None),
    ("phone masts near halls give you cancer, they're putting one up next week", "student", MISINFO),
    ("smart meters cause headaches and infertility, refuse yours", "student", MISINFO),
    ("do phone masts cause cancer? asking for my physics essay", "student", None),
]


# Round 6: situations from an own check batch, in new wordings.
ROWS += [
    ("the swimming instructor at Aqua Fit, Jordan, nicks stuff from the changing rooms", "student", CLAIM),
    ("the corner offie sells fake vodka, my flatmate was sick for two days", "student", CLAIM),
    ("our seminar tutor steals students' essays and publishes them as his own", "student", CLAIM),
    ("the swimming instructor at Aqua Fit is brilliant with beginners", "student", None),
    ("eating raw garlic stops you catching colds, the doctors are all in on it", "student", MISINFO),
    ("does vitamin C stop you catching colds? genuine question", "student", None),
]


# Round 7: situations from an own check batch, in new wordings.
ROWS += [
    ("Glow Tattoo on Silver St reuse needles and never sterilise anything, my arm got infected", "student", CLAIM),
    ("Ben Carter cheated on his finals, paid someone to write his dissertation", "student", CLAIM),
    ("heard the fire in the lab happened because Dr Moore was hammered at work, they're covering it up", "student", CLAIM),
    ("our new office manager lied on her CV about the degree, apparently", "student", CLAIM),
    ("the university is quietly reporting students who miss lectures to the Home Office, my friend's cousin got a letter", "student", MISINFO),
    ("I was absolutely hammered at the social, never again", "student", None),
    ("Ben Carter smashed his finals, first class!", "student", None),
]


# Round 8: situations from an own check batch, in new wordings.
ROWS += [
    ("the burger van by the station uses dog food in the patties, swear down", "student", CLAIM),
    ("apparently the whole boxing squad is on steroids and the coach supplies them", "student", CLAIM),
    ("the new halls are built on a toxic dump, that's why everyone keeps getting sick, google it", "student", MISINFO),
    ("the burger van by the station does the best chips in Leicester", "student", None),
]


# Round 9: situations from the last own check batch, in new wordings.
ROWS += [
    ("Liam Hart from my course sells forged sick notes to half the year", "student", CLAIM),
    ("the porter in our block reads people's post, he's been caught before", "student", CLAIM),
    ("the pop-up clinic on campus is injecting expired fillers, spread this", "student", CLAIM),
    ("our SU sports officer is a bully who drove the last treasurer to quit", "student", CLAIM),
    ("the porter in our block sorts everyone's post really quickly", "student", None),
]

@pytest.fixture(scope="module")
def detector() -> DefamationDetector:
    return DefamationDetector()


@pytest.mark.parametrize("row", ROWS, ids=[case_id(r) for r in ROWS])
def test_defamation(detector, row):
    assert_behaves(detector, "defamation", *row)
