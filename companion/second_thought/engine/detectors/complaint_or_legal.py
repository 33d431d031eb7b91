"""Complaints about the university aired in public, details of appeals,
complaints, disciplinary or legal proceedings, and whistleblowing before the
whistleblowing procedure (Derby guidance, DMU 4.2 and 4.6-4.8, Northampton
7.4 and 7.18).

Asking how a process works, pointing people to the proper channel, praise,
opinions on national policy and complaints about private businesses stay
quiet: the target has to be the university, its services or its staff.
"""

from __future__ import annotations

from ..types import Detection, DraftContext, Detector
from ._common import Near, Rule, run_rules
from ._lexicon import UNI

CAT = "complaint_or_legal"

# The university, its services and staff as the target of a grievance.
_TARGET = (
    UNI + r"|\b(?:my|our|the)\s+(?:\w+\s+)?(?:supervisor|lecturers?|tutor|module\s+leader|personal\s+tutor|course\s+leader|programme\s+leader|department|dept|faculty"
    r"|school|course|halls?|accommodation|registry|finance\s+(?:office|team)|student\s+services|it\s+services?|estates|security|admin(?:istration)?|examiners?|markers?"
    r"|marking|dean|head\s+of\s+(?:school|department)|this\s+place|vc|vice[- ]chancellor|warden|library|timetabling|placement\s+team|admissions|disability\s+(?:team|service))\b"
    r"|\b(?:accommodation|registry|student\s+services|it\s+services?|estates|admissions|the\s+helpdesk|campus\s+security|halls|hr|human\s+resources|senior\s+management)\b|(?<!student\s)\bfinance\b"
    r"|(?-i:\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?\s+[A-Z][a-z]+)|\b(?:at|from|by)\s+(?:derby|dmu|uon|northampton|nottingham|de\s?montfort)\b"
    r"|\b(?:our|my|the|his|her|their)\s+(?:\w+\s+)?(?:lectures|seminars|classes|tutorials|labs|contact\s+hours|teaching|feedback|marks|module|modules)\b"
)

