"""Unverified damaging claims about identifiable people or organisations, and
rumours or misinformation (DMU 4.3, 5.2; Northampton 5.4, 7.16; staff code
"Ensure facts are accurate").

A claim counts when it states something damaging *as fact* (a crime, abuse,
fraud, a hygiene scandal, being expelled for something) and either names a
target (a person, a business, "my landlord") or rests on rumour ("apparently",
"ask anyone"). Plain insults are the abuse detector's business; statements
about oneself ("I got arrested lol") are not about someone else.
"""

from __future__ import annotations

import re

from ..types import Detection, DraftContext, Detector
from ._common import Near, Rule, run_rules, rx
from ._lexicon import SELF_BEFORE, UNI, uni_then

CAT = "defamation"

_ALLEGATION = (
    r"\b(?:criminal\s+record|(?:was|got|been|being|is)\s+arrested|arrested\s+for|(?:in|out\s+of|went\s+to|did\s+time\s+in|been\s+to)\s+(?:prison|jail|jail)"
    r"|convicted|assaults?|assaulted|(?:drug\s+)?dealing|(?:a\s+)?(?:drug\s+)?dealer|sells?\s+(?:drugs|coke|weed|pills)|on\s+(?:drugs|coke|crack|steroids|roids|gear|ket)|suppl(?:ies|ied|ying)\s+(?:them|the\s+\w+|students|players|the\s+team)\s+(?:with\s+)?(?:drugs|steroids|coke|pills)?|coke\s?head|junkie|crackhead"
    r"|fraud(?:ster)?|embezzl\w+|stole|steals|stealing|nick(?:s|ed|ing)\s+(?:money|stuff|from)|pocket(?:s|ed|ing)\s+(?:the\s+|our\s+|people'?s\s+|students'?\s+|tenants'?\s+)?(?:money|deposits?|cash|funds)"
    r"|\b(?:are|is|keeps?|been|and|always)\s+fak(?:e|es|ing)\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:photos|inventory|inventories|reviews|data|results|figures|receipts|signatures?|invoices)\b"
    r"|fiddl(?:es|ed|ing)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:books|expenses|accounts|figures|results|data|budget|money|funds|finances)|scam(?:s|mer|mers|ming|med)?|con\s?artists?|rips?\s+off|ripping\s+off"
    r"|launder\w*|tax\s+evasion|dodg(?:es|ing|ed)\s+tax|brib\w+|corrupt|rigged|fake\s+(?:degree|qualifications?|phd|reviews|certificates?)"
    r"|plagiari[sz]ed\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:phd|thesis|book|paper|research|dissertation)"
    r"|(?:sexual(?:ly)?\s+)?harass(?:es|ed|ing|ment)|gropes?|groped|grooms?|grooming|groomer|rapist|raped|paedo(?:phile)?|pedo(?:phile)?|nonce|predator|abuser|abuses\s+(?:his|her|their)"
    r"|beats?\s+(?:his|her|their)\s+(?:wife|husband|kids|partner|girlfriend|boyfriend|dog)|domestic\s+(?:abuse|violence)"
    r"|(?:sleeping|slept|sleeps|shagging|shagged|hooking\s+up|hooked\s+up)\s+with\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+|one\s+of\s+(?:his|her|their)\s+)?(?:students?|tutees?|boss|lecturer|supervisor|manager|tutor|examiner|marker|professor|married|dean|coach)"
    r"|only\s+(?:got|passed|won(?!'t|’t)|landed)\s+(?:her|his|their|the)\s+\w+\s+(?:because|cos|cause|coz)\s+(?:she|he|they)\s+(?:slept|paid|cheated|bribed|knows|is\s+sleeping)"
    r"|having\s+an\s+affair|cheat(?:s|ed|ing)\s+on\s+(?:his|her|their)\s+(?:wife|husband|partner|girlfriend|boyfriend|gf|bf)"
    r"|(?:kicked\s+out|expelled|dismissed|sacked|fired|suspended|struck\s+off|thrown\s+out|under\s+investigation|being\s+investigated|investigated\s+by\s+(?:the\s+)?police)(?:\s+(?:of|from)\s+(?:his|her|their|the|a)(?:\s+\w+){1,3}?)?\s+(?:for|over|because|after)"
    r"|(?:has|got|gave\s+\w+)\s+(?:an?\s+)?(?:std|sti|stds|stis|hiv|herpes|chlamydia|gonorrh?oea|crabs)"
    r"|drunk\s+(?:at|on|while|during)\s+(?:work|the\s+job|teaching|lectures?|shift)|turns?\s+up\s+(?:drunk|high|wasted)"
    r"|fak(?:es|ed|ing)\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:data|results|research|figures|qualifications?|degree|cv|reviews|experiments?)|falsif(?:ies|ied|ying)|fabricat(?:es|ed|ing)\s+(?:\w+\s+)?(?:data|results)"
    r"|hidden\s+cameras?|spy(?:ing)?\s+on\s+(?:his|her|their)\s+(?:tenants|students|staff|flatmates)|films?\s+(?:his|her|their)\s+tenants|stalk(?:s|ed|ing)\s+(?:students|girls|women|her|him)"
    r"|got\s+(?:the|her|his|their)\s+(?:job|post|role|promotion|position|contract|grant|chair)\s+(?:only\s+)?(?:because|cos|cause|coz|cuz)\s+(?:she|he|they)(?:'s|\s+is|\s+was|\s+were|'re)?\s+(?:married|related|sleeping|dating|friends?|mates|shagging)"
    r"|(?:gave|giving|gives)\s+(?:me|my\s+\w+|us|people|customers|students)\s+(?:an?\s+)?(?:infection|food\s+poisoning|rash|burns?|scabies|bed\s*bugs)|uses?d?\s+(?:fake|counterfeit|expired|dirty|unsterili[sz]ed)\s+(?:products|equipment|tools|ingredients|parts)"
    r"|(?:dating|seeing|sleeping\s+with|hooking\s+up\s+with|shagging|going\s+out\s+with)\s+(?:one\s+of\s+)?(?:the|his|her|their|a)\s+(?:first[- ]years|students?|tutees?|undergrads?|freshers?|pupils?)"
    r"|secretly\s+(?:filming|recording|watching|photographing)\s+(?:us|them|tenants|students|girls|women|her|him)"
    r"|con\s?m[ae]n|took\s+(?:[\w']+\s+){0,3}(?:rent|deposit|money|cash)\s+and\s+(?:disappeared|ran|vanished|did\s+a\s+runner)"
    r"|diploma\s+mill|degree\s+mill|bought\s+(?:her|his|their)\s+(?:degree|phd|doctorate|qualifications?)"
    r"|(?:been\s+)?fined\s+(?:\w+\s+){0,3}for\b|never\s+clean|don't\s+clean"
    r"|spend(?:s|ing)?\s+(?:the\s+)?(?:society|club|our|group|company|team|charity|kitty)\s+(?:money|funds|budget|cash|account)\s+on\s+(?:himself|herself|themselves|his|her|their|drink|holidays|booze)"
    r"|restraining\s+order|sex\s+offenders?\s+register|banned\s+from\s+(?:working|coaching|teaching)\s+with\s+(?:children|kids)"
    r"|nick(?:s|ed|ing)\s+[£$]?\d+|stole\s+[£$]\d+|did\s+a\s+runner|ran\s+off\s+with\s+(?:the|our|my)\s+(?:money|deposit|rent|cash)|lets?\s+(?:animals|patients|people|pets)\s+die"
    r"|lets?\s+(?:himself|herself|themselves)\s+in(?:to)?|enters?\s+(?:our|my|the|their)\s+rooms?\s+without|goes\s+through\s+(?:our|my|their)\s+(?:stuff|things|rooms|drawers|post)|(?:is|he's|she's)\s+(?:a\s+)?(?:creep|pervert|perv)\b"
    r"|deals?\s+(?:coke|drugs|weed|pills|ket|mdma|crack|heroin|pingers)|(?:students|girls|tutees|women|men|boys)\s+(?:he|she)\s+fancies|(?:hits|hitting|came|comes)\s+on\s+(?:students|his\s+students|her\s+students|tutees|interns)"
    r"|hits?\s+(?:the\s+)?(?:kids|children|pupils|students|tenants|dogs?)|hitting\s+(?:the\s+)?(?:kids|children|pupils|students)"
    r"|sells?\s+(?:[\w-]+\s+){0,3}as\s+(?:fresh|new|genuine|real|organic|halal|vegan|authentic)|(?:been\s+)?caught\s+by\s+(?:the\s+)?(?:council|police|fsa|trading\s+standards|hmrc|environmental\s+health)|passing\s+off"
    r"|forg(?:es|ed|ing)\s+(?:signatures|documents|references|reports|papers|results|sick\s+notes)|beat\s+up\s+(?:his|her|their)\s+\w+|hits?\s+(?:his|her|their)\s+(?:girlfriend|boyfriend|wife|husband|partner|kids|children)"
    r"|spik(?:es|ed|ing)\s+(?:a|an|her|his|their|someone's|my|the)\s+(?:[\w']+\s+)?drinks?"
    r"|spik(?:es|ed|ing)\s+(?:drinks|people|girls|students)|waters?\s+down\s+(?:the|their|its)\s+(?:drinks|vodka|spirits|beer)|cheat(?:ed|s|ing)\s+(?:(?:her|his|their)\s+way|in\s+(?:the|her|his|their)\s+(?:exams?|tests?|coursework))|pays?\s+(?:someone|people)\s+(?:to\s+(?:write|do)|for\s+(?:everything|(?:her|his|their)\s+(?:essays?|work)))"
    r"|food\s+poisoning|(?:rats|mice|cockroach(?:es)?|maggots|roaches)\s+(?:in|everywhere|all\s+over)|reuses?d?\s+(?:old\s+|yesterday's\s+)?(?:food|chicken|oil|meat|rice)"
    r"|out\s+of\s+date\s+(?:food|meat|chicken)|dog\s+meat|horse\s+meat|failed\s+(?:its|their|the)\s+(?:hygiene|health)\s+inspection"
    r"|illegal(?:ly)?\s+(?:hmo|evict\w*|keep\w*|withh?old\w*|sublet\w*|working|immigrant|workers)|(?:keeps?|kept|withh?olds?|withheld)\s+(?:our|the|everyone's|tenants')\s+deposits?\s+(?:illegally|for\s+no\s+reason)"
    r"|(?:doesn't|doesnt|never)\s+pay\s+(?:his|her|their)?\s*(?:staff|wages|tax|taxes)|pays?\s+(?:staff\s+)?(?:cash\s+in\s+hand|under\s+the\s+table|below\s+minimum\s+wage)"
    r"|(?:paid|pays|paying)\s+(?:for|to\s+get)\s+(?:his|her|their)?\s*(?:grades|degree|good\s+reviews|marks|first)|lie[sd]\s+about\s+(?:his|her|their)"
    r"|(?:is|was|are)\s+(?:a\s+(?:registered\s+|known\s+|convicted\s+|serial\s+)?(?:thief|criminal|crook|predator|sex\s+offender|wife\s+beater|alcoholic|liar|drunk|racist|sexist|homophobe)|(?:thieves|criminals|crooks|racist|sexist|homophobic|alcoholics|liars))\b)"
)

