"""Staff only: criticising or arguing with students or colleagues in public,
disparaging a cohort, favouritism on student matters, and airing criticism of
colleagues or departments in staff groups (Northampton 7.2, 7.3, 7.16; staff
guidance). Praise of a whole class, neutral notices and jokes about oneself
stay quiet.
"""

from __future__ import annotations

from ..types import Detection, DraftContext, Detector
import re

from ._common import Near, Rule, run_rules
from ._lexicon import COLLEAGUES, SELF_BEFORE, STUDENTS

CAT = "professional_conduct"

_DISPARAGE = (
    r"\b(?:thick|stupid|idiots?|idiotic|morons?|moronic|dumb(?:est)?|useless|lazy|laziest|incompetent|clueless|hopeless|pathetic|illiterate|brain\s*dead|dim|dimwits?|dullards?"
    r"|muppets?|numpt(?:y|ies)|clowns?|circus|dinosaurs?|dead\s?wood|snowflakes?|entitled|whingers?|whiny|whining|moaning|useless\s+lot|waste\s+of\s+(?:space|time|oxygen|a\s+salary)"
    r"|less\s+(?:prepared|motivated|able|capable|engaged)|don't\s+care\s+about\s+(?:students|anyone|their\s+students|teaching)|just\s+(?:want|in\s+it\s+for)\s+the\s+(?:salary|money|pension)"
    r"|worst\s+(?:\w+\s+){0,2}in\s+(?:a\s+decade|years|living\s+memory|\d+\s+years|ages)|takes?\s+credit\s+for\s+(?:[\w']+\s+){0,3}(?:work|ideas|research|papers)"
    r"|can't\s+take\s+(?:criticism|feedback|a\s+joke)|out\s+of\s+spite|spiteful|vindictive|petty|sitting\s+on\s+my\s+\w+"
    r"|embarrassingly\s+(?:bad|poor|weak)|(?:shockingly|appallingly|woefully|painfully)\s+(?:bad|poor|weak)|bad\s+at\s+basic"
    r"|(?:gives|hands)\s+(?:all\s+)?the\s+(?:good|best|easy)\s+\w+\s+to\s+(?:her|his|their)\s+(?:mates|friends|favourites)|dumps\s+(?:the\s+rest|everything|all\s+the\s+\w+)\s+on"
    r"|incapable\s+of|can't\s+think\s+for\s+themselves|named\s+and\s+shamed|looking\s+at\s+you|you\s+know\s+who\s+you\s+are|they\s+know\s+who\s+they\s+are|refuse\s+to\s+(?:write|give)\s+(?:\w+\s+)?references?"
    r"|least\s+(?:motivated|engaged|able|capable|interested|prepared|hard-?working)|refuses?\s+to\s+engage|(?:most\s+\w+|laziest|worst|dullest|weakest|thickest|least\s+\w+)\s+(?:\w+\s+)?(?:group|cohort|class|year|bunch|lot|intake)\s+i(?:'ve|\s+have)\s+(?:ever\s+)?(?:taught|had|seen|marked)"
    r"|couldn't\s+(?:run|organi[sz]e|lead|manage|plan|chair|find)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:bath|raffle|bus|whelk\s+stall|piss-?up|tap|conga\s+line|brewery|party|meeting|queue|chip\s+shop|paper\s+bag|way\s+out|sweet\s+shop|lemonade\s+stand|cake\s+sale|fire\s+drill)|(?:this|the)\s+(?:[\w-]+\s+)?(?:mess|restructure|disaster|chaos|shambles|fiasco|cock-?up)\s+is\s+(?:all\s+|entirely\s+)?(?:his|her|their)\s+(?:fault|doing)|why\s+do\s+i\s+(?:even\s+)?bother|(?:done|did|read|doing)\s+none\s+of\s+the\s+(?:reading|work|prep|tasks?)|none\s+of\s+them\s+(?:did|had|bothered|read|turned\s+up)|not\s+(?:a\s+single|one)\s+of\s+them\s+(?:did|had|bothered|read)"
    r"|(?:total|complete|absolute|utter)\s+(?:fraud|joke|waste\s+of\s+space|idiot|liability|embarrassment|disgrace)|delusional|deluded|spoilt|spoiled|hasn't\s+got\s+a\s+clue|haven't\s+got\s+a\s+clue"
    r"|maybe\s+(?:do\s+the\s+reading|try\s+(?:reading|turning\s+up|attending|listening|working|revising)|read\s+the|turn\s+up|attend|if\s+you)|lost\s+faith|(?:nobody|no\s+one|none\s+of\s+them)\s+(?:in\s+\w+\s+)?(?:knows?|has\s+a\s+clue)\s+what\s+(?:they're|they\s+are)\s+doing"
    r"|(?:doesn't|don't)\s+know\s+what\s+(?:they're|he's|she's|they\s+are)\s+doing|can't\s+stand|takes?\s+credit\s+for\s+(?:everyone|other\s+people|my|our|others)|jobsworths?|pen[- ]pushers?|box[- ]tickers?|paper[- ]pushers?|(?:a\s+)?bunch\s+of\s+(?:jobsworths|egos|egomaniacs|snakes|cowards|bullies|incompetents|clowns|idiots)"
    r"|bull(?:y|ies)|tyrants?|toxic|narcissists?|snakes?|two-faced|not\s+cut\s+out\s+for|out\s+of\s+(?:their|his|her)\s+depth|no\s+business\s+(?:being|studying|teaching)|shouldn't\s+have\s+been\s+(?:admitted|let\s+in|hired)"
    r"|careerists?|amateurs|cowboys|jokers|(?:a\s+)?bunch\s+of\s+(?:amateurs|idiots|clowns|muppets|jokers|cowboys|children|babies)|shouldn't\s+be\s+(?:anywhere\s+near|allowed\s+near|let\s+near)\s+(?:students|a\s+classroom|teaching)"
    r"|a\s+disaster|disaster|shambles|a\s+nightmare|embarrass(?:ing|ment)|mediocre|hopeless|can't\s+be\s+bothered|zero\s+effort|no\s+effort|worst\s+(?:\w+\s+){0,2}(?:ever|i've\s+(?:ever\s+)?(?:had|seen|taught|marked|known))"
    r"|(?:can't|cannot|couldn't|can\s+barely|can\s+hardly)\s+(?:even\s+)?(?:write|read|spell|think|reference|count|do\s+basic|string\s+a\s+sentence|organi[sz]e|construct|form|make|put\s+together|follow|understand|manage|cope|use)|shouldn't\s+be\s+(?:at|in)\s+(?:uni(?:versity)?|he|higher\s+education|this\s+(?:course|job|profession|building))"
    r"|no\s+idea\s+what\s+(?:they're|they\s+are|he's|she's)\s+doing|what\s+do\s+they\s+(?:even\s+)?do\s+all\s+day|look\s+productive|deserves\s+a\s+medal|don't\s+(?:even\s+)?(?:bother|try|read|listen)"
    r"|genuinely\s+(?:thick|stupid|useless)|so\s+(?:lazy|thick|stupid|useless|slow)|bone\s+idle|spoon[- ]?fed|babysit(?:ting)?|think\s+(?:'the\s+internet'|the\s+internet|wikipedia)\s+is\s+a\s+(?:valid\s+)?(?:reference|source)"
    r"|grow\s+up|get\s+a\s+grip|think\s+(?:a|the|their)\s+(?:[\w:]+\s+){1,3}(?:is|are)\s+optional|dumber|thicker|lazier|can't\s+even|couldn't\s+organi[sz]e"
    r"|how\s+hard\s+(?:can\s+it\s+be|is\s+it(?:\s+to)?)|(?:messed|screwed|cocked|mucked|stuffed|fucked)\s+up\s+(?:[\w']+\s+){0,4}(?:again|yet\s+again|as\s+usual)|can't\s+get\s+(?:anything|a\s+single\s+thing|the\s+simplest\s+thing)\s+right|as\s+useless\s+as\s+(?:ever|usual)"
    r"|has\s+never\s+(?:taught|run|managed|led|published|done|written|supervised|worked)\b[^.\n]{0,40}\bin\s+(?:his|her|their)\s+(?:life|career)|waste\s+of\s+(?:a\s+)?(?:department|team|salary|job|post|building|budget|office)"
    r"|(?:produce|produces|do|does|contribute|contributes|deliver|delivers)\s+(?:absolutely\s+)?nothing\s+(?:but|useful|of\s+(?:value|use)|all\s+day)|i\s+know\s+(?:it\s+was\s+you|who\s+you\s+are)|(?:and\s+)?so\s+will\s+every(?:one|body)\s+(?:else\s+)?soon|every(?:one|body)\s+will\s+(?:soon\s+)?(?:know|find\s+out)\s+(?:who|soon|it\s+was)"
    r"|can\s+(?:they|some\s+of\s+them|any\s+of\s+them|half\s+of\s+them)\s+(?:even|actually)\s+(?:read|write|spell|count|think)|the\s+state\s+of\s+(?:some\s+of\s+)?(?:these|the|my|this\s+year's)\s+(?:[\w-]+\s+){0,2}?(?:scripts|essays|reports|submissions|answers|dissertations|students)"
    r"|(?:otherwise\s+)?(?:dreadful|awful|terrible|dire|hopeless|boring|dull|painful|miserable|thick)\s+(?:group|cohort|class|lot|bunch|year\s+group|intake)|can't\s+(?:teach|mark|lecture|supervise|manage|lead)\b"
    r"|(?:hope\s+you\s+)?enjoy\s+(?:failing|the\s+resits?|resitting|repeating\s+the\s+year)|see\s+(?:you|the\s+rest\s+of\s+you)\s+(?:at|in)\s+the\s+resits?|need(?:s)?\s+a\s+(?:serious\s+)?(?:talking[- ]to|kick\s+up\s+the\s+\w+|rocket\s+up)|nothing\s+(?:ever\s+)?gets\s+done|never\s+gets?\s+anything\s+done"
    r"|unreliable|flaky|a\s+liability|(?:a\s+nightmare|impossible)\s+to\s+work\s+with|done\s+covering\s+for|sick\s+of\s+covering\s+for"
    r"|rolling\s+my\s+eyes|eye\s*roll|🙄|🤦)\b|🙄|🤦"
)

