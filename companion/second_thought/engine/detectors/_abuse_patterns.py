"""Constructions of the abuse detector: who is targeted and how.

Patterns run on the folded draft (see ``_abuse_lexicon.fold``). A pattern
with a ``(?P<t>...)`` group names its target; :func:`_target_ok` checks that a
capitalised word there really looks like a person's name in the original text
and that the target is not the author ("I", "me").
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from . import _abuse_extremist as X
from ._abuse_lexicon import L, R, alternation, load_lines, load_sections, stretch, words
from ._common import SEEN, LazyRegex, LiteralIndex, piece_facts

# ---------------------------------------------------------------------------
# vocabulary

SP = r"\s+"
#: Intensifiers and fillers that may sit between a copula and an insult.
FILL = (
    r"(?:(?:such|so|a|an|the|one|absolute|absolutely|total|totally|complete|completely|utter|utterly|"
    r"proper|properly|real|really|literally|actually|genuinely|honestly|fucking|fuckin|fkn|effing|bloody|"
    r"stupid|little|lil|fat|ugly|dumb|massive|big|sad|pathetic|dirty|filthy|disgusting|thick|worthless|"
    r"useless|lazy|old|sorry|most|just|too|very|right|ugly ass|dumb ass|nasty|annoying|smelly|"
    r"piece of|bunch of|pack of|like|such an)\s+){0,4}"
)
PRON2 = r"(?:you|u|ya|yu|ye)"
YOU_ARE = r"(?:you'?re|youre|you are|you r|u r|ur|u are|ya are|you was|you were|u were)"
PRON3 = r"(?:he|she)"
ROLE_NOUN = (
    r"(?:flat ?mate|house ?mate|room ?mate|course ?mate|class ?mate|lab partner|lecturer|tutor|teacher|"
    r"supervisor|prof|professor|boss|manager|colleague|ex|boyfriend|girlfriend|bf|gf|mate|friend|sister|"
    r"brother|neighbou?r|landlord|landlady|guy|girl|lad|bloke|woman|man|kid|dude|chick|student|fresher|"
    r"president|captain|seminar leader|module leader|course leader|personal tutor|leader|demonstrator|warden|coach|"
    r"bitch|prick|cunt|twat|idiot|loser|weirdo|freak|creep|teammate|team mate)"
)
ROLE = r"(?:my|our|your|ur|his|her|the|this|that|dat|these|those)\s+(?:[a-z]+\s+)?" + ROLE_NOUN + r"s?"
HANDLE = r"@[a-z0-9_](?:[a-z0-9_.]*[a-z0-9_])?"
TITLE = r"(?:dr|prof|professor|mr|mrs|ms|miss|sir|mx)\.?\s+"
#: A candidate name; validated against the original text.
NAME = r"(?:" + TITLE + r")?[a-z][a-z'\-]{1,20}"
#: A third person we can insult: pronoun, role, handle or name.
T3 = r"(?:" + PRON3 + "|" + ROLE + "|" + HANDLE + "|" + NAME + r"'s\s+" + ROLE_NOUN + "|" + NAME + ")"
#: "Dan in my seminar", "the girl from halls": a short place phrase after a target.
WHERE = r"(?:\s+(?:in|from|on|at|off|with)\s+(?:[a-z0-9]+\s+){0,2}?[a-z0-9]+){0,2}"
T_ANY = r"(?:you|u|ya|him|her|them|" + ROLE + "|" + HANDLE + "|" + NAME + ")"
LAUGH = r"(?:lol|lmao|lmfao|haha\w*|hehe\w*|jk|jokes|joking|\U0001F602|\U0001F923|\U0001F61C|\U0001F61D|\U0001F92A|\U0001F606)"

#: Capitalised words that are not people (sentence starts, days, places...).
NOT_NAMES = frozenset(
    """i i'm im i've i'd i'll a an the this that these those it its it's there here they them their we our
    you your he she his her him my me if when what why how who where which while so and but or not no yes
    ok okay omg lol lmao wow oh god jesus christ life uni university work exam exams essay essays today
    tomorrow tonight yesterday monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december christmas easter weekend week
    everyone everybody someone somebody nobody anyone anybody all some most many every each other people
    honestly literally actually seriously genuinely just still also even only really very such much more
    lecture lectures library campus class module coursework deadline dissertation assignment seminar
    tutorial lab labs team group society club chat gc flat house home hall halls room kitchen wifi
    tesco aldi lidl asda sainsbury's greggs primark amazon netflix twitter instagram tiktok facebook
    england britain london leicester derby nottingham northampton forest city united rovers""".split()
)


def _load_group_regex() -> tuple[str, str]:
    sec = load_sections("groups.txt")
    adj = words(sec["adjectives"])
    nouns = words(sec["nouns"])
    people = (
        r"(?:people|persons|folk|folks|men|women|guys|girls|lads|boys|kids|students|landlords|neighbou?rs|"
        r"drivers|families|workers|lecturers|staff|doctors|nurses|immigrants|refugees|migrants|communit(?:y|ies)|"
        r"population|race|races|culture|person|man|woman|guy|girl|lad|bloke|men's|women's|kind|lot|builders|cleaners|"
        r"shopkeepers|shop owners|owners|traders|taxi drivers|cabbies|parents|blokes|youths|gangs|lads|mums|dads|"
        r"wives|husbands|children|teenagers|exchange students|freshers|tenants|people here|ones|kid|student|flatmate|"
        r"flatmates|housemate|housemates|lecturer|colleague|colleagues|teacher|teachers|neighbour|neighbor|boss|"
        r"bosses|landlord|doctor|nurse|driver|friend|friends|couple|couples|family|boyfriend|girlfriend|lady|dude)"
    )
    det = r"(?:(?:the|all|these|those|most|every|bloody|fucking|typical|filthy|dirty|some|you|all you|all of the|all the|them|dem)\s+)*"
    bare = r"the\s+" + adj + r"(?=\s+(?:are|were|have|always|never|all|just|can'?t|cannot|should|will|'re|don'?t|do not|ruin|steal|take|get|want)\b)"
    group = det + r"(?:" + adj + r"\s+" + people + r"|" + nouns + r"|" + bare + r")"
    return group, adj


# Negative predicates about a group ("... are animals").
NEG = (
    r"(?:dealers|drug dealers|gangsters|pimps|smugglers|traffickers|aggressive|"
    r"scammers|fraudsters|pickpockets|beggars|gold ?diggers|man-hating|husband hunters|"
    r"submissive|easy|against nature|a sin|sinful|a mental illness|mentally ill|an abomination|"
    r"drunks|alcoholics|beggars|junkies|druggies|benefit cheats|living in (?:trees|caves|huts|mud huts)|"
    r"animals?|apes?|monkeys?|baboons?|gorillas?|chimps?|vermin|parasites?|leeches|cockroaches|roaches|rats|"
    r"locusts|dogs|pigs|swine|scum|filth|trash|garbage|rubbish|criminals?|thieves|thugs|terrorists?|rapists?|"
    r"paedos?|pedos?|paedophiles?|pedophiles?|groomers?|savages?|subhumans?|sub-humans?|sub human|inferior|"
    r"stupid|dumb|thick|retarded|idiots|morons|lazy|dirty|filthy|disgusting|smelly|greedy|spies|liars|cheats|"
    r"evil|violent|backwards?|primitive|uncivili[sz]ed|useless|worthless|a disease|diseased|a cancer|cancer|a plague|"
    r"a virus|a burden|a drain|the problem|the enemy|the reason|ruining|destroying|taking over|invading|infesting|"
    r"breeding|not human|less than human|degenerates?|degenerate|perverts?|perverted|sick|mentally ill|freaks|"
    r"abominations?|unnatural|disgraces?|leeches|scroungers|spongers|sponges|inbred|ugly|hysterical|"
    r"too emotional|emotional|weak|beneath us|the same|all the same|invaders|illegals|a threat|dangerous|"
    r"bad at|crap at|shit at|useless at|incapable|not capable|less intelligent|low iq|genetically inferior|"
    r"good for nothing|only good for|property|objects|nothing but|bitches|hoes|whores|sluts|"
    r"a waste|wastes of space|out to get us|behind (?:it|everything|this)|the worst|cunts|twats|pricks|"
    r"nonces|creeps|predators|snakes|rats|traitors|devils|demons|satanic|evil|barbaric|barbarians|"
    r"brainwashed|cowards|slaves|bred for|fit only for|unfit|untrustworthy|dishonest|sneaky|cheap|"
    r"stingy|money[- ]grabbing|greedy|heathens?|infidels)"
)

# Calls for harm or exclusion aimed at a group.
HARM = (
    r"(?:deported|sent back|sent home|shot|hanged|hung|gassed|killed|exterminated|wiped out|eradicated|banned|"
    r"locked up|removed|go back|go home|die|burn|get out|leave|sterili[sz]ed|castrated|segregated|put down|"
    r"kept out|stay in the kitchen|stay at home|know their place|shut up|not (?:be allowed|have rights|vote|work|drive)|"
    r"be kept|be put|disappear|be lynched|lynched|be shot|be killed|be gassed|be deported|be banned|be wiped|"
    r"be hanged|be exterminated|be sterili[sz]ed|be castrated|rot|hurry up and die|just die|die off|die out|be euthani[sz]ed)"
)

DEHUM = (
    r"(?:animals|apes|ape|monkeys?|baboons?|gorillas?|chimps?|chimpanzees?|savages?|beasts?|vermin|parasites?|"
    r"cockroaches|roaches|locusts|sub-?humans?|sub humans?|mongrels?|leeches|scum|filth|maggots|lice|"
    r"a plague|a disease|a cancer|infestation|invaders|invasion|hordes?|swarms?|breeding like|breeders|"
    r"uncivili[sz]ed|primitive|degenerates?|degeneracy|inferior|abominations?|untermensch|mud races?|"
    r"low iq|low iqs|welfare queens?|crack babies|living in (?:trees|caves|huts|mud huts)|swinging from trees|"
    r"(?:still )?in the stone age|creatures|rabble|pests|swine|dregs|savagery|feral|parasitic)"
)

# White-supremacist and antisemitic vocabulary that is hateful on its own.
#: Threat constructions that begin with everyday words ("you", "is", "when",
#: "hope", "meet"): tried only on drafts holding one of their rarer words, so
#: the scan of every other draft does not pay for them.
GATED_THREATS: list[tuple[tuple[str, ...], str]] = [
    # a fight offered: "meet me round the back of the SU on Friday and we'll
    # sort it properly. No phones"
    (("meet me", "meet us"),
    r"meet (?:me|us) (?:round|behind|outside|at|by|in) [^.!?\n]{0,60}?\b(?:sort (?:it|this|you|them) (?:out|properly)|settle (?:it|this)|no phones|square up|1v1|one on one|have it out)\b"),
    # asking when someone can be found, for a gang: "what time does Jake finish
    # his shift? asking for me and the boys"
    (("the boys", "the lads", "the gang", "\U0001F608", "\U0001F52A"),
    r"(?:what time|when|where) (?:(?:does|do|will) )?@?\w+ (?:finish(?:es)?|leaves?|gets? off|walks? home|clocks? off|locks? up)\b[^\n]{0,60}?"
    r"(?:me and the (?:boys|lads|gang)|asking for (?:me and )?(?:the )?(?:boys|lads)|\U0001F608|\U0001F52A)"),
    # a fall wished on someone: "everyone except Aaron, who I hope falls down the stairs"
    (("fall", "trip"),
    r"(?:hope|wish|pray)(?:s|ing)? (?:(?!i |we )(?:you|u|he|she|they|\w+) )?(?:falls?|trips?) (?:down|off) (?:the |a |some )?(?:stairs|cliff|bridge|balcony|roof|escalator)"),
    # a veiled threat behind a call on others: "someone needs to sort them out
    # before I do", "security better deal with him before we do"
    (("before i", "before we"),
    r"(?:someone|somebody|security|the uni|the university|you lot|the lads|they|you)\b[^.!?\n]{0,30}?\b"
    r"(?:sort (?:them|him|her|(?:that|this|the|those|these) (?:lad|lads|guy|guys|girl|girls|bloke|blokes|woman|women|man|men|kid|kids|"
    r"creep|weirdo|freak|prick|idiot|lot|lecturer|tutor)(?: [\w']+){0,4}?) out|deal with (?:them|him|her)|get rid of (?:them|him|her)|"
    r"shut (?:them|him|her) up|put (?:them|him|her) in (?:their|his|her) place)\b[^.!?\n]{0,20}?\bbefore (?:i|we) (?:do|have to)\b"),
    # pointing others at someone who is somewhere now: "my ex is at the bar on
    # X street right now ... if anyone fancies having a word"
    (("if anyone", "if any of", "if someone", "if somebody", "if you lot", "if the lads"),
    r"\b(?:is|are|'s|'re)\s+(?:at|in|on|outside)\b[^.!?\n]{0,60}?\b(?:right now|rn|as we speak|tonight|atm)\b[^\n]{0,60}?"
    r"\bif (?:anyone|any of you|someone|somebody|you lot|the lads|any of the lads) (?:fancies|fancy|wants?|feels? like) "
    r"(?:having |to have |giving (?:him|her|them) )?a (?:word|go|visit|slap|kicking|hiding|pop)\b"),
]

HATE_TERMS = [
    r"white genocide",
    r"race ?traitors?",
    r"race[- ]?mix(?:ing|ers?|ed)",
    r"mud (?:people|races?|sharks?|bloods?)",
    r"zog",
    r"jew(?:ish)? (?:media|bankers?|controlled|control|lies|supremacists?|subversion|influence|agenda|question|"
    r"problem|parasites?|world order|conspiracy|filth|scum|rats?|vermin|pigs?|money|tricks?|scum|devils?)",
    r"jew(?:ed|ing)",
    r"(?:the )?jews (?:control|own|run|are behind|rule|did|want|hate|lie|always|never|will never)",
    r"holocaust (?:never happened|didn'?t happen|is a (?:lie|hoax|myth|fraud)|was a (?:lie|hoax|myth|fraud)|denial)",
    r"holohoax",
    r"hitler (?:was right|did nothing wrong|should have finished|had a point)",
    r"heil hitler",
    r"sieg heil",
    r"(?<!\d[\s-])(?<!\d)1488(?!\d|[\s-]\d)",  # the neo-Nazi code, not four digits of a card number
    r"fourteen words",
    r"gas (?:the|all the|all) \w+",
    r"oven dodgers?",
    r"untermensch",
    r"mongreli[sz](?:ation|ed|ing)",
    r"(?:race|racial) (?:purity|hygiene)",
    r"sub-?human",
    r"third[- ]world (?:scum|filth|savages|trash|vermin|animals|invaders|hordes|parasites|apes)",
    r"(?:muslim|islamic|paki|black|african|immigrant|migrant) (?:invasion|invaders|hordes|scum|filth|vermin|rapists?|grooming gangs?)",
    r"(?:gay|homosexual|tranny|trans) (?:agenda|propaganda|degenerates?|perverts?|filth|scum|disease|plague)",
    r"diversity hires?",
    r"(?:lesbians?|gays?|gay (?:men|guys|lads)|dykes) (?:just |only )?need (?:a good|the right|to meet the right|a proper) (?:man|woman|seeing to|shag|dicking|fuck)",
    r"(?:bring back|miss|good old days|better) [^.!?]{0,40}when (?:women|blacks|gays|black people|gay people|immigrants) "
    r"(?:couldn'?t|could not|weren'?t allowed to|were not allowed to|knew their place|stayed at home|stayed in the kitchen)",
    r"(?:women|wives|girls) (?:should )?know (?:their|her) place",
    r"\(\(\(\s*[a-z][\w ]*\)\)\)",
    r"(?:get|go) back (?:in|to) (?:the|your|ur) kitchen",
    r"(?:belongs?|stay|stays) in the kitchen",
    r"make me a (?:sandwich|sammich)",
    r"go back to (?:your|ur|their) (?:own )?(?:country|countries|jungle|cave|desert|homeland|shithole|hut|tribe)",
    # "send them back" alone is as often about parcels as people
    r"send (?:them|em|'em) (?:all )?(?:back|home)(?= to (?:where|their|africa|asia|the jungle|the desert|india|pakistan|mexico|poland|romania)"
    r"| where they came from| on (?:the )?(?:boats?|planes?))|send the lot of them (?:back|home)",
    r"go back (?:to )?(?:where|from where|whence) (?:you|they|u|he|she) (?:came|come) from",
    # "go back to wherever they recruited her from", "... wherever she crawled out from"
    r"go back to (?:wherever|where ?ever|where) (?:you|u|they|he|she|it) (?:\w+ ){0,2}?(?:came|come|crawled|recruited|found|got|dragged|shipped|imported|hired) (?:\w+ ){0,2}?(?:of|from)\b",
    r"go back to (?:africa|asia|india|pakistan|china|mexico|poland|romania|the jungle|the desert|your own country|where you belong)",
    r"(?:shithole|shit ?hole|third world) countr(?:y|ies)",
]

#: Where fights happen: "outside the ground", "at the station" (the threat
#: phrases below and the contest check, :data:`_FIGHT_SCENE`).
FIGHT_PLACES = (
    r"(?:station|car ?park|bus stop|pub|chippy|kebab shop|nightclub|club|alleyway|alley|street|town|ground|house|flat|"
    r"halls|gym|taxi rank|underpass|subway)"
)

# Threats: fixed phrases (anything after the match is ignored).
THREAT_PHRASES = [
    r"watch (?:your|ur|yer) (?:back|step|mouth)",
    r"watch yourself",
    r"(?:no idea|doesn'?t know|don'?t know|does not know|not know) what'?s (?:coming|about to happen) (?:to|for) (?:him|her|them|you)",
    r"(?:he|she|they|you)(?:'s| has| have|'ve) got it coming",
    r"(?:you|he|she|they) (?:won'?t|will not) be (?:laughing|smiling|so brave|so smug|so cocky|walking|talking) (?:for long|next|much longer|when|after|tomorrow|soon)",
    r"(?:she|he|you|they)(?:'s|'re| is| are) (?:getting|gonna get|going to get|gunna get) (?:glassed|stabbed|battered|jumped|shot|done in|smacked|"
    r"decked|slapped|beaten|hurt|killed|merked|bodied|leathered|bottled|knocked out|shanked|rushed)",
    r"(?:his|her|their|your|ur|\w+'s) (?:legs?|arms?|neck|nose|jaw|face|teeth|kneecaps?|head|skull|fingers?) (?:broken|smashed|kicked in|caved in|snapped|punched in)",
    r"(?:hope|wish|pray)\b[^.!?]{0,40}\b(?:burns? down with (?:him|her|them)|dies in|get(?:s)? (?:cancer|run over|hit by|stabbed|shot|killed|glassed|raped|beaten up))",
    r"(?:go |just )?(?:jump off|throw (?:yourself|urself) off) (?:a|the) (?:bridge|cliff|building|roof|balcony)",
    r"go play in (?:the )?traffic",
    r"(?:remember|you know|you saw|look) what happened to (?:the last|that|the) (?:guy|person|girl|lad|one|bloke|kid)\b[^.!?]{0,20}(?:who|that) (?:crossed|messed with|grassed|snitched|disrespected|mugged off)",
    r"(?:i'?m|we'?re|i am|we are|i'?ll be|we'?ll be) coming for (?:you|u|him|her|them)(?:\s*$|[.!,]| and| next| soon| tonight)",
    r"(?:deserve|deserves|deserved) (?:everything|all|what'?s) (?:that'?s |that is )?coming (?:to|for) (?:you|him|her|them)",
    r"put (?:you|u|him|her|them|\w+) in (?:hospital|a&e|the ground|a wheelchair|a coma|an early grave|the morgue)",
    r"(?:better not|don'?t you dare|don'?t ever|never) show (?:your|ur|his|her|their) (?:face|ugly face|fat face)",
    r"(?:this is )?(?:your|ur|his|her|their) (?:last|final) warning",
    r"put (?:\w+ ){0,3}in (?:his|her|their|your) place for good",
    r"(?:find|found|finding|get|got|track down|look up|looked up) (?:out )?where (?:you|u|he|she|they|\w+) (?:lives?|works?|stays?)\b[^.!?]{0,40}(?:turn up|show up|pay|visit|wait|come round|go round|sort|deal)",
    r"(?:catch|get|find|corner|jump) (?:you|u|him|her|them) (?:alone|on (?:your|his|her|their) own|outside|after (?:class|uni|work|the lecture|dark|the game)|in the car park|walking home)",
    r"(?:better|had better|should|'d better) (?:hope|pray) (?:i|we) (?:don'?t|never|do not) (?:see|catch|find|run into|bump into|meet)",
    r"(?:need to|needs to|gonna|going to|i'?ll|we'?ll|should|someone should|someone needs to|somebody should|will) teach (?:\w+ ){1,3}?a lesson",
    r"(?:i swear|or else|or)[^.!?]{0,30}(?:you|he|she|they)(?:'ll| will| are going to|'re going to|'s going to| is going to) (?:regret|be sorry)",
    r"if (?:you|he|she|they)[^.!?]{0,50}\bagain\b[^.!?]{0,30}(?:you|he|she|they)(?:'ll| will) (?:regret it|be sorry|pay|get it|get what)",
    r"(?:everyone|everybody|people|the whole (?:uni|university|course|internet|campus)) (?:will )?(?:knows?|finds? out|gets?) "
    r"(?:where (?:you|u|he|she|they) lives?|your address|his address|her address|their address)",
    r"sleep with one eye open",
    # retaliation promised from a position of power: "I have a long memory and
    # I sit on the progression board. Choose your next move wisely", "if you
    # think you're anonymous, think again"
    r"choose your next (?:move|step|words) (?:wisely|carefully)",
    r"(?:i have|i'?ve got) a (?:very )?long memory",
    r"careers? (?:can|could|have been known to) (?:end|be over|be finished) (?:very |so )?(?:quickly|suddenly|fast|easily)",
    r"(?:think|thinks) (?:they'?re|you'?re|she'?s|he'?s|they are|you are) anonymous\b[^\n]{0,40}?think again",
    # knowing where or when to find someone, then menace: "I know which room
    # is yours and you are going to regret it", "I know when you finish.
    # see you soon"
    r"(?:i|we) know (?:where|which|what time|when)\b(?: [\w']+){0,4}? (?:you|u|your|ur|yours|he|she|his|her|hers|they|their)\b"
    r"[^\n]{0,60}?(?:(?:you|u|he|she|they)(?:'re| are| r|'s| is)? ?(?:going to|gonna|gunna) regret|"
    r"think about (?:that|it)|see (?:you|u|ya) soon|watch (?:your|ur) back|(?:i'?ll|we'?ll|i will|we will) be waiting|"
    r"sleep (?:well|tight)|don'?t be surprised|not joking|"
    # ... or a demand to be answered: "I know which lab you're in and when
    # you leave, answer my messages"
    r"(?:answer|reply to|respond to) my (?:messages|texts|calls|dms)|unblock me|stop ignoring me)",
    # a watcher's approach to a stranger: "to the girl in the purple coat on
    # the 9 bus every morning ... I'll be at your stop tomorrow"
    r"to the (?:girl|guy|lad|woman|man|bloke|boy|blonde|brunette|redhead|fit \w+)\b[^.!?\n]{0,60}?"
    r"\b(?:every (?:day|morning|night|evening|week|\w+day)|always|each (?:morning|night|day))\b[^\n]{0,120}?"
    r"(?:(?:i'?ll|i will|i'?m gonna|i'?m going to) be (?:at|outside|waiting (?:at|outside|for you))|"
    r"i(?:'ve| have) been (?:watching|following)|i know (?:where|when|which|what time))",
    # pursuing someone who does not want contact: "gonna wait outside her 9am
    # till she talks to me", "... she can't ignore me forever"
    r"(?:i|i'?m|im|i'?ll|imma|gonna|gunna|going to|we'?re|we'?ll|we will) (?:[\w']+ ){0,2}?"
    r"(?:wait|waiting|camp|camping|stand|standing|sit|sitting|hang about|hang around) (?:outside|by|at) (?:her|his|their) "
    r"(?:[\w']+ ){0,2}?(?:door|flat|room|house|halls?|lectures?|class|classes|seminars?|lab|work|office|car|building|\d{1,2} ?(?:am|pm))"
    r"\b[^.!?\n]{0,60}?\b(?:until|till|til|'til|untill) (?:she|he|they) (?:finally )?(?:talks?|speaks?|answers?|replies|responds?|"
    r"agrees?|opens?|comes? out|gives? in|sees? me|listens?)",
    r"(?:wait|waiting|turn up|turning up|show up|showing up|outside (?:her|his|their))\b[^\n]{0,120}?"
    r"\b(?:she|he|they) (?:can'?t|cannot|won'?t be able to) (?:ignore|avoid|block|hide from|run from) me (?:forever|for ever|much longer)",
    # contact kept up after being told to stop: "i know u said to stop
    # messaging but ... answer me or ill keep trying", "you said you needed
    # space but ... I'm not stopping until you do", "I know you asked me not
    # to message you outside work ... pick up the phone or I'll come to your
    # desk" (the refusal is quoted to the person, then overridden)
    r"(?:you|u) (?:said|asked|told|begged) (?:me |us )?(?:to stop|to leave (?:you|u) alone|not to (?:message|text|contact|call|dm|msg|come)|"
    r"(?:you|u) (?:needed|wanted|need|want) (?:some )?space|(?:you|u)(?:'d| would) (?:report|block) me)\b[^\n]{0,160}?"
    r"\b(?:(?:answer|reply to|talk to|speak to|call|ring) me\b|pick up|keep (?:trying|messaging|texting|calling|sending|ringing)|"
    r"(?:not|never) (?:stopping|going anywhere|giving up|letting (?:this|you) go)|why won'?t (?:you|u) (?:just )?(?:talk|speak|reply|answer|see)|"
    r"(?:i'?ll|i will|i'?m gonna|im gonna|i'?m going to) (?:come|turn up|show up|be waiting|wait|keep|find))",
    # messages kept up till the person gives in: "I'll just keep sending them
    # till you do", "gonna keep ringing until she picks up"
    r"(?:i'?ll|i will|i'?m gonna|im gonna|i'?m going to|gonna|will) (?:just )?keep (?:sending|messaging|texting|calling|ringing|spamming|dming|trying)"
    r"(?: (?:them|you|u|her|him|it))?(?: \w+){0,2}? (?:till|until|untill|'?til) (?:you|u|she|he|they) (?:do|does|reply|replies|answer|answers|pick|picks|respond|responds|talk|talks|give|gives|explain|explains|unblock|unblocks|meet|meets|see|sees)\b",
    # "she keeps blocking but I'm not stopping till she answers me" (after a block or being ignored)
    r"(?:block\w*|ignor\w*|ghost\w*|different numbers|new number|another (?:account|number)|second account|left me on read)\b[^\n]{0,120}?"
    r"\b(?:i'?m|im|i am) not (?:stopping|giving up|going anywhere|letting (?:it|this|her|him) go) (?:till|until|untill|'?til) (?:she|he|they|you|u) "
    r"(?:answers?|replies|reply|talks?|responds?|explains?|speaks?|sees? me|meets? me|unblocks? me|gives? in|picks? up)\b",
    # where someone lives or works, said to them with a watcher's detail: "I
    # know you live at 42 Ashbourne Road. I walk past every night", "I know
    # you're on the Friday 5pm shift at the Costa ... come outside"
    r"(?:i|we) know (?:you|u|he|she|they) (?:live|lives|work|works|stay|stays) (?:at|on|in) (?:\d+|number \d+|flat \d+)\b[^\n]{0,80}?"
    r"\b(?:i|we) (?:walk|drive|go|went|walked|drove|come|came) (?:past|by)\b",
    r"(?:i|we) know (?:you'?re|you are|u r|ur|he'?s|he is|she'?s|she is) (?:on|working) (?:the |your |ur )?(?:[\w']+ ){0,3}?shifts?\b[^\n]{0,80}?"
    r"\b(?:come outside|see you|see u|wait(?:ing)?|be there|sort (?:this|it|you)|on your break|after (?:your|ur) shift)",
    # contact kept up after being blocked: "she blocked me on insta so i made a
    # new account. she'll have to talk to me eventually", "still got your number
    # even though you blocked me. changing it won't help" (a platform that
    # blocked an account is not a person avoiding someone; anchored on the
    # verb, so the scan costs nothing on drafts without it)
    r"(?<!instagram )(?<!insta )(?<!twitter )(?<!tiktok )(?<!facebook )(?<!snapchat )(?<!discord )(?<!reddit )(?<!linkedin )(?<!youtube )(?<!it )"
    r"(?:blocked|unfriended|unfollowed|muted) (?:me|my (?:main|account|acc|number|insta|snap|profile))\b[^\n]{0,80}?"
    r"\b(?:(?:made|make|making|set up|setting up|created|creating|got|using|use|opened) (?:a |another )?(?:new|second|fake|different|burner|spare|alt) "
    r"(?:account|acc|profile|number|insta|snap|page|email)\b[^\n]{0,60}?\b(?:to (?:message|dm|text|follow|watch|see|talk to|check on|keep an eye on|keep tabs on) (?:her|him|them|you)|"
    r"(?:she|he|they|you|u)(?:'ll| will|'s| is|'re| are)? (?:have|has|gonna have|going to have|got) to|can'?t (?:block|avoid|ignore|hide from) me)|"
    r"(?:she|he|they|you|u)(?:'ll| will|'s| is|'re| are)? (?:have|has|gonna have|going to have|got) to "
    r"(?:talk|speak|reply|answer|respond|see me|face me)|(?:changing|blocking) (?:it|me|your number) won'?t help|can'?t hide)",
    r"\bstill (?:got|have|has) (?:your|ur|her|his|their) (?:number|address|email|insta|snap)\b[^\n]{0,60}?\b(?:blocked|changing it|won'?t help|can'?t hide)",
    # a promise of what the author will do to someone: "you'll be wishing you'd
    # dropped out by the time I'm finished"
    r"by the time (?:i'?m|i am|we'?re|we are|i'?ve|we'?ve) (?:finished|done|through) with (?:you|u|him|her|them)\b",
    r"(?:you|he|she|they)(?:'ll| will|'re going to| are going to|'re gonna| are gonna|'s going to|'s gonna) (?:be )?"
    r"(?:wishing|wish|regret(?:ting)?|be sorry)\b[^.!?]{0,60}\bby the time (?:i'?m|i am|we'?re|we are) (?:finished|done|through)"
    r"(?=\s*(?:$|[.!?,]|with (?:you|u|him|her|them)\b))",
    r"(?:put|throw|smash|chuck|lob|send) (?:you|u|him|her|them|ya) (?:through|thru) (?:a|the|your|ur|his|her|their) (?:window|wall|door|windscreen|table|floor)",
    r"you'?re (?:a )?dead (?:man|meat|woman|girl|boy)",
    r"(?:you|he|she|they)(?:'re|'s| are| is| r) dead(?:\s*$|[.!]| when| if| next)",
    r"dead meat",
    r"you(?:'ve| have) been warned",
    r"(?:would|'d|will) be a (?:real |right |terrible )?shame if (?:something|anything) (?:happened|were to happen|happens|bad)",
    r"accidents happen",
    r"(?:i|we) know (?:your|his|her|their|ur) (?:address|house|flat|room number|postcode|car|schedule|timetable)",
    r"(?:i|we) know where (?:you|u|ya|he|she|they|your|ur|his|her|their|\w+)(?: \w+){0,3}? "
    r"(?:live|lives|living|stays?|staying|works?|parks?|sleeps?|goes to|go to|stud(?:y|ies)|trains?|drinks?|"
    r"hangs? out|walks|drives|parked|lives now)",
    r"pay (?:(?:his|her|your|ur|their|\w+'s) )?(?:car|house|flat|room|family|mum|mom|mam|parents|office|bike|kids?|dog|place) "
    r"a (?:little |quick |friendly |wee |surprise |late[- ]night )?visit",
    r"(?:key|keying|keyed|slash|slashing|torch|torching|smash|smashing|brick|bricking) (?:his|her|your|ur|their|\w+'s) "
    r"(?:car|tyres|tires|windows?|bike|door|windscreen)",
    r"brick through (?:his|her|your|ur|their|\w+'s) window",
    r"(?:hope|wish|pray) (?:you|u|he|she|they|\w+) (?:\w+ )?(?:dies|die|get cancer|gets cancer|get aids|gets aids|"
    r"get run over|gets run over|gets? hit by|gets? stabbed|gets? shot|gets? raped|gets? killed|rots?|burns? in hell|"
    r"chokes?|drowns?|crash(?:es)?|never wakes? up)",
    r"(?:deserves?|needs?) to (?:die|be (?:shot|killed|stabbed|raped|hanged|hung|beaten|put down|punched|battered|lynched))",
    r"(?:should|ought to|needs to|need to) (?:be|get) (?:shot|killed|hanged|hung|lynched|gassed|put down|strung up|beaten|stabbed|punched|battered)",
    r"kill (?:your ?self|urself|yourselves|ur ?self)",
    r"slit (?:\w+ ){0,2}throats?",
    r"kys",
    r"go (?:and )?(?:die|kill yourself)",
    r"drink bleach",
    r"neck yourself",
    r"(?:i'?ll|i will|we'?ll|we will|gonna|going to) make (?:you|u|him|her|them|\w+) (?:pay|suffer|regret|bleed|disappear)",
    r"(?:bring|bringing|got|carrying) (?:a |my )?(?:knife|blade|machete|gun|bat|shank|baseball bat|crowbar) (?:to|for|next|tomorrow|tonight|when|if|in case)",
    r"(?:i'?ll|i will|we'?ll|we will|gonna|going to) (?:find|hunt) (?:you|u|him|her|them)(?: down)? (?:and|when|if)",
    r"(?:i'?ll|i will|we'?ll|we will|gonna|going to) hunt (?:you|u|him|her|them) down",
    r"(?:break|snap|smash|kick) (?:your|ur|his|her|their|\w+'s) (?:legs?|arms?|neck|nose|jaw|face|teeth|kneecaps?|head|skull|fingers?)(?: in)?",
    r"kick the (?:shit|crap|hell|fuck) out of",
    r"(?:your|ur|his|her|their) (?:days are numbered|time is coming|time's coming)",
    r"(?:i'?ll|i will|we'?ll|we will) (?:be waiting|come for you|come round|come over) .{0,20}(?:for you|for him|for her|outside|after)",
    r"(?:one|1) (?:more|more time|more word) and (?:i'?ll|i will|you'?ll|you will|he'?ll|she'?ll)",
    # a plain present-tense promise of a fight, on a trigger only a fight has:
    # "we batter them outside the ground if they start", "I deck him the
    # second he kicks off" (sport verbs such as beat/smash/destroy are left
    # out: "we smash them if they play like that" is a match)
    r"(?:i|we|the lads|the boys) (?:just |will just )?(?:batter|deck|glass|bottle|stab|shank|knife|leather|lamp|headbutt|"
    r"knock out|punch|kick|jump|bash|slap|smack|belt|twat) (?:you|u|him|her|them)(?: lot| lads| all)?"
    r"(?: (?:outside|behind|round|near|at|by|in) (?:the |their |his |her )?(?:train |bus |tube )?" + FIGHT_PLACES + r")?"
    r"(?: (?:outside|behind|round the back))?(?: (?:after|before) (?:the )?(?:match|game|final|lecture|class|seminar))? "
    r"(?:if|when|the (?:minute|second|moment)|as soon as|soon as) (?:you|u|he|she|they|\w+) "
    # "if he starts" / "starts anything", not "when he starts snoring"
    r"(?:starts?(?=\s*(?:$|[.,!?\n]|(?:anything|something|trouble|a fight|on|again|it)\b))|kicks? off|"
    r"(?:try|tries) (?:it|anything|something)|mouths? off|comes? near|shows? (?:up|(?:your|his|her|their) faces?)|steps? out|"
    r"says? (?:one|another|a) (?:more )?word|looks? at|walks? out|comes? out)",
]

VIOLENT_VERBS = (
    r"(?:kill|murder|stab|shank|shoot|hurt|beat up|beat|batter|punch|smack|slap|deck|knock out|glass|bottle|"
    r"strangle|choke|drown|burn|bury|jump|rape|cut|hang|lynch|kick|headbutt|end|destroy|fuck up|mess up|"
    r"torture|run over|break|smash|wreck|knife|slit|bash|leather|lamp|twat|belt|hit|attack|snap)"
)
INTENT = (
    r"(?:i'?ll|ill|i will|i'?m (?:gonna|going to|gunna)|im (?:gonna|going to|gunna)|imma|ima|i'?d|id|we'?ll|we will|"
    r"we'?re (?:gonna|going to)|gonna|going to|someone (?:should|needs to|ought to|is gonna|is going to)|"
    r"somebody (?:should|needs to|is gonna)|i want to|i wanna|i could|i swear i'?ll|i swear i will|"
    r"i'?m about to|im about to|i'?m tempted to|let'?s|lets|i'?m gonna have to|will)"
)
CONSEQUENCE = (
    r"(?:be leaving in an ambulance|leave in an ambulance|leaving in an ambulance|need an ambulance|"
    r"need a doctor|end up in (?:hospital|a&e|a ditch|a body bag|the river|the canal|a wheelchair|the ground)|"
    r"get (?:hurt|stabbed|shot|battered|jumped|beaten|smacked|done in|what'?s coming|his head kicked in|her head kicked in|"
    r"their heads kicked in|your head kicked in|a beating|a kicking|dealt with)|regret the day|pay for (?:it|this|that|what)|"
    r"regret ever \w+|regret (?:the day|crossing|messing|it)\b(?=[^.!?]{0,30}(?:me|us))|be sorry|wish (?:you|he|she|they) (?:hadn'?t|had never|were never|was never|never)|not walk again|never walk again|"
    r"not be walking|be dead|be found in|go missing|disappear)"
)


# Words that show a post is about harm done *to* a group, or support for it.
VICTIM = (
    L + r"(?:against|towards?|treated|treatment|treat|discriminat\w*|racism|sexism|misogyny|phobi\w*|phobic|support\w*|"
    r"solidarity|stand with|standing with|stand up for|rights|allies|ally|proud|pride|love|loved|welcome\w*|celebrat\w*|"
    r"victims?|forced|refus\w*|stuck|waiting|conditions|vandalis\w*|vandaliz\w*|desecrat\w*|defac\w*|attacked|targeted|abused|harassed|persecuted|oppressed|suffer\w*|struggl\w*|hate crimes?|bigotry|"
    r"bigots?|racists?|prejudice|safe|safety|protect\w*|inclusion|inclusive|equality|equal|diversity|awareness|"
    r"history month|society|network|charity|fundrais\w*|help\w*|sorry for|deserve better|deserve respect|"
    r"killed|murdered|died|deaths?|mourn\w*|tragic|tragedy|stereotyp\w*|myth|unfair|unfairly|wrong|wrongly|"
    r"scapegoat\w*|blamed|blame|blaming|demoni[sz]\w*|dehumani[sz]\w*|mistreat\w*|marginali[sz]\w*|excluded|"
    r"underrepresented|under-represented|representation|gap|barriers?|challenges?|facing|face|faced|experience\w*|"
    r"deserve\w*|dignity|attacks?|assaults?|abuse|abusive|slurs?|insults?|bullying|harassment|rise in|increase in|"
    r"access|accessib\w*|camps?|detention|deportations?|treat\w*|inequalit\w*|injustice|justice|"
    r"on behalf of|for (?:our|the|all)|hostile environment|horrif\w*|appalling|shameful|disgrace)" + R
)

#: Words that never make a claim about a group negative on their own.
NOT_NEGATIVE = frozenset(
    """no not never nothing nobody none without cancel cancelled cancelling lost lose loses losing miss missed missing
    sad sorry cry crying tired alone lonely worried worry afraid scared fear fears fearing pain hurt hurting hard
    difficult poor poorer poverty bad worse worst problem problems issue issues fight fighting fought war battle
    conflict crisis died dead death die dying killed kill murder murdered victim victims attack attacked
    abuse abused harassed oppression oppressed racism racist sexism sexist hate hated hating bigotry prejudice
    discrimination injustice unfair wrong mistake mistakes fail failed failing failure lack lacking low lower
    stress stressed struggle struggling suffer suffering suffered shame ashamed guilty guilt blame blamed
    disappointed disappointing damn hell freaking crazy mad angry anger upset pressure boring bored weird
    strange ill illness cancer disease sick""".split()
)


def _negative_words() -> frozenset[str]:
    """Strongly negative words: VADER's lexicon (MIT) below -1.5 plus our own lists."""
    words_: set[str] = set()
    try:
        from importlib import resources

        lex = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
        for line in lex.splitlines():
            parts = line.split("\t")
            if len(parts) >= 2 and re.fullmatch(r"[a-z][a-z'-]+", parts[0]):
                try:
                    if float(parts[1]) <= -1.5:
                        words_.add(parts[0])
                except ValueError:
                    pass
    except (ImportError, FileNotFoundError, ModuleNotFoundError):
        pass
    for line in load_lines("negative_words.txt"):
        words_.add(line)
    return frozenset(words_ - NOT_NEGATIVE)


