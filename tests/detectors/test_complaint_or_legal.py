"""Complaints aired in public, proceedings, whistleblowing. Each row runs the real detector."""

from __future__ import annotations

import pytest

from second_thought.engine.detectors.complaint_or_legal import ComplaintOrLegalDetector

from _category_helpers import assert_behaves, case_id

GRIEV = "complaint.public_grievance"
PROC = "complaint.proceedings"
WHISTLE = "complaint.whistleblowing"
GROUP = "complaint.staff_group"

ROWS = [
    # the university's inaction aired in public; the same told of the proper route
    ("Our tutor has missed 3 of 7 workshops this term and the school won't do anything about it. Worst module on the course.", "student", GRIEV),
    ("the uni didn't do anything about it at first, so I filled in the complaints form and it got sorted in a week", "student", None),
    # one's own mishap "again" is not a grievance; the university's is
    ("lost my student card again. third time this year. the library staff know me by name now 🥲", "student", None),
    ("lost my student card for the third time this term, the library desk staff know me by name now 😭", "student", None),
    ("the uni lost my application again, third time this year. absolute joke, nobody replies to emails", "student", GRIEV),
    # told to push marks up for a target, and saying so in public
    ("Been told to 'review' marks upwards for a particular group so progression targets are hit. I'm not staying quiet about this any more.", "staff", WHISTLE),
    ("I'm not staying quiet about my ADHD any more, here's my story", "student", None),
    ("@UniOfDerby four weeks without heating in Centre Court halls. Absolute disgrace, I want a refund", "student", GRIEV),
    ("my personal tutor hasn't replied to a single email since October, what am I even paying £9,250 for", "student", GRIEV),
    ("the uni marked my essay down unfairly because the marker didn't like my argument. appealing.", "student", GRIEV),
    ("DMU are an absolute joke, lost my coursework submission and now say it's my fault", "student", GRIEV),
    ("third time chasing the finance office about my bursary, still no reply. going to the local paper next", "student", GRIEV),
    ("my academic misconduct hearing is on Friday, the panel think I used AI but I didn't", "student", PROC),
    ("update: my appeal was rejected, the board said extenuating circumstances weren't evidenced", "student", PROC),
    ("taking legal action against the university over the cancelled placement, my solicitor says we'll win", "student", PROC),
    ("grievance against my line manager went in today, HR have two weeks to respond", "staff", PROC),
    ("time someone blew the whistle on how our department fiddles the NSS figures", "staff", WHISTLE),
    ("I'm going to expose what management are hiding about the research funds", "staff", WHISTLE),
    ("Does anyone from IT Services actually read tickets? Mine has been open for 3 weeks", "staff", GROUP),
    ("Estates still haven't fixed the heating in our building, can someone from Estates sort this out", "staff", GROUP),
    # benign
    ("how do I appeal a module mark? is there a form somewhere?", "student", None),
    # a moot is practice: its judge rules on nobody
    ("won the first round of the moot!! the judge said our submissions were the clearest she'd heard", "student", None),
    ("if you have a complaint about your course, use the complaints procedure or talk to the SU advice centre", "student", None),
    ("shoutout to student services, they sorted my accommodation issue in a day 💙", "student", None),
    ("tuition fees should be scrapped, the government is failing a whole generation", "student", None),
    ("Tesco on the high street is a joke, no self checkouts working again", "student", None),
    ("NSS is open for final years, be honest, good and bad", "student", None),
    ("still not finished my essay and the library is packed 😩", "student", None),
    ("the whistleblowing policy is on the staff intranet if anyone needs it", "staff", None),
    ("Huge thanks to IT Services for rescuing my laptop this morning!", "staff", None),
    ("Reminder: the new expenses form is on StaffNet, deadline Friday", "staff", None),
    ("my lecturer never lets us leave early lol", "student", None),
    # more phrasings, expected at category level
    ("@DMUStudentLife my student loan still hasn't been processed and finance keep ignoring me. sort it out", "student", "complaint_or_legal"),
    ("The way this uni treats disabled students is shameful, my support plan was ignored again", "student", "complaint_or_legal"),
    ("5 weeks without wifi in halls and accommodation just keep fobbing us off 😡", "student", "complaint_or_legal"),
    ("going to the OIA about my degree classification, the uni refused to budge", "student", "complaint_or_legal"),
    ("Employment tribunal against the university starts next month, wish me luck", "staff", "complaint_or_legal"),
    ("our lab is faking data for the grant report and I have the emails to prove it", "staff", "complaint_or_legal"),
    ("Why does Timetabling put every seminar at 9am on a Friday? Someone from Timetabling please explain", "staff", "complaint_or_legal"),
    ("@uniofnottingham my graduation ticket got cancelled with no explanation, this is disgusting treatment", "student", "complaint_or_legal"),
    ("my lecturer failed me out of spite, the uni won't listen, time to go public", "student", "complaint_or_legal"),
    ("Disciplinary panel on Monday for the flat party, they're saying I'll be suspended", "student", "complaint_or_legal"),
    ("the uni covered up the harassment complaints against that professor, I'm going to the papers", "student", "complaint_or_legal"),
    ("Can whoever runs Payroll explain why my overtime is missing for the third month running?", "staff", "complaint_or_legal"),
    ("Seriously @DMU my extenuating circumstances claim was rejected even with a doctor's note, this place is a joke", "student", "complaint_or_legal"),
    ("Absolutely fuming, the accommodation office charged us £300 for damage we didn't do and won't respond", "student", "complaint_or_legal"),
    ("My tribunal against the university for unfair dismissal is finally being heard", "staff", "complaint_or_legal"),
    ("I'm going to leak the internal emails that show management ignored the safety reports", "staff", "complaint_or_legal"),
    ("Why has HR still not sorted my contract? 4 months in and no payslip correction", "staff", "complaint_or_legal"),
    ("complained to my course leader three times about the placement, nothing, I'm going to the Leicester Mercury", "student", "complaint_or_legal"),
    ("DMU literally lost my dissertation and now I have to resubmit, absolutely disgraceful service", "student", "complaint_or_legal"),
    ("Third week without a working lift in our halls, I'm disabled and @UoNAccommodation don't care", "student", "complaint_or_legal"),
    ("my appeal hearing is next Tuesday, they're accusing me of collusion", "student", "complaint_or_legal"),
    ("I have evidence my head of department has been falsifying student attendance records and I'm posting it tomorrow", "staff", "complaint_or_legal"),
    ("@UniOfNorthampton I was promised a placement year and you've given me nothing. Refund me.", "student", "complaint_or_legal"),
    ("Does anyone in Estates actually answer the phone? Office has been freezing for a month", "staff", "complaint_or_legal"),
    ("DMU charged me a late fee for paying on time and customer services hung up on me. Unreal.", "student", "complaint_or_legal"),
    ("I'm suing DMU for breach of contract over the teaching hours we lost", "student", "complaint_or_legal"),
    ("Details of my misconduct case: the investigator claims I copied from a friend, the meeting was a farce", "student", "complaint_or_legal"),
    ("Before the whistleblowing process even starts I'm putting it all on LinkedIn, they're hiding financial losses", "staff", "complaint_or_legal"),
    ("Complaint to the Library team: why are the staff study rooms always booked out by students?", "staff", "complaint_or_legal"),
    ("my supervisor ghosted me for 3 months and the school did nothing, worst decision of my life coming here", "student", "complaint_or_legal"),
    ("Staff group: can someone tell the cleaners our office bins haven't been emptied in a fortnight? Ridiculous.", "staff", "complaint_or_legal"),
    ("Can someone in Facilities please fix the heating in the Newton building? We've been freezing for 2 weeks", "staff", "complaint_or_legal"),
    ("Why does Finance take 8 weeks to reimburse conference costs? I'm out of pocket £900", "staff", "complaint_or_legal"),
    ("Taking the university to an employment tribunal over my contract, enough is enough", "staff", "complaint_or_legal"),
    ("Stuck in halls with black mould for 6 weeks @DMUAccommodation this is unacceptable", "student", "complaint_or_legal"),
    ("My dissertation supervisor left and the uni gave me no replacement for 2 months. Formal complaint going in and I'm telling everyone", "student", "complaint_or_legal"),
    ("IT Services, I've reported the same printer fault 4 times now. Please sort it", "staff", "complaint_or_legal"),
    ("My extension request was rejected and the uni's response was a copy-paste email. Disgraceful.", "student", "complaint_or_legal"),
    ("Going to the Office of the Independent Adjudicator over my degree result", "student", "complaint_or_legal"),
    ("Our halls have had no hot water for 9 days, @DerbyUniAccom can you explain why?", "student", "complaint_or_legal"),
    ("Currently in a grievance process with the university over bullying, can't say much but it's awful", "staff", "complaint_or_legal"),
    ("My academic misconduct panel said I colluded but the evidence was nonsense", "student", "complaint_or_legal"),
    ("Estates please! The toilets on floor 2 have been broken since September", "staff", "complaint_or_legal"),
    ("HR lost my maternity leave paperwork AGAIN, does anyone in HR read their emails?", "staff", "complaint_or_legal"),
    ("@DMU my graduation gown never arrived and nobody from the events team will reply. Sort it out!", "student", "complaint_or_legal"),
    ("DMU refused my mitigating circumstances with a hospital letter. I'm escalating to the OIA.", "student", "complaint_or_legal"),
    ("Dear @UniofNottingham, I've waited 10 weeks for my transcript. Pathetic.", "student", "complaint_or_legal"),
    ("Still no response from DMU about my stolen laptop in the library 3 weeks ago. Shocking.", "student", "complaint_or_legal"),
    ("The university lost my appeal paperwork and now I'm out of time. Thanks for nothing @UniofNottingham", "student", "complaint_or_legal"),
    ("Dear Catering, the canteen has been serving cold food for a month. Please sort it.", "staff", "complaint_or_legal"),
    ("After months of emails, my complaint about the accommodation team has gone nowhere. They have ignored every message. I am now considering legal action against the university.", "student", "complaint_or_legal"),
    ("Can I just ask colleagues in the Estates team why the heating in our building has been off for three weeks? It's impossible to teach in these conditions.", "staff", "complaint_or_legal"),
    ("Been off sick 2 months and HR still haven't paid me properly. This university is a disgrace.", "staff", "complaint_or_legal"),
    ("Just submitted my formal complaint about my supervisor's behaviour, here's what happened...", "student", "complaint_or_legal"),
    ("@UoNStudents you charged me twice for graduation tickets and won't refund. Appalling.", "student", "complaint_or_legal"),
    ("Northampton Uni Facebook group: can someone from Payroll tell me why my pay was short AGAIN this month?", "staff", "complaint_or_legal"),
    ("My tribunal claim against the university for discrimination goes to a hearing next month", "staff", "complaint_or_legal"),
    ("As a mature student I've been treated appallingly by the finance office, 3 months of chasing a refund they owe me", "student", "complaint_or_legal"),
    ("LinkedIn post: after 10 years I'm suing my employer, the university, for constructive dismissal. Here's my story.", "staff", "complaint_or_legal"),
    ("Seriously considering going to the papers about how DMU handled my harassment complaint", "student", "complaint_or_legal"),
    ("Staff group: why has nobody from Timetabling replied to my emails since June?", "staff", "complaint_or_legal"),
    ("My extenuating circumstances were rejected despite a death in the family. Disgusting, @DerbyUni", "student", "complaint_or_legal"),
    ("Sign this petition to get Dr Morris sacked for his awful teaching, the uni won't listen to us", "student", "complaint_or_legal"),
    ("@UniofNorthampton my dissertation was marked by someone who clearly didn't read it. 52?! Appealing.", "student", "complaint_or_legal"),
    ("@DerbyUniAccom fourth week with a leaking ceiling. Fix it by Friday or I'm calling the Derby Telegraph", "student", "complaint_or_legal"),
    ("Thinking of taking DMU to court over the cancelled placement year, my dad's lawyer says it's a strong case", "student", "complaint_or_legal"),
    ("My mitigating circumstances form got lost by the uni TWICE, I'm making a formal complaint and telling everyone", "student", "complaint_or_legal"),
    ("DMU, you owe me £400 from the accommodation deposit and you know it. See you in small claims court.", "student", "complaint_or_legal"),
    ("After the way the university handled my harassment case I'm going public with everything", "student", "complaint_or_legal"),
    ("Still waiting 6 weeks for IT to reset my account, can someone in IT actually do their job?", "staff", "complaint_or_legal"),
    ("If the uni doesn't refund my tuition for the strikes I'm taking them to court, simple", "student", "complaint_or_legal"),
    ("The accommodation team is a joke, 5 emails, zero replies, and my room still floods", "student", "complaint_or_legal"),
    ("Appeal outcome came today: rejected. The panel didn't even read my evidence. Taking it to the OIA.", "student", "complaint_or_legal"),
    ("Would someone from Facilities please tell me why the lift in the Hawthorn building has been broken since January?", "staff", "complaint_or_legal"),
    ("Details of my disciplinary: they're accusing me of harassment based on one WhatsApp message", "student", "complaint_or_legal"),
    ("@UniOfDerby I've been waiting 5 months for my disability support plan. Utterly shameful.", "student", "complaint_or_legal"),
    ("Disgusted with @DMU. My sexual harassment complaint has been ignored for 4 months.", "student", "complaint_or_legal"),
]