_ARGUE = (
    r"\b(?:students?|final[- ]years|first[- ]years|second[- ]years|third[- ]years|freshers|undergrads|those\s+of\s+you|people|anyone|whoever)\s+who\s+(?:email|emails|message|messages|ask|asks|complain|complains|moan|moans|turn\s+up|submit|submits|think|thinks|expect|expects|want|wants|keep)\b[^\n]{0,120}\b(?:like\s+(?:adults|grown-?ups)|grow\s+up|plan\s+(?:better|your\s+time|ahead)|not\s+my\s+problem|the\s+answer\s+is\s+no|learn\s+to|get\s+organi[sz]ed|read\s+the\s+(?:handbook|brief|guide|module\s+guide|email))",
    r"\b(?:dear|to\s+(?:the|all|those))\s+(?:\w+\s+){0,2}(?:students?|years?|freshers|cohort|class|people|tutees)\s+who\b[^\n]{0,180}\b(?:plan\s+better|grow\s+up|read\s+the|not\s+my\s+problem|(?:won't|will\s+not)\s+be\s+answering|tough|learn\s+to|do\s+better|get\s+organi[sz]ed|try\s+harder|do\s+the\s+reading)\b",
    r"\btold\s+(?:a|one|this|that|my)\s+(?:\w+\s+)?(?:student|tutee|fresher|first[- ]year|undergrad)\b[^.\n]{0,80}\b(?:should\s+(?:leave|quit|drop\s+out|give\s+up|find\s+another)|not\s+cut\s+out|no\s+regrets|wasting|waste\s+of|grow\s+up|get\s+(?:a\s+grip|over\s+it))",
    r"\bif\s+you(?:'d|\s+had)?\s+(?:actually\s+|even\s+|just\s+|ever\s+)?(?:spent|put|bothered|read|attended|listened|turned\s+up|tried|opened|looked\s+at|revised|done)\b[^.\n]{0,100}\byou(?:'d|\s+would|\s+might)\s+(?:have\s+|not\s+have\s+)?(?:passed|done\s+better|got\s+a|know|understand|not\s+(?:have\s+)?failed)\b",
    r"\byour\s+(?:mark|grade|result|score|classification)\s+(?:won't|will\s+not|isn't\s+going\s+to|is\s+not\s+going\s+to|doesn't|does\s+not)\s+(?:change|go\s+up|be\s+changed|be\s+raised)\b[^.\n]{0,60}\b(?:just\s+)?because\s+you\b",
    r"\b(?:replying|responding|reply)\s+to\s+(?-i:[A-Z][a-z]+)'s\s+(?:tweet|post|comment|story|review|thread|video|tiktok)\b[^\n]{0,120}\b(?:your\s+(?:mark|grade|essay|work|feedback|extension|deadline)|you\s+(?:cried|complained|moaned|should\s+have|didn't|failed))",
    r"@\w+[^\n]{0,60}\b(?:you\s+got\s+(?:a\s+)?\d+\s*%?\s+because|stop\s+(?:whining|moaning|complaining|crying|whinging)|because\s+you\s+(?:wrote|didn't|only|never|barely))\b",
    # answering a colleague in public: "Dr X, your comment makes it clear you didn't read the paper"
    r"(?:@\w+|(?-i:\b(?:Dr|Prof|Professor)\.?\s+[A-Z][a-z]+))[^.\n]{0,80}\b(?:you\s+(?:clearly\s+|obviously\s+)?(?:didn't|did\s+not|haven't|have\s+not|never)\s+(?:even|actually|bothered\s+to)\s+(?:read|listened\s+to|looked\s+at)\b|you\s+(?:clearly\s+|obviously\s+)?(?:didn't|did\s+not)\s+read\s+(?:the|my|our)\s+(?:paper|article|thread|study|report|post|abstract|book|evidence|data|piece|findings|methods?)\b(?!\s*\?)|maybe\s+start\s+(?:with|by))",
    r"@\w+[^.\n]{0,80}\b(?:if\s+you'd|if\s+you\s+had\s+(?:read|bothered|attended|turned\s+up|listened)|maybe\s+(?:try|if\s+you|read)|not\s+my\s+(?:fault|problem)|maybe\s+(?:turn\s+up|come|attend|show\s+up|do\s+the)|(?:you\s+)?clearly\s+(?:haven't|didn't|did\s+not|have\s+not)\s+(?:read|bothered|listened|attended|looked)|(?:it's|it\s+is|is)\s+(?:literally\s+)?in\s+the\s+(?:module\s+)?(?:handbook|guide|brief|slides|email)|next\s+time\s+(?:try|maybe|turn\s+up|read)|learn\s+to\s+read|read\s+the\s+(?:handbook|brief|email|guidance|module\s+guide))",
    r"\bto\s+(?:my|our|all\s+the)\s+(?:\w+\s+){0,2}(?:students?|years?|freshers|cohort|class|group|lot|tutees)\s+who\b[^.\n]{0,80}[:,-]\s*(?:maybe|try|next\s+time|grow\s+up|get\s+over|read|learn|do\s+the|don't\s+bother|no\s+point|good\s+luck|enjoy\s+(?:failing|the\s+resit))",
    r"\bto\s+the\s+(?:\w+\s+){0,2}(?:students?|years?|freshers|cohort|class|group|person|one|lot)\s+who\b[^.\n]{0,80}[:,-]\s*(?:maybe|try|next\s+time|grow\s+up|get\s+over|read|learn|do\s+the|your\s+(?:essay|work|exam|answer|presentation|attitude|attendance|grammar|spelling|writing)\s+(?:was|is))",
    r"\b(?:arguing|argued|argument|row(?:ed|ing)?|fight(?:ing)?|fought|spat|shouting\s+match|bickering|set\s+(?:him|her|them)\s+straight|put\s+(?:him|her|them)\s+in\s+(?:his|her|their)\s+place)\s+(?:with\s+)?"
    r"(?:a|my|one\s+of\s+my|this|some|our|the|that)\s+(?:\w+\s+){0,2}(?:students?|colleagues?|tutees?|phd\s+students?|undergrads?|first[- ]years?|second[- ]years?|third[- ]years?|final[- ]years?|fresher|co-?workers?|line\s+manager|boss|dean|hod)\b",
    r"\b(?:replying|responding|reply)\s+to\s+(?:a|this|that|the|one|some)\s+(?:\w+\s+)?(?:student|fresher|undergrad|first[- ]year|tutee)\b[^.\n]{0,20}\b(?:on|in)\s+(?:twitter|x|insta(?:gram)?|tiktok|facebook|linkedin|reddit|the\s+comments)\b",
    r"(?:@\w+|\b(?-i:[A-Z][a-z]+))\s*,?\s+(?:you're|you\s+are|ur)\s+(?:wrong|embarrassing\s+yourself|clueless|an?\s+(?:idiot|disgrace|embarrassment))\b",
    # answering a student's public complaint in public: "I'm the convenor of the module you're moaning about"
    r"\b(?:module|course|lecture|seminar|uni|university|assignment|essay|exam|marking|department)\s+(?:you're|you\s+are|ur)\s+(?:moaning|complaining|whining|whinging|ranting|describing)\s+about\b",
    r"\b(?:as\s+(?:a|the)\s+(?:lecturer|convenor|module\s+leader|tutor|marker)|i'm\s+the\s+(?:convenor|module\s+leader|lecturer|tutor|marker))\b[^\n]{0,160}\byour?\b[^\n]{0,160}\b(?:before\s+posting|not\s+on\s+here|check\s+your|you\s+(?:uploaded|submitted|only\s+wrote|missed))\b",
)