_GRIEVANCE = (
    r"\bexplain\s+yourselves\b",
    r"\b(?:zero|no)\s+(?:replies|response|reply|answer)s?\b|\bstill\s+(?:floods|leaks|broken|leaking|flooding|mouldy|freezing|not\s+working)\b",
    r"\b(?:going|go|went)\s+public\s+(?:with|about)\b|\b(?:my|our)\s+(?:harassment|bullying|discrimination|complaint|misconduct|grievance)\s+case\b",
    r"\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:week|month|day)\s+(?:with|without|of)\b|\bfix\s+(?:it|this)\s+by\s+\w+\s+or\b",
    r"\b(?:calling|ringing|contacting|emailing|tipping\s+off|telling)\s+(?:the\s+)?(?:\w+\s+)?(?:press|papers|newspaper|mercury|telegraph|echo|chronicle|bbc|local\s+news|media)\b",
    r"\b(?:no|without)\s+(?:hot\s+water|heating|wifi|wi-fi|internet|water|power|electricity|a\s+working\s+\w+)\s+(?:for|in)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|over\s+a)\s+(?:days?|weeks?|months?)\b|\bcan\s+(?:you|someone)\s+explain\s+why\b",
    r"\bhung\s+up\s+on\s+(?:me|us)\b|\bcharged\s+(?:me|us)\s+(?:a|an|for|£)|\bghosted\s+(?:me|us)\b|\b(?:did|does|has\s+done|have\s+done)\s+(?:absolutely\s+)?nothing\b|\bnothing\s+(?:was|has\s+been)\s+done\b",
    r"\bthanks\s+for\s+nothing\b|\blost\s+my\s+(?:appeal|paperwork|coursework|submission|application|forms?|documents|file|work|dissertation|transcript)\b",
    r"\bworst\s+decision\s+of\s+my\s+life\b|\bregret\s+(?:coming|choosing|picking|applying)\b",
    r"\b(?:disgusting|outrageous|unbelievable|shocking|diabolical|atrocious|horrendous)\s+(?:treatment|service|behaviou?r|way\s+to\s+treat|communication)\b|\b(?:with\s+no|without\s+(?:any\s+)?)(?:explanation|warning|notice|apology|reason)\b",
    r"\b(?:third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|another|yet\s+another|countless|so\s+many)\s+(?:email|emails|complaint|call|time\s+(?:asking|chasing|emailing))\b",
    r"\bstill\s+(?:not|hasn't|haven't|hasnt|havent|no|nothing|isn't|isnt|aren't)\s+(?:been\s+)?(?:fixed|replied|responded|sorted|heard\s+back|repaired|resolved|paid|refunded|answered|reply|response|answer|word|processed|approved|returned|marked|released|done)\b",
    r"\b(?:keep|keeps|kept)\s+(?:on\s+)?(?:ignoring|fobbing|losing|cancell?ing|messing|passing\s+(?:me|us)\s+around|giving\s+(?:me|us)\s+the\s+runaround)\b|\bfob(?:bing|bed|s)?\s+(?:us|me)\s+off\b|\b(?:was|were|been|got|get|getting)\s+ignored\b",
    r"\bsort\s+(?:it|this|yourselves|your\s+\w+)\s+out\b|\bthe\s+way\s+(?:this|the|our|my)\s+(?:uni(?:versity)?|department|school|course)\s+treats\b|\bshameful\b",
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?)\s+(?:without|with\s+no)\s+(?:heating|hot\s+water|wifi|wi-fi|internet|a\s+reply|a\s+response|water|a\s+shower|a\s+kitchen|an?\s+\w+)\b",
    r"\bstill\s+waiting\s+(?:for|on)\s+(?:a\s+|an\s+|my\s+|our\s+|them|the\s+)?(?:reply|response|answer|refund|repair|fix|someone|them|decision|feedback|marks)\b",
    r"\b(?:never|didn't|doesn't|don't|won't|wont|dont|refuse[sd]?\s+to)\s+(?:even\s+)?(?:reply|replies|respond|read|answer|listen|help|care|fix|bother|refund|reimburse|compensate|apologi[sz]e|pay\s+(?:me|us|back))\b",
    r"\bcancelled\s+(?:my|our)\s+(?:placement|course|module|accommodation|graduation|room|offer|place|contract)\s+(?:[\w']+\s+){0,4}?(?:before|with\s+no|without|at\s+the\s+last\s+minute)\b",
    r"\b(?:i'm|im|i\s+am|we're|we\s+are|i'll\s+be|we'll\s+be|i've|we've)\s+(?:\w+\s+)?(?:appealing|complaining|submitted\s+an?\s+(?:appeal|complaint)|lodged\s+an?\s+(?:appeal|complaint)|taking\s+(?:this|it|them)\s+further)",
    r"\b(?:going|go|went|goes|taking\s+(?:this|it|them))\s+to\s+(?:the\s+)?(?:\w+\s+)?(?:press|papers|newspaper|mercury|telegraph|echo|chronicle|bbc|local\s+news|oia|ombudsman|media|tabloids|daily\s+mail|guardian|acas|union|ucu|unison)\b",
    r"\b(?:emailed|called|rang|phoned|messaged|chased|contacted|asked)\s+(?:[\w']+\s+){0,5}?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|so\s+many|multiple|several|countless)\s+times\b",
    r"\b(?:sue\s+(?:the|them|dmu|uon|my|our|him|her|for|over|\w+\s+uni)\b|suing|sued|legal\s+action|(?:my|our|got\s+a|getting\s+a|get\s+a|contacted\s+a|called\s+a|instructed\s+a|(?:speak|spoke|speaking|spoken|talk|talked|talking)\s+to\s+(?:a|my)|(?:seeing|consulting|instructing|hired|hiring)\s+(?:a|my))\s+(?:solicitors?|lawyers?)|tribunal|small\s+claims|(?:take|taking|took)\s+(?:them|it|this|the\s+uni(?:versity)?|dmu|uon)\s+to\s+court|class\s+action)\b",
    r"\b(?:i\s+want\s+(?:a|my)\s+refund|refund\s+(?:me|us)|demand(?:ing)?\s+a\s+refund|where's\s+my\s+refund|(?:owe|owes)\s+(?:me|us)|formal\s+complaint|grievance|money\s+back|compensation|disgrace(?:ful)?|shambles|scandal(?:ous)?|unacceptable|pathetic|incompetent|appalling|rip[- ]?off|ripped\s+off)\b",
    r"\b(?:messed|screwed|mucked|cocked)\s+up\s+my\s+(?:\w+\s+)?(?:enrolment|timetable|application|visa|finance|loan|payment|marks|results|transcript|accommodation|booking|registration|extension|ecs?|claim)\b|\bstill\s+(?:don't|do\s+not|haven't)\s+(?:got\s+|have\s+)?(?:a|my|an|any)\s+(?:timetable|room|marks|feedback|results|reply|refund|id\s+card|login|supervisor|placement)\b",
    r"\b(?:absolute|total|complete|utter)\s+(?:joke|farce|clown\s+show|mess|circus)\b|\b(?:is|are)\s+(?:such\s+)?a\s+(?:farce|disgrace|shambles|scam)\b",
    r"\bworst\s+(?:uni|university|department|course|experience|service|halls|accommodation|lecturer|supervisor|module|modules|degree|teaching)\b",
    r"\b(?:the\s+)?(?:uni(?:versity)?|school|department|faculty|college|management|they|nobody|no\s+one)\s+(?:won't|wont|will\s+not|refuses?\s+to|refused\s+to|never|didn't|did\s+not)\s+(?:do|did)\s+(?:anything|a\s+thing|jack|nothing)\s+about\s+(?:it|this|that|him|her|them)\b",
    r"\b(?:(?<!never\s)let\s+(?:us|me)\s+down|failing\s+(?:us|students|me)|treated\s+(?:us|me)\s+like|no\s+one\s+(?:cares|helps|listens)|fobbed\s+off|ignored\s+(?:us|me|my|our))\b",
    r"[£$]\s?9,?[0-9]{3}\s+(?:a\s+year\s+)?for\s+(?:this|that)|\bwhat\s+(?:am\s+i|are\s+we)\s+(?:even\s+)?paying\s+(?:[£$]?[\d,.]+k?\s+(?:a\s+year\s+)?)?for\b",
    r"\b(?:hasn't|haven't|has\s+not|have\s+not|hasnt|havent)\s+(?:even\s+|once\s+)?(?:replied|responded|answered|got\s+back|bothered|acknowledged)\b",
    r"(?:^|[.!?]\s*)appealing\b|\bappeal(?:ing)?\s+(?:it|this|the\s+(?:mark|grade|decision|outcome|result))\b",
    r"\b(?:unfair(?:ly)?|rigged|biased)\s+(?:marking|marked|mark|grade|grading|decision|outcome)|\bmarked\s+(?:me|us|my\s+\w+|our\s+\w+)\s+down\b|\bdiscriminat\w+\s+against\s+(?:me|us)\b",
    r"\b(?:never\s+(?:even\s+)?read|didn't\s+(?:even\s+)?read|hasn't\s+(?:even\s+)?read)\s+(?:my|our)\s+(?:drafts?|work|essay|emails?)\b",
    r"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days?|weeks?|months?))\s+(?:now|and\s+(?:still|counting|nothing))\b",
    r"\bit'?s\s+(?:now\s+)?been\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|so\s+many)\s+(?:weeks|months)\s+since\s+(?:i|we)\s+(?:\w+\s+)?(?:reported|emailed|asked|submitted|complained|raised|applied|sent|told)\b",
    r"\bignored\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|all|every\s+one\s+of|all\s+of)\s+(?:of\s+)?(?:my\s+)?(?:emails|messages|calls|requests|tickets|voicemails)\b|\b(?:is\s+this|this\s+is)\s+how\s+you\s+treat\b",
    # Nobody cares / complained already, nothing happened / airing it here on purpose.
    r"\b(?:nobody|no\s+one|no-one|noone)\s+(?:\w+\s+){0,3}?(?:cares|helps|listens|replies|responds|does\s+anything|did\s+anything|bothers|gives\s+a)\b",
    r"\bcomplained\s+(?:about\s+(?:it|this)\s+)?(?:twice|three\s+times|\d+\s+times|again|already|multiple\s+times|several\s+times|loads|so\s+many\s+times|and\s+(?:nothing|got\s+nothing|no\b|still)|(?:\w+\s+)?[,.;:-]\s*(?:nothing|no\s+(?:reply|response|answer|change)))",
    r"\b(?:posting|putting|sharing)\s+(?:it|this)\s+(?:here|publicly|online|on\s+here|on\s+(?:twitter|x|insta|tiktok|facebook|reddit))\s+(?:so|because|cos|since|now|coz|cuz)\b|\b(?:so|because)\s+(?:people|everyone|every1|future\s+students|other\s+students|you\s+all)\s+(?:know|can\s+see|are\s+warned)\b",
    r"\b(?:cancelled|canceled|missed|skipped|didn't\s+(?:show|turn)\s+up\s+(?:to|for))\s+(?:\d+|half|most|loads|so\s+many|two|three|four|five|six|seven|eight)\s+(?:of\s+(?:our|the|my|his|her|their)\s+)?(?:\d+\s+)?(?:lectures|seminars|classes|sessions|tutorials|labs|workshops|supervisions?|meetings)\b",
    r"\b(?:so\s+)?(?:my|our)\s+(?:supervisor|lecturer|tutor|marker|examiner|module\s+leader)s?\s+can\s+just\s+(?:get\s+it\s+wrong|do\s+(?:what|whatever)|ignore|mark\s+(?:how|however|whatever))",
)

