"""Confidential or unpublished information (DMU 4.5, Northampton 7.16, staff
code and guidance "never post any information that could be confidential").

Unannounced plans, embargoed news, internal or draft documents, internal
results before release, tender and partner details, the contents of peer
review, unpublished research, anything about patients or service users from a
placement (DMU 3.3), and a member of staff giving away an unreleased exam.
Press releases, published papers, preprints and announced funding are public
and stay quiet.
"""

from __future__ import annotations

from ..types import Detection, DraftContext, Detector
from ._common import Near, Rule, run_rules

CAT = "confidential"

# Cues that on their own mark information as not for publication.
_STRONG = (
    r"\bnot\s+(?:yet\s+)?(?:public|announced|official|out\s+yet|released|published|confirmed\s+publicly|common\s+knowledge)\s*(?:yet)?\b",
    r"\b(?:it's|it\s+has|it\s+hasn't|hasn't|has\s+not|it's\s+not|it\s+has\s+not)\s+(?:not\s+)?(?:yet\s+)?been\s+(?:communicated|shared|circulated|released|made\s+public|confirmed\s+publicly)\s*(?:yet|publicly|officially|to\s+anyone|to\s+staff|to\s+students)\b",
    r"\b(?:hasn't|has\s+not|haven't|it\s+hasn't|it's\s+not)\s+(?:yet\s+)?(?:gone|been)\s+(?:to|out\s+to|before|in\s+front\s+of)\s+(?:the\s+)?(?:governors|board|council|senate|staff|students|audit\s+committee|exec)\b",
    r"\bnothing(?:'s|\s+has|\s+have)?\s+been\s+(?:said|announced|shared|communicated|confirmed|put\s+out|sent\s+out)\s+(?:to|with)\s+(?:staff|students|anyone|the\s+(?:team|staff|students|school)|us|colleagues)\b|\b(?:staff|students|the\s+team)\s+(?:don't|dont|doesn't)\s+know\s+yet\b",
    r"\b(?:not|aren't|arent|won't|wont|isn't)\s+(?:be\s+)?(?:sharing|releasing|publishing|showing|circulating|telling)\s+(?:it|this|them|that|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:with|to)\s+(?:the\s+)?(?:students|staff|anyone|the\s+team|colleagues|the\s+public)\s+(?:till|until|before|yet)\b",
    r"\b(?:results|figures|scores|rankings|league\s+tables?|nss|ref\s+results|data)\s+(?:came\s+in|arrived|landed|came\s+through|came\s+out)\s+early\b|\bearly\s+sight\s+of\b",
    r"\b(?:announcement|press\s+release|news)(?:'s|\s+is|\s+isn't|\s+won't\s+be)?\s+(?:not\s+)?(?:out\s+|going\s+out\s+|made\s+public\s+)?(?:till|until|before)\s+(?:next|the|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|\d)",
    r"\bbefore\s+(?:it's|its|they're|theyre|it\s+is|they\s+are|it\s+gets|they\s+get|the\s+\w+\s+(?:is|are))\s+(?:\w+\s+)?(?:announced|released|published|made\s+public)",
    r"\b(?:under\s+)?embargo(?:ed)?\b",
    r"\b(?:can't|cannot|not\s+allowed\s+to|shouldn't)\s+(?:officially|publicly)\s+(?:say|share|announce|confirm)\b|\b(?:came\s+through|circulated|shared|leaked)\s+internally\b|\binterim\s+(?:ref|nss|tef|league|results|scores|rankings)\b",
    r"\b(?:(?:it's|it\s+has|has|have)\s+not|it\s+hasn't|hasn't|haven't)\s+(?:yet\s+)?been\s+announced\b",
    r"\b(?:told|said|shared|mentioned|heard|learned|learnt|informed)\s+(?:\w+\s+){0,3}in\s+(?:strict\s+)?confidence\b|\bin\s+strict\s+confidence\b|\btold\s+(?:me\s+|us\s+)?(?:privately|off\s+the\s+record)\b",
    r"\b(?:haven't|hasn't|have\s+not|has\s+not)\s+(?:yet\s+)?been\s+(?:shared|released|published|announced|made\s+public|circulated)\s*(?:yet|with)\b|\b(?<!paper\s)(?<!exam\s)(?<!test\s)(?<!quiz\s)leaked\s*[:!\-–](?![^\n]{0,60}\b(?:exam|paper|test|quiz|mock|resit|answers|questions)\b)|\bannouncement\s+(?:is\s+)?(?:due|expected|planned|scheduled)\s+(?:in|on|next|at|for)\b",
    r"\bbefore\s+(?:the\s+)?(?:official\s+)?(?:announcement|release|launch|publication|press\s+release|formal\s+announcement)\b",
    r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:shared|released|circulated|communicated)\s+(?:with|to)\s+(?:students|staff|anyone|the\s+team|colleagues|the\s+public)\b",
    r"\b(?:can't|cannot|not\s+allowed\s+to|won't)\s+publish\s+(?:it\s+|them\s+|this\s+)?(?:till|until|before|yet)\b",
    r"\b(?:staff|students|anyone|everyone|people|the\s+team|colleagues)\s+(?:haven't\s+been|have\s+not\s+been|hasn't\s+been|not|aren't|weren't|won't\s+be)\s+(?:been\s+)?(?:told|informed|notified)\b",
    r"\bnot\s+(?:been\s+)?(?:told|communicated|shared)\s+(?:to\s+)?(?:staff|students|anyone|the\s+team)\s*(?:yet)?\b",
    r"\b(?:secret|hush-hush|confidential)\s+(?:partnership|deal|project|plan|plans|merger|collaboration|contract|announcement|bid|negotiations?|talks)\b",
    r"\b(?:when|once|until|till|before)\s+(?:it's|its|it\s+is|they're|it\s+gets|the\s+(?:deal|contract|agreement|partnership)\s+is)\s+(?:signed|finali[sz]ed|made\s+official|announced|made\s+public)\b",
    r"\b(?:hush[- ]hush|strictly\s+confidential|top\s+secret|commercially\s+sensitive)\b",
    r"\b(?:internal|leaked|unpublished|unreleased|unapproved|not[- ]yet[- ]approved|confidential)\s+(?:\w+\s+)?(?:memo|email|document|doc|report|figures|results|data|minutes|plans?|strategy|policy|budget|numbers|findings|proposal|list|version|spreadsheet|slides|announcement|review|restructure|outcomes?|paper|submission)\b",
    r"\b(?<!my\s)draft\s+(?:\w+\s+)?(?:strategy|policy|budget|minutes|restructure|announcement|press\s+release|ref\s+submission|business\s+case|league\s+table|nss\s+results|board\s+papers?|council\s+papers?|financial\s+plan|redundancy\s+list|timetable\s+for\s+next)\b",
    r"\b(?:sneak\s+(?:peek|preview)|exclusive\s+(?:first\s+)?look|first\s+look)\b[^.\n]{0,60}\b(?:fees?|budget|plans?|strategy|timetable|restructur\w*|building|campus|results|league|nss|figures)\b",
    r"\bsneak\s+peek\b[^.\n]{0,60}\b(?:we'?ll|we\s+will|we're|going\s+to|announcing|next\s+(?:week|month|year|term))",
    r"\bheard\s+(?:it\s+)?(?:from|in)\s+(?:the\s+)?(?:top|smt|slt|senior\s+management|hr|the\s+board|exec|governors|the\s+vc|council|a\s+(?:senate|board|management|leadership)\s+meeting)\b",
)