# More situations, each written for many phrasings: a staff member and students
# in a sexual relationship; an achievement put down to a parent, a bribe or a
# relationship; a professional struck off or sacked from a previous post.
_ALLEGATION_MORE = (
    r"\b(?:sleeping|slept|sleeps|shagging|shagged|banging|hooking\s+up|hooked\s+up|messing\s+around|having\s+(?:an\s+)?affairs?|(?:secretly\s+)?(?:dating|seeing))\s+with\s+"
    r"(?:(?:one\s+of|some\s+of|all(?:\s+of)?|most(?:\s+of)?|several\s+of|half(?:\s+of)?|loads\s+of|a\s+few\s+of|a\s+couple\s+of|two\s+of|three\s+of)\s+)?(?:his|her|their|the|a|an)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:students?|tutees?|supervisees?|undergrads?|phds?|first[- ]years?|freshers?|pupils?|interns?|trainees?|mentees?|patients?|clients?)\b",
    r"\bonly\s+(?:got|gets|passed|won(?!'t|’t)|landed|got\s+into|made|became|kept)\s+(?:[\w'-]+\s+){0,4}?(?:because|cos|cause|coz|cuz|bc|since)\s+"
    r"(?:(?:her|his|their)\s+(?:dad|daddy|mum|mummy|mom|father|mother|parents?|uncle|aunt|family|brother|sister|cousin|boyfriend|girlfriend|husband|wife|partner|bf|gf)(?:'s|\s+\w+)"
    r"|(?:she|he|they)(?:'s|\s+is|\s+was|'re|\s+are)?\s+(?:slept|sleeps|sleeping|paid|pays|cheated|cheats|bribed|bought|copied|related|married|dating|shagging|mates\s+with|friends\s+with|sucks?\s+up))",
    r"\b(?:is|are|was|were|been|'s|'re)\s+(?:secretly\s+|apparently\s+|definitely\s+)?(?:dating|seeing|shagging|sleeping\s+with|hooking\s+up\s+with|with)\s+(?:one\s+of\s+|two\s+of\s+|some\s+of\s+)?(?:his|her|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:students?|tutees?|supervisees?|undergrads?|phd\s+students|trainees?|pupils?|interns?|mentees?|patients?|clients?)\b",
    r"\b(?:bought|paid|slept|cheated|bribed|shagged)\s+(?:her|his|their)\s+way\s+(?:in|into|through|to|onto)\b",
    r"\b(?:got|get|gets|getting)\s+(?:in|into|onto|on|the|a|her|his|their)\s+(?:[\w'-]+\s+){0,3}?(?:through|thanks\s+to|via|cos\s+of|because\s+of)\s+(?:her|his|their)\s+(?:dad|daddy|mum|mummy|parents|uncle|aunt|family|connections|contacts|boyfriend|girlfriend|husband|wife|mates\s+on)\b",
    r"\b(?:puts?|putting|slips?|slipped|spits?|spat|spitting|pisses?|pissed|sneez(?:es|ed|ing))\s+(?:[\w']+\s+){0,2}?(?:in|into|on)\s+(?:[\w']+\s+){0,3}?(?:food|coffee|coffees|drinks?|tea|meals?|orders?|burgers?|pizzas?|sandwich(?:es)?|dishes)\b|\blaxatives?\b",
    r"\b(?:takes?|took|taking|accepts?|accepted|asks?\s+for|asked\s+for)\s+(?:cash|money|bribes?|backhanders?|payments?|gifts|kickbacks?|sexual\s+favours)\s+(?:from|off)\s+(?:[\w']+\s+)?(?:students|people|parents|tenants|customers|applicants|patients|clients|suppliers|landlords|contractors|companies|firms|developers|businesses|families)\b",
    r"\b(?:got|was|been|were|is\s+being|getting)\s+(?:done|nicked|had\s+up|pulled\s+in|banged\s+up|sent\s+down|locked\s+up|put\s+away|charged|cautioned|prosecuted|convicted|jailed|investigated|reported)\s+for\s+(?:[\w']+\s+)?(?:fraud|tax\s+\w+|evasion|theft|stealing|assault|drink[- ]driving|drugs?|dealing|possession|burglary|shoplifting|money\s+laundering|embezzl\w+|harassment|stalking|gbh|abh|affray|arson|bribery|benefit\s+fraud|insurance\s+fraud|domestic\s+\w+|sexual\s+\w+|indecent\s+\w+|child\s+\w+|racial\s+\w+|hate\s+crimes?|violence|battery|forgery|scamming|selling\s+\w+)\b",
    r"\b(?:he's|she's|they're|he\s+is|she\s+is|they\s+are|who's|who\s+is|is|was)\s+(?:a\s+|an\s+)?(?:total\s+|complete\s+|known\s+|proper\s+|massive\s+|absolute\s+)?(?:crook|thief|criminal|fraud|fraudster|con\s?artist|conman|scammer|liar|cheat|predator|abuser|racist|paedo|nonce|groomer|creep|bully|harasser|sex\s+pest|drug\s+dealer|alcoholic|wife[- ]beater)s?\b",
    r"\b(?:takes?|taking|took|getting|gets|got|accepts?|accepting|pockets?|pocketing)\s+(?:kickbacks|backhanders|bribes|brown\s+envelopes|a\s+cut|cash\s+payments)\s+(?:from|off)\b",
    r"\b(?:install\w*|put|puts|putting|hid(?:e|es|ing)?|fit(?:s|ted|ting)?|ha(?:s|ve))\s+(?:hidden\s+|secret\s+|spy\s+)?cameras?\s+in\s+(?:the\s+|our\s+|their\s+|tenants'\s+)?(?:bedrooms?|bathrooms?|showers?|changing\s+rooms?|toilets?|rooms|flats)\b",
    r"\bspik(?:es|ed|ing)\s+(?:a|an|this|that|some|two|three|his|her|their)\s+(?:[\w-]+\s+)?(?:girls?|guys?|lads?|wom[ae]n|m[ae]n|freshers?|students?|persons?|people|friends?|mates?|dates?)\b",
    r"\buses?d?\s+(?:unqualified|untrained|unlicen[cs]ed|unregistered|uninsured|illegal|underage|fake)\s+(?:staff|workers|people|dentists|doctors|drivers|builders|electricians|nurses|therapists|technicians|gas\s+engineers)\b|\b(?:staff|dentists|drivers|doctors|builders|electricians|therapists|mechanics|instructors)\s+(?:(?:at|from|in|of)\s+(?:[\w'&-]+\s+){1,3}?)?(?:are|aren't)\s+(?:not\s+)?(?:even\s+)?(?:qualified|licen[cs]ed|registered|insured)\b(?<!are\squalified)(?<!are\slicensed)(?<!are\slicenced)(?<!are\sregistered)(?<!are\sinsured)",
    r"\bsells?\s+(?:fake|counterfeit|dodgy|laced|contaminated|spiked|illegal|knock-?off|bootleg)\s+(?:stuff|vapes|products|goods|alcohol|vodka|booze|pills|drugs|meds|makeup|perfume|cigarettes|fags)\b|\blaced\s+with\b",
    r"\b(?:copies|copied|steals?|stole|nicks|nicked|plagiari[sz]es|plagiari[sz]ed|takes|took)\s+(?:his\s+|her\s+|their\s+)?(?:students'|other\s+people's|tutees'|colleagues'|our)\s+(?:[\w-]+\s+)?(?:code|work|essays?|ideas|research|data|designs|papers?|theses|dissertations)\b",
    r"\bsell\w*\s+(?:fake|forged|counterfeit|knock-?off|dodgy)\s+(?:[\w-]+\s+){0,3}?(?:certificates?|certs?|documents?|ids?|degrees?|notes|references|reviews|passes|tickets|passports|licen[cs]es)\b",
    r"\breads?\s+(?:people's|our|students'|staff's|everyone's|other\s+people's|tenants')\s+(?:emails|messages|post|texts|diaries|files|mail)\b|\b(?:been|got)\s+caught\s+(?:before|stealing|doing\s+it|at\s+it|red[- ]handed)\b",
    r"\b(?:giving\s+out|using|selling|serving|injecting)\s+(?:expired|out[- ]of[- ]date|fake|contaminated|dirty|watered[- ]down)\s+(?:jabs|vaccines?|medicines?|meds|food|drugs|products|fillers?|botox)\b",
    r"\bdr(?:o|i)ve\s+(?:[\w']+\s+){0,3}?to\s+(?:a\s+)?(?:breakdown|suicide|quit|quitting|leave|resign)\b",
    r"\buses?d?\s+(?:cat|dog|pet|horse|rat|pigeon|squirrel)\s+(?:food|meat)\b",
    r"\bnever\s+(?:sterili[sz]e|clean|wash|disinfect)\w*\s+(?:anything|their|the|its|a\s+thing)|\breuses?d?\s+(?:the\s+same\s+)?(?:files|needles|razors|blades|tools|equipment|towels|gloves|syringes)\b",
    r"\bcheat(?:ed|s|ing)\s+(?:in|on|through)\s+(?:her|his|their|the)\s+(?:finals|dissertation|assessments?|degree|exams?|tests?|coursework|driving\s+test|a-?levels)\b|\bpaid\s+someone\s+(?:else\s+)?to\s+(?:sit|take|write|do)\b",
    r"\b(?:was|were|is)\s+(?:blind\s+|completely\s+|totally\s+|absolutely\s+)?(?:drunk|hammered|wasted|high|stoned|off\s+(?:his|her|their)\s+face)\s+(?:at|on|during|while|when|in)\b|\bbecause\s+(?:[\w'.-]+\s+){0,3}?(?:was|were)\s+(?:drunk|high|hammered|wasted|stoned)\b",
    r"\blie[sd]\s+(?:on|in)\s+(?:her|his|their)\s+(?:cv|application|resume|references?|visa\s+application)\b",
    r"\bnever\s+(?:returns?|gives?\s+back|refunds?|pays?\s+back)\s+(?:\w+\s+)?(?:deposits?|money|refunds?|wages|rent)\b",
    r"\b(?:made|making|makes|make)\s+up\s+(?:[\w']+\s+){0,3}?(?:data|results|figures|numbers|findings|references|quotes|sources|experiments?|participants|interviews|reviews)\b",
    r"\b(?:overcharg\w+|short[- ]?chang\w+|ripping\s+off|rips?\s+off|fleec\w+)\s+(?:[\w']+\s+){0,3}?(?:on\s+purpose|deliberately|knowingly|intentionally)\b|\bliterally\s+(?:theft|fraud|stealing)\b",
    r"\b(?:struck\s+off(?!\s+(?:the|a|my|our|his|her)\s+(?:\w+\s+)?(?:list|sheet|register|team|rota|squad))|disbarred|deregistered|lost\s+(?:his|her|their)\s+(?:licen[cs]e|registration|practising\s+certificate)|banned\s+from\s+(?:practi[sc]ing|teaching|nursing|the\s+profession))\b",
    r"\b(?:sacked|fired|kicked\s+out|expelled|dismissed|let\s+go|forced\s+out|pushed\s+out|asked\s+to\s+leave)\s+(?:from|at|by)\s+(?:his|her|their)\s+(?:last|previous|old|former|other)\s+(?:job|uni|university|school|post|role|employer|workplace|trust|hospital|company|practice|college)\b",
)