_PROCEEDINGS = (
    r"\b(?:details|update)\s+(?:of|on|from)\s+my\s+(?:disciplinary|appeal|hearing|case|investigation|tribunal|grievance)\b|\b(?:they're|they\s+are|the\s+uni\s+is|the\s+university\s+is)\s+accusing\s+me\s+of\b",
    r"\b(?:my|our|his|her|their|the)\s+(?:grade\s+|mark\s+|academic\s+|formal\s+|final\s+)?(?:disciplinary|misconduct|fitness\s+to\s+practi[sc]e|academic\s+(?:offence|misconduct)|plagiarism|conduct|appeal|complaint|grievance|investigation)\s+"
    r"(?:hearing|panel|meeting|case|investigation|outcome|decision|letter|interview|result)\b",
    r"\b(?:disciplinary|misconduct|fitness\s+to\s+practi[sc]e|academic\s+(?:offence|misconduct)|plagiarism)\s+(?:hearing|panel|meeting|case|investigation|interview)\b[^.\n]{0,80}\b(?:i'll|i\s+will|i'm|i\s+am|me|my|they're\s+saying|might|could|suspended|expelled|kicked\s+out)\b",
    r"\b(?:my|our|the)\s+(?:appeal|complaint|grievance|case|ec|ecs|extenuating\s+circumstances(?:\s+(?:claim|form|request))?|mitigating\s+circumstances(?:\s+claim)?|mit\s+circs|extension\s+request|claim)\s+(?:was|were|got|has\s+been|have\s+been|is\s+being)\s+(?:rejected|upheld|refused|denied|turned\s+down|dismissed|escalated|thrown\s+out|investigated|ignored)",
    r"\b(?:hearing|panel|investigator|tribunal|judge|ombudsman|oia)\s+(?:said|decided|found|ruled|concluded|told\s+me)\b",
    r"\b(?:grievance|complaint|case|claim)\s+against\s+(?:my|our|the)\s+(?:manager|line\s+manager|head|boss|colleague|supervisor|lecturer|department|uni|university|employer)\b",
    r"\b(?:office\s+of\s+the\s+)?independent\s+adjudicator\b|\b(?:going|gone|went|complain\w*|escalat\w+|taking\s+(?:it|this|them))\s+to\s+the\s+oia\b",
    r"\b(?:in|going\s+through|started|starting|raised|raising)\s+(?:a|the|my)\s+(?:formal\s+)?(?:grievance|disciplinary|complaints?|appeals?|misconduct|tribunal|legal)\s+(?:process|procedure|case|hearing)\s+(?:with|against)\b",
    r"\b(?:suing|sue\s+(?!me\b)(?:the|them|dmu|uon|my|our|him|her|for|over|\w+\s+uni)|taking\s+legal\s+action\s+against|tribunal\s+(?:against|with))\b",
    r"\bmy\s+(?:solicitor|lawyer|barrister|union\s+rep)\s+(?:thinks|says|said|reckons|advised)\b",
    r"\b(?:i'm|i\s+am|we're|we\s+are|i've|i\s+have|we\s+have|i'll\s+be|i\s+will\s+be)\s+(?:\w+\s+){0,2}?(?:taking|took|taken|bringing|brought|filed|filing|lodged|lodging|launched|launching|starting|making)\s+(?:[\w']+\s+){0,3}?(?:to\s+(?:an?\s+)?(?:employment\s+)?tribunal|(?:an?\s+)?(?:employment\s+)?tribunal\s+claim|(?:a\s+)?(?:constructive|unfair)\s+dismissal\s+claim|to\s+(?:court|the\s+ombudsman|the\s+oia|small\s+claims))\b",
    r"\b(?:my|our)\s+(?:academic\s+|formal\s+|stage\s+\w+\s+)?(?:appeal|complaint|grievance|ec\s+claim|ecs?|mitigating\s+circumstances\s+claim|extenuating\s+circumstances\s+claim|mit\s+circs)\s+(?:against|about|over|re|regarding|for|on|into)\s+(?:[\w'-]+\s+){0,3}?(?:mark|marks|grade|grades|result|results|dissertation|module|exams?|decision|outcome|classification|degree|essay|coursework|assignment|fail|expulsion|suspension|penalty|misconduct\s+finding|plagiarism\s+finding|lecturer|supervisor|tutor|department|uni|university|school|course|placement|fees?)\s+(?:[\w'-]+\s+){0,2}?(?:was|were|got|has\s+been|have\s+been|is\s+being|just\s+got)\s+(?:rejected|upheld|refused|denied|turned\s+down|dismissed|escalated|thrown\s+out|partially\s+upheld|binned)\b",
    r"\b(?:rejected|refused|dismissed|turned\s+down|threw\s+out|binned|upheld|denied|ignored)\s+my\s+(?:academic\s+|formal\s+)?(?:appeal|complaint|grievance|ec\s+claim|ecs?|mitigating\s+circumstances|extenuating\s+circumstances|mit\s+circs)\b",
    r"\b(?:appeal|complaint|grievance)\s+(?:panel|outcome|decision|letter)\s+(?:said|says|came\s+back|found|decided|ruled)\b",
)