# Cues of secrecy that are just as common in personal gossip: they count only
# next to something organisational.
_WEAK = (
    r"\b(?:nobody|no\s+one|no-one)\s+(?:else\s+)?(?:knows|has\s+been\s+told|outside\s+(?:\w+\s+){1,2}knows)\b",
    r"\b(?:just|strictly|purely|only|but|this\s+is|this\s+stays|stays|keep\s+(?:it|this))\s+between\s+(?:us|you\s+and\s+me|ourselves|you\s+and\s+i)\b|(?:^|[.,!?;:(\u2014\u2013-]\s*)between\s+(?:us|you\s+and\s+me|ourselves|you\s+and\s+i)\b",
    r"\b(?:don't|do\s+not|dont|pls\s+don't|please\s+don't)\s+(?:tell|share|repeat|spread|screenshot|leak|post)\s+(?:this|it|anyone|with|the\s+students|the\s+staff|the\s+team|students|staff|the\s+others|them|people|everyone)",
    r"\bkeep\s+(?:this|it)\s+(?:in|within)\s+(?:the\s+)?(?:team|department|room|group|school|faculty)\b|\bkeep\s+(?:schtum|shtum|mum)\b|\bmum's\s+the\s+word\b|\bkeep\s+(?:this|it)\s+(?:quiet|to\s+(?:yourselves|yourself)|on\s+the\s+down\s?low|between\s+us|hush|under\s+wraps)",
    r"\b(?:off\s+the\s+record|on\s+the\s+down\s?low|under\s+wraps|confidential|need[- ]to[- ]know|shh+)\b|🤫|🤐",
    r"\b(?:you\s+)?didn't\s+hear\s+(?:it|this)\s+from\s+me\b",
    r"\b(?:can't|cannot|shouldn't|not\s+supposed\s+to|not\s+allowed\s+to)\s+(?:really\s+)?(?:say|share|tell|talk\s+about|post|name)\s+(?:this|it|much|too\s+much|anything|who|which|where|them|names)?\s*(?:yet|officially|publicly|but)\b",
)
_ORG = (r"\b(?:uni(?:versity)?|dmu|uon|department|dept|school|faculty|management|smt|slt|board|governors|senate|council|staff|course|module|programme|exams?|results|marks"
        r"|papers?|manuscript|findings|study|trial|experiments?|lab|preprint|journal|estates|centre|built|facilities|admissions|applicants|entry\s+requirements|offers|research|data|funding|grant|plans?|policy|budget|fees?|contract|partners?|partnership|company|client|project|vc|vice[- ]chancellor|dean|head\s+of|jobs?|(?:the|new|\d+|two|three|four|five|six|academic|lecturer|lectureship|staff|admin|support)\s+posts?|posts?\s+(?:are|is|will|to\s+go|being|cut)|redundanc\w*"
        r"|restructur\w*|announce\w*|launch\w*|merg\w*|closing|closure|building|campus|hr|pay|salar\w+|we'?ll\s+be|next\s+(?:week|month|term|year)|appoint\w*|hire|hiring|new\s+\w+\s+starts?)\b")

_PUBLIC = (r"\b(?:press\s+release\s+(?:is\s+)?(?:out|here|below|live)|(?:is|are)\s+(?:now\s+)?(?:published|out\s+now|live\s+now)|now\s+(?:published|public|live|out)"
           r"|(?:officially|formally|just|publicly)\s+announced|announced\s+(?:today|this\s+morning|yesterday)|pleased\s+to\s+announce|proud\s+to\s+announce"
           r"|preprint(?!\s+(?:isn't|is\s+not|hasn't|has\s+not|won't|will\s+(?:be|go)|comes?\s+out|is\s+(?:due|coming)|not))|arxiv|biorxiv|medrxiv|ssrn|doi|open\s+access|read\s+(?:it|the\s+paper|more)\s+(?:here|at)|accepted\s+(?:in|at|for\s+publication))\b")

_PLAN = (r"\b(?:we(?:'ll|\s+will|'re|\s+are)\s+(?:be\s+)?(?:about\s+to\s+|going\s+to\s+|set\s+to\s+|gonna\s+|close\s+to\s+)?(?:announc|launch|clos|cut|scrap|merg|introduc|restructur|mak\w*\s+redundan|rais|freez|mov|replac|offer|sign)\w*"
         r"|(?:redundanc\w+|restructur\w*|closures?|job\s+cuts|merger|takeover|cuts|layoffs|new\s+(?:vc|vice[- ]chancellor|dean|head|ceo|principal))\b)")

_PLAN_OBJ = (r"\b(?:fees?|tuition|jobs?|posts?|roles?|redundanc\w*|courses?|modules?|programmes?|degrees?|departments?|schools?|faculty|faculties|campus|building|library|merg\w*|closures?|closing|restructur\w*"
             r"|partnership|partners?|vc|vice[- ]chancellor|dean|head\s+of|policy|strategy|budget|pay|pensions?|discount|bursar\w*|scholarships?|intake|site|centre|institute|staff|students)\b")