# Broader wordings of the same situations: any determiner before the member of
# staff, plagiarism in any form, faked sickness or records, fiddled claims.
_ALLEGATION_GEN = (
    r"\b(?:sleeping|slept|sleeps|shagging|shagged|banging|hooking\s+up|hooked\s+up|messing\s+around|having\s+(?:an\s+)?affairs?)\s+with\s+(?:our|my|your|the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:tutor|lecturer|supervisor|professor|prof|teacher|boss|manager|examiner|marker|dean|coach|landlord|landlady|seminar\s+leader|module\s+leader|course\s+leader|ta|demonstrator|line\s+manager|head\s+of\s+\w+|director|mentor|ref(?:eree)?|instructor|trainer)\b",
    r"\bplagiari[sz](?:ed|es|ing)\b|\b(?:stole|steals|stealing|nicked|nicks|copied|copies|lifted|lifts)\s+(?:[\w']+\s+){0,3}?(?:book|thesis|research|paper|papers|ideas?|work|data|findings|dissertation|phd|code|designs?)\s+(?:from|off)\s+(?:a|an|his|her|their|one\s+of|some|the)\b",
    r"\bfak(?:es|ed|ing)\s+(?:his|her|their|the|all\s+(?:his|her|their))\s+(?:[\w-]+\s+)?(?:sick(?:ness)?(?:\s+(?:days?|notes?|leave))?|illness(?:es)?|injur(?:y|ies)|absences?|timesheets?|hours|expenses|references?|signatures?|attendance|illness|death|credentials|experience)\b|\b(?:pulls?|throws?|pulling|throwing)\s+(?:\w+\s+)?sickies\b|\bpretends?\s+to\s+be\s+(?:ill|sick)\b",
    r"\b(?:fiddl(?:es|ed|ing)|doctor(?:s|ed|ing)|cook(?:s|ed|ing)|massag(?:es|ed|ing))\s+(?:the\s+|his\s+|her\s+|their\s+|our\s+)?(?:[\w-]+\s+)?(?:books|expenses|accounts|figures|results|data|numbers|stats|statistics|timesheets|claims)\b",
    r"\b(?:5g(?:\s+masts?)?|phone\s+masts?|masts?|wi-?fi(?:\s+routers?)?|routers?|vaccines?|jabs?|boosters?|fluoride|chemtrails?|smart\s+meters?)\b[^.\n]{0,50}?\b(?:giving|making|gives|makes|caus(?:ing|es)|behind)\s+(?:[\w-]+\s+){0,2}?(?:every(?:one|body|1)|people|us|students|kids|children|men|women|lads|girls|babies|athletes|folk|half\s+the\s+\w+|the\s+whole\s+\w+|all\s+the\s+\w+)\s+(?:[\w]+\s+)?(?:ill|sick|headaches|cancer|turbo\s+cancer|tumou?rs|infertile|infertility|autism|nosebleeds|migraines|dizzy|rashes|heart\s+attacks|strokes|blood\s+clots|myocarditis|seizures|miscarriages|dementia)\b",
    r"\b(?:vaccines?|jabs?|injections?|boosters?|flu\s+shots?)\b[^.\n]{0,60}?\b(?:microchips?|micro-chips?|tracking\s+(?:chips?|devices?)|nanobots|graphene|5g\s+chips?|poison|sterili[sz]\w+\s+(?:drugs?|agents?))\b",
)