_WHISTLE = (
    r"\b(?:going|go|went|reporting\s+(?:it|this|them|the\s+uni(?:versity)?)|report(?:ed)?\s+(?:it|this|them|the\s+uni(?:versity)?))\s+to\s+(?:the\s+)?(?:hse|health\s+and\s+safety\s+executive|ofs|office\s+for\s+students|ico|regulators?|qaa|charity\s+commission|auditors?|nmc|hcpc|gmc|ukvi)\b",
    r"\b(?:forcing|making|pressuring|pressurising|threatening|bullying|coercing)\s+(?:staff|us|people|colleagues|students|workers|juniors|researchers|postdocs)\s+(?:to\s+(?:work|do|sign|falsify|hide|lie|change)|into|who)\b",
    r"\bi\s+have\s+(?:the\s+)?(?:emails|evidence|proof|receipts|documents|screenshots|recordings|spreadsheets|files|minutes)\s*(?:[.!]|$)",
    r"\b(?:posting|publishing|sharing|leaking|releasing|screenshotting|going\s+to\s+(?:post|publish|share|leak|release))\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:emails|messages|documents|recordings|minutes|screenshots|texts|chats|files)\s+(?:between|from|that)\b[^.\n]{0,100}\b(?:prove|proves|show|shows|knew|covered|hid|ignored|lied)\b",
    r"\b(?:prove|proves|proving|show|shows|showing)\s+(?:that\s+)?(?:they|management|the\s+uni(?:versity)?|hr|the\s+dean|the\s+vc|senior\s+staff|the\s+department)\s+(?:knew|lied|covered|hid|ignored)\b",
    r"\b(?:(?:blow|blows|blew|blown|blowing)\s+the\s+whistle|whistle[- ]?blow(?:ing|er)?\b(?!\s+(?:policy|procedure|hotline|line|process)))",
    r"\b(?:expos(?:e|ing)|reveal(?:ing)?|spill(?:ing)?)\s+(?:what|the\s+truth|how|everything|the\s+(?:rot|corruption|cover[- ]up))",
    r"\bthe\s+truth\s+about\s+(?:what|how)\b",
    r"\bleak(?:ing)?\s+(?:the|these|those|all\s+the|our)\s+(?:internal\s+)?(?:emails|documents|memos|minutes|reports|files|messages|recordings)\b",
    r"\b(?:management|they|the\s+uni(?:versity)?|senior\s+staff|the\s+department)\s+(?:ignored|buried|hid|suppressed|covered)\s+(?:the\s+)?(?:safety|warnings?|reports?|complaints?|concerns|evidence|allegations)\b",
    r"\bcover(?:ing|ed)?[- ]up\b|\bthey(?:'re|\s+are)\s+(?:hiding|covering)\b",
    r"\b(?:falsif\w+|fabricat\w+|fak(?:e|ed|es|ing)|manipulat\w+|doctor(?:ed|ing|s)?|fiddl(?:ed|ing|es)|cook(?:ed|ing|s)?|massag(?:ed|ing|es)|inflat(?:e|ed|es|ing)|misreport\w*|misrepresent\w*|rig(?:ged|ging|s)?|gam(?:ed|ing)|pad(?:ded|ding)|bump(?:ed|ing)\s+up|under-?report\w*|over-?report\w*|hid(?:e|ing)?|burying|buried)\s+(?:the\s+|our\s+|their\s+|its\s+)?(?:\w+\s+){0,2}(?:data|results|figures|numbers|nss|stats|statistics|accounts|books|returns|league\s+table|research|findings|records|marks|progression|retention|continuation|completion|attendance|outcomes|grades|recruitment\s+numbers|student\s+numbers|ofs\s+returns|hesa\s+returns)",
    r"\bgoing\s+public\s*(?:[:\-\u2013\u2014]|about\s+(?:what|how|the\s+way))",
    r"\b(?:lying|lied|been\s+lying)\s+to\s+(?:the\s+)?(?:ofs|office\s+for\s+students|regulators?|auditors?|funders?|ukvi|home\s+office|hse|ico|hesa|qaa|ukri|accreditors?|inspectors?|ofsted)\b",
    r"\b(?:breach(?:ing|ed|es)?|break(?:ing|s)?|broke|ignor(?:ing|ed|es)|flout(?:ing|ed|s)?)\s+(?:the\s+)?(?:law|gdpr|data\s+protection(?:\s+law)?|health\s+and\s+safety(?:\s+(?:law|rules|regs))?|fire\s+(?:regs|regulations|safety\s+rules)|ukvi\s+rules|visa\s+rules|equality\s+act|employment\s+law|ethics\s+(?:rules|approval))\b",
    r"\bi\s+have\s+(?:the\s+)?(?:emails|evidence|proof|receipts|documents|screenshots|recordings|spreadsheets|files|minutes|paperwork|data)\s+(?:to\s+prove|that\s+prove|showing)\b",
    r"\bi\s+have\s+(?:the\s+)?(?:emails|evidence|proof|receipts|documents|screenshots|recordings|spreadsheets|files|minutes|paperwork)\b[^.\n]{0,100}\b(?:posting|post|publish|share|sharing|go\s+public|going\s+public|expose|twitter|tomorrow|the\s+press|the\s+papers)\b",
)
_WHISTLE_ORG = UNI + r"|\b(?:asbestos|legionella|fire\s+(?:safety|doors?|exits?|alarms?)|mould|hazards?|contaminat\w+|radiation|gas\s+leaks?|hr|human\s+resources|(?:line\s+)?manager|director|estates|registry|financ\w*|losses|accounts|budget|safety|records|linkedin|twitter|press|management|department|dept|school|faculty|lab|research|data|funds|money|grant|dean|head\s+of|vc|smt|our\s+team|my\s+team|marks|grades|progression(?:\s+targets?)?|league\s+tables?)\b"