def _c(pattern: str) -> re.Pattern[str]:
    # Compiled on first use: :func:`build` compiles the patterns every draft
    # runs; those gated on literals (``Patterns.needs``) wait for a draft
    # that holds one, or for the background compile after start-up.
    return LazyRegex(pattern)  # type: ignore[return-value]


@dataclass
class Patterns:
    slur: re.Pattern[str]
    profanity: re.Pattern[str]
    threat_phrases: re.Pattern[str]
    gated_threats: list[tuple[tuple[str, ...], re.Pattern[str]]]
    threat_intent: re.Pattern[str]
    threat_consequence: re.Pattern[str]
    hate: list[re.Pattern[str]]
    hate_terms: re.Pattern[str]
    dehum: re.Pattern[str]
    group: re.Pattern[str]
    harass: list[re.Pattern[str]]
    harass_named: list[re.Pattern[str]]
    harass_vocative: re.Pattern[str]
    mock_near: re.Pattern[str]
    insult_near: re.Pattern[str]
    target_word: re.Pattern[str]
    bully: list[re.Pattern[str]]
    sexual: list[re.Pattern[str]]
    counter: re.Pattern[str]
    negwords: frozenset[str]
    ownneg: frozenset[str]
    sexgroup: re.Pattern[str]
    victim: re.Pattern[str]
    academic: re.Pattern[str]
    banter: re.Pattern[str]
    negation: re.Pattern[str]
    extremist: list[re.Pattern[str]]
    reporting: re.Pattern[str]
    #: ``L + G``: where a protected-group phrase can start. Patterns that begin
    #: with it (``gated``) are tried only at those positions (same matches as
    #: ``finditer``, found without scanning the long group alternation once
    #: per pattern).
    gstart: re.Pattern[str] | None = None
    gated: frozenset[int] = frozenset()
    #: ``id(pattern)`` -> strings one of which every match of the pattern
    #: contains (``_common.required_literals``). A pattern none of whose
    #: strings occurs in the folded draft cannot match and is not run: most
    #: drafts hold none of most constructions' words.
    needs: dict[int, frozenset[str]] = field(default_factory=dict)
    literals: LiteralIndex = field(default_factory=LiteralIndex)

    def can(self, pat: "re.Pattern[str]", present: frozenset[str]) -> bool:
        """Whether ``pat`` can match a draft holding the ``present`` literals."""
        lits = self.needs.get(id(pat))
        return lits is None or not lits.isdisjoint(present)

    def scan(self, pats: "Iterable[re.Pattern[str]]", present: frozenset[str]) -> "list[re.Pattern[str]]":
        """The patterns that can match a draft holding the ``present`` literals."""
        return [pat for pat in pats if self.can(pat, present)]