_FOOD_CLAIM = (
    r"\bonly\s+(?:passes|gives\s+(?:good\s+|high\s+)?marks\s+to|marks\s+up|helps|picks|hires|promotes)\s+(?:students|people|girls|boys|those|the\s+ones|women|men|staff)\s+(?:who|that)\s+(?:flatter|suck\s+up|sleep|pay|bribe|fancy|he\s+fancies|she\s+fancies|are\s+(?:white|british|pretty|attractive|his\s+mates|her\s+mates))",
    r"\bforg(?:es|ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:signatures?|documents?|references?|reports?|papers|results|sick\s+notes|invoices?|receipts|certificates?|records|inventor(?:y|ies))\b",
    r"\b(?:claim(?:s|ed|ing)?|pass(?:es|ed|ing)\s+off|present(?:s|ed|ing)|publish(?:es|ed|ing))\s+(?:my|our|her|his|their|other\s+people's|students'|someone\s+else's|(?-i:[A-Z][a-z]+)'s)\s+(?:[\w'-]+\s+)?(?:results|work|ideas|research|data|findings|code|papers?|designs?)\s+as\s+(?:his|her|their)\s+own\b",
    r"\b(?:renting|letting|selling|running|operating|using|serving)\s+(?:out\s+)?(?:[\w-]+\s+){0,3}?(?:that|which)\s+(?:failed|are\s+illegal|aren't\s+licensed|have\s+no\s+licen[cs]e|are\s+unsafe|are\s+condemned|are\s+stolen)\b|\bfailed\s+(?:the|a|its|their)\s+(?:[\w-]+\s+)?(?:fire|gas|safety|hygiene|health)\s+(?:inspection|check|test|certificate|rating)\b",
    r"\b(?:drink[- ]driving|drug|drugs|assault|theft|fraud|criminal|previous|sexual)\s+(?:conviction|convictions|charges?|caution|ban)\b|\blied\s+about\s+(?:it|this|that)\s+(?:in|on|to|during)\b",
    r"\b(?:was|were|got|been|is|are)\s+(?:caught|busted|found)\s+(?:selling|stealing|leaking|taking|dealing|cheating|fiddling|faking|forging|lying|shoplifting|with\s+(?:drugs|coke|a\s+student|his|her)|in\s+bed\s+with|sleeping\s+with|drink|drunk|on\s+drugs)\b",
    r"\bpay(?:s|ing)?\s+(?:(?:its|their|his|her|the)\s+)?(?:staff|workers|cleaners|employees|people|drivers|students)\s+(?:cash\s+in\s+hand|under\s+the\s+table|below\s+(?:the\s+)?minimum\s+wage|less\s+than\s+(?:the\s+)?minimum\s+wage|in\s+cash\s+to\s+avoid)",
    r"\b(?:on\s+purpose|deliberately|knowingly|intentionally)\s+(?:to\s+)?(?:sell|make\s+(?:more\s+)?money|get\s+more|scam|charge|profit|overcharg\w+|rip\w*|mis-?sell\w*|fail|mark\s+(?:us|people|students)\s+down)\b",
    r"\b(?:buys?|bought|buying)\s+(?:all\s+)?(?:her|his|their)\s+(?:followers|likes|reviews|views|subscribers|ratings)\b|\bfak(?:es|ed|ing)\s+(?:all\s+)?(?:her|his|their)\s+(?:sponsorships?|followers|reviews|likes|ratings|grades|marks|certificates?|credentials|injur(?:y|ies)|qualifications?|references?)\b",
    r"\bsell(?:s|ing)?\s+(?:[\w-]+\s+)?(?:drugs|coke|cocaine|weed|pills|steroids|roids|gear|ket|mdma|pingers|xanax|spice|nitrous|laughing\s+gas|vapes|fake\s+ids)\s+(?:to|at|in|from|on|out\s+of|behind)\b",
    r"\b(?:nepotism|cronyism|backhanders?|brown\s+envelopes?)\b|\bwithout\s+(?:meeting|having|getting)\s+the\s+(?:grades|requirements|entry\s+requirements|qualifications)\b|\b(?:pulled\s+(?:some\s+)?strings|strings\s+(?:were\s+)?pulled|through\s+the\s+back\s+door)\b",
    r"\b(?:spent|spends|spending|blew|blown|used|wasted|took|pocketed|nicked)\s+[£$]\s?\d[\d,.]*k?\s+(?:of|from)\s+(?:the|our|their|his|her|its)\s+(?:[\w-]+\s+)?(?:budget|funds|money|grant|account|kitty|fundraising|donations)\s+on\s+(?:a|an|his|her|their|personal|himself|herself|themselves|drink|booze|holidays?|clothes|a\s+car)\b",
    r"\b(?:shut|closed)\s+down\s+(?:\w+\s+)?(?:for|over|because\s+of|after)\s+(?:[\w-]+\s+)?(?:rats|mice|cockroach\w*|roaches|hygiene|food\s+poisoning|maggots|mould|vermin|selling\s+\w+|drugs|illegal\s+\w+)\b",
    r"\b(?:serv(?:es|ed|ing)|sell(?:s|ing)|sold|us(?:es|ed|ing)|put(?:s|ting)?|cook(?:s|ed|ing)|gave\s+us|give\s+you)\s+(?:[\w-]+\s+)?(?:cat|dog|pet|horse|rat|pigeon|squirrel|roadkill|expired|out[- ]of[- ]date|rotten|mouldy|moldy|off|reheated|week[- ]old|days[- ]old)\s+(?:food|meat|chicken|kebabs?|meals?|burgers?|rice|fish)\b",
)