_RESULTS_BEFORE = (
    r"\b(?:provisional|draft|unratified|unconfirmed|embargoed|advance)\s+(?:nss\s+|ref\s+|tef\s+|league\s+table\s+|survey\s+|module\s+)?(?:pass\s+lists?|results|marks|grades|classifications|degree\s+outcomes|scores|figures|rankings)\b",
    r"\b(?:moderation|exam\s+board|external\s+examiner|the\s+external)\b[^.\n]{0,80}\b(?:scale|scaling|scaled|adjust\w*|moderate\w*|lower\w*|raise\w*|bump\w*|cap|capp\w+|uplift\w*|boost\w*|drop\w*|reduc\w*|knock\w*)\s+(?:the\s+)?(?:whole\s+)?(?:[\w-]+\s+){0,2}?(?:module|marks|cohort|grades|scripts|results|classifications)\b",
    r"\b(?:exam|progression|award|assessment|module)\s+board\s+(?:is\s+)?(?:tomorrow|next\s+week|on\s+\w+|today|this\s+week)\b[^.\n]{0,100}\b(?:getting|get|fail|failing|failed|\d+\s*%|a\s+third|half|most|\d+\s+(?:students|of\s+them)|2:2s?|thirds|firsts)\b",
    r"\b(?:average|mean|median|pass\s+rate|fail(?:ure)?\s+rate|\d+\s+(?:fails|failed|students\s+failed)|\d{1,3}\s*%\s+(?:of\s+(?:the\s+|my\s+|our\s+)?(?:cohort|class|year|group|module|students|them)\s+)?(?:failed|passed|got\s+a\s+first))\b[^.\n]{0,60}\b(?:grades|marks|results)\s+(?:go\s+out|are\s+released|come\s+out|get\s+released|are\s+out|out|released|published|will\s+be\s+(?:out|released|published))\s+(?:next|on|in|tomorrow|after|friday|monday)",
    r"\b(?:exam\s+board|progression\s+board|award\s+board|assessment\s+board|module\s+board)\s+(?:outcomes?|results|decisions?|figures)\b",
    r"\b(?:marks|grades|results|classifications|outcomes)\b[^.\n]{0,40}\b(?:before\s+(?:they're|theyre|they\s+are|they've|release|results\s+day)|(?:not|haven't|havent|aren't)\s+(?:yet\s+)?(?:been\s+)?(?:released|published|out|ratified))",
)

_STAFF_EXAM = (
    r"\b(?:this\s+year's|the|next\s+week's|tomorrow's|my|our|the\s+upcoming|the\s+\w+)\s+(?:\w+\s+)?(?:exam|paper|test|resit|final)\s+(?:will\s+(?:have|include|be\s+on|feature|cover)|has\s+(?:a|an|two|three)\s+(?:\w+\s+)?questions?\s+on|is\s+(?:all|mostly)\s+(?:on|about)|includes?)\b",
    r"\b(?:hint|tip|spoiler|clue)\b[^.\n]{0,40}\b(?:exam|paper|test)\b[^.\n]{0,60}\b(?:question|revise|comes?\s+up|on\s+the\s+paper|whole\s+question)",
    r"\b(?:revise|learn|look\s+at)\s+[^.\n]{1,40}\b(?:there's|theres|there\s+is)\s+(?:a\s+)?(?:whole\s+)?question\s+on\s+it\b",
    r"\b(?:just\s+)?(?:written|set|finished\s+(?:writing|setting))\s+(?:the|this\s+year's|next\s+month's)\s+(?:\w+\s+)?(?:exam|paper|test)\b[^.\n]{0,60}\b(?:question|q\d|includes?|has|asks?)",
    # the paper for a module, written or in draft, with a question given away:
    # "finished writing the January paper for MATH2041. Q2 is basically the
    # eigenvalue example from week 7", "our draft May paper for BIO1023 ... Q4: ..."
    r"\b(?:written|writing|set|setting|finished|draft(?:ed)?|drafting|unreleased|upcoming)\s+(?:the\s+|our\s+|my\s+)?(?:\w+\s+){0,2}?(?:exam|paper|test|resit)\s+(?:paper\s+)?for\s+(?-i:[A-Z]{2,5}\s?\d{3,4}[A-Z]?)\b[^\n]{0,140}?\bq(?:uestion)?\s*\d{1,2}\b",
)

_PEER_REVIEW = (
    r"\b(?:reviewer|referee|reviewing|refereeing)\s+(?:for|on)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:journal|conference|grant|panel|funder|ukri|erc|esrc|epsrc|wellcome)\b",
    r"\b(?:a|the)\s+(?:paper|manuscript|proposal|grant|submission|bid)\s+(?:i'm|i\s+am|i've\s+been|we're)\s+(?:reviewing|refereeing|assessing)\b",
    r"\b(?:reviewing|reviewed|refereeing|refereed|peer[- ]?review(?:ing)?|assessing|on\s+the\s+panel\s+for|marking)\s+(?:a|an|the|this|someone's|another)\s+(?:[\w']+\s+){0,2}"
    r"(?:grant|paper|manuscript|submission|proposal|article|application|bid|funding\s+bid|fellowship\s+application|promotion\s+(?:application|case)|tenure\s+case)\b"
)

_TENDER = (
    r"(?-i:\b[A-Z]\w+\s+(?:and|&|vs\.?|v)\s+[A-Z]\w+\s+(?:are\s+)?(?:neck\s+and\s+neck|tied|level|both\s+bid\w*))|\b(?:bid|tender|supplier|vendor|contractor)\s+(?:scores|scoring|evaluations?|rankings?|shortlist)\b|\b(?:interviewing|shortlisted|comparing|choosing\s+between|deciding\s+between)\s+(?:\w+\s+){0,2}(?:firms|contractors|suppliers|bidders|vendors|companies|agencies|builders|caterers)\b|(?-i:\b[A-Z]\w+(?:\s+[A-Z]\w+)?)\s+(?:quoted|bid|tendered|came\s+in\s+at)\s+[£$€]|\b(?:the\s+bids?\s+for|came\s+in\s+[£$]|(?:catering|cleaning|security|it|software|building|construction|estates|facilities|travel)\s+contract|bidding\s+(?:against|for)|our\s+bid|tender|tenders|bidders?|procurement|rfp|in\s+talks\s+with|negotiat\w+\s+with|contract\s+negotiations?|partner(?:ship)?\s+(?:agreement|deal|negotiations?|terms)|mou|franchise\s+(?:agreement|deal))\b"
)
_TENDER_DETAIL = (r"\b(?:decide|deciding|under|undercut|over\s+budget|pull(?:ing|ed|s)?\s+out|walk(?:ing|ed)?\s+away|collaps\w+|fall(?:ing|en)?\s+through|terminat\w+|renegotiat\w+|cheapest|priciest|[£$€]\s?\d|\d+\s?k\b|\d+\s?(?:m|million)\b|shortlist\w*|decision|chosen|winning|won(?!'t|’t)|lost|terms|quote[ds]?|bid\s+(?:of|was|is)|undercut|cheaper|frontrunner|preferred|scores?|scored|scoring|neck\s+and\s+neck|ahead\s+(?:on|of)|behind\s+on|on\s+(?:price|quality|cost)|evaluation|ranked|ranking|attached|pricing|winner|beat|beats|favourite)")