#: What may follow a score given to a person ("... a solid 9 if she stopped
#: talking", "a 6 at best"); a noun after it means a thing was scored
#: ("a solid 9/10 burger").
_SCORE_END = (r"(?=\s*(?:$|[.!?,;)\n]|(?:if|but|tbh|honestly|imo|at best|max|tops|without|when|lol|lmao|and|fr|though|tho|ngl)\b"
              r"|[\U0001F300-\U0001FAFF]))")


#: Not preceded by a denial: "racism" named as harm or as a subject, not "its
#: not racism" (the bigot's disclaimer).
_NOT_DENIED = r"(?<!not )(?<!n't )(?<!nt )(?<!no )"


def build() -> Patterns:
    slurs = alternation([stretch(s) for s in load_lines("slurs.txt")])
    prof = alternation([stretch(s) for s in load_lines("profanity.txt")])
    ins = words(load_lines("insults.txt"))
    adj = words(load_lines("insult_adjectives.txt"))
    group, _gadj = _load_group_regex()
    G = r"(?P<g>" + group + r")"

    hate = [
        # "<group> are (all) <negative>"
        _c(L + G + WHERE + r"\s+(?:are|r|is|were|be|'re|re|just|all|have always been|will always be|are always|are all|are just|"
           r"are nothing but|are basically|are literally|are still|are basically still|are all just)\s+(?:(?:all|just|only|nothing but|basically|literally|such|so|"
           r"a bunch of|bunch of|a pack of|pack of|a|an|the|like|really|fucking|total|complete|absolute|naturally|"
           r"genetically|inherently|always|mostly|too|more|fuckin|bloody|dirty|filthy|stupid|lazy|disgusting|"
           r"nothing more than|no better than|worse than|as bad as|little more than|like|dumb|evil|sick|"
           r"savage|ugly|filthy)\s+){0,4}" + NEG + R),
        # a stereotype confirmed: "polish people really do all live 12 to a house
        # don't they", "... confirming every stereotype"
        _c(L + G + r"\s+(?:really|literally|honestly|actually|genuinely)\s+(?:do\s+)?all\s+(?:live|smell|eat|steal|drive|look|sound|act|breed|cheat|lie|scrounge)\b[^.!?\n]{0,40}"
           r"(?:\bdon'?t they\b|\bstereotypes?\b|\U0001F602|\U0001F923|\U0001F480|\blol\b|\blmao\b)"),
        _c(L + G + r"\b[^.!?\n]{0,60}\bconfirm(?:ing|s|ed)? (?:every|each|all the|all of the|the) (?:single )?stereotypes?\b"),
        # a group written off: "the over-60s couldn't work screen share ... time
        # they were all pensioned off"
        _c(L + G + r"\b[^\n]{0,120}?\b(?:about )?time (?:they|them|the lot of them) (?:were|got|was) (?:all |finally )?"
           r"(?:pensioned off|put out to pasture|put down|culled|shipped (?:off|back|out)|sent (?:back|home)|got rid of|retired off)\b"),
        # a whole culture said to lack a faculty: "critical thinking just isn't a
        # thing in some cultures"
        _c(L + r"(?:critical thinking|independent thinking|original thought|thinking|logic|reasoning|hygiene|personal hygiene|manners|honesty|integrity|intelligence|common sense|"
           r"work ethic|civili[sz]ation|literacy|numeracy) (?:just |simply |really )?(?:isn'?t|is not|ain'?t) (?:really )?(?:a thing|valued|taught|a concept|encouraged) (?:in|for|with|among) "
           r"(?:some|certain|those|these|their|other) (?:cultures|countries|races|communities|religions|nationalities)\b"),
        # "this is what happens when you let girls into the engineering society"
        _c(L + r"(?:this is |that'?s )?what happens when (?:you|we|they) (?:let|allow) " + G + r" (?:in|into|join|on|near)\b"),
        # "<group> should be deported"
        _c(L + G + r"\s+(?:should|shud|need to|needs to|must|ought to|deserve to|deserves to|have to|has to|gotta|can)\s+"
           r"(?:all\s+|just\s+|really\s+)?(?:be\s+|get\s+)?" + HARM + R),
        # "deport all the <group>"
        _c(L + r"(?:kill|gas|deport|exterminate|shoot|hang|burn|lynch|nuke|bomb|get rid of|round up|send back|"
           r"kick out|throw out|wipe out|ban|eradicate|sterili[sz]e|castrate|purge|cleanse|remove)\s+(?:all\s+)?"
           r"(?:of\s+)?(?:the\s+|these\s+|those\s+|them\s+)?" + G + R),
        # "typical/filthy <group>"
        _c(L + r"(?:typical|bloody|fucking|fuckin|filthy|dirty|stupid|smelly|stinking|stinky|lazy|greedy|thieving|"
           r"scrounging|disgusting|sneaky|inbred|primitive|savage|bloodthirsty|subhuman|degenerate|parasitic|"
           r"useless|worthless|ugly|evil|vile|retarded|bitch ass|rat|cunt)\s+" + G + R),
        # "<group> strike again", "<group> can't drive"
        _c(L + G + r"\s+(?:\w+\s+){0,4}?(?:smell(?:s)? of \w+|stink(?:s)? of \w+|strike again|ruin(?:s|ed|ing)? (?:everything|it|this|our|the|my)|"
           r"destroy(?:s|ed|ing)? (?:this|our|the|everything|my)|steal(?:s|ing)? (?:our|all the|the|everything|my)|"
           r"tak(?:e|es|ing) over|invad(?:e|es|ing)|infest(?:s|ing)?|breed(?:s|ing)? like|can'?t be trusted|cannot be trusted|"
           r"shouldn'?t be trusted|can'?t (?:drive|code|think|do maths|do math|cook|lead|park|write|read|speak english|be trusted)|"
           r"don'?t belong|do not belong|belong in (?:the kitchen|a zoo|cages?|the jungle)|shouldn'?t be allowed|have no place|"
           r"smell|stink|all look the same|look the same|control (?:the|our|everything|all|hollywood|banks)|"
           r"own (?:the media|the banks|everything|all the)|run (?:the media|the banks|everything|the world)|"
           r"commit (?:most|all|more|the most|a lot of)|are responsible for (?:most|all)|"
           r"(?:have|has) (?:\w+\s+)?(?:low|lower|no) (?:iq|iqs|intelligence|morals|culture|brains)|"
           r"are (?:a |the )?(?:reason|cause) (?:for|of|why)|need to be (?:stopped|controlled|kept)|"
           r"(?:are|is) (?:not|n'?t) (?:human|people|real|welcome|wanted)|only (?:want|care about) (?:money|benefits))"),
        # "I hate <group>"
        _c(L + r"(?:i|we|everyone|everybody|honestly|just)\s+(?:fucking\s+|really\s+|honestly\s+|just\s+|all\s+|genuinely\s+)?"
           r"(?:hate|despise|detest|loathe|can'?t stand|cannot stand|can'?t stand|are sick of|am sick of|'m sick of|are tired of)\s+"
           r"(?:all\s+|the\s+|these\s+|those\s+)*" + G + R),
        # "these people are animals" (othering plus dehumanising, no group named)
        _c(L + r"(?:these|those|such|them|dem|they'?re|they are|theyre|they r|their kind|that kind|your kind|you people|"
           r"people like (?:them|that|him|her))\s+(?:people\s+|ones\s+|lot\s+|folk\s+)?(?:are\s+|r\s+)?(?:all\s+|just\s+|nothing but\s+|"
           r"like\s+|such\s+|fucking\s+|filthy\s+|dirty\s+|stupid\s+|useless\s+|worthless\s+)*"
           r"(?:animals|savages|vermin|parasites|apes|monkeys|subhumans?|sub-humans?|cockroaches|roaches|rats|locusts|"
           r"mongrels|beasts|leeches|untermensch|degenerates|filth|scum|lice|maggots|inbreds?|half-breeds?|mutts)" + R),
        # "to hell with the <group>"
        _c(L + r"(?:to hell with|fuck|fuck all|fuck all the|fuck the|death to|down with|screw|screw the|i hate the)\s+(?:the\s+|all\s+|these\s+|those\s+)?" + G + R),
        # "never trust a <group>"
        _c(L + r"(?:never|don'?t|do not|won'?t|wouldn'?t|would never|refuse to|not gonna)\s+(?:ever\s+)?"
           r"(?:trust|hire|rent to|let in|date|marry|tell|sit with|work with|vote for|serve|employ|sell to)\s+"
           r"(?:a |an |any |the |them |these |those )?" + G + R),
        _c(L + r"(?:never|don'?t|do not|won'?t|wouldn'?t|would never|refuse to|can'?t|cannot)\s+(?:ever\s+)?"
           r"(?:trust|hire|rent to|date|marry|sit next to|work with|vote for|employ)\s+(?:a|an|any|the)\s+"
           r"(?P<g>jew|muslim|black|arab|gypsy|gyppo|gay|woman|girl|female|immigrant|foreigner|asian|indian|mexican|chinese|"
           r"pakistani|trans person|tranny|lesbian|catholic|hindu|sikh|romanian|pole|nigerian|somali|african|paki|"
           r"disabled person|autistic person|muzzie|tranny)" + R),
        # "name one thing a woman invented"
        _c(L + r"name (?:one|a single|1) (?:thing|invention|achievement|good thing|contribution|\w+) (?:a |an |that |that a |any )?"
           + G + r"\s+(?:has |have |'s |ever |did |has ever |have ever )?(?:\w+\s+)?(?:invented|done|achieved|created|made|built|contributed)"),
        # "women in STEM lol"
        _c(L + G + r"\s+in\s+(?:stem|science|engineering|tech|computing|maths|math|physics|football|sport|sports|"
           r"politics|charge|power|government|parliament|comedy|the army|business|the workplace|leadership)\s*"
           r"(?:lol|lmao|lmfao|haha\w*|\U0001F602|\U0001F923|\U0001F480|\U0001F644|\?|😂|🤣)"),
        # "she only got in because she's a woman"
        _c(L + r"(?:only|just) (?:got|get|gets|won(?!'t|’t)|passed|hired|in|there|promoted|picked|chosen|accepted)\b.{0,50}"
           r"\bbecause (?:she'?s|he'?s|they'?re|shes|hes|theyre|she is|he is|they are|of (?:her|his|their)) "
           r"(?:a |an )?(?:woman|girl|female|black|asian|gay|trans|disabled|muslim|jewish|foreign|indian|minority|"
           r"colou?r|race|gender|sex|skin|religion|ethnicity|quota|token)"),
        _c(L + r"(?:good|smart|clever|strong|funny|fast|decent|not bad|pretty good|well spoken|articulate)\s+for\s+"
           r"(?:a|an)\s+(?:girl|woman|female|black (?:guy|girl|man|woman|person)|gay guy|trans (?:woman|person)|"
           r"disabled (?:person|guy|girl)|paki|immigrant|foreigner)"),
        # "<group> ... they're all <negative>"
        _c(L + G + r"[^.!?]{0,50}\b(?:they'?re all|they are all|theyre all|all of them are|every one of them is|they'?re just|they are just|"
           r"they'?re basically|they are basically)\s+(?:\w+\s+)?" + NEG + R),
        # a group told to leave ("... go home", "this is England")
        _c(L + G + r"[^.!?]{0,80}?\b(?:go home|go back|get out|fuck off home|piss off home|this is england|this is britain|"
           r"shouldn'?t be here|don'?t belong here|not welcome|keep away from (?:them|him|her)|don'?t (?:lend|trust|rent to|hire) (?:them|em))" + R),
        _c(L + r"(?:why (?:are there|is there) so many|too many|so many bloody|so many fucking|sick of all (?:these|the)|fed up of all (?:these|the))\s+"
           + G + r"[^.!?]{0,60}(?:this is (?:england|britain|the uk|our country)|go home|go back|taking over|can'?t even speak|everywhere)"),
        _c(L + r"every (?:single )?(?P<g>" + _gadj + r")\b[^.!?]{0,40}?\b(?:(?:is|'s) )?(?:a|an) (?:\w+ )?(?:pickpocket|scammer|thief|criminal|terrorist|"
           r"rapist|paedo|pedo|benefit cheat|beggar|drunk|illegal|fraudster|gold ?digger|groomer|spy|dealer)" + R),
        _c(L + r"(?:women|girls|ladies|females)\b[^.!?]{0,40}\bonly (?:here|at uni|come to uni|go to uni|came here|in it|doing this)\s+"
           r"(?:to|for) (?:find|get|bag|meet|marry|trap)\s+(?:a |an |themselves a )?(?:\w+ )?(?:husband|man|boyfriend|footballer|sugar daddy)"),
        _c(L + r"(?:hijab|niqab|burka|burqa|turban|headscarf|kippah|yarmulke)\b[^.!?]{0,60}\b(?:planning something|bomb|bomber|terrorist|"
           r"suspicious|blow (?:us|it|something) up|explode|isis|jihad|up to something|packing something)"),
        _c(L + r"(?:women|girls|ladies|females|woman|a girl|a woman)\s+(?:just\s+|simply\s+|really\s+)?(?:can'?t|cannot|are unable to|shouldn'?t be allowed to|"
           r"aren'?t (?:built|made|meant|smart enough|strong enough|clever enough) (?:for|to)|don'?t belong in)\s+(?:do\s+|handle\s+|understand\s+|be\s+)?"
           r"(?:engineering|maths|math|science|physics|coding|code|computing|stem|tech|football|logic|leaders?|in charge|bosses|"
           r"drive|park|think|programming|business|politics|surgeons?|pilots?)" + R),
        _c(L + r"(?:shove|ram|force|push)\w* (?:their|it|his|her|your) (?:\w+ )?(?:down|in|into) (?:our|my|everyone'?s|people'?s) (?:faces?|throats?)"),
        _c(L + r"keep (?:your|ur|their|it|that) (?:gay|trans|lesbian|queer|religious|muslim|jewish|islamic|lgbt|pride|\w+) (?:stuff|shit|agenda|lifestyle|"
           r"religion|beliefs?|nonsense|rubbish|crap) (?:to (?:yourself|yourselves|themselves)|behind closed doors|private|at home|out of)"),
        _c(L + G + r"[^.!?]{0,60}\b(?:it'?s|its) (?:just |simply )?(?:biology|genetics|in their (?:nature|blood|genes|dna))"),
        _c(L + r"in their (?:nature|blood|genes|dna) to (?:steal|lie|cheat|fight|rape|kill|scrounge|breed)"),
        # an identity or a condition in scare quotes, with contempt: "their
        # 'pronouns' ... not pandering to it", "says he's 'bi' now, pick a side",
        # "'invisible disabilities' 🙄 faking it"
        _c(L + r"['\"](?P<g>pronouns?|gender[- ]?fluid|non[- ]?binary|nonbinary|they/them|bi|bisexual|pansexual|queer|trans|invisible disabilit(?:y|ies)|"
           r"disabilit(?:y|ies)|disabled|mental health|anxiety|depression|adhd|autis(?:m|tic)|neurodivergent|body positivity)['\"]"
           r"[^\n]{0,80}?(?:\U0001F644|\U0001F602|\U0001F923|\bphase\b|pandering|nobody'?s buying|\bfak(?:e|ing)\b|we all see|pick a side|snowflakes?|"
           r"attention[- ]seek\w*|made[- ]up|\blazy\b|sweetheart|pretend\w*|\bnonsense\b|\brubbish\b|whatever'?s on)"),
        # an identity put in scare quotes: "trans 'women'"
        _c(L + r"(?P<g>trans)\s+['\"](?:wom[ae]n|m[ae]n|girls?|boys?|ladies|lads?|females?|males?)['\"]"),
        # insinuation about a group: "funny how the Muslim students always use
        # prayer as an excuse", "<group> always use X as an excuse"
        _c(L + r"(?:funny|strange|interesting|weird|odd|amazing|typical|convenient) (?:how|that) (?:the |all the |these |those |our |my )?" + G
           + r"\b[^.!?\n]{0,60}?\b(?:always|never|conveniently|somehow|every (?:single )?time)\b[^.!?\n]{0,50}?"
           r"\b(?:excuses?|get(?:s|ting)? away with|special treatment|play(?:s|ing)? the \w+ card|let off|off the hook|skive|skiv(?:es|ing))"),
        _c(L + G + r"\b[^.!?\n]{0,40}?\balways (?:use|uses|using|have|has|come up with|find) (?:[\w']+ ){0,4}?(?:as )?an excuse\b"),
        # misgendering a trans person
        _c(L + r"(?P<g>trans ?(?:girls?|wom[ae]n|ladies)|transwom[ae]n)\b(?:(?! and )[^.!?,;]){0,40}\b(?:is|are|'s|'re)\s+(?:obviously |clearly |still |really |"
           r"just |literally |actually |always |basically |biologically )*(?:a man|a bloke|a guy|a dude|men|blokes|guys|a boy|male|"
           r"a bloke in a dress|blokes in dresses|men in dresses|a man in a dress|mentally ill|delusional|confused|fake|not real|"
           r"not (?:a )?(?:real )?wom[ae]n|pretending)" + R),
        _c(L + r"(?P<g>trans ?(?:guys?|m[ae]n|boys?)|transm[ae]n)\b(?:(?! and )[^.!?,;]){0,40}\b(?:is|are|'s|'re)\s+(?:obviously |clearly |still |really |"
           r"just |literally |actually |always |basically |biologically )*(?:a woman|a girl|women|girls|female|mentally ill|"
           r"delusional|confused|fake|not real|not (?:a )?(?:real )?m[ae]n|pretending)" + R),
        _c(L + r"(?:only|just) (?:got|get|gets|won(?!'t|’t)|passed|hired|in|there|promoted|picked|chosen|accepted|get in|got in)\b.{0,50}"
           r"\bbecause of (?:quotas?|diversity|affirmative action|positive discrimination|(?:their|her|his) (?:race|skin|colou?r|gender|sex|religion))"),
        _c(L + G + r"[^.!?]{0,60}\b(?:they|them all|the lot of them|they all)\s+(?:should|need to|needs to|must|ought to|deserve to)\s+"
           r"(?:all\s+|just\s+)?(?:be\s+|get\s+)?" + HARM + R),
        _c(L + G + r"\s+(?:\w+\s+)?(?:don'?t|do not|never|won'?t|refuse to)\s+(?:even\s+)?(?:integrate|assimilate|belong|fit in|contribute|"
           r"pay tax(?:es)?|work|wash|shower|speak english|learn english|respect)" + R),
        _c(L + G + r"\s+(?:are\s+|were\s+)?(?:\w+\s+){0,2}?(?:spread(?:ing|s)? (?:disease|covid|the virus|germs|aids|hiv|diseases)|"
           r"eat(?:ing|s)? (?:bats|dogs|cats)|brought (?:covid|the virus|disease))" + R),
        # "chinese students are all spies" with a verb
        _c(L + G + r"\s+(?:are|r|is)\s+(?:all\s+|just\s+|only\s+)?(?:here|in this country|in the uk|over here|coming)\s+"
           r"(?:to|for)\s+(?:steal|take|scrounge|claim|spy|rape|breed|invade|leech|sponge|exploit|destroy)"),
        # "every single one of them is the same" with a group
        _c(L + G + r".{0,60}\b(?:every (?:single )?one of (?:them|em)|all of (?:them|em)|they'?re all|they are all)\s+"
           r"(?:is |are )?(?:the same|alike|like that|the fucking same|scum|animals|vermin|criminals|thieves|liars)"),
    ]

    hate_terms = _c(L + alternation(HATE_TERMS) + R)
    dehum = _c(L + DEHUM + R)

    threat_phrases = _c(L + alternation(THREAT_PHRASES))
    gated_threats = [(lits, _c(L + r"(?:" + src + r")")) for lits, src in GATED_THREATS]
    threat_intent = _c(
        L + INTENT + r"\s+(?:\w+\s+){0,2}?" + VIOLENT_VERBS + r"\s+(?P<t>" + T_ANY + r")" + R
    )
    threat_consequence = _c(
        L + r"(?P<t>you|u|he|she|they|" + ROLE + "|" + HANDLE + "|" + NAME + r")"
        r"(?:'ll|ll| will|'s gonna|'s going to|'re gonna|'re going to| is gonna| is going to| are gonna| are going to| gonna|'d| would)\s+"
        r"(?:\w+\s+){0,2}?" + CONSEQUENCE + R
    )

    INS = r"(?:" + ins + r"|" + prof_insult_nouns() + r")"
    harass = [
        _c(L + YOU_ARE + r"\s+" + FILL + r"(?:trash|garbage|rubbish|a joke|pathetic|vile|scum|nothing|irrelevant|a nobody)" + R + r"(?!\s+at\b)"),
        # "you idiot", "you're a fucking loser"
        _c(L + PRON2 + r"\s+(?:(?:are|r|'re|re|is|was|were|been|being|look like|sound like|act like|such)\s+)?" + FILL + INS + R),
        _c(L + YOU_ARE + r"\s+" + FILL + r"(?:" + INS + "|" + adj + r")" + R),
        # "fuck you", "fuck off"
        _c(L + r"(?:fuck|fuk|fck|f\*+k|f\*+ck|screw|frick|sod|piss|bugger)\s+(?:you|u|ya|off|him|her|them|ur mum|your mum|"
           + HANDLE + r")" + R),
        _c(L + r"(?:shut (?:the fuck|tf|the f\*+k|your (?:fucking |fuckin |stupid |fat |ugly )?(?:mouth|face|gob|trap|pie hole))|"
           r"nobody (?:likes|wants|cares about|asked) (?:you|u|her|him)|no one (?:likes|wants|cares about|asked) (?:you|u|her|him)|"
           r"everyone (?:hates|laughs at) (?:you|u|her|him)|(?:you|u|he|she) should (?:just )?(?:die|disappear|not exist)|"
           r"waste of (?:space|oxygen|skin|air|a human)|get a life,? (?:loser|freak|weirdo)|"
           r"nobody (?:would|will|'d) (?:miss|care about|notice|mourn) (?:you|u|her|him)|"
           r"(?:world|everyone|uni|this course) (?:would|will|'d) be better off without (?:you|u|her|him)|"
           r"the state of (?:@[a-z0-9_]+|her|him)|"
           r"(?:looks?|sounds?|smells?) like (?:a |an )?(?:\w+ )?(?:goat|pig|whale|cow|horse|troll|goblin|rat|hippo|walrus|gremlin|ogre|"
           r"donkey|frog|toad|slug|skeleton|corpse|crackhead|tramp|hobbit|potato|thumb|foetus|fetus|bulldog|pug|ferret|weasel|"
           r"dying \w+|bin bag|sack of \w+)|"
           r"(?:you|u|he|she|they) (?:look|looks|sound|sounds|smell|smells) like (?:a |an )?(?:pig|whale|cow|horse|troll|goblin|rat|"
           r"dog|man|bloke|tranny|thumb|potato|bulldog|melted \w+|slapped \w+|shit|crap|a bin|bin juice|death|"
           r"(?:a )?(?:fat|ugly)\s+\w+)|imagine being (?:that|this|so|as) (?:\w+ )?" + adj +
           r"|imagine having (?:a |that |this )?(?:face|body|nose|teeth|hair|voice|laugh|head|chin|forehead) like (?:that|this|hers|his|yours)"
           r"|face like a (?:slapped|smacked|bulldog|dropped|melted|burst|bag|busted)\w*"
           r"|(?:someone|somebody|anyone|people) (?:that|this|so|as) " + adj +
           r"|(?:excuse|waste|joke|disgrace|embarrassment) (?:for|of) a (?:human|person|man|woman|human being|student|lecturer)"
           r"|(?:she|he|you|they) can (?:rot|go die|die|piss off|do one|jog on|fuck off|go to hell)"
           r"|wouldn'?t (?:piss|pee|spit) on (?:him|her|them|\w+) if (?:he|she|they) (?:was|were) on fire"
           r"|(?:people like|the likes of|ppl like) [a-z@][\w.@]* (?:shouldn'?t exist|should be banned|should be shot|need to go|should not exist|are the problem)"
           r"|nobody (?:wants|cares) to hear (?:from|about) (?:you|u|ur|your|her|his|him)"
           r"|(?:the )?(?:most|biggest) (?:boring|annoying|ugly|pathetic|irritating|insufferable|cringe|cringey|vile|useless|hideous)\s+"
           r"(?:person|human|man|woman|girl|guy|lad|thing|bloke|cunt|twat|idiot) (?:alive|ever|on earth|in the world|i'?ve ever)"
           r"|shame about (?:the|her|his) (?:face|body|teeth|nose|personality)"
           r"|(?:his|her|their|your|ur) (?:stupid|weird|funny|ugly|thick|ridiculous|annoying|shit|shitty|awful|horrible) (?:accent|english|voice|face|name|laugh)"
           r"|look at (?:the way|how) (?:he|she|they) (?:walks?|talks?|dresses|eats|dances|runs|speaks)[^.!?]{0,20}(?:\U0001F602|\U0001F923|\U0001F480|lol|lmao|haha)"
           r"|(?:looking|looked|look|looks) like (?:a |an )?(?:sack|bag) of (?:potatoes|shit|spanners|lard|bones)"
           r"|can'?t stand (?:her|him|" + HANDLE + r")\b"
           r"|(?:she|he)(?:'s| is) (?:so |such a |literally |basically )?(?:flat[- ]?chested|fat|ugly|hairy|spotty|bald)\b[^.!?]{0,30}"
           r"(?:looks like a (?:boy|man|girl|bloke)|\U0001F602|\U0001F923|lol|lmao)"
           r"|go cry|cry more|(?:you|u|ur|he|she|they)(?:'re| are| is|'s| r) (?:such )?(?:a )?(?:joke|disgrace|embarrassment|laughing ?stock|waste)"
           r"|no wonder (?:you|u|he|she)(?:'re| are| is|'s)? (?:single|alone|lonely|friendless|ugly|fat))" + R),
    ]
    # ", you absolute disgrace" is said to someone; a bare ", absolute disgrace"
    # after a complaint is said of the situation.
    vocative_mod = r"(?:absolute\s+|fucking\s+|stupid\s+|fat\s+|little\s+|ugly\s+|sad\s+)?"
    situation = r"(?:disgraces?|jokes?|embarrassments?|shambles|farce|mess|nightmare|scandal)\b"
    harass_vocative = _c(r"[,;:\-]\s*(?:you\s+" + vocative_mod + INS + r"|(?!" + vocative_mod + situation + r")" + vocative_mod + INS + r")"
                         + r"\s*(?:[.!?]+|$|\s+(?=[^a-z\s]))")
    harass_named = [
        _c(L + r"(?:the|that|this)\s+(?:[a-z]+\s+)?" + INS + WHERE + r"\s+(?:is|'s|was)\s+(?:a|an|such an?|so|the)\s+(?:[a-z-]+\s+)?(?:" + INS + "|" + adj + r")" + R),
        _c(L + r"(?P<t>" + T3 + r")'s (?:laugh|voice|face|head|hair|body|nose|teeth|outfit|dress|walk|accent|legs|arms|skin|"
           r"forehead|chin|ears|belly|gut|weight|smell)\s+(?:is|looks|sounds|smells|are)\s+(?:like\s+)?[^.!?]{0,30}?"
           r"(?:" + INS + "|" + adj + r"|goat|pig|whale|cow|horse|troll|goblin|rat|hippo|walrus|donkey|frog|dying|strangled|"
           r"nightmare|horror|disaster)" + R),
        _c(L + r"(?P<t>" + T3 + r")\s+(?:\w+\s+)?(?:looks?|sounds?|smells?) like (?:a |an )?(?:\w+ )?(?:man|bloke|geezer|goat|pig|whale|cow|"
           r"horse|troll|goblin|rat|hippo|walrus|gremlin|ogre|donkey|frog|toad|slug|skeleton|corpse|crackhead|tramp|hobbit|potato|"
           r"thumb|foetus|bulldog|pug|ferret|weasel|bin bag|shrek|ghost)" + R),
        _c(L + r"(?:this|that|these|those)\s+(?:fat|ugly|stupid|thick|smelly|disgusting|dumb|fucking|fuckin|lazy|annoying|useless|vile|"
           r"minging|greasy|sweaty)\s+" + INS + R),
        _c(L + r"(?:with|has|got) (?:the|a|that|his|her) (?:lisp|stutter|stammer|limp|lazy eye|speech impediment|hearing aid|"
           r"wheelchair|walking stick|tics?|tourettes|twitch)\b[^.!?]{0,60}(?:joke|\U0001F602|\U0001F923|lol|lmao|can'?t understand|(?:none of us|nobody|no one|no1) can understand|please stop (?:asking|talking|speaking)|"
           r"weird|freak|retard|spaz|mong|cringe|funny|hilarious|mock|impression)"),
        # "<he/she/name/@handle/my flatmate> is such a <insult>"
        _c(L + r"(?P<t>" + T3 + r")" + WHERE + r"(?:'s|s| is| was|'re| are| were| r| has always been| is literally| looks| seems)\s+"
           + FILL + r"(?:(?:" + adj + r"|old|little|fat)\s+){0,2}(?:" + INS + "|" + adj + r")" + R),
        # Calling someone stupid by a stock simile: "new apprentice is thick as
        # mince", "as thick as two short planks" (of a person, never literal).
        _c(L + r"(?:is|'s|was|are|'re|were|r) (?:as |so )?(?:thick|dense|daft|dim) as (?:mince|two short planks|a plank|a brick|bricks|"
           r"pig ?shit|shit|a bag of (?:hammers|rocks|spanners)|a box of rocks|a whale omelette)\b" + R),
        # "what a <insult> <name/he/she> is"
        _c(L + r"(?:what|such) (?:a|an) " + FILL + INS + r"\s+(?P<t>" + T3 + r")(?: is| was)" + R),
        # "<insult> <name>" / "that <insult> <name>", e.g. "fat cow Priya"
        _c(L + r"(?:that|this|the|you|u|stupid|fat|ugly|dumb|fucking|fuckin)\s+" + FILL + INS + r"\s+(?P<t>" + HANDLE + r")" + R),
    ]
    mock_near = _c(
        L + r"(?:ugly|ugliest|fattest|minging|minger|munter|fugly|braindead|brain dead|weirdo|freak|loser|creep|virgin|incel)" + R
    )
    target_word = _c(L + r"(?:" + HANDLE + r"|" + ROLE + r"|(?P<t>" + NAME + r"))" + R)
    insult_near = _c(
        L + r"(?:(?!(?:dogs?|pigs?|cows?|rats?|snakes?|whales?|clowns?|jokes?|trolls?|goblins?|ogres?|sacks?)\b)" + INS
        + r"|(?:ugly|fat|stupid|two-faced|two faced|lazy|smelly|disgusting|vile|miserable|old|little|fucking|absolute)\s+" + INS + r")" + R
    )

    bully = [
        _c(L + r"(?:everyone|everybody|every1|all of you|y'?all|yall|guys|lads|girls|people|pls|please|let'?s(?: all)?|lets(?: all)?|"
           r"we should(?: all)?|go(?: and)?|make sure (?:you|u|everyone)|get (?:everyone|the whole \w+|all \w+))\s+(?:\w+\s+){0,4}?"
           r"(?:spam|mass report|report|block|unfollow|ignore|exclude|blank|freeze out|bully|troll|harass|bombard|flood|ratio|"
           r"expose|shame|roast|hound|dox|doxx|leave out|kick out|ghost|cancel|screenshot and share)\s+(?P<t>her|him|them|"
           + ROLE + "|" + HANDLE + "|" + NAME + r")" + R),
        _c(L + r"(?:message|msg|text|dm|pm|call|ring|spam|bombard|harass|keep (?:messaging|texting|calling|spamming)|flood)"
           r"\s+(?:\w+\s+){0,4}?until (?:she|he|they|\w+) (?:\w+ )?(?:apologi[sz]es|says sorry|deletes|leaves|cries|quits|"
           r"drops out|moves out|gives up|learns|breaks|blocks|begs|leaves uni)"),
        _c(L + r"(?:nobody|no one|noone|no1|don'?t (?:any of you|anyone|you lot))\s+(?:\w+\s+)?(?:talk|speak|sit|hang out|invite|"
           r"reply|respond|add|include|partner|work)\s+(?:to |with |)?(?P<t>her|him|them|" + ROLE + "|" + HANDLE + "|" + NAME + r")" + R),
        _c(L + r"(?:screenshot|screengrab|share|send|post|spread|forward|leak)\s+(?:all\s+)?(?:her|his|their|\w+'s)\s+(?:\w+\s+)?(?:messages|texts|chats?|dms|pics|photos|snaps|nudes|private \w+|voice notes)"
           r"[^.!?]{0,40}(?:round|around|to everyone|everywhere|in the (?:gc|group chat|chat)|online|deserves? it|expose|humiliate|embarrass)"),
        _c(L + r"(?:post(?:ing|ed)?|shar(?:e|ing|ed)|send(?:ing)?|sent|spread(?:ing)?|leak(?:ing|ed)?|upload(?:ing|ed)?|put(?:ting)?|airdrop(?:ping|ped)?)"
           r"\s+(?:the|that|this|those|these)\s+(?:\w+\s+)?(?:video|vid|pic|pics|photo|photos|clip|"
           r"picture|recording|screenshot|snap)s?\s+of\s+(?P<t>her|him|them|" + HANDLE + "|" + NAME + r")\b[^.!?]{0,60}"
           r"(?:group chats?|gcs?|(?:flat|house|class|course|team|squad|year|halls?) (?:chat|gc|group)|everywhere|every|online|live it down|"
           r"(?:she|he|they)(?:'ll| will) never (?:find out|know)|\U0001F602|\U0001F923|\U0001F480|humiliat|embarrass|lol|lmao)"),
        _c(L + r"(?P<t>her|him|she|he|" + NAME + r")\s+(?:isn'?t|is not|won'?t be|is no longer|not)\s+(?:coming|invited|welcome|allowed)\b"
           r"[^.!?]{0,40}(?:anything|anymore|any more|ever again|again)"),
        _c(L + r"(?:give|giving|gave)\s+(?P<t>her|him|them|" + HANDLE + "|" + NAME + r")\s+the (?:silent treatment|cold shoulder)"),
        _c(L + r"make (?:his|her|their|your|ur|\w+'s) life (?:a )?(?:living )?(?:hell|misery|miserable|a nightmare)"),
        _c(L + r"(?:let'?s|lets|we should|can we all|can we|we all|everyone|agree to|we'?re|we are|gonna|going to|i say we)\s+"
           r"(?:\w+\s+){0,3}?(?:leave|keep|cut|freeze) (?P<t>her|him|them|" + HANDLE + "|" + NAME + r") out" + R),
        _c(L + r"(?:don'?t|do not|never|nobody) (?:add|invite|include|tell) (?P<t>her|him|" + HANDLE + "|" + NAME + r")\b[^.!?]{0,50}"
           r"(?:(?:she|he|they)(?:'s| is| are|'re) (?:so |such a |such an |a |an |well |proper )?(?:annoying|weird|cringe|loser|creep|freak|"
           r"weirdo|embarrassing|boring|a nobody|snake|fake|desperate|clingy|ugly|fat|smelly|thick)|nobody likes|no one likes)"),
        _c(L + r"(?:everyone|everybody|all of you|y'?all|lads|girls|guys|go|let'?s(?: all)?)\s+(?:\w+\s+){0,2}?(?:comment|reply|dm|message)\s+"
           r"(?:on |to )?(?P<t>her|him|" + HANDLE + "|" + NAME + r")\b[^.!?]{0,60}(?:what (?:you|we) (?:really )?think|roast|"
           r"\U0001F602|\U0001F923|\U0001F480|lol|lmao|cringe|ugly|fat|loser)"),
        _c(L + r"(?:kick|boot|ban) (?P<t>her|him|" + HANDLE + "|" + NAME + r") (?:out of|from|off) (?:the |our )?"
           r"(?:group|chat|gc|group chat|society|soc|team|flat|house|squad)\b.{0,40}(?:lol|😂|no one likes|nobody likes|loser|weirdo|freak|cringe|annoying)"),
        _c(L + r"(?:here'?s|heres|this is|dm|message|text|call|ring) (?:his|her|their|\w+'s) (?:number|address|insta|snap|socials|home address)"
           r".{0,60}(?:make|tell|let) (?:him|her|them) (?:know|regret|pay|feel)"),
        # A pile-on kept up: "keep spamming her with the voice notes, every hour".
        # Spamming, bombarding or hounding a person is harassment in itself;
        # calling or messaging "them" is what people do to landlords.
        _c(L + r"keep (?:on )?(?:spamming|bombarding|pestering|hounding|harassing|tormenting|trolling) (?P<t>her|him|" + HANDLE + "|" + NAME + r")" + R),
        # Shutting someone out: "new chat, no Priyanka in this one", "a group chat without Sam".
        _c(L + r"(?:new|another|separate|second|different|secret) (?:group ?)?(?:chat|gc|group|server|channel)\b[^.!?\n]{0,25}?"
           r"(?:\bwithout|\bminus|\bexcluding|\bno) (?P<t>her|him|" + HANDLE + "|" + NAME + r")\b(?! (?:idea|clue|one|way|more|longer|problem|drama))"),
        # Mocking someone's body or hygiene: "someone get that girl a salad",
        # "can smell him from row F", "a countdown to when he finally discovers a washing machine".
        _c(L + r"(?:get|buy|give|order) (?:that|this|the|her|him) (?:\w+ )?(?:girl|guy|lad|lass|woman|man|bloke|boy|kid|one) (?:a )?(?:salad|treadmill|gym membership|diet)" + R),
        _c(L + r"(?:can|could) (?:literally |actually |genuinely |still )?smell (?:him|her) from\b"),
        _c(L + r"(?:until|till|when|before|wait for|waiting for|countdown to|day) (?:when )?(?:he|she|(?P<t>" + NAME + r"))\s+(?:finally |eventually |ever )?"
           r"(?:discovers?|learns? about|finds?|invests? in|hears? of)\s+(?:a |the )?(?:washing machine|deodorant|soap|a shower|showers|toothpaste|a toothbrush|hygiene)" + R),
        # Inviting others to watch someone's distress: "if anyone wants to watch
        # the meltdown live next week" about "the girl who cried in the seminar".
        _c(L + r"(?:watch|see|witness|film|record|catch) (?:her|his) (?:next |live |weekly |daily |inevitable )?(?:meltdown|breakdown|tantrum|crying fit|"
           r"hissy fit|strop|freakout|freak-out|sob(?:bing)? session)s?\b"),
        _c(L + r"(?:girl|guy|lad|boy|woman|man|bloke|kid|one) who (?:cried|sobbed|bawled|lost it|broke down|had a (?:meltdown|breakdown|tantrum))\b"
           r"[^\n]{0,160}?\b(?:watch|see|film|record|witness|catch)\b[^.!?\n]{0,30}?\b(?:meltdown|breakdown|tantrum|tears|crying|waterworks|show)\b"),
        # Likening someone's body to a heavy animal: "Dr X waddles into LT1 like
        # a sea lion", "she eats like a pig".
        _c(L + r"(?P<t>he|she|" + NAME + r") (?:\w+ )?(?:looks|walks|moves|waddles|waddled|waddling|wobbles|lumbers|eats|sweats|snores|breathes|sits|dances)\b"
           r"[^.!?\n]{0,50}?\blike (?:a|an|some) (?:\w+ )?(?:beached whale|whale|walrus|sea lion|hippo|hippopotamus|pig|cow|heifer|elephant|blob|gorilla|rhino|hog|sow)s?\b" + R),
        # Shared to humiliate or punish: "screenshotting everything Leah says and
        # sending it to her ex. she'll learn.", "posting the pic Jess sent me in
        # first year since she wants to act all high and mighty now".
        _c(L + r"(?:screenshot\w*|send(?:ing)?|sent|post(?:ing|ed)?|shar(?:e|ing|ed)|forward(?:ing|ed)?|leak(?:ing|ed)?|spread(?:ing)?|upload(?:ing|ed)?|airdrop\w*|put(?:ting)?)\b"
           r"[^\n]{0,100}?\b(?:(?:she|he|they)(?:'ll| will) learn(?=\s*(?:$|[.!,]|lol|lmao|\U0001F602|\U0001F923|\U0001F480|\U0001F608))|(?:since|cos|cause|coz|because|now that|now) (?:she|he|they)(?:'s| is|'re| are)? (?:wants? to |wanna |trying to |tries to )?"
           r"(?:act|acting|be|being|play|playing) (?:all )?(?:high and mighty|holier than thou|better than (?:us|everyone|me)|so perfect|innocent|all that|the victim)|(?:she|he|they) knows? (?:exactly )?what (?:she|he|they) (?:did|done|has done|have done)(?=\s*(?:$|[.!]|\U0001F608|\U0001F612|\U0001F644)))"),
        # Caught in an unguarded moment, then sent round: "caught Rory asleep in
        # the library with his mouth wide open ... send this to EVERYONE".
        _c(L + r"caught (?P<t>her|him|(?:this|that) (?:man|guy|girl|lad|woman|bloke|kid|one)|" + HANDLE + "|" + NAME + r") (?:[\w']+ ){0,3}?(?:asleep|sleeping|snoring|crying|drooling|dribbling|picking (?:his|her) nose|on the (?:toilet|loo)|passed out|being sick|throwing up|falling over)\b"
           r"[^\n]{0,100}?\b(?:send (?:this|it) to (?:everyone|every1|everybody|the whole|all)|(?:post|share|spread)(?:ing)? (?:this|it) everywhere|everyone needs to see|make (?:this|it) go viral|tag (?:him|her|them) if (?:you|u) know)"),
        # A speech impediment or accent made into a joke: "clipped Ethan's lisp
        # and made it a meme", "whoever turned Aisha's stammer into a tiktok sound".
        _c(L + r"(?P<t>" + NAME + r")'s (?:lisp|stammer|stutter|speech impediment|tics?)\b[^\n]{0,80}?"
           r"\b(?:meme|memes|tiktok sound|soundboard|remix|ringtone|compilation)\b"),
        # Ranking people by a put-down: "ranking the lads in my halls by how desperate they are".
        _c(L + r"(?:rank(?:ing|ed|s)?|rat(?:e|es|ed|ing)) (?:the |all the |every |my |our )?(?:lads|girls|boys|guys|men|women|blokes|lasses|freshers|flatmates|housemates|people|students|members)\b"
           r"[^.!?\n]{0,40}\bby (?:how (?:desperate|ugly|fat|thick|smelly|annoying|weird|pathetic|cringe|dumb|stupid|easy|minging|sad|lonely|bald|short|fit|hot|they look)|"
           r"(?:their )?(?:looks|hotness|fitness|body count|bodies|boobs|arses?))" + R),
        # Scoring people's looks: "rating the netball girls out of 10",
        # "number 4 is a solid 9 if she stopped talking".
        _c(L + r"(?:rat(?:e|es|ed|ing)|scor(?:e|es|ed|ing)|rank(?:s|ed|ing)?) (?:the |all the |every |our |my )?(?:new |fresher |first[- ]year |hot |fit )?(?:girls|lads|boys|women|men|birds|freshers|"
           r"cheerleaders|dancers|(?:netball|rugby|hockey|football|cheer|dance|swim|volleyball|lacrosse) (?:team|girls|lads|squad|players))\b"
           r"[^.!?\n]{0,40}?(?:\bout of (?:10|ten)\b|/10\b|\bon (?:their )?looks\b)"),
        _c(L + r"(?:(?:number|no\.?) ?\d{1,2}(?: (?:in|on|from|at) (?:[\w'-]+ ){0,3}?[\w'-]+)?|the (?:one|girl|lad|guy|blonde|brunette|redhead) (?:on|in|at) the (?:left|right|middle|back|front|end)|(?:the )?(?:blonde|brunette|ginger|redhead|tall|short|quiet) (?:one|girl|lad|guy)(?: (?:in|on|from|at|with) (?:[\w'-]+ ){0,3}?[\w'-]+)?)"
           r"(?:'s| is) (?:a |an )(?:solid |strong |easy |generous |hard |low |high |light |weak )?(?:[1-9]|10)(?: ?/ ?10| out of (?:10|ten))?" + _SCORE_END),
        _c(L + r"(?:she|he)(?:'s| is) (?:a |an )(?:solid|strong|easy|generous|hard|low|high|light|weak) (?:[1-9]|10)(?: ?/ ?10| out of (?:10|ten))?" + _SCORE_END),
        # Mocking a disability, a stammer or an accent: a person picked out by
        # it, then laughter at how long they take, an imitation ("b-b-boiler")
        # or a put-down of how they sound.
        _c(L + r"(?:in|with|on) (?:the|a|that|his|her|them|those) (?:[a-z]+ )?(?:wheelchair|stutter|stammer|lisp|accent|hearing aids?|crutches|limp|walking stick|tics?|tourette'?s)\b"
           r"[^\n]{0,100}?(?:\btook (?:\w+ ){0,2}(?:minutes|mins|hours|years|ages|forever)\b[^\n]{0,60}?(?:\U0001F602|\U0001F923|\U0001F643|\U0001F480|lol|lmao|by the time)|"
           r"\b([a-z])-\1-\1?[a-z]+|sounds? like (?:he|she|they|a)(?:'s| is| are)? (?:gargling|choking|drowning|a robot|a goat|a sheep|a cow)|"
           r"no one (?:can )?understands? a word|can'?t understand a (?:single )?word|so inspirational)"),
        # a stammer imitated after picking the person out: "did anyone hear
        # Priya try to present today? 'th-th-the data'"
        _c(L + r"(?:hear|heard|listen(?:ing)? to|watch(?:ing|ed)?) (?:@?[\w']+ ){1,2}(?:try(?:ing)? to |attempt(?:ing)? to )?(?:present|talk|speak|say|read|ask|order|answer)\w*\b"
           r"[^\n]{0,60}?\b([a-z]{1,2})-\1-"),
    ]

    sexual = [
        # something withheld unless a person gives sexual attention: "she's not
        # getting my lecture notes unless she comes back to mine after the social"
        _c(L + r"(?:not getting|won'?t get|isn'?t getting|aren'?t getting|can'?t have|doesn'?t get|don'?t get|no) (?:my |the |her |his |a |any )?(?:[\w-]+ ){0,2}?"
           r"unless (?:she|he|you|u|they) (?:comes? (?:back )?(?:to|round) (?:mine|my (?:room|flat|place|house))|sleeps? with me|goes? (?:out )?with me|"
           r"kiss(?:es)? me|sends? (?:me )?(?:pics|nudes|a pic)|stays? the night|hooks? up with me|dates? me)"),
        _c(L + r"(?:if you don'?t|unless you|or else|you have to|you'?d better)\s+(?:\w+\s+)?(?:sleep with|have sex with|shag|kiss|go out with|hook up with|send me|sleep w) me?"),
        _c(L + r"(?:or|else) (?:your|ur) (?:\w+ ){0,2}(?:secret|pics|nudes|photos|videos?) (?:goes|go|gets?|will go|will get|are going) (?:public|online|out|everywhere|round)"),
        _c(L + r"(?:send|dm|snap|give|show) (?:me |us )?(?:your |ur |some |a few )?(?:nudes|noods|nudez|naked pics|pics of (?:you|ur|your) (?:body|tits|boobs|ass|arse)|"
           r"tit pics|boob pics)"),
        _c(L + r"(?:i'?ll|i will|gonna|going to|i could|i might|or i'?ll|or else i'?ll|i'?m gonna)\s+(?:\w+\s+)?(?:share|post|leak|send|show|"
           r"expose|upload|release|forward|spread)\s+(?:your|ur|her|his|their|\w+'s)\s+(?:\w+\s+)?(?:nudes|noods|pics|photos|videos?|"
           r"private pics|sex tape|snaps|body)"),
        _c(L + r"(?:sleep|have sex|hook up|get with|shag|fuck) (?:with )?me or"),
        _c(L + r"(?:you|she|he) owes? me (?:sex|a shag|a blowjob|head|a bj|a kiss|a date)"),
        # a picture demanded for silence: "send me a pic of what's under the
        # netball kit and I'll stop telling people about last weekend"
        _c(L + r"(?:send|dm|snap|show) (?:me|us) (?:a |some )?(?:pics?|photos?|pictures?|vids?|videos?|snaps?) (?:of )?[^\n]{0,50}?\b(?:and|or) (?:i'?ll|i will|we'?ll|else i'?ll) "
           r"(?:stop|keep|not|tell|show|post|send|share)\w*\b[^\n]{0,40}\b(?:telling|tell|people|everyone|quiet|secret|about|your|ur|mum|parents|boyfriend|girlfriend)"),
        _c(L + r"(?:she|he|they|you) (?:was|were|is|are|'s|'re) (?:literally |clearly |basically |obviously )?asking for it"),
        _c(L + r"(?:i'?d|i would|i'?ll|i will|gonna|wanna|want to|going to)\s+rape\b|\brape (?:you|her|him|them|" + HANDLE + r")\b|get raped"),
        _c(L + r"(?:i'?d|i would|id|would|wanna|want to|gonna|going to|let me|i'?ll|i will|i could)\s+(?:\w+\s+)?"
           r"(?:smash|bang|shag|fuck|rail|pound|bone|ride|tap|destroy|ruin|breed|eat out|wreck)\s+(?P<t>her|him|" + HANDLE + "|" + NAME + r")(?!\s+(?:at|in|on)\b)" + R),
        _c(L + r"(?:i'?d|would|wanna|let me) (?:hit|tap|smash) that"),
        _c(L + r"bend (?P<t>her|him|" + HANDLE + "|" + NAME + r") over"),
        _c(L + r"send (?:me |us )?(?:a |some |more )?(?:pics?|photos?|pictures?|snaps?|vids?|videos?) (?:of )?(?:you|yourself|ur|your)\b"
           r"[^.!?]{0,30}(?:underwear|naked|nude|bra|knickers|lingerie|topless|bikini|in bed|in the shower|body|tits|boobs|ass)"),
        _c(L + r"send (?:me|us)\b[^.!?]{0,40}\bor (?:i'?m|i'?ll|i will|else|everyone)"),
        _c(L + r"(?:girl|girls|lad|lads|guy|guys|one|someone|who|whoever|person) (?:you'?d|you would|i'?d|i would|u'?d|ud|youd) "
           r"(?:smash|bang|shag|rail|fuck|bone|pound|wreck)"),
        _c(L + r"(?:she|he|she'?d|he'?d|you'?d|\w+'?d) (?:would |'d )?be (?:fun|good|great|wild|dirty|filthy|a beast|an animal|a freak) in bed"),
        _c(L + r"deserved? (?:to be |to get |getting |being )?(?:groped|raped|assaulted|touched up|touched|harassed|spiked|grabbed)"),
        _c(L + r"(?:look(?:ing)? at|with|in) what (?:she|he) (?:was )?(?:wearing|wore|had on)\b[^.!?]{0,40}(?:asking for|deserved|fair game|what did she expect)"),
        _c(L + r"get (?:her|him|them|" + NAME + r") (?:drunk|wasted|pissed|smashed|hammered)(?: enough| and| so| first)|put out if|"
           r"(?:she|he)'?s (?:a |such a )?(?:tease|easy|gagging for it|up for it)"),
        _c(L + r"(?:nudes|noods|naked (?:pics|photos)|sex tape|intimate (?:pics|photos|images|videos))\b[^.!?]{0,60}\b"
           r"(?:shar|post|leak|send|show|upload|expos|forward|spread)"),
        _c(L + r"(?:her|his|your|ur|\w+'s) (?:\w+\s+)?(?:tits|titties|boobs|knockers|jugs|rack|nipples|cock|dick|pussy|cameltoe|bulge)"),
        _c(L + r"(?:nice|great|fit|peng|hot|sexy|massive|big|juicy|thicc|tight|perfect|lovely|huge|fat)\s+"
           r"(?:tits|boobs|titties|rack|ass|arse|booty|bum|thighs|legs|jugs)"),
        _c(L + r"get (?:your|ur|them|those) (?:tits|boobs|titties|kit|clothes) (?:out|off)"),
    ]

    counter = _c(
        r"(?:not all|not every|isn'?t true|is not true|myth that|stereotype|wrong to (?:say|think|assume)|"
        r"racist to (?:say|think)|sexist to (?:say|think)|people (?:who|that) (?:say|think|believe|claim)|saying that|"
        r"stop saying|the idea that|claims? that|no,? |called (?:me|us|her|him|them)|calling (?:me|us|her|him|them)|"
        r"told (?:me|us|her|him) that|shouted|yelled|said that|heard someone|tired of hearing|sick of hearing|"
        r"fed up of hearing|how (?:is|can)|why do people think|\bif you think|don'?t believe|doesn'?t mean|"
        r"never say|challenge|against the idea|not the fault|isn'?t the fault|not their fault|the language (?:people|they|some|politicians) use|the way (?:people|they|some) (?:talk|speak|write) about)[^.!?]{0,60}$"
    )
    academic = _c(
        L + r"(?:paper|study|studies|research|researching|analys\w*|discourse|rhetoric|"
        r"propaganda|portray\w*|depict\w*|framing|framed|history of|historically|historians?|thesis|"
        r"dissertation|literature|journal|article|archival|documentary|exhibition|"
        r"critique|examines?|examining|explores?|exploring|dehumani[sz]\w*|(?<!every )(?<!single )(?<!living )(?<!walking )stereotypes?|tropes?|"
        # named as a subject, not denied: "its not racism its pattern recognition"
        + _NOT_DENIED + r"(?:hate speech|racism|sexism|misogyny|homophobia|transphobia|antisemitism|islamophobia|xenophobia|bigotry))" + R
    )
    banter = _c(LAUGH)
    negation = _c(r"(?:\bnot|n't|\bnever|\bno|\bdont|\bwont|\bcant|\bwouldnt|\bdidnt)\s+(?:\w+\s+){0,2}$")

    pats = Patterns(
        slur=_c(L + slurs + R),
        profanity=_c(L + prof + R),
        threat_phrases=threat_phrases,
        gated_threats=gated_threats,
        threat_intent=threat_intent,
        threat_consequence=threat_consequence,
        hate=hate,
        hate_terms=hate_terms,
        dehum=dehum,
        group=_c(L + group + R),
        harass=harass,
        harass_named=harass_named,
        harass_vocative=harass_vocative,
        mock_near=mock_near,
        insult_near=insult_near,
        target_word=target_word,
        bully=bully,
        sexual=sexual,
        counter=counter,
        negwords=_negative_words(),
        ownneg=frozenset(load_lines("negative_words.txt")),
        sexgroup=_c(L + r"(?:(?:the|all|these|those|most|every|some)\s+)*(?:women|woman|girls|females|ladies|men|males|boys|"
                    r"(?:female|male|old|elderly) \w+|old people|pensioners)" + R),
        victim=_c(VICTIM),
        academic=academic,
        banter=banter,
        negation=negation,
        extremist=[
            _c(L + alternation(X.TERMS) + R),
            _c(L + G + r"(?:[\s,]+[a-z'-]+){0,2}?[\s,]+" + alternation(X.GROUP_TAILS) + R),
            _c(L + X.THEY + r"\s+(?:all\s+|just\s+|simply\s+|really\s+|basically\s+)*" + alternation(X.PRONOUN_TAILS) + R),
        ],
        reporting=_c(X.REPORTING),
    )
    prefix = L + G
    pats.gstart = re.compile(prefix)  # tried at every word start of every draft
    pats.gated = frozenset(id(q) for q in (*pats.hate, *pats.extremist) if q.pattern.startswith(prefix))
    scanned = (pats.banter, pats.academic, pats.threat_phrases, pats.threat_intent, pats.threat_consequence, *pats.hate,
               pats.hate_terms, *pats.extremist, pats.dehum, *pats.sexual, *pats.bully, *pats.harass, *pats.harass_named,
               pats.harass_vocative, pats.mock_near, pats.insult_near)
    for q in scanned:
        # The shipped pattern index (tools/index_patterns.py) holds the
        # answers, so start-up does not parse the big alternations.
        SEEN.add(q.pattern)
        lits = piece_facts(q.pattern)[3]
        if lits:
            pats.needs[id(q)] = lits
            pats.literals.add(lits)
    for value in vars(pats).values():
        for q in value if isinstance(value, list) else [value]:
            if isinstance(q, LazyRegex) and id(q) not in pats.needs:
                q.compile()
    return pats