# Blaming an outbreak on a group of people: scapegoating misinformation.
_DISEASE = (r"(?:measles|covid(?:-?19)?|coronavirus|the\s+virus|tb|tuberculosis|mumps|monkeypox|mpox|norovirus|noro|flu|scabies|bed\s*bugs|head\s+lice|meningitis|the\s+outbreak|an?\s+outbreak|the\s+(?:bug|illness|infection|disease|sickness))")
_GROUP = (r"(?:international\s+students|internationals|foreign\s+students|overseas\s+students|immigrants|migrants|foreigners|refugees|asylum\s+seekers|tourists|the\s+(?:chinese|indians?|africans?|nigerians?|romanians?|asians?|muslims|jews|gypsies|travellers|roma)"
          r"|(?:chinese|indian|african|nigerian|romanian|asian|muslim|jewish|gay|trans|erasmus|exchange)\s+(?:students|people|lads|girls|lot|community|men)|people\s+from\s+(?:china|india|africa|abroad|overseas)|the\s+(?:gays|blacks)|unvaccinated\s+foreigners)")
_SCAPEGOAT = (
    r"\b" + _DISEASE + r"\b[^.\n]{0,60}?\b(?:brought\s+(?:in|over|here)|spread|started|caused|came\s+(?:in|over)?|carried|imported|introduced)\s+(?:in\s+)?(?:by|from|with|thanks\s+to)\s+(?:the\s+|those\s+|all\s+(?:the|those)\s+)?(?:[\w-]+\s+){0,2}?" + _GROUP,
    r"\b" + _GROUP + r"\s+(?:who\s+(?:\w+\s+){1,4}?)?(?:[\w'-]+\s+){0,2}?(?:brought|bring|spread|spreading|caused|cause|started|carry|carried|imported|are\s+spreading|gave\s+(?:us|everyone))\s+(?:in\s+)?(?:all\s+)?(?:the\s+)?" + _DISEASE + r"\b",
)