_FAVOUR = (
    r"\b(?:my\s+)?(?:star|favou?rite|fave|golden|best)\s+(?:student|tutee|pupil|phd\s+student)\b(?!s)",
    r"\bteacher'?s\s+pet\b",
    r"\bconsider\s+(?:that|your|the|this)\s+(?:viva|exam|interview|assessment|mark|grade|resit)\s+(?:a\s+)?(?:formality|done|sorted|in\s+the\s+bag)\b",
    r"\bwave\s+(?:[\w']+'s|his|her|their)\s+(?:mitigating\s+circ(?:umstance)?s|mit\s*circs|ecs?|extension|appeal|claim|application)\s+through\b",
    r"\b(?:course|student|class|programme)\s+rep\s+(?:election|elections|vote|candidates?)\b[^\n]{0,80}\b(?:my\s+vote|vote\s+(?-i:[A-Z])\w+|backing|behind\s+(?:her|him|them))",
    r"\bone\s+of\s+the\s+good\s+ones\b|\bunlike\s+the\s+rest\b(?!\s+of\s+(?:us|my|the\s+(?:world|day|week|year)))",
    r"\b(?:liked|retweeted|rt'?d|reposted|shared|boosting|endorsing)\s+(?:all\s+(?:of\s+)?|every\s+one\s+of\s+)?(?:[\w']+'s|her|his|their)\s+(?:\w+\s+)?(?:posts?|tweets?|campaign|manifesto)\b",
    r"\b(?:su|students'?\s+union|student)\s+(?:president|election|officer|rep|elections)\b[^.\n]{0,60}\b(?:my\s+vote|vote\s+for|backing|my\s+support|behind\s+(?:her|him|them))",
    r"\b(?:my\s+)?(?:favou?rite|fave|best)\s+(?:one\s+)?of\s+(?:all\s+)?(?:my|the)\s+(?:students|tutees|class|cohort|supervisees|group|pupils)\b",
    r"\bi'll\s+make\s+sure\s+(?:he|she|they)\s+gets?\s+(?:the|a)\s+(?:studentship|placement|scholarship|award|prize|job|first|distinction|extension|funding|top\s+mark)",
    r"\b(?:far|much|way|miles)\s+better\s+than\s+(?:the\s+rest|the\s+others|[\w']+'s\s+students|everyone\s+else|the\s+other\s+students)\b",
    r"\b(?:she's|he's|they're|(?-i:[A-Z][a-z]+)\s+is|(?-i:[A-Z][a-z]+)'s)\s+the\s+only\s+(?:one|student)\s+(?:who|that)\s+(?:makes|is\s+worth|actually|ever|bothers|tries|listens|reads|gets\s+it)",
    r"\b(?:the\s+)?best\s+in\s+(?:the|my|this)\s+(?:class|group|cohort|year|module)\b",
    r"\b(?:she'll|he'll|you'll|she\s+will|he\s+will)\s+(?:definitely|100%|easily|certainly)\s+get\s+a\s+(?:first|1st|distinction|high\s+mark|top\s+mark|70)",
    r"\b(?:the\s+)?only\s+one\s+(?:in\s+(?:the|my|this)\s+(?:class|group|cohort|module|year)\s+)?(?:actually\s+|really\s+|even\s+)?worth\s+(?:teaching|the\s+effort|marking|my\s+time|bothering\s+with)",
    r"\b(?:extra|bonus)\s+marks?\s+(?:for|to)\s+(?:my|her|him|them|(?-i:[A-Z][a-z]+))\b",
    r"\b(?:gave|give|giving|given)\s+(?:her|him|them|(?-i:[A-Z][a-z]+))\s+(?:a\s+few\s+|a\s+couple\s+of\s+|some\s+|\d+\s+)?(?:extra|bonus)\s+(?:marks?|points?|percent)\b",
    r"\b(?:go(?:ing)?|went)\s+easy\s+on\s+(?:her|his|their|(?-i:[A-Z][a-z]+)'s)\s+(?:marking|mark|grade|essay|script|work)\b",
    r"\b(?:bump(?:ed|ing)?|round(?:ed|ing)?|nudg(?:e|ed|ing))\s+(?:up\s+)?(?:her|his|their|(?-i:[A-Z][a-z]+)'s)\s+(?:mark|grade|score)\s+(?:up\s+)?(?:because|cos|as|since)",
    r"\b(?:unlike|compared\s+to|better\s+than)\s+the\s+rest\s+of\s+(?:them|the\s+(?:class|cohort|group|year))\b",
)