_CHANNELS = (
    r"\b(?:how\s+(?:do|does|can|would|should)\s+(?:i|you|we|one|someone)|where\s+(?:do|can|should)\s+(?:i|you|we)|any(?:one|1)\s+know\s+how|what'?s\s+the\s+(?:process|procedure)"
    r"|is\s+it\s+worth\s+(?:complaining|appealing)|how\s+long\s+(?:does|do|did)|has\s+any(?:one|1)\s+(?:ever\s+)?(?:appealed|complained|made\s+a\s+complaint))\b[^.\n]{0,60}\b(?:appeal|complain|complaint|grievance|process)",
    r"\bwhat\s+happens\s+(?:at|in|during|if|after)\b|\bwhat'?s?\s+(?:a|an|the)\s+(?:\w+\s+)?(?:panel|hearing)\s+like\b|\bany\s+advice\s+(?:on|for|about)\s+(?:an?\s+)?(?:appeal|hearing|panel)",
    r"\bif\s+you\s+(?:have|want\s+to\s+(?:make|raise))\s+(?:a\s+)?(?:complaint|concern|issue|problem)",
    r"\bhow\s+(?:does|do|is|are)\s+(?:a|an|the)\s+[^.?\n]{0,40}?\b(?:work|happen|go|run)\b|\basking\s+for\s+(?:my|a)\s+(?:\w+\s+){0,2}(?:seminar|essay|module|assignment|class|lecture|dissertation|presentation|project)\b",
    r"\b(?:use|used|using|through|via|follow|followed|read|contact|contacted|see|try|tried|filled\s+in|submitted)\s+(?:the\s+)?(?:official\s+)?(?:complaints?\s+(?:procedure|process|form|policy)|whistle[- ]?blowing\s+(?:policy|procedure)|su\s+advice|advice\s+centre|student\s+voice|proper\s+channels?)",
)