_TARGET = (
    r"(?-i:\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+[A-Z][a-z]+)"
    r"|(?-i:\b[A-Z][a-z]+(?:\s+[A-Z]['a-z]+)+\b)"
    r"|(?-i:\b[A-Z][a-z]+)\s+(?:from|in|on|at|off)\s+(?:our|my|the)\s+(?:course|class|flat|halls?|block|team|seminar|society|soc|floor|house|year|module|street|road|work|department)"
    r"|(?-i:\b[A-Z][a-z]+)\s+(?:from|in|at)\s+(?:admissions|finance|hr|estates|registry|marketing|accounts|payroll|procurement|facilities|recruitment|student\s+services)\b"
    r"|\b(?:owned|run|managed)\s+by\b|\b(?:a|some|this|that)\s+(?:bloke|guy|man|woman|lad|girl|fella|chap|lady)\s+(?:who|that)\b"
    r"|@\w{2,}|\b(?:that|this)\s+(?:\w+\s+)?student\b|\bthe\s+(?:\w+\s+)?student\s+who\b"
    r"|\b(?:my|our|the|this|that|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:landlord|landlady|lecturer|stand|stall|van|food\s+truck|truck|officer|rep|secretary|clinic|tutor|supervisor|manager|boss|flatmate|housemate|neighbou?r|dean|vc|ex|coach|professor|prof|teacher"
    r"|owner|bloke|guy|girl|woman|lad|man|chef|president|captain|treasurer|chair|pi|principal\s+investigator|line\s+manager|postdoc|hod|contractor|subcontractor|provider|supplier|chancellor|vice[- ]chancellor|principal|provost|registrar|secretary|councillor|mayor|mp|(?:[\w-]+\s+)?trainer|letting\s+agents?|agency|agent|company|firm|restaurant|takeaway|chippy|shop|cafe|bar|pub|club"
    r"|phd\s+student|teaching\s+assistant|demonstrator|trainer|personal\s+trainer|instructor|driver|receptionist|nurse|doctor|vet|mechanic|builder|plumber|electrician|technician|caretaker|bouncer|barista|bartender|bookshop|vape\s+shop|store|supermarket|canteen|cafeteria|union|letting\s+agency|launderette|garage|clinic|nursery|head\s+of\s+(?:the\s+)?\w+|gym|salon|barbers?|dentist|gp|estate\s+agents?|society|soc|place|kebab\s+shop|curry\s+house|hall\s+warden|warden|porter|security\s+guard|cleaner"
    r"|boyfriend|girlfriend|bf|gf|husband|wife|partner|mate|friend)\b"
    r"|\b(?:his|her|their)\s+(?:\w+\s+)?(?:dad|mum|mom|father|mother|brother|sister|son|daughter|uncle|aunt|cousin)\b"
    r"|(?-i:\b[A-Z][a-z]+)'s\s+(?:\w+\s+)?(?:dad|mum|mom|brother|sister|boyfriend|girlfriend|bf|gf|husband|wife|partner|ex|family|mate|friend|landlord|boss|shop|restaurant|cafe|company|business)\b"
    r"|(?-i:\b[A-Z]\w+\s+(?:Lettings|Estates|Properties|Homes|Ltd|Cafe|Kitchen|Grill|Bar|Pub|Gym|Takeaway|Pizza|Kebabs?|Motors|Garage|Salon|Barbers?|Living|Accommodation|Lets|Letting)\b)"
)

_RUMOUR = (
    r"\b(?:apparently|allegedly|rumou?r(?:ed|s|\s+(?:is|has\s+it))?|heard\s+(?:that|from|he|she|they)|word\s+(?:is|on\s+the\s+street)|people\s+are\s+saying"
    r"|every(?:one|1)\s+(?:knows|says)|ask\s+any(?:one|1|body)|trust\s+me|i\s+heard|some(?:one|1)\s+(?:said|told)|my\s+mate\s+(?:said|told)|(?:a|one|some)\s+(?:[\w-]+\s+){0,2}?(?:told|said\s+to)\s+(?:me|us)"
    r"|spread\s+the\s+word|spread\s+this|pass\s+(?:it|this)\s+on|rt\s+(?:to|so|if)|share\s+(?:this|before|so)|not\s+saying\s+who|no\s+names|100%\s+true|confirmed|that's\s+why"
    r"|not\s+(?:yet\s+)?confirmed|unconfirmed|just\s+so\s+(?:you|u|every(?:one|1))(?:\s+all)?\s+know|on\s+good\s+authority|share\s+(?:widely|far|everywhere)|please\s+share|my\s+(?:friend|mate|cousin|source|contact)\s+(?:in|at|from)\s+\w+\s+(?:confirmed|said|told)|ask\s+any\s+of|every(?:one|1)(?:'s|\s+is)\s+saying|every(?:one|1|body)\s+(?:[\w']+\s+){1,3}?(?:is|are|keeps?)\s+(?:saying|talking\s+about)|people\s+are\s+talking|cover(?:ing|ed)?\s+it\s+up|covering\s+up|open\s+secret|everyone\s+in\s+the\s+\w+\s+knows|watch\s+out\s+for|avoid|no\s+wonder|psa)\b"
    r"|\bheard\s+(?:all|the|that|from|he|she|they|about|it|we|our|dmu|uon|uni|they're|exams?)\b|\b(?:hearing|i'm\s+hearing|word\s+has\s+it)\s+(?:that|the|he|she|they|from|our|his|her)\b|\bmy\s+(?:friend|mate|cousin|aunt|uncle|sister|brother)\s+(?:who\s+)?works?\s+(?:there|(?:at|in)\s+\w+)|\ba\s+(?:mate|friend)\s+who\s+(?:worked|works)\s+there\b"
)

# Claims that are false whoever makes them.
_CONSPIRACY = (r"\b(?:(?:are|is)\s+(?:all\s+)?in\s+on\s+it|(?:are|were|is|get|gets|being)\s+paid\s+(?:off\s+)?to\s+(?:hide|keep\s+(?:it\s+)?quiet|cover|ignore|bury)|suppress\w*|cover(?:ing)?\s+it\s+up|hiding\s+it|hide\s+it|(?:doesn't|don't|dont|doesnt)\s+want\s+(?:you|us|people)\s+to\s+know|big\s+pharma|wake\s+up|do\s+(?:your\s+)?(?:own\s+)?research|they(?:'re|\s+are)\s+hiding|(?:government|nhs|doctors|media)\s+(?:is|are)\s+(?:hiding|covering|lying)|mainstream\s+media|msm|sheeple|(?:nhs|doctors|government|they|the\s+media|big\s+pharma)\s+(?:just\s+)?(?:won't|don't|doesn't|will\s+never)\s+(?:tell|want)\s+(?:you|us|people)|the\s+truth\s+about|share\s+before\s+(?:it's|they)|banned\s+(?:video|cure))\b")
_CURE = (r"\b(?:[\w-]+\s+){1,3}?(?:cure|prevent|kill|stop|reverse|heal|treat|fix|shrink|dissolve|melt|destroy|eliminate)(?:s|es)?\s+(?:the\s+)?(?:long\s+covid|covid|cancer|hiv|aids|autism|diabetes|the\s+flu|flu|measles|dementia|the\s+virus|coronavirus|depression|adhd|asthma|tumou?rs|cancer\s+cells|ms|arthritis|alzheimer'?s|parkinson'?s|lupus|psoriasis|eczema|ibs|acne|infertility)\b|\b(?:stops?|prevents?)\s+(?:you|people|anyone)\s+(?:from\s+)?(?:catching|getting)\s+(?:the\s+)?(?:covid|flu|the\s+flu|measles|cancer|the\s+virus|colds?)\b")
_HOME_REMEDY = (r"\b(?:vitamin\s+[a-z]\d*|megadoses?|mega-doses?|supplements?|zinc|lemons?|garlic|onions?|bleach|vinegar|honey|ginger|baking\s+soda|bicarb|urine|salt\s+water|hot\s+water|essential\s+oils?|crystals?|cannabis|cbd|weed|turmeric|apple\s+cider|raw\s+milk|alkaline\s+water|sun\s*gazing|fasting|cold\s+showers?|colloidal\s+silver|ivermectin|hydroxychloroquine)\b")