# Favouring one student: the only one in the group the author rates.
_FAVOUR_MORE = (
    r"\b(?:only|always)\s+(?:write|give|do|offer|grant)\s+(?:\w+\s+)?(?:references?|extensions?|marks|feedback|help|support|placements?)\s+(?:for|to)\s+(?:students|the\s+ones|people|those|tutees)\s+(?:i|that\s+i|who\s+i|whom\s+i)\s+(?:actually\s+|really\s+|genuinely\s+)?(?:like|rate|get\s+on\s+with|prefer)\b",
    r"\b(?:give|gives|giving|gave)\s+(?:[\w']+\s+){0,2}?(?:the\s+)?(?:easy|easiest|best|good|better|easier|nicer|interesting|top)\s+(?:projects|topics|marks|grades|slots|placements|questions|supervisors|feedback|titles)\s+(?:because|cos|as|since)\s+(?:i\s+(?:like|prefer|rate)|they're\s+my|she's\s+my|he's\s+my)",
    r"\bbecause\s+i\s+(?:like|prefer|rate)\s+(?:them|her|him|that\s+group)\s+(?:more|better|best)\b",
    r"\bthe\s+only\s+(?:one|student|person)\s+(?:in|from|on|of)\s+(?:the|my|this|that|our)\s+(?:[\w-]+\s+)?(?:class|group|cohort|year|module|seminar|tutorial|lot)\s+with\s+(?:a\s+brain|any\s+(?:sense|talent|brains|ability|potential)|half\s+a\s+brain|a\s+clue|any\s+clue)\b",
    r"\b(?:giving|gave|give|given|getting|got|offering|offered)\s+(?-i:[A-Z][a-z]+)\s+(?:the|a|an|first\s+dibs\s+on\s+the)\s+(?:[\w-]+\s+){0,2}?(?:placement|slot|place|studentship|scholarship|extension|role|prize|award|mark|grade|job|internship|reference|spot|project|position)\s+(?:because|cos|cause|as|since)\s+"
    r"(?:(?:his|her|their)\s+(?:parents|family|dad|mum|mother|father)\s+(?:is|are)\s+(?:\w+\s+)?(?:friends?|mates)|(?:he|she|they)(?:'s|\s+is|'re|\s+are)\s+(?:my|a)\s+(?:\w+\s+)?(?:favourite|friend|mate|godson|goddaughter|neighbour|relative|nephew|niece|cousin)|i\s+(?:like|prefer|know)\s+(?:him|her|them|his|her|their))",
    r"\bthe\s+only\s+(?:one|student|person|tutee|kid)\s+(?:in|from|on|of)\s+(?:my|the|this|our|that)\s+(?:\w+\s+){0,2}(?:group|class|cohort|module|seminar|tutorial|year|lot|intake|set)\s+(?:(?:that|who|whom)\s+)?(?:i\s+)?(?:actually\s+|really\s+|genuinely\s+|even\s+|properly\s+)?(?:rate|like|trust|respect|enjoy|can\s+stand|care\s+about|bother\s+with|look\s+forward\s+to)\b",
    r"\b(?:(?:she's|he's|they're|(?!(?-i:That|This|What|It|Here|There|Who|Which)\b)(?-i:[A-Z][a-z]+)\s+is|(?!(?-i:That|This|What|It|Here|There|Who|Which)\b)(?-i:[A-Z][a-z]+)'s)\s+(?:easily\s+|definitely\s+|by\s+far\s+)?(?:my\s+)?(?:favou?rite|fave|pick\s+of\s+the\s+bunch)\s+(?:in|of|from|on|out\s+of)\s+(?:the|my|this|our|all\s+(?:the|my))\s+(?:[\w-]+\s+)?(?:class|group|cohort|seminar|tutorial|module|year|lot|bunch|tutees|students|supervisees)"
    r"|my\s+(?:favou?rite|fave)\s+(?:of\s+the\s+(?:bunch|lot|group)|in\s+(?:the|my|this)\s+(?:[\w-]+\s+)?(?:class|group|cohort|seminar|tutorial)))\b",
    r"\b(?:the\s+rest\s+of\s+(?:them|the\s+(?:class|group|cohort|year))|everyone\s+else\s+in\s+(?:the|my)\s+(?:class|group|cohort))\s+(?:could|should|can|need\s+to)\s+learn\s+(?:a\s+thing\s+or\s+two\s+)?from\s+(?:her|him|them)\b",
)

# Broader favouritism: help or material only for the students one likes or who
# flatter, marks nudged up for a student for a personal reason.
_FAVOUR_GEN = (
    r"\b(?:only|just)\s+(?:ever\s+)?(?:give|send|help|reply\s+to|answer|offer|share|grant|write|do|email|upload)\b[^.\n]{0,60}?\b(?:the\s+ones|students|those|people|tutees|the\s+people|the\s+kids|anyone)\s+(?:who|that)\b[^.\n]{0,50}?\b(?:(?:are|is|were)\s+nice\s+to\s+me|nice\s+to\s+me|suck\s+up|sucks\s+up|i\s+(?:actually\s+|really\s+)?(?:like|rate|prefer|get\s+on\s+with)|flatter|compliment\s+me|bring\s+me|buy\s+me|laugh\s+at\s+my|follow\s+me|crawl|butter\s+me\s+up|are\s+my\s+favourites)\b",
    r"\b(?:bump(?:ed|ing|s)?|round(?:ed|ing|s)?|nudg(?:e|ed|ing|es)|push(?:ed|ing|es)?|upp(?:ed|ing)|rais(?:e|ed|ing|es)|boost(?:ed|ing|s)?|bung(?:ed)?)\s+(?:up\s+)?(?:her|his|their|(?:my|our|a|one|this)\s+(?:[\w-]+\s+)?\w+'s|(?-i:[A-Z][a-z]+)'s)\s+(?:\w+\s+)?(?:mark|grade|score|result|classification)s?\s+(?:up\s+)?(?:(?:a\s+)?(?:bit|little|touch|tad|smidge|couple|few)(?:\s+of)?(?:\s+(?:marks|points|percent|%))?\s+|slightly\s+|by\s+\d+\s*(?:marks|points|percent|%)?\s+|to\s+a\s+\w+\s+)?(?:up\s+)?(?:because|cos|cause|as|since|coz|cuz|bc|just\s+because)\b",
)