_PLACEMENT_WHO = r"\b(?:(?:the|a|my)\s+(?:law\s+clinic\s+|legal\s+advice\s+|pro\s+bono\s+)?client\s+(?:i'm|i\s+am|i)\s+(?:helping|advising|representing|supporting|working\s+with)|the\s+(?:student|trainee|apprentice|intern|tutee)\s+i\s+(?:supervise|mentor|support|teach|look\s+after)|\d{1,3}\s*(?:-|\s)?(?:year|yr)s?[- ]old|\d{1,3}\s*yo|(?:a|an|the|one|this)\s+(?:\w+\s+){0,2}(?:girl|boy|woman|man|lady|gentleman|lad|fella|guy|chap|bloke|mum|mother|dad|father|baby|child|teenager|teen|kid|toddler|grandma|grandad)|(?:a|the|this|one|my|our|that|another)\s+(?:\w+\s+)?(?:patient|service\s+user|client|resident|pupil|child|kid|boy|girl|lady|man|woman|family|household|couple|teenager|parents?)\b|patient's|service\s+user's|resident's|a\s+child|the\s+child|kids?\s+in\s+(?:my|the)\s+class|young\s+person|mr\s+\w+|mrs\s+\w+|bed\s+\d+|bay\s+\d+)\b"
_PLACEMENT_WHO_MORE = (
    r"\b(?:(?:law\s+|legal\s+)?clinic\s+)?(?:client|patient|service\s+user|resident|family)\s+(?:i'm|i\s+am|i've\s+been|we're)\s+(?:helping|advising|representing|supporting|working\s+with|seeing|caring\s+for|visiting|assessing)\b",
    r"(?:^|[.!?,;:]\s*)(?:patient|service\s+user|client|resident|pt|su|young\s+person|child|kid|pupil)\s+(?:on|in|at|from|i\s+(?:saw|visited|met|looked\s+after|cared\s+for|supported|had))\b",
    r"\b(?:patient|service\s+user|client|resident)\s+(?:on|in|at|from)\s+(?:my|the|our|this)\s+(?:\w+\s+)?(?:placement|ward|unit|caseload|shift|rotation|visit|round|list|clinic)\b",
    r"\b(?:patients|service\s+users|clients|residents)\s+(?:on|at|in)\s+my\s+(?:\w+\s+)?(?:placement|ward|caseload|shift|rotation)\b",
)
#: A pupil picked out by year group or class ("Year 9 lad in my placement
#: class"), with what only a safeguarding disclosure would tell.
_PUPIL = (r"\b(?:year|yr)\s*\d{1,2}\s+(?:lad|boy|girl|kid|pupil|child)\b|\b(?:a|one|this|that)\s+(?:of\s+(?:the|my)\s+)?(?:lads?|boys?|girls?|kids?|pupils?|child|children)\s+in\s+my\s+(?:[\w-]+\s+)?(?:class|form|group|set|tutor\s+group)\b")
_PUPIL_DISCLOSURE = (r"\b(?:prison|jail|arrested|police|custody|abuse[ds]?|abusive|self[- ]?harm\w*|social\s+services|safeguarding|in\s+care|foster\w*|hungry|proper\s+meal|hasn't\s+eaten|no\s+food|"
                     r"bruis\w+|hits?\s+(?:him|her|them)|neglect\w*|suicid\w*|died|passed\s+away|evict\w*|homeless|disclos\w+|confided|domestic|deport\w*|addict\w*|drinks?\s+too\s+much)\b")
_PLACEMENT_WHERE = (r"\b(?:nursery|caseload|rotation|community\s+(?:team|placement)|social\s+work\s+team|youth\s+(?:club|centre|service)|the\s+unit|practice\s+placement|my\s+(?:client|clients|patients|patient|service\s+users?)|service\s+users?|refuge|law\s+clinic|legal\s+advice\s+clinic|pro\s+bono|casework|placement|ward|bay\s+\d|shift|clinic|a\s?&\s?e|hospital|care\s+home|surgery|gp\s+practice|on\s+the\s+unit|school\s+placement|nursing\s+home"
                    r"|community\s+visit|home\s+visits?|shadowing|social\s+worker|visited\s+a\s+family|mental\s+health\s+unit|my\s+(?:mentor|practice\s+assessor))\b")
_PLACEMENT_DETAIL = (r"\b(?:diagnos\w+|dementia|cancer|overdose|self[- ]harm|died|passed\s+away|suicid\w*|end\s+of\s+life|terminal|sectioned|schizophreni\w+|bipolar|hiv|pregnan\w+"
                     r"|miscarri\w+|abuse[ds]?|safeguarding|social\s+services|aged?\s+\d|\d{2}\s*(?:yo|y/o|years?\s+old)|her\s+name|his\s+name|name\s+is|called|funniest|funny|weird|gross|disgusting"
                     r"|wouldn't\s+stop|kept\s+(?:asking|calling|shouting)|swore|screamed|family|lives?\s+(?:on|in|at)|room\s+\d|told\s+(?:me|us)|confided|admitted"
                     r"|no-?show\w*|contact\s+(?:visits?|sessions?|time)|at\s+contact"
                     r"|child\s+protection|protection\s+plan|cp\s+plan|looked[- ]after|in\s+care|foster\w*|care\s+order"
                     r"|notes|records|history|chart|medication|meds|condition|wild|crazy|omg|wtf|insane"
                     r"|disclos\w+|worrying|concerning|had\s+to\s+report|report(?:ed)?\s+it|sued|being\s+sued|deport\w*|asylum|immigration|divorc\w*|tribunal|sacked|redundan\w*"
                     r"|court\s+case|arrested|police|prison|custody|probation|benefits|debts?|evict\w*|homeless|addiction|alcoholic|drugs|self-?harm\w*|eating\s+disorder|sectioned|social\s+worker"
                     r"|bruis\w+|injur\w+|abusive|refuge|domestic\s+(?:abuse|violence)|(?:her|his)\s+ex\b|scared|frightened|afraid|crying|cried|confess\w*|husband|wife|boyfriend|girlfriend|neglect\w*|hits?\s+(?:her|him|them)|relapse\w*|heartbreaking|so\s+sad"
                     r"|from\s+(?:the\s+)?(?:news|telly|tv|love\s+island|the\s+papers)|footballer|actor|actress|singer|politician|influencer|celeb\w*|knee\s+op|surgery|operation|admitted|discharged"
                     r"|turned\s+out|recogni[sz]ed|\w+\s+failure|disease|infection|sepsis|fracture|amputat\w+|dialysis|chemo\w*|tumou?r|heart\s+attack|stroke|seizure|coma|transplant|anorexi\w+|bulimi\w+|ptsd|psychosis|into\s+care|taken\s+away|removed\s+from|sobbing|councillor|local\s+\w+\s+(?:mp|councillor|celebrity)|you'd\s+know\s+(?:him|her|them)|my\s+(?:old|ex|mate's|friend's|neighbour|teacher|lecturer)|who\s+(?:was|is)\s+(?:a|my|the|an)|famous|celebrity)\b")