# Recall round on unseen phrasings: each situation in several wordings, with quiet twins.
ROWS += [
    # Whistleblowing on figures or the law, before the procedure.
    ("Going public: my faculty has been inflating continuation figures in its OfS returns", "staff", WHISTLE),
    ("our school has been misreporting attendance to UKVI for international students, I have the files", "staff", WHISTLE),
    ("the uni is breaching GDPR by emailing our sickness records round the whole team, I have the emails", "staff", WHISTLE),
    ("management have been lying to the OfS about our completion rates, and I'm going to prove it", "staff", WHISTLE),
    ("our department padded the NSS numbers last year, I've got the spreadsheets", "staff", WHISTLE),
    ("Going public with the news: we're engaged!! 💍", "staff", None),
    ("reminder: the whistleblowing procedure is on the intranet if you have a concern", "staff", None),
    # A student's grievance about lecturers and the uni aired on purpose.
    ("Mr Lang missed half of our seminars this term and nobody in the school does anything about it", "student", GRIEV),
    ("Dr Kerr cancelled three of our labs, complained twice and got nothing back. posting it here so people know", "student", GRIEV),
    ("complained again about our tutor never turning up, nothing. nobody at DMU cares", "student", GRIEV),
    ("our lectures keep being cancelled with no warning, posting this publicly because emails go nowhere", "student", GRIEV),
    ("it's been 5 weeks since I reported the broken shower to accommodation. still nothing", "student", GRIEV),
    ("complained twice to the pizza place and they finally refunded me", "student", None),
    ("nobody at the party cared that I turned up late lol", "student", None),
    # Appeals and EC claims turned down.
    ("my appeal against the plagiarism finding just got turned down, I'm gutted", "student", PROC),
    ("they rejected my EC claim even with a doctor's note. unreal", "student", PROC),
    ("my academic appeal about my module result was rejected with no explanation", "student", PROC),
    ("the uni threw out my complaint about the placement, without even reading it", "student", PROC),
    ("my appeal for a parking ticket got rejected, typical council", "student", None),
    ("how do I appeal a module mark? what's the process", "student", None),
    # Staff asking departments in the staff group to sort things out.
    ("Can Facilities please sort out the lift in the Hawthorn building, it's been out for a fortnight", "staff", GROUP),
    ("could someone in IT look at the Wi-Fi in the east wing, we've been teaching without it for a week", "staff", GROUP),
    ("Payroll, it's been 8 weeks since I sent my overtime claim. Is anyone actually reading the inbox?", "staff", GROUP),
    ("Estates, please fix the heating in room 2.14, we're freezing in our coats", "staff", GROUP),
    ("can the timetabling team please look at clashes for Year 2, again", "staff", GROUP),
    ("thanks to Estates for sorting the heating in room 2.14 so quickly!", "staff", None),
    ("IT have a drop-in on Tuesday for anyone setting up the new laptops", "staff", None),
]