_FAVOUR_GEN = _FAVOUR_GEN + (
    r"\b(?:gave|give|giving|gives|allocat\w+|assign\w+|saved|saving|keep|keeping|kept|handed|handing|offered|offering)\s+(?:all\s+)?(?:the\s+)?(?:best|easiest|easy|good|better|top|nicest|plum|most\s+interesting|pick\s+of\s+the)\s+(?:[\w-]+\s+)?(?:projects|topics|marks|grades|slots|placements|questions|supervisors|titles|dissertations|rooms|shifts|opportunities|internships|references|feedback|extensions)\s+(?:for|to)\s+(?:the\s+)?(?:students|ones|kids|people|tutees|my|those|lot)\b[^.\n]{0,50}?\b(?:my\s+own|i\s+(?:like|prefer|rate|get\s+on\s+with)|favou?rites?|faves|obviously|of\s+course|nice\s+to\s+me|suck\s+up|mates|friends|my\s+(?:tutor\s+group|tutees|supervisees|seminar\s+group|lab))\b",
    r"\b(?:only|just)\s+(?:\w+ing|\w+)\s+(?:[\w-]+\s+){0,2}?(?:my\s+)?(?:favou?rite|fave|best|star|pet)\s+(?:students|tutees|ones|pupils|supervisees|kids)\b",
    r"\b(?:my\s+)?(?:favou?rite|fave|star|best)\s+(?:students|tutees|supervisees)\s+(?:get|got|getting|will\s+get|always\s+get)\s+(?:the\s+|first\s+|extra\s+|more\s+|priority|put\s+forward)",
)
_FAVOUR_GEN = _FAVOUR_GEN + (
    # a word put in with a panel for someone close: "my godson's applying for
    # the MSc. Just put a word in with the panel and it's sorted"
    r"\bput\s+(?:in\s+)?(?:a\s+|the\s+)?(?:good\s+|quiet\s+|little\s+)?word\s+in\s+(?:with\s+)?(?:the\s+|my\s+|our\s+)?(?:\w+\s+)?(?:panel|admissions(?:\s+team|\s+tutor)?|board|examiners?|exam\s+board|interviewers?|selection\s+(?:panel|committee)|shortlisting|markers?|course\s+leader|programme\s+leader|head\s+of\s+department|hod)\b",
)
_FAVOUR_GEN = _FAVOUR_GEN + (
    # more time or a better mark for one named student, with a personal tie
    # as the reason: "given Rhys an extra week ... his dad and I go back a
    # long way", "I'll bump Chloe up a band, her dad's an old friend"
    r"\b(?:gave|given|giving|give|granted|granting|grant|let|letting|bump(?:ed|ing)?|nudg(?:e|ed|ing)|mov(?:e|ed|ing)|push(?:ed|ing)?)\s+(?-i:[A-Z][a-z]+)\s+"
    r"(?:an?\s+|up\s+(?:a|one|to\s+a)\s+)?(?:extra|another|more|longer|higher|band|grade|class|mark|week|couple\s+of)\b[^\n]{0,90}?"
    r"\b(?:(?:his|her|their)\s+(?:mum|mom|dad|mother|father|parents?|family|uncle|aunt|brother|sister)(?:'s|\s+is|\s+are|\s+and\s+i)\b[^.\n]{0,40}?"
    r"\b(?:friends?|mates?|go\s+(?:way\s+|a\s+long\s+way\s+)?back|known|board|governors?|golf|neighbours?|colleagues?)\b|(?:we|i)\s+go\s+(?:way\s+|a\s+long\s+way\s+)?back\b)",
)
_COLLEAGUES_MORE = COLLEAGUES + r"|\b(?:library|admin|administrative|support|catering|security|cleaning|office|reception|teaching|academic|professional\s+services|technical|lab|it|estates|finance|hr|senior|management|marketing|comms)\s+staff\b|\b(?:the\s+)?(?:people|lot|folk|muppets|clowns)\s+(?:in|at|from|running)\s+(?:the\s+)?\w+"
# the leadership, and staff named by their part in teaching and marking
_COLLEAGUES_MORE += (
    r"|\b(?:(?:senior|university|uni's|school's|our|the|exec(?:utive)?)\s+leadership(?:\s+team)?|executive\s+(?:board|team)|the\s+exec|(?:the\s+|our\s+)?vc|vice[- ]chancellor|provost|pvc(?:\s+\w+)?|pro[- ]vice[- ]chancellor"
    r"|(?:associate|deputy)\s+dean|registrar|directors?\s+of\s+\w+|second\s+marker|moderator|external\s+examiner|(?:lab\s+)?tech(?:nician)?s?|convenor|(?:module|programme|course)\s+leader"
    r"|research\s+office|the\s+people\s+upstairs"
    # the newest in the team
    r"|(?:the\s+|our\s+|my\s+|this\s+|that\s+)?new\s+(?:apprentice|trainee|intern|starter|temp|hire|recruit)s?|(?:the\s+|our\s+|my\s+)(?:apprentice|trainee|intern)s?"
    # people applying to join the staff
    r"|(?:job\s+)?(?:applicants?|candidates?|interviewees?)\s+(?:for|on|at)\s+(?:the|our|this|a)\s+(?:[\w-]+\s+){0,2}?(?:post|role|job|lectureship|position|vacancy|chair)|shortlist(?:ing|ed)?|(?:this\s+week's|today's|the)\s+interviews)\b"
)
_DISPARAGE_MORE = (r"\b(?:shouldn't\s+be\s+here|don't\s+belong\s+(?:here|at\s+uni(?:versity)?|on\s+this\s+course)|laughed\s+(?:out\s+loud\s+)?at\s+(?:a|their|his|her|the|this)|so\s+bad\s+(?:that\s+)?i\s+(?:actually\s+|literally\s+)?(?:laughed|cried|winced|gave\s+up)"
                   r"|selfish|arrogant|obnoxious|insufferable|nasty|vile|a\s+(?:selfish\s+|total\s+|complete\s+|absolute\s+)?nightmare|a\s+pain\s+in\s+the|backstabb\w+|lazy\s+(?:sod|git|cow|so-and-so))\b")