# Research participants: what they said, their names, their answers.
_PARTICIPANTS = (
    r"\b(?:trial|study|research|interview|survey)\s+(?:participant|subject|patient|volunteer|interviewee|respondent)\s*(?:no\.?\s*|number\s+|#)?\d{1,4}\b[^.\n]{0,80}\b(?:the\s+\w+|from\s+(?-i:[A-Z])\w+|died|passed\s+away|stroke|heart\s+attack|diagnos\w+|dropped\s+out|withdrew|admitted|told|said|pregnan\w+|relapse\w*|overdose)",
    r"\b(?:one\s+of\s+)?my\s+(?:dissertation\s+|research\s+|study\s+|phd\s+)?(?:interviewees?|participants?|respondents?|focus\s+group|research\s+subjects?)\b[^.\n]{0,80}\b(?:told|said|admitted|revealed|confessed|story|names?|details|on\s+tape|screenshot|address|diagnos\w+)",
    r"\b(?:screenshots?|photos?|copy|pics?)\s+of\s+(?:my\s+|the\s+)?(?:survey|interview|questionnaire|focus\s+group)\s+(?:responses|answers|data|transcripts?|recordings?)\b",
    r"\bparticipants'\s+(?:names|details|addresses|emails|numbers|answers|responses|stories)\b",
)
# Staff talking about identifiable students' or colleagues' private matters.
_STUDENT_MATTERS = (
    r"\b(?:one\s+of\s+)?my\s+(?:students?|tutees?|supervisees?|phd\s+students?|seminar\s+group|class|dissertation\s+students?)\b[^.\n]{0,80}\b(?:cheat\w*|plagiari\w+|caught|failing|failed|expelled|suspended|disciplinary|misconduct|(?:mum|dad|mother|father|brother|sister)\s+(?:just\s+)?died|bereave\w*|depress\w*|anxiety|mental\s+health|suicid\w*|self[- ]harm|pregnan\w*|diagnos\w+|illness|disabilit\w+|visa|debt|homeless|extenuating|mitigating|repeat\s+the\s+year|kicked\s+out)",
    r"\bthe\s+student\s+who\s+(?:was|got)\s+(?:expelled|suspended|caught|kicked\s+out|excluded|disciplined|arrested)\b",
    r"\b(?:(?:a\s+)?colleague|co-?worker|someone\s+in\s+(?:our|my)\s+(?:team|department|office)|(?-i:[A-Z][a-z]+)\s+in\s+(?:our|my)\s+(?:team|department|office))\b[^.\n]{0,60}\b(?:off\s+with\s+(?:stress|depression|anxiety|a\s+breakdown|burnout|mental\s+health)|off\s+sick\s+(?:again|for\s+(?:months|weeks|ages))|stress\s+again|depress\w*|disciplinary|hr\s+are|capability|performance\s+(?:review|plan)|managed\s+out|sacked|fired|grievance|sick\s+leave|breakdown|rehab)",
)
_UNPUBLISHED = (
    r"\b(?:interim|preliminary|unpublished|early|raw|pilot)\s+(?:trial\s+|study\s+)?(?:data|results|findings|numbers|analysis|trial|study|paper|work|manuscript|experiments?)\b[^.\n]{0,80}\b(?:show|shows|suggest|suggests|prove|proves|found|reveal|reveals|indicate|look|looks|are\s+(?:amazing|incredible|huge|great))",
    r"\b(?:our|my|the\s+lab's|the\s+group's)\s+(?:unpublished|preliminary|early|raw|new|latest|interim)\s+(?:data|results|findings|analysis|numbers|trial\s+results)\b[^.\n]{0,80}\b(?:show|shows|suggest|suggests|prove|proves|found|reveal|reveals|indicate|mean)",
    r"\b(?:haven't|havent|not|before\s+we've|before\s+we)\s+(?:yet\s+)?(?:published|submitted|written\s+(?:it\s+)?up)\b[^.\n]{0,40}\b(?:but|results?|data|found|shows?)",
    # "early results from my PhD survey 👀 62% of care home staff ... (n=418)"
    r"\b(?:early|preliminary|interim|first|initial|sneak\s+peek\s+(?:at|of))\s+(?:results|findings|data)\s+(?:from|of)\s+(?:my|our)\s+(?:phd\s+|masters\s+|msc\s+|dissertation\s+|lab's\s+)?(?:survey|study|trial|experiments?|data|fieldwork|interviews|research|project|thesis)\b(?=[^\n]{0,160}(?:\d\s?%|\bn\s?=\s?\d|\bp\s?[<=]\s?0?\.\d))",
)

# Research under review or submitted, with its results given away.
_UNDER_REVIEW = (
    r"\b(?:still\s+|currently\s+)?(?:under|in)\s+(?:peer\s+)?review\s+(?:at|with|in|for)\b|\b(?:just\s+)?(?:submitted|sent\s+(?:it|off))\s+(?:it\s+|the\s+paper\s+|our\s+paper\s+)?to\s+(?:nature|science|cell|the\s+lancet|lancet|bmj|nejm|pnas|plos|elife|\w+\s+journal)\b"
    r"|\b(?:not|isn't|isnt|hasn't|hasnt)\s+(?:been\s+)?(?:out|published|accepted)\s+yet\b|\b(?:before|till|until)\s+(?:it's|its|the\s+paper's|the\s+paper\s+is|we)\s+(?:out|published|publish|accepted)\b|\b(?:still\s+)?in\s+prep(?:aration)?\b|\bnobody\s+(?:outside|else)\s+(?:the\s+lab|our\s+(?:lab|group|team))\b",
)
_RESULT_GIVEN = (r"\b(?:headline|the\s+(?:main\s+|key\s+|big\s+)?(?:result|finding)|we\s+(?:found|show|showed|cut|reduced|increased|doubled|halved|boosted|improved|discovered|proved|can\s+(?:now\s+)?(?:predict|detect|cure))|it\s+(?:works|cures|reduces|doubles|halves)|our\s+(?:results|data|findings|model|drug|compound|treatment|vaccine|trial|study|intervention|experiment|analysis|device|method)\s+(?:[\w-]+\s+)?(?:halved|doubled|tripled|cut|reduced|showed|shows|found|finds|proves?|improved|increased|works|beat|beats|outperform\w*)|halved|doubled|tripled"
                 r"|shows?\s+that|showed\s+that|suggests?\s+that|\d+\s*%|\d+-?fold|significant(?:ly)?|breakthrough|outperform\w*|beats?\s+(?:the|every|all)|game[- ]?changer)\b")