# Round 3: situations from an own check batch, in new wordings.
ROWS += [
    # Ignored contact and "is this how you treat...".
    ("my module leader has ignored five emails about my resit, @uniofderby is this how you treat students?", "student", GRIEV),
    ("registry ignored all of my messages about my transcript, this is how you treat international students", "student", GRIEV),
    ("finance ignored every one of my emails about the refund, unbelievable", "student", GRIEV),
    ("is this how you treat your students @DMU? no reply in 3 weeks", "student", GRIEV),
    ("I ignored three emails from my bank today, adulting is hard", "student", None),
    # Staff griping at services in the staff group.
    ("why does the post room take 10 days to deliver a parcel across campus? ridiculous", "staff", GROUP),
    ("the print room still hasn't printed my exam papers, it's been two weeks", "staff", GROUP),
    ("can someone in the mail room explain why my parcels keep going missing again", "staff", GROUP),
    ("the print room is open 9 to 5 over the holidays if anyone needs it", "staff", None),
]


# Round 4: situations from an own check batch, in new wordings.
ROWS += [
    ("I'm going to publish the messages between HR and my manager that show they ignored my complaint", "staff", WHISTLE),
    ("these emails prove management knew about the asbestos and said nothing, posting them tomorrow", "staff", WHISTLE),
    ("why can't Estates fix a radiator in under a month", "staff", GROUP),
    ("same room clash every single term, timetabling please", "staff", GROUP),
    ("why don't IT ever answer the phone before 10", "staff", GROUP),
    ("why can't I ever find my keys in the morning lol", "staff", None),
]