def prof_insult_nouns() -> str:
    """Profane nouns that insult a person (a subset of profanity.txt)."""
    return (
        r"(?:bitch(?:es)?|b\*+tch|cunts?|c\*+nt|twats?|wankers?|pricks?|dick ?heads?|dicks?|knob ?heads?|bell ?ends?|"
        r"arse ?holes?|ass ?holes?|bastards?|dumb ?ass(?:es)?|dip ?shits?|shit ?heads?|fuck ?wits?|fuck ?heads?|"
        r"motherfuckers?|mother ?fuckers?|fuckers?|hoes?|sluts?|whores?|slags?|skanks?|thots?|pussy|pussies|"
        r"bitch ass \w+|fag(?:got)?s?|retards?|spastics?|spaz|mongs?)"
    )


# ---------------------------------------------------------------------------
# matching


#: Parts of an organisation's handle (@UniHalls, @dmu_official, @NHS_Support).
_ORG_HANDLE_PARTS = frozenset("""
uni university halls hall official support help helpdesk team hq council ltd limited services service
accommodation lettings estates estate nhs police news careers library admissions student students su
union society soc club fc rail trains bus buses transport airline airways bank store shop cafe bar gym
college school faculty dept department gov govt ac
""".split())


def _org_handle(handle: str) -> bool:
    """An @handle whose parts (split at _, digits and case changes) name an organisation."""
    parts = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+", handle.lstrip("@"))
    return len(parts) > 1 and any(part.lower() in _ORG_HANDLE_PARTS for part in parts)