# Recruitment: who applied, who is shortlisted, who will get the post.
_RECRUIT = (
    r"\bpromotions?\s+(?:committee|panel|board)\b|\bapplicants\s+for\s+(?:reader|professor|chair|senior\s+lecturer|associate\s+professor|promotion)\b|\bappointment\s+panel\b|\bthe\s+candidate\s+we\s+(?:picked|chose|appointed|offered|went\s+with)\b|\b(?:interview\s+|the\s+|our\s+)?shortlist(?:ed|ing)?\s+(?:for|is|has|includes?|of)\b|\binterview\s+panel\b|\b(?:internal|external)\s+(?:candidates?|applicants?)\b|\b\d+\s+(?:internal|external)\b"
    r"|\b(?:front[- ]?runner|preferred\s+candidate|favourite\s+for\s+the\s+(?:job|post|role|chair)|shoo-?in|already\s+(?:decided|picked|chosen)\s+who)\b"
    r"|\b(?:who's|who\s+is|who's\s+going\s+to|who\s+will)\s+(?:getting|get|going\s+to\s+get)\s+the\s+(?:job|post|role|chair|promotion|lectureship|headship)\b"
    r"|\b(?:the\s+)?(?:candidates?|applicants?)\s+for\s+(?:the|our)\s+(?:\w+\s+){0,2}(?:post|role|job|position|chair|lectureship|readership|vacancy)\b",
)
_RECRUIT_POST = (r"\b(?:reader|committee|promotions?|post|role|job|position|chair|lectureship|readership|professorship|vacancy|head\s+of|dean|director|promotion|appointment|hire|hiring|panel|interviews?|shortlist\w*|candidates?)\b")
_RECRUIT_DETAIL = (r"[£$]\s?\d|\b(?:got\s+through|didn't|did\s+not|failed|rejected|turned\s+down|\d+\s+of\s+(?:the\s+)?\d+|above\s+the\s+band|salary|is\s+on|\d+|two|three|four|five|six|internal|external|from\s+(?-i:[A-Z])\w+|front[- ]?runner|favourite|preferred|ahead|going\s+to\s+get|getting\s+it|offered|turned\s+down|didn't\s+get|weak|strong|shoo-?in|stitch[- ]up|already|someone\s+in\s+our|one\s+of\s+(?:us|ours)|our\s+own|named|names)\b|👀|🤫|🤐")
_RECRUIT_PUBLIC = (r"\b(?:announcement\s+will\s+(?:come|be\s+made)|will\s+be\s+announced|great\s+(?:candidates|field|shortlist)|good\s+luck\s+to|we're\s+hiring|we\s+are\s+hiring|apply\s+(?:here|now|by|via|online)|applications?\s+(?:close|open|are\s+open|deadline)|closing\s+date|job\s+advert|vacancy\s+link|link\s+to\s+apply|(?:i've|i\s+have|i)\s+(?:been|got|was|am|'m)\s+(?:shortlisted|interviewed|offered)|i'm\s+shortlisted|i\s+got\s+(?:an\s+)?interview|(?:my|our)\s+interview|wish\s+me\s+luck|congrat\w*|(?:award|prize|book|poetry|booker)\s+shortlist|shortlisted\s+for\s+(?:the\s+|an?\s+)?(?:\w+\s+)?(?:award|prize|medal))\b")

# A draft document, or something leaked to the author.
_LEAKED_DOC = (
    r"\b(?:got\s+|been\s+|was\s+|were\s+|it\s+)?leaked\s+to\s+(?:me|us|my\s+\w+)\b",
    r"\bdraft\s+(?:copy\s+|version\s+)?of\s+(?:the|our|next\s+year's|this\s+year's)\s+(?:new\s+|updated\s+|revised\s+)?(?:[\w-]+\s+){0,2}?(?:regs|regulations|polic(?:y|ies)|strategy|budget|plans?|proposals?|report|review|framework|handbook|restructure|code|rules|consultation|contract|agreement|ref\s+submission|league\s+table|curriculum|timetable)\b",
)
_LEAK_CONTENT = (r"\b(?:leaked|they're|they\s+are|it\s+says|says|scrapping|cutting|getting\s+rid|introducing|removing|raising|pdf|attached|screenshots?|here's|heres|in\s+the\s+gc|in\s+the\s+group|got\s+(?:sent|forwarded)|forwarded|saw|seen|read)\b|👀|🤫")
_EXAM_WORDS = (r"\b(?:exams?|papers?|tests?|quiz(?:zes)?|mocks?|answers|questions|mark\s+schemes?)\s+(?:[\w']+\s+){0,3}?(?:got\s+|was\s+|were\s+|been\s+|has\s+been\s+)?leaked\b|\bleaked\b[^.\n]{0,40}\b(?:exams?|tests?|quiz|mocks?|answers|questions|mark\s+schemes?)\b")