# Round 5: situations from an own check batch, in new wordings.
ROWS += [
    ("after 9 years I'm bringing a tribunal claim against the uni for unfair dismissal", "staff", PROC),
    ("we're taking the university to court over the cancelled placements", "student", "complaint_or_legal"),
    ("Payroll underpaid me for the third time this year. Is anybody in there awake?", "staff", GROUP),
    ("HR lost my flexible working application, again, for the second time", "staff", GROUP),
    ("our employment law seminar is on tribunal claims next week", "staff", None),
]


# Round 7: situations from an own check batch, in new wordings.
ROWS += [
    ("DMU cancelled my accommodation a week before term with no explanation and won't refund my deposit", "student", GRIEV),
    ("can whoever runs room bookings explain why my lecture got moved to a basement for the fourth week running", "staff", GROUP),
]


# Round 8: situations from an own check batch, in new wordings.
ROWS += [
    ("I've emailed accommodation at the uni 7 times about the leak. Nothing. @DMU", "student", GRIEV),
    ("the university took my pay for strike days twice, I'm taking it to ACAS", "staff", GRIEV),
    ("my grade appeal outcome came back 'no irregularity', so losing my script is fine then?", "student", PROC),
    ("our school is pressuring postdocs to work unpaid weekends and threatening contracts. I have recordings.", "staff", WHISTLE),
    ("for the love of god can catering stop serving cold soup at every staff lunch", "staff", GROUP),
    ("emailed my mum 3 times about Christmas plans, no reply lol", "student", None),
]


# Questions about how a process works, framed as study, stay quiet.
ROWS += [
    ("how does an academic misconduct panel work? asking for my law seminar", "student", None),
    ("how is a disciplinary hearing run? asking for a criminology essay", "student", None),
]

# Round 9: situations from the last own check batch, in new wordings.
ROWS += [
    ("week 4 and I still don't have a timetable because registry messed up my enrolment, absolute circus", "student", GRIEV),
    ("signed off with stress after how HR handled my case, and now I'm seeing a solicitor", "staff", GRIEV),
    ("reported the blocked fire exits to management twice, they did nothing. Going to the HSE now", "staff", WHISTLE),
    ("reminder: the HSE guidance on fire exits is on the estates page", "staff", None),
]

@pytest.fixture(scope="module")
def detector() -> ComplaintOrLegalDetector:
    return ComplaintOrLegalDetector()


@pytest.mark.parametrize("row", ROWS, ids=[case_id(r) for r in ROWS])
def test_complaint_or_legal(detector, row):
    assert_behaves(detector, "complaint_or_legal", *row)