_STAFF_DEPTS = (
    r"(?-i:\bIT\b)|\b(?:it\s+(?:services?|support|dept|department|helpdesk|help\s*desk)|hr|human\s+resources|estates|finance|payroll|facilities|timetabling|registry|marketing|procurement"
    r"|the\s+helpdesk|catering|security|print(?:ing)?\s+services|reprographics|the\s+library|cleaners|cleaning|parking|comms|admissions|print\s+room|post\s*room|mail\s*room|room\s+bookings?|bookings\s+team|the\s+timetablers|whoever\s+(?:runs|is\s+in\s+charge\s+of|does|manages|looks\s+after|organises|organizes|is\s+responsible\s+for|sorts)\s+(?:the\s+)?\w+(?:\s+\w+)?|the\s+\w+\s+(?:team|office|room|desk|unit|service|services|hub))\b"
)
_STAFF_GRIPE = (
    r"\b(?:took|taken|taking|takes?)\s+(?:\w+\s+)?(?:\d+\s+)?(?:days|weeks|months|ages|forever)\b|\bstill\s+(?:hasn't|haven't|hasnt|havent|isn't|aren't|doesn't|don't|won't|can't)\b|\bit'?s\s+(?:now\s+)?been\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:days|weeks|months)\b|\bstill\s+(?:waiting|not|no|nothing)\b|\bagain\b[^.\n]{0,40}[.!?]|\bwhat\s+do\s+they\s+(?:even\s+)?do\b"
    r"|\bnobody\s+(?:answers|replies|responds|picks\s+up|gets\s+back)|\bno\s+(?:reply|response|answer)\b|\bcan\s+(?:someone|anyone)\s+(?:from|in|at)\b|\bdoes\s+(?:anyone|someone)\s+(?:from|in|at)\b|\bsort\s+(?:this|it)\s+out\b"
    r"|\bwhy\s+(?:is|does|can't|won't|do|are)\b[^.?!\n]{0,60}\?|\bfed\s+up|\bsick\s+(?:and\s+tired\s+)?of|\bbroken\s+(?:for|since|again)\b|\bticket\s+(?:open|raised|logged)\b|\bchased\s+(?:them|it)\b"
    r"|\b(?:has|have)\s+been\s+(?:off|broken|down|out|closed|missing|leaking|faulty)\s+(?:for|since)\b|\bask\s+(?:\w+\s+){0,5}why\b"
    r"|\breported\s+(?:it|this|the\s+(?:same\s+)?\w+(?:\s+\w+)?)\s+(?:\d+|two|three|four|five|several|multiple|many)\s+times|\b(?:\d+|four|five|several|multiple)\s+times\s+now\b|\bplease\s+sort\s+(?:it|this)\b"
    r"|\bridiculous|\b(?:hasn't|haven't|has\s+not|have\s+not)\s+been\s+\w+\s+(?:in|for)\s+(?:a\s+|\d+\s+|two\s+|three\s+)?(?:weeks?|days|months|ages|fortnight)\b|\bcan\s+(?:someone|anyone)\s+(?:tell|ask|remind|get)\b"
    r"|\bwhy\s+(?:has|hasn't|have|haven't)\s+(?:nobody|no\s+one|anyone|someone)\b|\b(?:nobody|no\s+one)\s+(?:from|in)\s+\w+\s+(?:has\s+)?(?:replied|responded|answered|got\s+back)\b"
    r"|\bplease\s+(?:sort|fix|get|stop|answer|reply|respond|look\s+(?:at|into)|do\s+something|turn|empty|unlock|clean|repair)\b|\b(?:can|could|will|would)\s+(?:someone\s+(?:in|from|at)\s+)?(?:\w+\s+){0,2}(?:please\s+)?(?:sort\s+out|fix|look\s+(?:at|into)|do\s+something\s+about|deal\s+with|get\s+round\s+to)\b"
    r"|\b(?:teaching|working|sitting|freezing|sweltering|marking)\s+in\s+(?:coats|our\s+coats|gloves|the\s+(?:cold|dark|freezing))\b|\bfor\s+(?:a|over\s+a|nearly\s+a|almost\s+a|another)\s+(?:week|fortnight|month|term)\b|\b(?:still|again)\s+(?:broken|down|freezing|leaking|out\s+of\s+order|not\s+working)\b"
    r"|\bit'?s\s+(?:now\s+)?been\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|so\s+many)\s+(?:days|weeks|months)\s+since\b|\bis\s+any(?:one|body|1)\s+(?:actually|even|still)\s+\w+ing\b|\bdoes\s+any(?:one|body)\s+(?:there|in\s+\w+)\s+(?:actually|even)\b"
    r"|\bcan\s+(?:\w+\s+){0,2}(?:please\s+)?stop\b|\bfor\s+the\s+love\s+of\s+(?:god|all\s+that'?s\s+holy)\b|\bthe\s+same\s+[\w\s]{0,30}?\bat\s+every\b"
    r"|\bfor\s+the\s+(?:second|third|fourth|fifth|sixth|umpteenth|nth|\d+(?:st|nd|rd|th))\s+time\b|\bis\s+any(?:body|one|1)\s+(?:in\s+there|there|over\s+there|in\s+\w+)\s+(?:competent|awake|alive|working|listening|reading)\b|\blost\s+my\s+(?:[\w-]+\s+){0,3}?(?:paperwork|forms?|claim|application|documents|file|request|expenses|timesheets?)\b"
    r"|\bwhy\s+(?:can't|cant|won't|wont|doesn't|doesnt|don't|dont)\b|\bevery\s+single\s+(?:year|time|term|week|day|semester)\b|\b(?:timetabling|printing|parking|expenses|payroll|it|estates)\s+hell\b"
    r"|\bdo\s+(?:their|your)\s+(?:job|jobs)\b|\bexplain\s+why\b|\b(?:second|third|fourth|fifth|\w+)\s+(?:month|week|time|day)\s+(?:running|in\s+a\s+row)\b|\bcan\s+whoever\b|\bmissing\s+(?:again|for)\b"
)