def _is_name(text: str, start: int, end: int, folded_word: str) -> bool:
    """Does the original text at [start, end) look like a person's name?"""
    word = folded_word.strip()
    if re.match(TITLE, word):
        return True
    if word.startswith("@"):
        return not _org_handle(text[start:end].strip())
    base = word.split("'")[0]
    if base in NOT_NAMES:
        return False
    first = text[start:end].lstrip()[:1]
    return first.isupper()


PRONOUNS = {"you", "u", "ya", "yu", "ye", "he", "she", "him", "her", "them", "they"}


def _target_ok(m: re.Match[str], text: str, folded: str) -> bool:
    if "t" not in m.re.groupindex or m.group("t") is None:
        return True
    t = m.group("t")
    t_clean = t.strip()
    if t_clean in PRONOUNS:
        return True
    if t_clean.startswith("@"):
        return not _org_handle(text[m.start("t"):m.end("t")].strip())
    if re.match(ROLE, t_clean):
        return True
    return _is_name(text, m.start("t"), m.end("t"), t_clean)


def _preceded_by(pattern: re.Pattern[str], folded: str, start: int, width: int = 80) -> bool:
    return bool(pattern.search(folded[max(0, start - width) : start]))


_CONTEST_VERB = re.compile(r"\b(?:beat|batter|smash|destroy|wreck|thrash|end|kill|murder|bury|hit)\b")
_CONTEST = re.compile(
    L + r"(?:match|game|fifa|varsity|final|finals|league|race|quiz|chess|football|rugby|netball|hockey|cup|tournament|"
    r"debate|pool|darts|tennis|squash|badminton|mario ?kart|smash bros|fortnite|cod|ranked|pitch|court|score|"
    r"exam|exams|grades?|marks?|fixture|kick-?off|semis?|semi-?final|play-?offs?|relegation|away day|home game|"
    r"away (?:on|at|to|this|next|game|match|trip|end|fans|support)|(?:blue|red|green|white|black|claret|yellow|barmy|tartan) army|"
    r"derby day|local derby|season|points|goals?|"
    r"[⚽🏉🏀🏈🏏🏑🏒🎾🥅🏆])" + R
)