_DISPARAGE_MORE = _DISPARAGE_MORE + r"|\b(?:a\s+disgrace|disgraceful|an\s+embarrassment)\b"
# an appointment put down to connections: "only got the job because her
# husband sits on the board"
_DISPARAGE_MORE = _DISPARAGE_MORE + r"|\bonly\s+got\s+(?:the|her|his|their|that|this)\s+(?:job|post|role|promotion|chair|professorship|position|gig|contract)\s+(?:because|cos|cause|coz|'cause|thanks\s+to|through)\b"
# "should genuinely not be allowed near a spreadsheet"; the attitude of a
# whole group ("simply don't want to work", "expect everything handed to them")
_DISPARAGE_MORE = _DISPARAGE_MORE + (
    r"|\bshould(?:n't|\s+not|\s+never|\s+\w+ly\s+not)\s+be\s+(?:allowed|let|trusted)\s+(?:anywhere\s+)?near\s+(?![^.\n]{0,40}\b(?:unsupervised|without|until|before|unless)\b)(?:a|an|the|any)\s+[\w-]+"
    r"|\b(?:simply\s+|just\s+)?(?:don't|do\s+not)\s+want\s+to\s+(?:work|learn|read|think|try|put\s+(?:in\s+)?the\s+(?:work|effort|hours))\b"
    r"|\bexpect\s+(?:everything|it\s+all|the\s+answers|a\s+first|top\s+marks)\s+(?:to\s+be\s+)?(?:handed|spoon-?fed|given)\b"
    r"|\b(?:least\s+(?:resilient|motivated|engaged|prepared|able|capable|independent|organised|organized|mature|curious|literate|numerate)"
    r"|most\s+(?:entitled|arrogant|rude|lazy|clueless|demanding|fragile|useless|disengaged|immature|needy|hopeless))\s+(?:[\w-]+\s+){0,3}?(?:i(?:'ve|\s+have)|in\s+\d+\s+(?:years|yrs))\b"
    r"|\b(?:basically\s+|absolutely\s+)?feral\b|\ba\s+(?:total\s+|complete\s+)?write-?off\b|\bcannot\s+be\s+bothered\b|\bwho\s+let\s+(?:these|them|this\s+lot|him|her)\s+near\b"
    r"|\b(?:absolutely\s+)?cooked,?\s+the\s+(?:lot|whole\s+lot)\s+of\s+them\b|\bcan't\s+get\s+any\s+worse\b"
    r"|\b(?:agreed|decided)\s+(?:that\s+)?(?:[\w:]+\s+){1,3}(?:is|are)\s+optional\b"
    # a group that "drags the whole room down"; "the weakest I have seen";
    # "the worst thing I've read this year"; a shortlist whose "bar is on the floor"
    r"|\bdrags?\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:room|group|class|cohort|seminar|average|rest\s+of\s+(?:us|them|the\s+group))\s+down\b"
    r"|\b(?:weakest|worst|poorest|laziest|sloppiest)\s+(?:[\w-]+\s+){0,3}?i\s+(?:have|'ve)\s+(?:ever\s+)?(?:seen|had|taught|marked|read|examined|reviewed)\b"
    r"|\bworst\s+(?:thing|draft|essay|thesis|chapter|paper|report|piece\s+of\s+work)\s+i(?:'ve|\s+have)\s+(?:ever\s+)?(?:read|seen|marked|reviewed|examined)\b"
    r"|\bthe\s+bar\s+is\s+(?:on\s+the\s+floor|in\s+(?:hell|the\s+basement)|subterranean|underground)\b"
)
# Sarcasm about a colleague, a department or the leadership: "Inspired
# stuff.", "cheers boss", "Comms need to justify their existence".
_SARCASM = (
    r"\b(?:inspired|bold|visionary|genius|stellar|heroic|masterful|classic)\s+(?:stuff|leadership|timing|decision|efficiency|move|thinking|planning)\b"
    r"|\btruly\s+(?:bold|heroic|inspired|visionary)\b|\bcheers\s+boss\b|\bgreat\s+morale\s+boost\b|\bjustify\s+their\s+existence\b"
    r"|\b(?:doesn't|don't)\s+(?:even\s+)?own\s+a\s+(?:calendar|clock|diary|map)\b|\b(?:does|has)\s+any(?:one|body)\s+in\s+\w+\s+(?:ever\s+)?(?:actually\s+)?(?:read|look(?:ed)?\s+at|check(?:ed)?|open(?:ed)?|use[ds]?)\b"
    r"|\bwho\s+hired\s+(?:this|him|her|them)\b|\bneeds?\s+(?:to\s+take\s+)?a\s+long\s+hard\s+look\b|\beach\s+(?:one\s+)?more\s+\w+\s+than\s+the\s+last\b"
    r"|\bprecisely\s+zero\b|\bnobody\s+asked\s+the\s+(?:people|staff)\b|\basking\s+for\s+a\s+(?:vice[- ]chancellor|dean|head\s+of\s+\w+|colleague)\b"
    # weary irony: "always a joy when a certain associate dean explains my own
    # research back to me", "so collegial. so normal.", "sales genius, someone
    # promote that man", "presenting 'his' new framework"
    r"|\balways\s+a\s+(?:joy|pleasure|treat|delight)\s+when\b|\bnothing\s+(?:more|quite\s+as|so)\s+(?:inspiring|reassuring|motivating|uplifting|encouraging)\s+(?:as|than)\b"
    r"|\bso\s+(?:collegial|supportive|professional|normal|helpful|transparent)[.!]\s+so\s+(?:normal|collegial|supportive|professional|helpful|transparent)\b"
    r"|\bsomeone\s+(?:promote|give)\s+(?:that|this|him|her)\s+(?:man|woman|person|colleague|a\s+medal|a\s+promotion|a\s+raise|a\s+pay\s+rise)\b|\b(?:sales|marketing|management|leadership|admin)\s+genius\b"
    r"|\byou\s+(?:genuinely\s+|honestly\s+|literally\s+|really\s+)?(?:couldn't|could\s+not|can't)\s+make\s+(?:it|this)\s+up\b"
    r"|\bexplains?\s+my\s+own\s+(?:research|work|paper|field|job|data|module)\s+(?:back\s+)?to\s+me\b|\ba\s+certain\s+(?:associate\s+dean|deputy\s+dean|dean|colleague|professor|prof|manager|head\s+of\s+\w+|director|pvc|member\s+of\s+staff|senior\s+\w+)\b"
    r"|\b(?:presenting|presented|launching|launched|announcing|announced|publishing|published)\s+['‘](?:his|her|their)['’]\s+(?:new\s+|own\s+)?\w+"
)
_DISPARAGE = _DISPARAGE + "|" + _DISPARAGE_MORE
_DISPARAGE_WORK = (
    r"\b(?:reads?|read|looks?|sounds?)\s+like\s+(?:it\s+was\s+|they\s+were\s+|it's\s+been\s+|they've\s+been\s+)?(?:written|done|made|put\s+together)\s+by\s+(?:a|an)\s+(?:\d+[- ]year[- ]old|toddler|child|kid|primary\s+school\w*|year\s+\d|chimp|monkey|drunk)\b",
    r"\b(?:attention\s+span\s+of\s+(?:a\s+)?(?:goldfish|gnat|toddler|fly|a\s+toddler)|i\s+(?:give|gave)\s+up\s+(?:on\s+(?:them|this\s+lot))?|like\s+(?:reading|marking|listening\s+to|teaching|talking\s+to)\s+(?:[\w-]+\s+){0,3}?(?:from|by|written\s+by|to)\s+(?:a|an)\s+(?:\d+[- ]year[- ]old|toddler|child|kid|primary\s+school\w*|year\s+\d))\b",
    r"\b(?:would\s+embarrass\s+an?|who\s+let\s+(?:these|them|this\s+lot|him|her)\s+in|(?:an?|my)\s+(?:year\s+\d+|primary\s+school|gcse|school|ten[- ]year[- ]old)\s+(?:pupil|kid|child|student|nephew|niece)?\s*(?:could|would)\s+(?:do|write)\s+better|painful\s+to\s+(?:watch|read|mark|sit\s+through)|was\s+painful)\b",
    r"\b(?:lifted|copied|nicked|stolen|pinched)\s+(?:straight\s+|wholesale\s+)?from\s+(?:a|the|some)\s+(?:blog|website|wikipedia|chatgpt|student|textbook|youtube\s+video)\b",
    r"\b(?!(?:best|brightest|nicest|kindest|smartest|cleverest|finest|greatest|loveliest|friendliest|happiest|strongest|sharpest|sweetest|keenest|highest|largest|biggest|youngest|oldest)\b)(?:\w+iest|\w{3,}est|most\s+(?!(?:engaged|talented|motivated|able|capable|hard-?working|enthusiastic|brilliant|inspiring|creative|dedicated|impressive|diverse|supportive|committed|curious)\b)\w+|least\s+\w+|worst)\s+(?:\w+\s+)?(?:group|cohort|class|year|bunch|lot|intake|set|students|tutees)\s+i(?:'ve|\s+have)\s+(?:ever\s+)?(?:taught|had|seen|marked|met|known|supervised|dealt\s+with)\b",
)
_FAVOUR_OWN = (
    r"\bthe\s+only\s+(?:one|student|tutee|person|supervisee|kid)\s+(?:worth|who's\s+worth|who\s+is\s+worth)\s+(?:\w+ing|the\s+effort|my\s+time|bothering)\b",
    r"\bthe\s+rest\s+(?:of\s+them\s+)?(?:are|is)\s+(?:just\s+)?(?:passengers|dead\s*weight|useless|a\s+waste|hopeless|lazy|a\s+lost\s+cause|filler|sheep)\b",
    r"\b(?:bump(?:ed|ing)?|nudg(?:e|ed|ing)|push(?:ed|ing)?|upp(?:ed|ing)|rais(?:e|ed|ing)|round(?:ed|ing)?|boost(?:ed|ing)?)\s+(?:[\w']+\s+){0,3}?(?:up\s+)?to\s+(?:a\s+)?(?:first|1st|2:1|distinction|pass|merit|70|60)\b[^.\n]{0,60}?\b(?:go\s+way\s+back|(?:his|her|their)\s+(?:mum|dad|mother|father|parents?|family)|mates?\s+with|friends?\s+with|because\s+(?:i|she|he)|cos\s+(?:i|she|he)|lovely|so\s+nice|likes?\s+me|i\s+like)\b",
    r"\b(?:making\s+sure|ensur\w+|guarantee\w*|see\s+to\s+it\s+that)\s+(?:that\s+)?(?:my|our)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:students|tutees|supervisees|group|favourites|lot)\s+(?:get|gets|have|are\s+given|always\s+get)\s+(?:the\s+)?(?:best|first|top|easiest|priority|extra|better|pick)\b",
    r"\b(?:the\s+others|the\s+rest(?:\s+of\s+them)?|everyone\s+else)\s+can\s+(?:wait|fend\s+for\s+themselves|whistle|sort\s+themselves\s+out)\b",
)
_CALL_OUT = (
    r"\bto\s+the\s+(?:[\w-]+\s+)?(?:student|students|fresher|first[- ]year|undergrad|tutee)\s+(?:who|that|in\s+(?:my|the|today's))\b[^:\n]{0,80}[:,\-–]\s*(?:you|your|u|ur|i|we)\b",
    r"\bto\s+the\s+(?:[\w-]+\s+)?(?:student|students|fresher|first[- ]years?|second[- ]years?|third[- ]years?|final[- ]years?|year\s+\d|phd\s+student|masters\s+student|postgrad|undergrad|tutee|level\s+\d)\s+(?:who|that)\b[^:\n]{0,80}[:\-–]\s*\S",
    r"\b(?:replying|responding|reply|response)\s+to\s+(?:my|our|a|this|that|the|one)\s+(?:[\w-]+\s+)?(?:student|students|tutee|fresher|undergrad|first[- ]year)\b[^.\n:]{0,30}\b(?:on|in)\s+(?:twitter|x|insta(?:gram)?|tiktok|facebook|linkedin|reddit|the\s+comments|public)\b",
)
# A public call-out of a colleague: "to the colleague who keeps booking
# LT2 over my lecture: ...", "not naming names, but someone in Finance ...".
_CALL_OUT_COLLEAGUE = (
    # a colleague taken on in public: "quote-tweeting my own Associate Dean to say: no, Lisa", "given you took sole credit"
    r"\b(?:quote-?tweeting|subtweeting|replying\s+to|responding\s+to)\s+my\s+(?:own\s+)?(?:colleague|associate\s+dean|dean|head\s+of\s+\w+|line\s+manager|manager|boss|hod|co-?author)\b[^\n]{0,60}\b(?:no|wrong|actually|sorry\s+but)\b",
    r"\b(?:you|he|she|(?-i:(?!I\b)[A-Z][a-z]+))\s+(?:took|takes|take|taking)\s+(?:the\s+|all\s+the\s+|sole\s+)?credit\s+for\s+(?:the|our|my|a|joint|\w+'s)\b",
    r"\bto\s+the\s+(?:[\w-]+\s+)?(?:colleague|academic|lecturer|member\s+of\s+staff|staff\s+member|manager|marker|second\s+marker|examiner|reviewer|co-?author|co-?worker|person\s+in\s+(?:\w+\s+)?(?:office|team|department|admissions|finance|hr|estates|registry))s?\s+(?:who|that)\b[^:\n]{0,100}[:,\-–]\s*\S",
    r"\b(?:not\s+naming\s+(?:any\s+)?names|no\s+names\s+(?:mentioned|but)|naming\s+no\s+names|you\s+know\s+who\s+you\s+are)\b[^\n]{0,160}\b(?:colleagues?|someone\s+in\s+(?:\w+\s+)?(?:team|office|department|faculty|school|admissions|finance|hr|estates|registry|it)|(?:our|my|the)\s+(?:\w+\s+)?(?:team|department|dept|office|faculty|school|head\s+of\s+\w+|dean|manager|line\s+manager))\b",
)
_TELL_OFF_PUBLIC = (
    r"\b(?:crying|moaning|whining|complaining|sulking|ranting|kicking\s+off)\s+(?:about\s+it\s+)?(?:on|to|all\s+over)\s+(?:twitter|x|insta(?:gram)?|tiktok|reddit|social\s+media|everyone|the\s+internet)\b|\bwon't\s+change\s+(?:your|ur)\s+(?:mark|grade)\b|\byou've\s+had\s+(?:the|your)\s+feedback\b",
    r"(?:@\w{3,}|\b(?-i:[A-Z][a-z]+))\s*[,:]?\s+(?:stop\s+(?:emailing|messaging|tagging|dming|pestering|hassling|asking|whining|moaning|complaining)|read\s+the\s+(?:brief|feedback|handbook|email|module\s+guide|instructions)|(?:i've|i\s+have)\s+(?:already\s+)?(?:answered|explained|told\s+you))\b",
    r"\b(?:stop\s+(?:emailing|messaging|tagging|dming|pestering|hassling)\s+me|i've\s+(?:already\s+)?(?:answered|explained)\s+(?:this|your\s+question|it)\s+(?:\w+\s+)?(?:times|twice|already))\b",
)