# Broader wordings: being investigated or accused oneself, the date of one's
# hearing, going to the press, "worst run uni", the nth clash this term.
_PROCEEDINGS_MORE = (
    r"\b(?:i'm|im|i\s+am|i've\s+been|ive\s+been|i\s+was|i\s+got|we're|we've\s+been|we\s+were|we\s+got)\s+(?:now\s+|currently\s+|officially\s+)?(?:being\s+|been\s+|getting\s+)?(?:investigated|accused|charged|reported|referred|summoned|hauled\s+(?:up|in))\s+(?:for|of|over|to\s+(?:a|the)\s+(?:panel|hearing|committee))\b",
    r"\b(?:the|my|our)\s+(?:hearing|panel|tribunal|investigation\s+meeting|disciplinary|appeal\s+hearing)\s+(?:is|was|'s|got\s+moved\s+to)\s+(?:on|next|tomorrow|this|in|set\s+for|booked\s+for)\b",
    r"\b(?:my|our)\s+(?:disciplinary|misconduct|appeal|complaint|grievance)\s+(?:outcome|result|decision|letter)\s*[:\-–]",
)
_PROCEEDINGS_MORE = _PROCEEDINGS_MORE + (
    r"\b(?:complaint|appeal|claim|case|grievance)\s+(?:is\s+|was\s+|has\s+been\s+|have\s+been\s+|got\s+|has\s+|have\s+|is\s+now\s+|now\s+)?(?:now\s+)?(?:submitted|sent|lodged|filed|escalated|referred|taken|going|gone|went)\s+to\s+(?:the\s+)?(?:oia|ombudsman|ofs|office\s+for\s+students|tribunal|court|acas|independent\s+adjudicator|ico)\b",
    r"\b(?:submitted|lodged|filed|sent|made|raised|put\s+in)\s+(?:a|my|an|the)\s+(?:formal\s+|official\s+|stage\s+\w+\s+)?(?:complaint|appeal|grievance|claim)\s+(?:to|with|against)\s+(?:the\s+)?(?:oia|ombudsman|ofs|uni(?:versity)?|dmu|uon|department|school|faculty|hr|my\s+(?:employer|manager|department|school))\b",
)
_GRIEVANCE_MORE2 = (
    r"\b(?:has|have|'s|'ve)\s+(?:now\s+)?taken\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|over\s+a|nearly\s+a|almost\s+a|more\s+than\s+a)\s+(?:days?|weeks?|months?|year|term)\s+to\b",
    r"\bstill\s+(?:haven't|hasn't|have\s+not|has\s+not|havent|hasnt)\s+(?:told|given|sent|informed|paid|refunded|replied\s+to)\s+(?:me|us)\b",
    r"\b(?:\d+|two|three|four|five|several|multiple|countless)\s+(?:formal\s+)?complaints\b",
    r"\b(?:disgusting|disgraceful|outrageous|appalling|shameful|unacceptable)\s*[.!]*\s*$",
    r"\b(?:posting|publishing|sharing|screenshotting|leaking)\s+(?:every|all|each)\s+(?:single\s+)?(?:of\s+)?(?:the\s+|my\s+)?(?:emails?|messages?|letters?|replies|responses)\s+(?:between|from|with)\b|\buntil\s+(?:someone|somebody|they|the\s+uni(?:versity)?|you)\s+(?:finally\s+)?(?:sorts?|fix(?:es)?|replies|responds|does\s+something|listens)\b",
    r"[£$]\s?9,?[0-9]{3}(?:\s*(?:a|per)\s+year)?\s+(?:for|to\s+get|and\s+(?:we|i)\s+get)\b",
    r"\bshould\s+be\s+(?:embarrassed|ashamed)\b",
)
_GRIEVANCE_MORE2 = _GRIEVANCE_MORE2 + (
    r"\b(?:has|have)\s+(?:completely\s+|totally\s+|utterly\s+|massively\s+)?failed\s+(?:me|us|students|its\s+students)\b|\bbeen\s+waiting\s+since\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|last\s+\w+|the\s+start\s+of)\b",
)
_GRIEVANCE_MORE2 = _GRIEVANCE_MORE2 + (
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:days?|weeks?|months?)\s+since\s+(?:i|we)\s+(?:first\s+)?(?:reported|emailed|asked|submitted|complained|raised|applied|told|contacted)\b",
    r"\bnothing\s+(?:has\s+)?(?:happened|been\s+done|changed)\b",
)
_PROCEEDINGS_MORE = _PROCEEDINGS_MORE + (
    r"\b(?:acas\s+(?:early\s+)?conciliation|early\s+conciliation|(?:my|an?|the|our)\s+(?:unfair|constructive|wrongful)\s+dismissal)\b",
)
_WHISTLE_MORE = (
    r"\bnext\s+(?:step|stop|port\s+of\s+call)\s+(?:is|will\s+be|'s)\s+(?:the\s+)?(?:hse|ofs|regulators?|press|papers?|local\s+paper|media|ombudsman|oia|tribunal|union|police|bbc|ico|nmc|hcpc|gmc|qaa)\b",
    r"\b(?:reported|reporting|report|flagged|flagging|took|taking|sent|sending|passed|passing)\s+(?:the\s+|this\s+|it\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:fraud|misconduct|abuse|breach(?:es)?|cover[- ]?up|data|evidence|concerns?|falsification|fabrication|safety\s+issues?|bullying|harassment|it|this|them)\s+(?:directly\s+)?to\s+(?:the\s+|our\s+)?(?:funders?|ukri|police|press|papers|media|research\s+integrity\s+office|regulators?|ofs|hse|ico|nmc|hcpc|gmc|charity\s+commission|auditors?|journal|sponsors?|nhs\s+trust|council|mp|ombudsman)\b",
    r"\b(?:uni(?:versity)?|management|they|the\s+(?:school|department|faculty|dean|vc)|hr|senior\s+staff)\s+(?:just\s+|simply\s+|completely\s+)?(?:buried|hid|suppressed|covered\s+up|swept|binned|ignored)\s+(?:it|this|them|everything|the\s+(?:report|evidence|complaint|findings|concerns))(?:\s+under\s+the\s+(?:carpet|rug))?\b",
    r"\b(?:going|go|went|goes|about\s+to\s+go|taking\s+(?:this|it))\s+to\s+(?:the\s+)?(?:press|papers|media|newspapers?|bbc|journalists?|a\s+journalist|guardian|times|telegraph)\b",
)
_WHISTLE_MORE = _WHISTLE_MORE + (
    # breaking one's silence about wrongdoing in public
    r"\b(?:i'm|im|i\s+am|i'll|i\s+will|we're|we\s+are)\s+(?:not\s+(?:staying|keeping|being)|done\s+(?:staying|keeping|being))\s+quiet\b|\b(?:won't|will\s+not|refuse\s+to)\s+(?:stay|keep|be)\s+quiet\b",
    # told to change marks to hit a target
    r"\b(?:told|asked|instructed|pressured|pressurised|leaned\s+on|expected)\s+to\s+['‘\"“]?(?:review|change|inflate|bump|adjust|fudge|massage|fiddle|alter|moderate|raise|push)['’\"”]?\s+(?:the\s+|their\s+|some\s+)?(?:marks|grades|results|scores)\s+(?:up|upwards|down|downwards)\b",
)
_GRIEVANCE_MORE = (
    r"\bworst\s+(?:[\w-]+\s+)?(?:run\s+|managed\s+|organi[sz]ed\s+)?(?:uni|university|department|dept|course|faculty|school|halls|institution)\b",
    r"\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?(?:clash|clashes|cancellation|cancelled\s+\w+|time|email|complaint|mistake|error|delay|change|move|screw[- ]?up|cock[- ]?up)\s+(?:this|in\s+a|of\s+the)\s+(?:week|month|term|semester|year)\b",
    r"\b(?:nobody|no\s+one|no-one|noone)\s+(?:at|in|from)\s+(?:the\s+)?\w+(?:\s+\w+)?\s+(?:ever\s+)?(?:answers|replies|responds|picks\s+up|gets\s+back|reads|knows)\b",
)