# Broader wordings: internal-only markers, "we'll be told officially on
# Friday", and result figures before the release date.
_STRONG_MORE = (
    r"\binternal\s+(?:use\s+)?only\b|\bfor\s+internal\s+(?:use|eyes|circulation|purposes)\s+only\b|\b(?:staff|internal)\s+eyes\s+only\b|\bnot\s+for\s+(?:public\s+|wider\s+|external\s+)?(?:circulation|sharing|distribution|publication)\b",
    r"\b(?:we'll|we\s+will|they'll|staff\s+will|everyone\s+will|students\s+will|we're|we\s+are)\s+(?:be\s+|being\s+)?(?:told|informed|notified)\s+(?:officially|formally|properly)\b|\b(?:isn't|is\s+not|not|aren't)\s+(?:yet\s+)?(?:official|confirmed|signed\s+off)\s+(?:yet|till|until)\b",
)
_STRONG_MORE = _STRONG_MORE + (
    r"\b(?:comms|the\s+announcement|the\s+email|the\s+news|the\s+press\s+release|the\s+memo)\s+(?:haven't|hasn't|have\s+not|has\s+not|hasnt|havent|hasn't\s+yet|haven't\s+yet)\s+(?:gone\s+out|been\s+sent|been\s+released|come\s+out|landed)\b",
    r"\bnot\s+to\s+be\s+(?:shared|circulated|forwarded|published|repeated)\b",
)
_STRONG_MORE = _STRONG_MORE + (
    r"\b(?:not|isn't|is\s+not|aren't|are\s+not|won't\s+be|it's\s+not)\s+(?:going\s+out|being\s+(?:released|published|shared|announced)|getting\s+(?:released|published|announced))\s+(?:till|until|before)\b",
)
_STRONG_MORE = _STRONG_MORE + (
    r"\bbefore\s+(?:it|they|this|the\s+\w+)\s+(?:goes|go|gets|get|is\s+taken|are\s+taken)\s+(?:to|in\s+front\s+of|before)\s+(?:the\s+)?(?:board|governors|senate|council|exam\s+board|committee|panel|smt|exec)\b",
    r"\bofficial\s+announcement\s+(?:after|before|next|in|on|at|due|not\s+(?:till|until)|won't\s+be\s+(?:till|until))\b",
)
_STRONG_MORE = _STRONG_MORE + (
    r"\b(?:preprint|paper|article|manuscript|results?|findings|data|study)\s+(?:isn't|is\s+not|hasn't|has\s+not|aren't|are\s+not|haven't|have\s+not)\s+(?:even\s+)?(?:up|out|published|submitted|live|public|been\s+(?:published|submitted|released|peer[- ]reviewed))\s*(?:yet)?\b",
)
_RESULTS_GEN2 = (
    r"\b(?:\d+|two|three|four|five|six|half|most|several)\s+(?:of\s+(?:the|my|our)\s+)?(?:[\w-]+\s+){0,3}?(?:dissertations|scripts|students|essays|projects|tutees|submissions)\b[^.\n]{0,50}?\b(?:are\s+going\s+to\s+|will\s+|are\s+getting\s+|getting\s+|have\s+)(?:be\s+)?(?:failed|fail|failing|capped|get\s+(?:a\s+)?(?:first|third|2:2))\b(?=[^\n]{0,120}\b(?:results\s+(?:out|go\s+out|are\s+out|released|published)|before\s+results|not\s+(?:released|out)\s+yet|second\s+marking|moderation|exam\s+board|on\s+the\s+\d{1,2}(?:st|nd|rd|th)?)\b)",
)
_PEER_REVIEW_MORE = (
    r"\b(?:paper|manuscript|proposal|grant(?:\s+application)?|submission|bid|article|application)\s+(?:i'm|i\s+am|i've\s+been|we're|we\s+are)\s+(?:reviewing|refereeing|assessing|peer[- ]reviewing|marking)\b",
)
_RESULTS_GEN = (
    r"\b(?:provisional|draft|unratified|unconfirmed|embargoed|advance|early|internal)\s+(?:[\w-]+\s+){0,2}?(?:pass\s+rates?|fail\s+rates?|averages?|grade\s+distributions?|mark\s+distributions?|outcomes?|progression\s+rates?|classifications?|degree\s+outcomes|results|marks|grades|scores|league\s+table\s+position|rankings?)\b",
)
_WEAK_MORE = (
    r"\b(?:don't|do\s+not|dont|pls\s+don't|please\s+don't|plz\s+don't|please\s+do\s+not)\s+(?:share|forward|circulate|repeat|screenshot|spread|leak)\b\s*(?:[.!,)]|$|yet|outside|beyond|further|widely)",
)
_RESULTS_MORE = (
    r"\b(?:exam|progression|award|assessment|module)\s+boards?\s+(?:minutes|papers|reports?|spreadsheets?|says?|decided|agreed|confirmed|showed|shows)\b",
    r"\b(?:\d+|half|a\s+third|most|loads|a\s+quarter)\s+(?:of\s+(?:the\s+)?)?(?:students|of\s+them|people|the\s+cohort|the\s+class|the\s+group)\s+(?:will\s+|are\s+going\s+to\s+|have\s+|are\s+)?(?:fail|failed|failing|get\s+(?:a\s+)?(?:first|2:1|2:2|third|firsts))\w*\b[^.\n]{0,80}\b(?:results|marks|grades)\s+(?:go|come|are|get)\s+(?:out|released|published)",
)