#: "them", then maybe "lot" / "lads" / ...: "beat them lot at pool".
_THEIR_LOT = r"\s+(?:lot\s+|guys\s+|all\s+|lads\s+|girls\s+)?"
#: A contest after the verb: "beat them at chess", "smash them in the final".
_CONTEST_AFTER = re.compile(_THEIR_LOT + r"(?:at|in|on|to|with|over|by)\b")
#: Where fights happen, not contests: "we'll batter them at the station",
#: "... outside the ground after the match".
_FIGHT_SCENE = re.compile(
    _THEIR_LOT + r"(?:(?:at|in|on|round|near|by)\s+(?:the\s+|their\s+|his\s+|her\s+)?"
    r"(?:train\s+|bus\s+|tube\s+)?" + FIGHT_PLACES + r"\b|(?:outside|behind)\b|after the (?:match|game|final|whistle))"
)


def _competition_after(folded: str, end: int, verb_text: str = "") -> bool:
    if _FIGHT_SCENE.match(folded, end):
        return False
    if _CONTEST_AFTER.match(folded[end : end + 12]):
        return True
    return bool(verb_text and _CONTEST_VERB.search(verb_text) and _CONTEST.search(folded))


_WORD_START = re.compile(r"(?<![a-z0-9_])\S")


_SHARED: Patterns | None = None
_SHARED_LOCK = threading.Lock()