# A named colleague's teaching, marking or research run down.
_COLLEAGUE_WORK = (
    r"(?:\b(?:his|her|their)|(?-i:\b[A-Z][a-z]+)'s)\s+(?:\w+\s+)?(?:lectures?|teaching|slides|marking|feedback|module|seminars?|research|papers?|book|handouts?|supervision|exam\s+papers?|powerpoints?)\s+(?:are|is|were|was)\s+(?:just\s+|basically\s+|literally\s+|all\s+|still\s+|so\s+|such\s+)?"
    r"(?:\d+\s+slides\s+of|a\s+(?:joke|mess|disaster|shambles|car\s+crash|farce|snoozefest)|rubbish|garbage|awful|terrible|useless|dire|embarrassing|shocking|lazy|copied|plagiari[sz]ed|out\s+of\s+date|outdated|ancient|recycled|dreadful|unreadable|dull|boring|wrong|nonsense|drivel|tripe|pants|shite?|crap|cringe|amateurish|a\s+waste)",
    r"\b(?:can't|cannot|can\s+not)\s+believe\s+(?-i:[A-Z][a-z]+)(?:'s|\s+is)\s+still\s+(?:running|teaching|leading|in\s+charge\s+of|allowed\s+to\s+(?:teach|run|mark))\b",
    r"\b(?:(?:how\s+is|why\s+is)\s+(?-i:[A-Z][a-z]+)\s+still\s+(?:running|teaching|leading|allowed\s+to))\b",
    r"\b(?:some\s+(?:people|colleagues|staff|markers|of\s+(?:my|our)\s+colleagues)|certain\s+(?:people|colleagues|markers)|(?:half|most)\s+of\s+(?:this|the|our)\s+(?:department|team|school))\s+(?:just\s+|really\s+|clearly\s+|simply\s+|genuinely\s+|honestly\s+)?(?:can't|cannot|can\s+not|don't\s+know\s+how\s+to|have\s+no\s+idea\s+how\s+to|shouldn't\s+be\s+allowed\s+to)\s+(?:mark|teach|supervise|lecture|write|manage|lead|give\s+feedback|do\s+(?:their|the)\s+job)\b",
    r"(?-i:\b(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+[A-Z][a-z]+)\s+(?:gave|marked|awarded|failed)\s+(?:my|a|the|our|one\s+of\s+my)\s+(?:tutee|student|supervisee|dissertation\s+student|phd\s+student)s?\s+(?:with\s+)?(?:an?\s+)?\d{1,3}\b[^.\n]{0,60}\b(?:clearly|obviously|should\s+have\s+been|deserved|worth|easily|at\s+least|ridiculous|joke|insane)",
)