_MISINFO_CLAIMS = (
    r"\bthat's\s+why\s+(?:every(?:one|body)|students|people|we|staff|so\s+many\s+(?:people|students))\s+(?:keep\s+|keeps\s+|are\s+|is\s+|all\s+)?(?:getting|get|gets|falling|feeling|dying)\s+(?:ill|sick|cancer|headaches|tumou?rs)\b(?=[^\n]{0,80}\b(?:look\s+it\s+up|google\s+it|do\s+(?:your|the)\s+(?:own\s+)?research|wake\s+up|they\s+don't\s+want|covering\s+it\s+up|cover-?up))",
    r"\b(?:wi-?fi(?:\s+routers?)?|routers|phone\s+masts?|mobile\s+phones?|smart\s+meters?|microwaves?|5g|fluoride|vaccines?|jabs?|chemtrails?)\s+(?:[\w-]+\s+){0,3}?(?:cause|causes|caused|give\s+you|gives\s+you|lead\s+to|leads\s+to)\s+(?:[\w,-]+\s+){0,3}?(?:cancer|infertility|autism|headaches|brain\s+\w+|tumou?rs|covid|dementia|miscarriages?|sterility|radiation\s+poisoning|heart\s+attacks|sudden\s+deaths?)\b",
    r"\b(?:vaccines?|the\s+jabs?|5g(?:\s+masts?)?|masks?|fluoride|chemtrails?)\s+(?:[\w-]+\s+){0,3}?(?:cause|causes|caused|gives?\s+you|give\s+you|spread|spreads|contain|contains|are\s+(?:poison|killing|making))\b",
    r"\b(?:bleach|ivermectin|garlic|vitamin\s+[cd]|hydroxychloroquine|urine|essential\s+oils|turmeric|colloidal\s+silver)\s+(?:cures?|prevents?|kills?|treats?)\s+(?:covid|cancer|hiv|aids|autism|the\s+virus|diabetes)\b",
    r"\b(?:covid|the\s+pandemic|climate\s+change|global\s+warming|the\s+moon\s+landings?|the\s+holocaust|monkeypox)\s+(?:is|was|were)\s+(?:a\s+|all\s+a\s+|just\s+a\s+)?(?:hoax|fake|made\s+up|staged|lie|scam|planned|plandemic)",
)

# News-like claims about the university: they count when passed on as rumour.
_UNI_RUMOURS = (
    r"\bbreaking\s*[:!\-–]\s*[^.\n]{0,100}\b(?:uni(?:versity)?|dmu|uon|students|exams?|campus|lectures|fees|refunds?|graduation)\b",
    r"\b(?:gunman|shooter|bomb|bomb\s+threat|shooting|stabbing|terror\w*|explosion|active\s+attacker|lockdown)\b[^.\n]{0,40}\b(?:campus|uni(?:versity)?|library|halls|city\s+centre|station|dmu|uon)\b",
    r"\b(?:rip|has\s+died|died|passed\s+away|is\s+dead)\b[^.\n]{0,60}\b(?:not\s+(?:yet\s+)?confirmed|unconfirmed|apparently|allegedly|rumou?r)",
    *uni_then(r"(?:'s|\s+(?:has|have|is|are))\s+(?:quietly\s+|secretly\s+|apparently\s+)?(?:decided|planning|going|about)\s+to\s+(?:withdraw|cut|scrap|close|axe|end|stop|cancel|sell|remove|ban|raise|double|triple|shut|merge|sack)\b"),
    *uni_then(r"\s+(?:has\s+been|was|got|have\s+been)\s+(?:hacked|breached|raided|shut\s+down|sued|fined|closed|caught)\b"),
    *uni_then(r"(?:'s|\s+(?:is|are|s|has|have))\s+(?:apparently\s+|reportedly\s+|allegedly\s+|officially\s+|finally\s+|secretly\s+|quietly\s+)?(?:deporting|reporting\s+(?:students|us|people)\s+(?:who\s+(?:[\w']+\s+){1,3}?)?to\s+(?:the\s+)?home\s+office|blacklisting|installing|tracking|monitoring|spying|reading\s+(?:our|your|students')|recording|selling\s+off|selling|cutting|scrapping|axing|getting\s+rid\s+of|merging|closing|shutting|going\s+(?:bust|bankrupt|under)|bankrupt|cancel+ing\s+(?:all\s+)?(?:(?:the|our|summer|winter|january|may|june|august|final|remaining|in-person|resit|reassessment)\s+)?(?:exams|resits|re-?sits|reassessments|assessments|graduation|the\s+term|christmas|all\s+courses|placements|reading\s+week)"
    r"|being\s+(?:shut|closed|investigated|sued)|about\s+to\s+(?:close|collapse|go\s+bust|go\s+bankrupt|go\s+under|shut|fold|sack|cancel|scrap|axe)|losing\s+(?:its|their)\s+(?:licence|accreditation|degree\s+powers)|kicking\s+out\s+all|making\s+everyone\s+redundant)"),
    r"\b(?:all\s+)?(?:exams?|resits?|re-?sits?|graduation|lectures|term|classes|deadlines|the\s+(?:\w+\s+)?module)\s+(?:are|is|have\s+been|has\s+been|got|will\s+be)\s+(?:all\s+)?(?:cancelled|canceled|scrapped|postponed|moved\s+online)",
    # a chain message: "... the uni is covering it up. forward this to
    # everyone", "spread the word before they try to hide it"
    r"\b(?:uni(?:versity)?|they|management|the\s+(?:council|company|school|college|hospital|landlord|nhs))\s+(?:is|are|'s|'re|has\s+been|have\s+been)\s+(?:covering\s+(?:it|this|everything)\s+up|trying\s+to\s+(?:hide|cover\s+up|bury|keep\s+(?:it|this)\s+quiet))\b[^\n]{0,80}\b(?:forward|share|spread|pass|send|rt|tell)\b",
    r"\b(?:spread\s+the\s+word|pass\s+(?:it|this)\s+on|forward\s+(?:this|it)(?:\s+to\s+everyone)?|share\s+(?:this|it))\s+before\s+(?:they|the\s+uni(?:versity)?|it|management)\s+(?:try\s+to\s+|tries\s+to\s+|can\s+)?(?:hide|delete|cover|bury|take\s+(?:it|this)\s+down|deny)\b",
)


def _not_self(text: str, m: re.Match[str]) -> bool:
    """False when the claim is about the author ("I got arrested lol")."""
    before = text[max(0, m.start() - 24):m.start()]
    return _SELF.search(before) is None


_SELF = re.compile(SELF_BEFORE, re.I)