class ConfidentialDetector(Detector):
    rules = ("confidential.unannounced", "confidential.internal_results", "confidential.exam_content",
             "confidential.peer_review", "confidential.tender", "confidential.placement",
             "confidential.participants", "confidential.student_matters", "confidential.unpublished_research",
             "confidential.recruitment")

    def __init__(self) -> None:
        self._rules = (
            Rule("confidential.unannounced", CAT, _STRONG + _STRONG_MORE, none_of=(_PUBLIC, r"\b(?:album|track|song|single|mixtape|ep|film|movie|trailer|episode|season|game|console|iphone|phone|sneakers|trainers)\b[^.\n]{0,60}\b(?:before|till|until)\s+(?:its?\s+|the\s+)?(?:official\s+)?release\b|\bleak\s+sites?\b"), whole=True),
            Rule("confidential.unannounced", CAT, _WEAK + _WEAK_MORE, near=(Near(_ORG, 150),),
                 none_of=(_PUBLIC, r"\b(?:grievance|tribunal|disciplinary|appeal|my\s+case|legal\s+reasons|my\s+lawyer|my\s+solicitor|essay|assignment|coursework|homework|password|passcode|pin|login|wifi|wi-fi|api\s+keys?|tokens?|door\s+codes?|access\s+codes?|crush|fancy|birthday|surprise|obsessed|addicted|in\s+love|cake|treats?|pizza|biscuits|sweets|chocolates?|party|present|gift|doughnuts|donuts)\b|\bi\s+(?:love|hate|fancy|prefer|adore)\b", r"\bconfidential\s+(?:\w+\s+)?(?:service|support|helpline|advice|counsell?ing|listening|chat|line|reporting|hotline|email|inbox|form|space|route|channel|procedure|process|portal)|\b(?:service|support|helpline|counsell?ing|advice|it'?s\s+all|totally|completely|fully|100%)\s+(?:is\s+|are\s+)?(?:free\s+and\s+|free,\s+)?confidential|\bfree\s+(?:and|&)\s+confidential\b|\bconfidential\s+(?:and|&)\s+free\b"), whole=True),
            Rule("confidential.unannounced", CAT, _PLAN, roles=("staff",),
                 near=(Near(_PLAN_OBJ, 100), Near(r"\b(?:announcement\s+(?:in|on|next|due|expected|coming)|(?:posts?|jobs?|roles?)\s+to\s+go|next\s+(?:week|month|term|year|semester)|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)|from\s+(?:september|january|next)|coming|soon|starts?\s+in|in\s+20\d\d|by\s+20\d\d|from\s+20\d\d|scoop|exclusive|signed\s+(?:it\s+)?off|shh+|🤫|🤐|👀)\b|\b(?:(?:contract|deal|agreement)(?:'s|\s+is|\s+are)?\s+(?:with|at)\s+(?:the\s+)?(?:legal|lawyers|solicitors)|not\s+(?:signed|announced|public)\s+yet)\b|🤫|🤐|👀", 120),),
                 none_of=(_PUBLIC, r"\bannounced\s+(?:today|yesterday|this\s+(?:week|morning)|by\s+the\s+(?:uni|university|vc)|on\s+the\s+(?:website|intranet))\b"), whole=True),
            Rule("confidential.unannounced", CAT, r"\bdraft\s+(?:[\w-]+\s+){0,2}(?:review|report|inspection|audit|findings|minutes|budget|plan|restructure|proposal)\b", roles=("staff",),
                 near=(Near(r"\b(?:damning|scathing|critical|bad|grim|shocking|not\s+(?:yet\s+)?(?:published|out|public|shared)|before|our|the\s+(?:school|department|faculty|uni)|qaa|ofsted|accreditation|external)\b", 100),),
                 none_of=(_PUBLIC, r"\b(?:my|your)\s+draft\b|\bfeedback\s+on\s+(?:the|my|your)\s+draft\b"), whole=True),
            Rule("confidential.internal_results", CAT, _RESULTS_BEFORE + _RESULTS_MORE + _RESULTS_GEN + _RESULTS_GEN2, roles=("staff",),
                 none_of=(_PUBLIC, r"\b(?:will\s+be|are|get|gets|be)\s+(?:released|published|available|out|posted)\s+(?:via|on|through)\s+(?:the\s+)?(?:portal|website|student\s+(?:record|portal|hub)|vle|blackboard|moodle|app|intranet)\b", r"\bresults\s+day\s+(?:is|tomorrow|today)|\bhow\s+(?:do|does|are)\b"), extend=True),
            Rule("confidential.exam_content", CAT, _STAFF_EXAM, roles=("staff",), extend=True),
            Rule("confidential.peer_review", CAT, r"\b(?:referee|reviewer|review|panel|reviewers')\s+(?:comments|reports?|scores|feedback|notes)\s+(?:on|for|about)\s+(?:(?:her|his|their|a|my|our)\s+(?:colleague|friend|co-?author|rival|supervisor|boss|mate)'s|her|his|their|someone's|someone\s+else's|(?:(?:dr|prof|professor)\.?\s+)?(?-i:[A-Z][a-z]+)'s)\s+(?:\w+\s+)?(?:grant|paper|bid|proposal|manuscript|application|submission|fellowship)\b",
                 none_of=(_PUBLIC,), whole=True),
            Rule("confidential.peer_review", CAT, _PEER_REVIEW + _PEER_REVIEW_MORE,
                 near=(Near(r"\b(?:from|by)\s+(?:a\s+)?(?:colleague|team|group|someone|lab|(?-i:[A-Z]\w+))|\b(?:idea|ideas|results?|findings|claims?|method|approach|data|argument|authors?|they\s+(?:found|claim|propose)|not\s+strong|won't\s+get|weak|reject\w*|colleague's)\b|[:—–]", 100),),
                 none_of=(_PUBLIC, r"\b(?:my|our)\s+(?:paper|grant|manuscript|submission|proposal)\b\s+(?:was|is|got)\b|\breviewer\s*(?:2|#2|two)\b"), whole=True),
            Rule("confidential.tender", CAT, _TENDER, near=(Near(_TENDER_DETAIL, 120),),
                 none_of=(_PUBLIC, r"\b(?:tender\s+(?:chicken|loving|stem|age|spot|heart)|legal\s+tender|invitation\s+to\s+tender\s+(?:is|now)\s+(?:open|live|published))\b"), whole=True),
            Rule("confidential.placement", CAT, (_PLACEMENT_WHO, *_PLACEMENT_WHO_MORE), all_of=(_PLACEMENT_WHERE, _PLACEMENT_DETAIL),
                 none_of=(r"\b(?:lecture|module|exam|essay|assignment|learning\s+about|simulation|sim\s+lab|case\s+study|textbook|patient\s+safety\s+(?:week|day|training))\b",), whole=True),
            Rule("confidential.placement", CAT, _PUPIL, all_of=(_PLACEMENT_WHERE, _PUPIL_DISCLOSURE), whole=True,
                 none_of=(r"\b(?:lecture|module|essay|assignment|learning\s+about|case\s+study|textbook|safeguarding\s+(?:training|course|module))\b",)),
            Rule("confidential.participants", CAT, _PARTICIPANTS, whole=True,
                 none_of=(r"\b(?:anonymi[sz]ed|anonymous|thank(?:s|\s+you)|grateful|please\s+(?:fill|take|complete)|recruiting|looking\s+for\s+participants)\b",)),
            Rule("confidential.student_matters", CAT, _STUDENT_MATTERS, roles=("staff",), whole=True,
                 none_of=(r"\b(?:proud|congrat\w*|well\s+done|passed|first\s+class|a\s+first|promoted|award|graduat\w+|if\s+you're\s+struggling|reach\s+out|support\s+services?)\b", r"\b(?:some|half|most|many|loads|a\s+lot|a\s+few|all)\s+of\s+my\s+(?:students|tutees)\s+(?:think|seem|reckon|believe|act|treat|assume|still\s+think)\b")),
            Rule("confidential.unpublished_research", CAT, _UNPUBLISHED, none_of=(_PUBLIC,), whole=True),
            Rule("confidential.unpublished_research", CAT, _UNDER_REVIEW, near=(Near(_RESULT_GIVEN, 120),),
                 none_of=(_PUBLIC, r"\b(?:my|our)\s+(?:essay|assignment|coursework|dissertation\s+draft|application|visa|claim|appeal|complaint|refund|request)\b"), whole=True),
            Rule("confidential.recruitment", CAT, _RECRUIT, near=(Near(_RECRUIT_POST, 100), Near(_RECRUIT_DETAIL, 120)),
                 none_of=(_RECRUIT_PUBLIC,), whole=True),
            Rule("confidential.unannounced", CAT, _LEAKED_DOC, near=(Near(_LEAK_CONTENT, 140),),
                 none_of=(_PUBLIC, _EXAM_WORDS, r"\b(?:my|your)\s+(?:own\s+)?draft\b|\bfeedback\s+on\b|\bconsultation\s+(?:is\s+)?(?:open|live)\b|\bhave\s+your\s+say\b"), whole=True),
        )

    def detect(self, text: str, ctx: DraftContext) -> list[Detection]:
        return run_rules(self._rules, text, ctx)