# Telling students off in public, with them identifiable from the lecture.
_TELL_OFF = (
    r"\b(?:sort\s+yourselves\s+out|pull\s+your\s+(?:socks\s+up|finger\s+out)|shame\s+on\s+(?:you|them|the\s+lot\s+of\s+you)|you\s+should\s+be\s+ashamed|be\s+ashamed\s+of\s+yourselves|named\s+and\s+shamed|here's\s+the\s+(?:video|photo|proof|evidence|receipts)|caught\s+(?:you|them|red[- ]handed|on\s+camera)|do\s+better|disgrace(?:ful)?|pathetic)\b|😤|🤬|😡",
)
_IN_CLASS = (r"\b(?:back\s+row|front\s+row|my\s+(?:\w+\s+)?(?:lecture|seminar|class|tutorial|lab|workshop)s?|in\s+(?:my|the)\s+(?:lecture|seminar|class|tutorial|lab)|on\s+(?:their|your)\s+phones\s+(?:in|during|through)|sleeping\s+through|talking\s+through|turned\s+up\s+late|walked\s+(?:in|out)|lecture\s+(?:hall|theatre))\b")

# Students as staff name them: "the Level 4s", "my Year 2s", "this year's L5 lot".
_STUDENTS_MORE = STUDENTS + r"|\b(?:this|that|my|our)\s+(?:otherwise\s+)?(?:\w+\s+)?(?:group|cohort|class|intake)\b|\b(?:level|year|yr)\s+\d\s+(?:essays|scripts|reports|submissions|work|exams?|presentations|posters)\b|\b(?:in|from)\s+(?:year|level|yr)\s+\d\b|\blevel\s+\d+s\b|\b(?:year|yr)\s+\d+s\b|\bl\d\s+(?:lot|group|students|cohort)s?\b|\bfoundation\s+(?:year|years|lot|students|group|cohort)\b|\bthis\s+year's\s+(?:\w+\s+)?(?:lot|group|cohort|intake)\b"

_SELF = re.compile(r"\b(?:i'm|im|i\s+am|i\s+was|i\s+feel|i\s+felt|i've\s+been|made\s+me\s+(?:look|feel))\s+(?:so\s+|such\s+an?\s+|a\s+bit\s+|completely\s+|totally\s+|really\s+)?$")


def _not_self(text: str, m: re.Match[str]) -> bool:
    """Self-deprecation ("I'm useless at names") is not criticism of others."""
    return _SELF.search(text[max(0, m.start() - 30):m.start()]) is None


class ProfessionalConductDetector(Detector):
    rules = ("conduct.criticising_students", "conduct.criticising_colleagues", "conduct.favouritism")

    def __init__(self) -> None:
        staff = ("staff",)
        self._rules = (
            Rule("conduct.criticising_students", CAT, _DISPARAGE, roles=staff, near=(Near(_STUDENTS_MORE, 90),), check=_not_self,
                 none_of=(r"\b(?:students?|they)\s+(?:told|said|think|feel|called|say)\s+(?:me|that)\b[^.\n]{0,20}\b(?:i'm|i\s+am|i\s+was)\b|\bdon't\s+(?:be|feel)\b|\bnot\s+(?:thick|stupid|useless|lazy)\b|\bno\s+such\s+thing\s+as\s+a\s+(?:stupid|dumb)\b",
                          # the weather or a thing described ("in thick fog"), a policy judged ("the loan changes are a disgrace")
                          r"\bthick\s+(?:fog|snow|mist|ice|mud|smoke|coats?|jumpers?|layers?|socks|gloves)\b",
                          r"\b(?:changes|cuts|polic(?:y|ies)|fees|loans?|system|decision|cap|rules|funding|government|ministers?|mps)\s+(?:are|is|were|was)\s+(?:a\s+|an\s+|absolutely\s+|utterly\s+|frankly\s+)?(?:disgrace|disgraceful|shambles|disaster|joke|embarrassment)\b"), whole=True),
            Rule("conduct.criticising_students", CAT, _ARGUE, roles=staff, whole=True),
            Rule("conduct.criticising_students", CAT, _DISPARAGE_WORK, roles=staff, whole=True,
                 near=(Near(_STUDENTS_MORE + r"|\b(?:marking|marked|scripts|submissions|essays|dissertations|work\s+i've|reflections|reports|answers|presentations|posters|exam\s+papers)\b", 140),),
                 none_of=(r"\b(?:my\s+own|i\s+(?:was|wrote)|when\s+i\s+was)\b",)),
            Rule("conduct.criticising_colleagues", CAT, _DISPARAGE_WORK, roles=staff, whole=True, near=(Near(_COLLEAGUES_MORE, 140),),
                 none_of=(r"\b(?:my\s+own|i\s+(?:was|wrote))\b",)),
            Rule("conduct.favouritism", CAT, _FAVOUR_OWN, roles=staff, extend=True, near=(Near(r"\b(?:students?|tutees?|supervisees?|slots?|marks?|grades?|projects?|placements?|extensions?|references?|lab|others|rest|dissertations?|essays?|first|2:1|distinction)\b", 120),)),
            Rule("conduct.criticising_students", CAT, _CALL_OUT, roles=staff, whole=True,
                 none_of=(r"\b(?:thank\s+you|thanks|well\s+done|congrat\w*|proud|brilliant|great\s+(?:question|point|work)|amazing|lovely|kind)\b",)),
            Rule("conduct.criticising_students", CAT, _TELL_OFF_PUBLIC, roles=staff, whole=True,
                 near=(Near(_STUDENTS_MORE + r"|@\w{3,}|\b(?:your|ur)\s+(?:question|essay|mark|marks|grade|feedback|email|extension|request)\b", 140),),
                 none_of=(r"\b(?:my\s+(?:kids|son|daughter|children|mum|dad|boss|manager)|spam|scam|recruiters?|marketing\s+emails|sales)\b",)),
            Rule("conduct.criticising_colleagues", CAT, _SARCASM, roles=staff, whole=True, near=(Near(_COLLEAGUES_MORE, 140),)),
            Rule("conduct.criticising_colleagues", CAT, _CALL_OUT_COLLEAGUE, roles=staff, whole=True,
                 none_of=(r"\b(?:thank\s+you|thanks|well\s+done|congrat\w*|proud|brilliant|great\s+(?:job|work|talk)|amazing|lovely|kind|shout-?out|kudos|hero)\b",)),
            Rule("conduct.criticising_colleagues", CAT, _DISPARAGE, roles=staff, near=(Near(_COLLEAGUES_MORE, 80),), check=_not_self,
                 none_of=(r"\b(?:my\s+(?:own\s+)?(?:handwriting|spelling)|i'm\s+(?:so\s+|such\s+a\s+|completely\s+)?(?:useless|hopeless|lazy|clueless|disaster))\b",), whole=True),
            Rule("conduct.favouritism", CAT, _FAVOUR + _FAVOUR_MORE + _FAVOUR_GEN, roles=staff, extend=True,
                 none_of=(r"\b(?:i'd\s+recommend|i\s+would\s+recommend|recommend\s+(?:him|her|them)|to\s+any\s+employer|without\s+hesitation|reference\s+for)\b",
                          r"\b(?:my|our)\s+(?:cat|dog|kid|son|daughter|child|children|niece|nephew|pet)s?\b",)),
            Rule("conduct.criticising_colleagues", CAT, _COLLEAGUE_WORK, roles=staff, whole=True,
                 none_of=(r"\b(?:my\s+own|i\s+(?:know|admit)\s+my)\b|\b(?:students?|tutees?)\s+(?:said|say|told\s+me|think)\b",)),
            Rule("conduct.criticising_students", CAT, _TELL_OFF, roles=staff, near=(Near(_IN_CLASS, 140),), whole=True,
                 none_of=(r"\b(?:my\s+(?:kids|son|daughter|children|dog|cat)|government|ministers?|the\s+(?:tories|council)|fans|players|referee)\b",)),
        )

    def detect(self, text: str, ctx: DraftContext) -> list[Detection]:
        return run_rules(self._rules, text, ctx)