def shared() -> Patterns:
    """One read-only :class:`Patterns` for the process (built on first use):
    the abuse detector's, also read by the category back-stop's abuse head."""
    global _SHARED
    if _SHARED is None:
        with _SHARED_LOCK:
            if _SHARED is None:
                _SHARED = build()
    return _SHARED


def names_protected_group(p: Patterns, folded: str) -> bool:
    """Whether the draft names a group by race, nationality, religion, sexual
    orientation, gender identity or disability ("the Poles", "Muslim
    families", "non-whites"). Words for the sexes and for age ("men",
    "ladies", "my old flatmate") do not count: ordinary drafts are full of
    them. The classifier back-stop uses this to pick its threshold."""
    return any(not p.sexgroup.fullmatch(m.group(0)) for m in p.group.finditer(folded))


#: Support for a group, harm done to it, or a denied claim about it: the
#: back-stop's lower group threshold does not apply to such drafts ("muslims
#: face abuse far too often", "black students were attacked", "refugees are
#: not a threat"). Narrower than :data:`VICTIM`, which the rules use per
#: sentence.
_SYMPATHY = re.compile(
    r"\b(?:attacked|abused|harassed|targeted|persecuted|oppressed|victims?|"
    r"face[sd]? (?:abuse|discrimination|racism|hate|prejudice|hostility)|suffer\w*|deserve\w*|welcome\w*|"
    r"support\w*|solidarity|stand(?:ing)? with|proud|pride|awareness|"
    # named as harm, not denied: "its not racism its pattern recognition"
    + _NOT_DENIED + r"(?:\w+phobi\w*|antisemitism|racism|bigotry)|"
    r"hate crimes?|(?:are|is|were|was)(?:n't| not| never) (?:a |an )?(?:threat|danger|problem|menace|criminals?|terrorists?)|"
    # festival greetings: "Eid mubarak to all the Muslim students", "happy Diwali"
    r"mubarak|ramadan kareem|shana tova|wishing (?:all|every\w*|you|our)|"
    r"(?:happy|merry|blessed|joyous|joyful) (?:eid|diwali|deepavali|hanukk?ah|chanukk?ah|christmas|easter|passover|pesach|[vb]aisakhi|"
    r"holi|lunar new year|chinese new year|navratri|rosh hashanah|ramadan|kwanzaa|nowruz|purim|pride|holidays))\b"
)


def sympathetic(p: Patterns, folded: str) -> bool:
    """Whether the draft supports a group, reports harm done to it, denies a
    claim about it, or reports or studies a framing (the rules' reporting cues)."""
    return _SYMPATHY.search(folded) is not None or p.reporting.search(folded) is not None


def uses_group_threshold(p: Patterns, folded: str) -> bool:
    """Whether the classifier back-stop judges the draft at its lower group
    threshold: it names a protected group and is not sympathetic to it. The
    training script picks that threshold with this same test."""
    return names_protected_group(p, folded) and not sympathetic(p, folded)


def _group_starts(p: Patterns, folded: str) -> list[int]:
    """Positions where a protected-group phrase (``L + G``) can begin."""
    gm = p.gstart.match  # type: ignore[union-attr]
    return [m.start() for m in _WORD_START.finditer(folded) if gm(folded, m.start())]