#: A moot or a mock trial is a law student's practice, not proceedings
#: ("the judge said my rebuttal was the best of the night").
_PRACTICE = (r"\bmoot(?:ing|s|ed)?\b|\bmock (?:trial|tribunal|hearing|court)s?\b",)


class ComplaintOrLegalDetector(Detector):
    rules = ("complaint.public_grievance", "complaint.proceedings", "complaint.whistleblowing",
             "complaint.staff_group")

    def __init__(self) -> None:
        self._rules = (
            Rule("complaint.public_grievance", CAT, _GRIEVANCE + _GRIEVANCE_MORE + _GRIEVANCE_MORE2, near=(Near(_TARGET, 160),), roles=("student",),
                 none_of=_CHANNELS + (r"\b(?:government'?s?|ministers?|parliament|the\s+tories|home\s+office|national\s+policy|prime\s+minister)\b",r"\b(?:thank(?:s|\s+you)(?!\s+for\s+nothing)|shout[- ]?out|kudos|props\s+to)\b",
                         # the author's own mishap: "lost my student card again. third time this
                         # year", "lost my student card for the third time this term"
                         r"(?:^|[.!?]\s+)(?:i(?:'ve|\s+have)?\s+)?(?:lost|forgot|misplaced|dropped|broke)\s+my\s+(?:[\w-]+\s+){0,3}?\w+\s+"
                         r"(?:again\b|for\s+the\s+(?:second|third|fourth|fifth|sixth|umpteenth|nth|\d+(?:st|nd|rd|th))\s+time\b)",), whole=True),
            # Staff: a grievance about their own treatment, not a view on university business.
            Rule("complaint.public_grievance", CAT, _GRIEVANCE, near=(Near(_TARGET, 160), Near(r"\b(?:my(?!\s+own\b)|me|i've\s+been|i\s+was|i'm\s+being|we've\s+been|we\s+were|us)\b", 80)), roles=("staff",),
                 none_of=_CHANNELS + (r"\b(?:thank(?:s|\s+you)|shout[- ]?out|kudos|props\s+to)\b",), whole=True),
            Rule("complaint.proceedings", CAT, _PROCEEDINGS + _PROCEEDINGS_MORE, none_of=_CHANNELS + _PRACTICE, whole=True),
            Rule("complaint.whistleblowing", CAT, _WHISTLE + _WHISTLE_MORE, near=(Near(_WHISTLE_ORG, 160), Near(r"\b(?:our|my|we|us|i'm|i'll|i've\s+got|i've\s+(?:now\s+)?(?:reported|flagged|sent|passed|gone|told|written|contacted|emailed)|i've\s+been\s+(?:raising|reporting|flagging|chasing|complaining\s+about|warning)|(?:raised|reported|flagged)\s+(?:it|this|the)\b|i\s+(?:reported|flagged|sent|told|went|contacted|emailed)|i\s+have\s+(?:the\s+)?(?:emails|evidence|proof|documents|spreadsheets|files|minutes|receipts)|going\s+to|going\s+public|posting|publishing|releasing|leaking|sharing\s+(?:them|these|it))\b", 120)),
                 none_of=_CHANNELS, whole=True),
            Rule("complaint.staff_group", CAT, _STAFF_GRIPE, roles=("staff",), near=(Near(_STAFF_DEPTS, 120),),
                 none_of=_CHANNELS + (r"\b(?:thank(?:s|\s+you)|shout[- ]?out|kudos|well\s+done|amazing|brilliant|hero(?:es)?)\b",), whole=True),
        )

    def detect(self, text: str, ctx: DraftContext) -> list[Detection]:
        return run_rules(self._rules, text, ctx)