class DefamationDetector(Detector):
    rules = ("defamation.unverified_claim", "defamation.misinformation")

    def __init__(self) -> None:
        allegation = rx(_ALLEGATION, *_ALLEGATION_MORE, *_ALLEGATION_GEN[:4], *_FOOD_CLAIM)
        blame_claim = rx(r"\b(?:5g(?:\s+(?:masts?|towers?))?|phone\s+(?:masts?|towers?)|wi-?fi(?:\s+routers?)?|vaccines?|jabs?|boosters?|fluoride|chemtrails?|smart\s+meters?)\b[^.\n]{0,40}?\b(?:are|is|was|were)\s+(?:literally\s+|clearly\s+|obviously\s+|the\s+real\s+)?(?:why|the\s+reason|what's\s+(?:causing|making)|behind|to\s+blame)\b")
        secret_plot = rx(r"\b(?:secretly|deliberately|quietly)\s+(?:putting|adding|spraying|poisoning|tracking|microchipping|sterili[sz]ing|drugging|lacing|dosing|injecting)\b|\b(?:putting|adding|puts|adds|spraying|sprays)\s+(?:fluoride|chemicals|drugs|sedatives|bromide|something|tracking\s+chips?|microchips?)\s+in(?:to)?\s+(?:the\s+|our\s+)?(?:water|food|air|vaccines?|jabs?|drinks?)\s+to\b")
        self._rules = (
            Rule("defamation.unverified_claim", CAT, allegation, near=(Near(_TARGET, 90),), check=_not_self,
                 none_of=(r"\breported\s+(?:my|the|his|her|their|a)\s+(?:[\w']+\s+)?(?:harassment|assault|abuse|bullying|stalking|discrimination)\b",
                          r"\bsteal(?:s|ing)?\s+(?:my|our|the|all\s+my)\s+(?:lab\s+|parking\s+|desk\s+)?(?:slot|seat|spot|desk|thunder|limelight|space|booking|room\s+booking|chips|food|milk|charger|lunch|jokes?|heart|show|hoodie)s?\b",
                          r"\b(?:my\s+placement|on\s+placement|placement\s+school|safeguarding|child\s+protection|service\s+users?|caseload|looked[- ]after)\b",
                          r"\b(?:my|our|a|the)\s+(?:sexual\s+)?(?:harassment|assault|abuse|discrimination|bullying)\s+(?:complaint|case|report|claim|allegation)\b|\b(?:get|getting)\s+(?:[\w']+\s+){0,3}(?:sacked|fired|expelled|suspended|kicked\s+out)\b|\b(?:dissertation|essay|thesis|research|article|paper|project|module|lecture|course|podcast|book|seminar|talk|report)\s+(?:on|about|into|covering|looking\s+at)\b|\b(?:according\s+to\s+(?:the\s+)?(?:bbc|guardian|police|court|reports?)|(?:bbc|guardian|sky\s+news|itv|reuters|the\s+times|telegraph|news|police)\s+(?:reports?|says|said|confirmed|statement)|(?:crown|magistrates'?)\s+court|court\s+heard|sentenced|in\s+the\s+news|news\s+report|documentary|true\s+crime|podcast|novel|film|(?<!his\s)(?<!her\s)(?<!their\s)book|episode|series)\b",)),
            Rule("defamation.unverified_claim", CAT, allegation, all_of=(_RUMOUR,), check=_not_self,
                 none_of=(r"\bsteal(?:s|ing)?\s+(?:my|our|the|all\s+my)\s+(?:lab\s+|parking\s+|desk\s+)?(?:slot|seat|spot|desk|thunder|limelight|space|booking|room\s+booking|chips|food|milk|charger|lunch|jokes?|heart|show|hoodie)s?\b",)),
            Rule("defamation.unverified_claim", CAT, r"\b(?:election|vote|ballot|result|results|competition|draw|raffle|awards?|selection|trial)\s+(?:was|were|is|are|got|has\s+been)\s+(?:totally\s+|completely\s+|clearly\s+)?(?:rigged|fixed|bought|a\s+fix|a\s+stitch-?up)\b",
                 check=_not_self),
            Rule("defamation.misinformation", CAT, _MISINFO_CLAIMS + _ALLEGATION_GEN[4:],
                 none_of=(r"\b(?:claims?\s+that|myths?|debunk\w*|(?:is|are|it's)\s+(?:a\s+)?(?:fake\s+news|false|not\s+true)|no\s+evidence|dissertation|essay|thesis|module|lecture|seminar|research\s+(?:on|into))\b",)),
            Rule("defamation.misinformation", CAT, blame_claim, near=(Near(_CONSPIRACY + r"|\b(?:look\s+it\s+up|google\s+it|wake\s+up|they\s+don't\s+want|trust\s+me|everyone\s+knows|research\s+it)\b", 140),),
                 none_of=(r"\b(?:claims?\s+that|myths?|debunk\w*|(?:is|are|it's)\s+(?:a\s+)?(?:conspiracy\s+theory|fake\s+news|false|not\s+true)|no\s+evidence|dissertation|essay|module|lecture|seminar)\b",)),
            Rule("defamation.misinformation", CAT, secret_plot, near=(Near(_CONSPIRACY + r"|\b(?:look\s+it\s+up|google\s+it|wake\s+up|they\s+don't\s+want|sheep|docile|control\s+(?:us|people|the\s+population)|obedient|compliant|dumb\s+(?:us|people)\s+down)\b", 140),),
                 none_of=(r"\b(?:claims?\s+that|myths?|debunk\w*|(?:is|are|it's)\s+(?:a\s+)?(?:conspiracy\s+theory|fake\s+news|false|not\s+true)|no\s+evidence|dissertation|essay|module|lecture|seminar)\b",)),
            Rule("defamation.misinformation", CAT, _CURE, near=(Near(_HOME_REMEDY + "|" + _CONSPIRACY, 100),),
                 none_of=(r"^\s*(?:does|do|is|are|can|will|would|should|did)\b|\bgenuine(?:ly)?\s+(?:question|asking)\b|\basking\s+for\s+a\s+friend\b", r"\b(?:claims?\s+that|myths?|debunk\w*|fake\s+news|false|not\s+true|no\s+evidence|thesis|according\s+to\s+(?:the\s+)?(?:nhs|who|study|trial|research)|clinical\s+trial|study\s+(?:shows|found)|paper|lecture|module|essay|dissertation|paracetamol|antibiotics?|vaccines?\s+(?:prevent|stop))\b",)),
            Rule("defamation.misinformation", CAT, _SCAPEGOAT,
                 none_of=(r"\b(?:according\s+to|ukhsa|nhs\s+(?:says|said|confirmed)|public\s+health\s+(?:says|said|confirmed)|is\s+(?:it\s+)?true\s+that|(?:stop|don't)\s+(?:blaming|saying)|myth|racist\s+(?:rumour|lie|nonsense))\b",)),
            Rule("defamation.misinformation", CAT, _UNI_RUMOURS, all_of=(_RUMOUR + r"|\bsecretly\b|\bquietly\b|\bbreaking\b|\bleaked\b|\bjust\s+found\s+out\b|\bsource\b|🚨",),
                 none_of=(r"\b(?:official(?:ly)?\s+(?:email|announcement|statement|notice)|(?:uni|university)\s+(?:email|website|announced|has\s+announced|confirmed)|see\s+(?:the\s+)?(?:email|blackboard|website)|check\s+(?:your\s+)?(?:email|blackboard))\b(?![^\n]{0,80}\b(?:haven't\s+seen|not\s+seen|my\s+mate|apparently|heard|unconfirmed))",
                          r"\b(?:is\s+(?:that|this|it)\s+(?:actually\s+)?true|any(?:one|1)\s+(?:seen|got)\s+anything\s+official)\b",)),
        )

    def detect(self, text: str, ctx: DraftContext) -> list[Detection]:
        return run_rules(self._rules, text, ctx)