def _matches(p: Patterns, pat: re.Pattern[str], folded: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pat.finditer(folded)``; for a gated pattern, tried only at ``starts``."""
    if id(pat) not in p.gated:
        yield from pat.finditer(folded)
        return
    last = 0
    match = getattr(pat, "rx", pat).match  # the compiled pattern's, once per draft
    for i in starts:
        if i < last:
            continue
        m = match(folded, i)
        if m is not None:
            yield m
            last = m.end() if m.end() > i else i + 1


def find_all(p: Patterns, text: str, folded: str) -> Iterator[tuple[str, int, int, str | None]]:
    present = p.literals.present(folded)

    def can(pat: re.Pattern[str]) -> bool:
        return p.can(pat, present)

    banter = (can(p.banter) and bool(p.banter.search(folded))) or any(ch in text for ch in "\U0001F602\U0001F923\U0001F61C\U0001F92A")
    academic = can(p.academic) and bool(p.academic.search(folded))

    # Slurs: always, whatever the framing.
    for m in p.slur.finditer(folded):
        if _slur_exempt(text, folded, m):
            continue
        yield "abuse.slur", m.start(), m.end(), None

    # Threats.
    phrases = [p.threat_phrases] if can(p.threat_phrases) else []
    phrases += [pat for lits, pat in p.gated_threats if any(lit in folded for lit in lits)]
    for pat in phrases:
        for m in pat.finditer(folded):
            if _preceded_by(p.negation, folded, m.start(), 20):
                continue
            yield "abuse.threat", m.start(), m.end(), None
    for m in (p.threat_intent.finditer(folded) if can(p.threat_intent) else ()):
        if not _target_ok(m, text, folded) or _competition_after(folded, m.end(), m.group(0)):
            continue
        if _preceded_by(p.negation, folded, m.start(), 20) or re.search(r"\b(?:never|not|n't)\b", m.group(0)):
            continue
        yield "abuse.threat", m.start(), m.end(), ("low" if banter else None)
    for m in (p.threat_consequence.finditer(folded) if can(p.threat_consequence) else ()):
        if not _target_ok(m, text, folded):
            continue
        yield "abuse.threat", m.start(), m.end(), None

    # Hate against protected groups.
    gstarts = _group_starts(p, folded)
    for pat in p.scan(p.hate, present):
        for m in _matches(p, pat, folded, gstarts):
            upto = m.end("g") if "g" in pat.groupindex and m.group("g") is not None else m.start()
            sentence = _sentence_at(folded, m.start(), m.end())
            # a study or a documentary mentioned in another sentence does not
            # make this one a quotation ("Watched that documentary last
            # night. Trans women are just ...")
            if (academic and p.academic.search(sentence)) or p.counter.search(folded[max(0, m.start() - 80) : upto]):
                continue
            if p.reporting.search(sentence):
                continue
            yield "abuse.hate", m.start(), m.end(), None
    for m in (p.hate_terms.finditer(folded) if can(p.hate_terms) else ()):
        if academic and not _preceded_by(re.compile(r"(?:fuck|kill|gas|hate)"), folded, m.start(), 30):
            continue
        if _quoted_and_reported(folded, m.start(), m.end()):
            continue
        if p.reporting.search(_sentence_at(folded, m.start(), m.end())):
            continue
        yield "abuse.hate", m.start(), m.end(), None
    yield from _extremist(p, folded, gstarts, present)
    if not academic and gstarts:  # both need a protected group, which starts at one of gstarts
        for hit in (*(_dehumanising(p, folded) if can(p.dehum) else ()), *_group_negative(p, folded)):
            if not p.reporting.search(_sentence_at(folded, hit[1], hit[2])):
                yield hit

    # Sexual coercion and objectification.
    for pat in p.scan(p.sexual, present):
        for m in pat.finditer(folded):
            if not _target_ok(m, text, folded) or _preceded_by(p.counter, folded, m.start(), 40):
                continue
            if _CONTEST_VERB.search(m.group(0)) and _CONTEST.search(folded):
                continue  # "varsity on wednesday, we're going to smash them": sport
            yield "abuse.sexual", m.start(), m.end(), None

    # Bullying and organised exclusion.
    for pat in p.scan(p.bully, present):
        for m in pat.finditer(folded):
            if not _target_ok(m, text, folded):
                continue
            if "t" in pat.groupindex and m.group("t") == "them" and _REPORT_CONTENT.search(folded):
                continue  # "please report them": the abusive comments, not a person
            if protective(folded):
                continue  # "nobody invite her ex, he was awful to her and she asked us not to"
            yield "abuse.bullying", m.start(), m.end(), None

    # Insults and mockery aimed at a person.
    harassed = False
    fond = affectionate(folded)
    for pat in p.scan(p.harass, present):
        for m in pat.finditer(folded):
            if _self_directed(folded, m.start()) or _preceded_by(p.negation, folded, m.start(), 12):
                continue
            if fond and not _HARD_INSULT.search(m.group(0)):
                continue
            harassed = True
            yield "abuse.harassment", m.start(), m.end(), None
    for pat in p.scan(p.harass_named, present):
        for m in pat.finditer(folded):
            if not _target_ok(m, text, folded):
                continue
            if fond and not _HARD_INSULT.search(m.group(0)):
                continue
            harassed = True
            yield "abuse.harassment", m.start(), m.end(), None
    for m in (p.harass_vocative.finditer(folded) if can(p.harass_vocative) else ()):
        if fond and not _HARD_INSULT.search(m.group(0)):
            continue
        harassed = True
        yield "abuse.harassment", m.start() + 1, m.end(), None
    if not harassed and not fond and not academic and not _REPORTED.search(folded):
        yield from _insult_near_target(p, text, folded, [q for q in (p.mock_near, p.insult_near) if can(q)])

    # Profanity (severity decided by the caller from the role).
    for m in p.profanity.finditer(folded):
        if profanity_exempt(text, folded, m):
            continue
        yield "abuse.profanity", m.start(), m.end(), None


#: Abusive content that readers are asked to report or block.
_REPORT_CONTENT = re.compile(
    r"\b(?:report|block|mass report)\b[^.!?\n]{0,20}\bthem\b(?=[^\n]*\b(?:we stand with|in solidarity|appalled|disgusted|not acceptable|unacceptable)\b)"
    r"|\b(?:comments?|posts?|messages?|replies|accounts?|trolls?|bots?|spam|scam\w*|abuse|abusive|hateful|racist|vile)\b[^.!?\n]{0,80}\b(?:report|block)\b[^.!?\n]{0,20}\bthem\b"
)

#: Affection that turns a mild insult into banter ("love you idiots").
_AFFECTION = re.compile(
    r"(?:\b(?:i )?love (?:you|ya|u|yous|you all|y'?all|him|her|them|my)\b|\bbut i love\b|\bmiss (?:you|ya|u)\b|\bbest (?:flat|flatmates|friends|mates|housemates)\b|"
    r"\bily\b|\blove these\b|\bwouldn'?t (?:swap|trade|change) (?:you|u|ya|them|'?em|any of (?:you|them|'?em))\b|\u2764|\U0001F49B|\U0001F495|\U0001F970|\U0001F618|\U0001F49C|\U0001F499|\U0001F49A)"
)
def affectionate(folded: str) -> bool:
    """Whether the draft shows fondness for the people it teases ("love you
    idiots", "wouldn't swap you"): the rules then need a hard insult, and the
    classifier back-stop stays quiet."""
    return _AFFECTION.search(folded) is not None


#: Care for the person a draft names ("everyone be nice to him at
#: training", "we want him here", "don't leave Hannah out again", "make sure
#: Jonah doesn't sit on his own"): the same names and group actions as an
#: exclusion campaign, turned the other way.
_CARE = re.compile(
    r"\bbe (?:nice|kind|gentle|extra nice|lovely|welcoming) to\b"
    r"|\blook(?:ing)? out for (?:him|her|them)\b"
    r"|\b(?:want|need|miss) (?:him|her|them) (?:here|back|around|to stay)\b"
    r"|\b(?:don'?t|do not|never) leave \w+ out\b"
    r"|\bmake sure (?:\w+ )?(?:isn'?t|is not|doesn'?t|does not|aren'?t|never|isn'?t ever) (?:left out|alone|on (?:his|her|their) own|feeling left out|sit(?:s|ting)? (?:on (?:his|her|their) own|alone))"
    r"|\bsurprise (?:party|birthday|for (?:him|her|them))\b"
    r"|\bhelp (?:him|her|them) out\b"
)
#: Contempt that no show of care undoes.
_CONTEMPT = re.compile(
    r"\b(?:ugly|fat|thick|stupid|idiot|loser|weirdo|creep|pathetic|worthless|waste of|disgusting|stinks?|smells?|cringe|laugh(?:ing)? at|joke|clown|freak)\b"
)


def caring(folded: str) -> bool:
    """Whether the draft looks after the person it names (:data:`_CARE`), or
    keeps someone away to protect the person they harmed (:data:`_PROTECTING`),
    and shows no contempt or wish to punish: the category model's abuse head,
    which reads a name plus "everyone ... him" as a pile-on, then stays quiet."""
    if _CONTEMPT.search(folded) is not None:
        return False
    return protective(folded) or (_CARE.search(folded) is not None and _PUNISHING.search(folded) is None)


_HARD_INSULT = re.compile(
    r"(?:cunt|fuck|bitch|slag|slut|whore|retard|ugly|fat|worthless|die|kill|hate|piece of|nobody|no one|better off|disappear|waste of)"
)

_BIRDS = re.compile(r"(?:blue|great|coal|long[- ]tailed|marsh|willow|crested|bearded|penduline)\s+$")


def profanity_exempt(text: str, folded: str, m: re.Match[str]) -> bool:
    """Ordinary words that the profanity list would catch."""
    word = m.group(0)
    if word.startswith("tit") and _BIRDS.search(folded[max(0, m.start() - 16) : m.start()]):
        return True
    return False


#: Keeping someone away to protect the person they harmed: "nobody invite
#: Priya's ex, he was awful to her and she asked us not to", "don't add him,
#: she has a restraining order". Exclusion at the victim's request, or after
#: abuse or violence, is not a campaign against the excluded; harm done to
#: "me" or "us", or mere nastiness, is a grudge.
_PROTECTING = re.compile(
    r"\b(?:he|she|they)(?:'s| is| was| were|'ve been| have been| has been) (?:really |so |properly |genuinely )?"
    r"(?:abusive|violent|controlling) (?:to|towards|with) (?:her|him|them|my|his|their)\b"
    r"|\b(?:she|he|they) (?:asked|begged|told) (?:us|me|everyone|everybody|people) not to\b"
    r"|\brestraining order\b|\bafter what (?:he|she|they) did to (?!me\b|us\b)"
    r"|\b(?:he|she|they) (?:assaulted|attacked|stalked|abused|harassed|spiked) (?:her|him|them|my|his|their)\b"
)
#: Exclusion as punishment, which no protection excuses.
_PUNISHING = re.compile(r"\b(?:deserves? (?:it|this|that)|teach (?:him|her|them) a lesson|payback|make (?:him|her|them) pay|serves? (?:him|her|them) right)\b")


def protective(folded: str) -> bool:
    """Whether the draft keeps someone away to protect the person they harmed
    (:data:`_PROTECTING`), not to punish them (:data:`_PUNISHING`)."""
    return _PROTECTING.search(folded) is not None and _PUNISHING.search(folded) is None


#: Someone reporting what was said to them is not insulting anyone.
_REPORTED = re.compile(r"\b(?:called|calls|calling) (?:me|us|my|our)\b|\b(?:said|says|told) (?:i|we|me|us) (?:was|were|am|are)\b")


def _insult_near_target(p: Patterns, text: str, folded: str, near: list[re.Pattern[str]]) -> Iterator[tuple[str, int, int, str | None]]:
    """Back-stop: an insult or mocking word (``near``: those of ``p.mock_near``,
    ``p.insult_near`` that can match) close to a person in the same sentence."""
    if not near:
        return
    for sent in re.finditer(r"[^.!?\n]+", folded):
        s0 = sent.start()
        targets = []
        for t in p.target_word.finditer(folded, s0, sent.end()):
            if t.group("t") is not None and not _is_name(text, t.start("t"), t.end("t"), t.group("t")):
                continue
            if t.group(0).startswith("@") and _org_handle(text[t.start():t.end()]):
                continue  # an organisation's account, not a person
            targets.append(t)
        if not targets:
            continue
        for pat in near:
            for m in pat.finditer(folded, s0, sent.end()):
                if _self_directed(folded, m.start()) or _preceded_by(p.negation, folded, m.start(), 12):
                    continue
                # "<thing> is a disgrace and the minister ...": the word is said
                # of what comes before it, so only a person before it counts
                said_of_before = bool(_PREDICATE_END.search(folded, max(s0, m.start() - 40), m.start()))
                if any(0 <= m.start() - t.end() < 40 or (not said_of_before and 0 <= t.start() - m.end() < 25) for t in targets):
                    yield "abuse.harassment", m.start(), m.end(), None
                    return


_PREDICATE_END = re.compile(r"\b(?:is|'s|are|'re|was|were)\s+(?:an?\s+|such\s+an?\s+)?(?:absolute\s+|complete\s+|total\s+|utter\s+|bloody\s+|fucking\s+|real\s+)?$")


def _slur_exempt(text: str, folded: str, m: re.Match[str]) -> bool:
    word = m.group(0)
    after = folded[m.end() : m.end() + 20]
    before = folded[max(0, m.start() - 20) : m.start()]
    if word.startswith("chink") and re.match(r"\s+in\b", after):
        return True
    if word.startswith("spick") and re.match(r"\s+and\s+span", after):
        return True
    if word in ("fag", "fags") and (
        re.match(r"\s+(?:break|packet|butt|end|ash|machine)", after)
        or re.search(r"(?:for a|smoke a|roll a|rolling a|pack of|packet of|having a|have a|need a|bum a|nip out for a|\d+)\s+$", before)
    ):
        return True
    # Proper nouns such as place names ("Dyke Road", "Coon Cheese").
    original = text[m.start() : m.end()]
    if original[:1].isupper() and re.match(r"\s+[A-Z][a-z]", text[m.end() : m.end() + 4]) and word in ("dyke", "coon", "mong"):
        return True
    if word == "coon" and re.match(r"\s+cheese", after):
        return True
    return False


def _self_directed(folded: str, start: int) -> bool:
    return bool(re.search(r"(?:\bi'?m|\bi am|\bim|\bi|\bme|\bmyself)\s+$", folded[max(0, start - 10) : start]))


#: After a quotation: someone else said it to the author or to someone they
#: know ("'go back to where you came from.' someone said that to my housemate").
_SAID_TO = re.compile(r"^\W{0,3}\s*(?:[\w']+ ){0,4}?(?:said|shouted|yelled|screamed|told|called|wrote|messaged|sent|spat)\b"
                      r"(?: (?:that|this|it))? (?:to|at) (?:me|us|my|our|her|him|them|a|an|the)\b")


def _quoted_and_reported(folded: str, start: int, end: int) -> bool:
    """The match is a quotation that the next words say someone said to the
    author or to someone else: reporting abuse, not abusing."""
    close = folded.find(folded[start - 1], end, end + 3) if start and folded[start - 1] in "'\"" else -1
    if close == -1:
        return False
    after = folded[close + 1 : close + 200]
    return bool(_SAID_TO.search(after[:100])) and not _ENDORSED.search(after)


#: The reporter siding with what was said: "... and I agree", "fair enough".
_ENDORSED = re.compile(r"\b(?:(?:and )?i (?:agree|don'?t blame|can'?t blame)|fair enough|(?:he|she|they)(?:'s| is|'re| are| was| were) (?:right|not wrong)|not wrong|well said|about time|"
                       r"someone had to say it|good on (?:him|her|them))\b")


def _sentence_at(folded: str, start: int, end: int) -> str:
    s0 = max(folded.rfind(ch, 0, start) for ch in ".!?\n") + 1
    ends = [i for i in (folded.find(ch, end) for ch in ".!?\n") if i != -1]
    return folded[s0 : min(ends) if ends else len(folded)]


def _extremist(p: Patterns, folded: str, gstarts: list[int], present: frozenset[str]) -> Iterator[tuple[str, int, int, str | None]]:
    """Organised-hate vocabulary and framings (:mod:`._abuse_extremist`),
    unless the sentence reports, studies or condemns them, or counter-speech
    ("the idea that ...", "not all ...") comes before."""
    for pat in p.scan(p.extremist, present):
        for m in _matches(p, pat, folded, gstarts):
            if p.reporting.search(_sentence_at(folded, m.start(), m.end())):
                continue
            if p.counter.search(folded[max(0, m.start() - 80) : m.start() + 1]):
                continue
            if _quoted_and_reported(folded, m.start(), m.end()):
                continue  # "'go back to where you came from.' someone said that to my housemate"
            yield "abuse.hate", m.start(), m.end(), None


def _dehumanising(p: Patterns, folded: str) -> Iterator[tuple[str, int, int, str | None]]:
    """A protected group and a dehumanising word in the same sentence, close together."""
    for sent in re.finditer(r"[^.!?\n]+", folded):
        s = sent.group(0)
        groups = list(p.group.finditer(s))
        if not groups:
            continue
        for d in p.dehum.finditer(s):
            for g in groups:
                gap = d.start() - g.end() if d.start() >= g.end() else g.start() - d.end()
                if 0 <= gap <= 60:
                    start = sent.start() + min(g.start(), d.start())
                    end = sent.start() + max(g.end(), d.end())
                    if p.counter.search(folded[max(0, start - 80) : sent.start() + g.end()]):
                        continue
                    yield "abuse.hate", start, end, None
                    return


#: A negation just before a negative word ("are not a threat", "no danger").
_NEGATED = re.compile(r"(?<![a-z])(?:not|never|no|isn'?t|aren'?t|wasn'?t|weren'?t) (?:\w+ )?$")

#: Window (tokens) after and before a group word in which a strongly negative
#: word makes the claim negative; before the group the full lexicon counts too
#: (widened for forum-style sentences: "when you see what the X did, it is
#: disgusting" puts the claim far from the group).
AFTER, BEFORE, BEFORE_FULL = 30, 12, True
_TOKEN = re.compile(r"[a-z][a-z'-]*")
#: A stereotyping claim right after a group: "women always ...", "men can't ...".
_STEREO = re.compile(r"\s+(?:are\s+)?(?:always|never|all|can'?t|cannot|are so|are too|are just|are all|just|only)\b")


#: Words after a negative adjective that keep it a claim about people
#: ("filthy animals", "evil people", "lazy and ..."); any other content word
#: means the adjective describes a thing ("a horrible exam", "ridiculous fees").
_PEOPLEISH = frozenset(
    """people persons person folk folks men women man woman guys girls lads boys kids children ones lot race races kind
    creatures animals savages beasts bunch pack gang scum filth vermin breed breeders species tribe tribes cunts bastards
    and or but to as of in on at for with by from than that who which is are was were be been being so too very really just
    all they them their these those it its this here there when because like
    culture cultures religion religions habits behaviour behavior ways customs values morals genes blood dna nature
    faces features music language languages accent accents country countries neighbourhoods neighborhoods ghettos
    communities community mentality mindset attitude attitudes traits
    a an the every each any some no our my your his her its me us you him everyone everybody everything everywhere
    while whilst until into onto over across through around about after before out up down off away back again
    here there now then still always never even only also more most much many such what how why where""".split()
)
#: A new clause with its own subject between a group and a later negative word.
_CLAUSE_BREAK = re.compile(
    r"(?:\b(?:and|but|so|because|while|whereas|although|though|when|since)\s+|[,;:(]\s*)"
    r"(?:the|this|that|it|its|it's|my|our|your|his|her|i|we|you|he|she)\b"
)
#: A group word used as a modifier of a thing: "women's toilets", "Chinese takeaway".
_GROUP_THING = re.compile(
    r"\s+(?:takeaways?|restaurants?|menus?|shops?|food|classes|class|courses?|modules?|society|societies|exams?|lessons?|"
    r"markets?|films?|team|teams|embassy|government|company|companies|new year|buffet|supermarket|dictionary|homework)\b"
)
_POSSESSIVE_THING = re.compile(r"'s?\s+(?!(?:own|kind|people|lot)\b)[a-z]")


def _describes_a_thing(s: str, toks: list[tuple[int, int, str]], k: int, p: Patterns, g: re.Match[str]) -> bool:
    """Is the negative word at ``toks[k]`` an adjective on a following noun
    that is not a person ("a horrible exam", "disgusting canteen food")?
    Not when that noun is the group itself ("evil Jewish bankers")."""
    if k + 1 >= len(toks):
        return False
    end, (n0, _, nxt) = toks[k][1], toks[k + 1]
    if g.start() <= n0 < g.end():
        return False
    if re.search(r"[^\s]", s[end:n0]):  # punctuation in between
        return False
    return nxt not in _PEOPLEISH and nxt not in p.negwords and not p.dehum.fullmatch(nxt)


#: A negative word before a group that acts on it rather than describing it:
#: a verb in the third person ("murders asian student", "attacks jews") or a
#: noun with its preposition ("hatred of russians", "attacks on muslims").
#: Adjectives ("filthy poles", "dangerous migrants") stay claims about the
#: group, and so does the author's own feeling ("my hatred of ...").
_ACTS_ON_GROUP = re.compile(
    r"[a-z]+(?<!ou)(?<![su])s(?:\s+(?:the|all|these|those|some|many))*\s+"  # "murders (the) ...", not "dangerous"
    r"|[a-z]+\s+(?:of|for|on|against|towards?)(?:\s+(?:the|all|these|those|some|many))*\s+"  # "hatred of ..."
)

#: A group inside the object of a measure ("the cap on international student
#: dependants is cruel", "the new rules for asylum seekers are inhumane"): a
#: negative word after it judges the measure, not the people.
_MEASURE_ON = re.compile(
    r"\b(?:cap|caps|ban|bans|limits?|rules?|polic(?:y|ies)|treatment|deportations?|visas?|fees|cuts|restrictions?|quotas?|charges?|levy|"
    r"scheme|laws?|bill|changes|crackdown|surcharge|checks|rhetoric|coverage|hostility|targets?|sanctions|curfew|detention|raids)\s+"
    r"(?:on|for|against|towards?|of|affecting|targeting)\s+(?:the\s+|all\s+|our\s+|new\s+|many\s+)?(?:[\w-]+\s+)?$"
)

_OWN_FEELING = re.compile(r"\b(?:my|our|i|we|i'm|we're|i've|we've)\s+(?:\w+\s+){0,3}$")


def _group_negative(p: Patterns, folded: str) -> Iterator[tuple[str, int, int, str | None]]:
    """A protected group with a strongly negative word right after it (or just
    before it) in the same sentence, and nothing that shows the post is about
    harm done to the group or support for it. Weaker evidence: medium."""
    for sent in re.finditer(r"[^.!?\n]+", folded):
        s = sent.group(0)
        groups = list(p.group.finditer(s))
        if not groups or p.victim.search(s):
            continue
        toks = [(m.start(), m.end(), m.group(0).strip("'-")) for m in _TOKEN.finditer(s)]
        for g in groups:
            if _POSSESSIVE_THING.match(s, g.end()) or _GROUP_THING.match(s, g.end()):  # "women's toilets"
                continue
            after = [t for t in toks if t[0] >= g.end()][:AFTER]
            before = [t for t in toks if t[1] <= g.start()][-BEFORE:]
            # "the cap on international students is cruel": a later negative word judges the measure
            measured = _MEASURE_ON.search(s, max(0, g.start() - 60), g.start()) is not None
            weak_group = bool(p.sexgroup.fullmatch(g.group(0)))
            for t in after + before:
                lexicon = p.ownneg if (weak_group or (t in before and not BEFORE_FULL)) else p.negwords
                if weak_group and t in after and _STEREO.match(s, g.end()):
                    lexicon = p.negwords
                if t[2] in lexicon:
                    if _describes_a_thing(s, toks, toks.index(t), p, g):
                        continue
                    if (
                        t[1] <= g.start()
                        and _ACTS_ON_GROUP.fullmatch(s, t[0], g.start())
                        and not _OWN_FEELING.search(s, max(0, t[0] - 24), t[0])
                    ):
                        continue  # "murders asian student", "their hatred of russians": done to the group
                    if _NEGATED.search(s, max(0, t[0] - 16), t[0]):
                        continue  # "are not a threat", "never a danger"
                    if t[0] >= g.end() and _CLAUSE_BREAK.search(s, g.end(), t[0]):
                        continue  # "... and the service is terrible": another subject
                    if measured and t[0] >= g.end():
                        continue
                    if p.counter.search(folded[max(0, sent.start() + g.start() - 80) : sent.start() + g.end()]):
                        break
                    start = sent.start() + min(g.start(), t[0])
                    end = sent.start() + max(g.end(), t[1])
                    yield "abuse.hate", start, end, "medium"
                    return


def profanity_severity(word: str, role: str) -> str:
    """Untargeted profanity: advice for students; for staff the strongest words are medium."""
    if role == "staff" and re.match(r"(?:f+u+c+k|c+u+n+t|motherf|muthaf)", word):
        return "medium"
    return "low"
