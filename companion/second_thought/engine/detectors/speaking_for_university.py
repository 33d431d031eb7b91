"""Posts that speak, or look as if they speak, for the university.

Everyone: "on behalf of the University", "OFFICIAL STATEMENT", "DMU
officially supports", a society presenting its view as the university's, and
using or altering the university logo (Derby guidance; DMU 4.9).

Staff: official-sounding decisions from a personal account, formal references
on the university's behalf (Northampton 7.9.3), and comments on university
business (its decisions, policies, management, disputes, performance) without a
"views are my own" disclaimer in the draft (Northampton 7.6.2, staff guidance;
severity low). With a disclaimer a staff view is academic freedom and stays
quiet; sharing public facts is not a view.
"""

from __future__ import annotations

from ..types import Detection, DraftContext, Detector
from ._common import Near, Rule, run_rules
from ._lexicon import DISCLAIMER, UNI

CAT = "speaking_for_university"

_INSTITUTION = (r"(?:the\s+|our\s+|this\s+)?(?:uni(?:versity)?|dmu|de\s?montfort(?:\s+university)?|uon|university\s+of\s+[a-z]+|[a-z]+\s+university"
                r"|(?:derby|northampton|nottingham|leicester)\s+uni(?:versity)?|institution|whole\s+uni(?:versity)?|entire\s+uni(?:versity)?|school|faculty)")

_OFFICIAL_CLAIM = (
    r"\bspeaking\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?:whole\s+|entire\s+)?" + _INSTITUTION + r"\b",
    r"\bon\s+behalf\s+of\s+" + _INSTITUTION + r"\b(?!'s\s+\w+\s+(?:society|soc|club|team)|\s+\w+\s+(?:society|soc|club|team|students'?\s+union)\b|\s+(?:society|soc|club|team|su)\b)",
    r"\bofficial\s+(?:dmu|uon|uni|university|de\s?montfort|(?:derby|northampton|nottingham)\s+uni(?:versity)?)\s+(?:statement|announcement|position|response)\b",
    r"\bas\s+(?:the\s+|a\s+)?(?:uni(?:versity)?|institution|dmu|uon)\s*,?\s+we\s+(?!students\b)\w+|\bwe\s+\((?:dmu|uon|the\s+uni(?:versity)?|de\s?montfort)\)",
    r"\bofficial\s+(?:dmu|uon|uni(?:versity)?|de\s?montfort)(?:'s)?\s+(?:voice|position|view|representatives?|spokes\w+)\b|\b(?:the\s+)?official\s+voice\s+of\s+(?:the\s+)?(?:uni(?:versity)?|dmu|uon|de\s?montfort|university\s+of\s+[a-z]+|(?:dmu|uon|\w+)\s+students)\b|\bthe\s+uni(?:versity)?\s+(?:backs|supports|endorses|agrees\s+with)\s+(?:everything|all\s+(?:of\s+)?(?:what|that))\s+(?:our|we)\b",
    r"\bwith\s+my\s+(?:uni(?:versity)?|dmu|uon|university\s+of\s+\w+|\w+\s+uni(?:versity)?|work|official|staff|employer's)\s+hat\s+on\b",
    r"\bon\s+behalf\s+of\s+(?:[\w']+\s+){0,4}and\s+(?:the\s+)?(?:uni(?:versity)?|dmu|uon|de\s?montfort)\b|^\s*officially\s*,",
    r"\brepresenting\s+(?:the\s+)?(?:uni(?:versity)?|dmu|uon|de\s?montfort|university\s+of\s+\w+)\s*[:,-]\s*we\b",
    r"\bas\s+(?:a|an|the)\s+(?:official\s+)?(?:representative|rep|spokesperson|voice)\s+(?:of|for)\s+(?:the\s+)?(?:uni(?:versity)?|dmu|uon|university\s+of\s+[a-z]+|de\s?montfort)\b",
    r"(?-i:\bOFFICIAL\s+(?:STATEMENT|ANNOUNCEMENT|NOTICE|RESPONSE))(?![^.\n]{0,40}\b(?:[Ss]ociety|[Ss]oc|[Cc]ommittee|[Cc]lub|SOCIETY|COMMITTEE|CLUB))",
    r"^\s*(?:\W\s*)?official\s*[:!-]\s*(?:the\s+)?(?:uni(?:versity)?|dmu|uon|de\s?montfort|university\s+of\s+[a-z]+|[a-z]+\s+university)\b",
    r"\b(?:soc(?:iety)?|club|union|su|team)\s+(?:and|&|x|together\s+with)\s+(?:the\s+)?(?:uni(?:versity)?|dmu|uon|de\s?montfort(?:\s+university)?|university\s+of\s+[a-z]+)\s+(?:both\s+|jointly\s+|officially\s+)?(?:stand|are|condemn|support|oppose|say|believe|reject|back|call|demand|endorse)\b",
    r"^\s*(?:an?\s+)?official\s+(?:statement|announcement|response|notice)\b(?![^.\n]{0,40}\b(?:society|soc|committee|club|team|our\s+\w+\s+(?:society|soc|club)))",
    r"\bofficial\s+statement\s+from\s+(?:the\s+)?(?:[\w']+\s+){0,3}?(?:and|&)\s+(?:the\s+)?(?:uni(?:versity)?|dmu|uon|de\s?montfort)\b",
    r"\bspeak(?:s|ing)?\s+for\s+(?:every|all|each)\s+(?:single\s+)?(?:\w+\s+)?(?:students?|staff|members\s+of\s+(?:the\s+)?(?:uni|university))\b",
    r"\b(?:statement|announcement|message|letter)\s+(?:from|by|on\s+behalf\s+of)\s+(?:the\s+)?(?:uni(?:versity)?|dmu|uon|de\s?montfort|university\s+of\s+[a-z]+)(?:\s+students)?\s*[:\-–]\s*we\s+\w+",
    r"^\s*(?:the\s+)?(?:dmu|uon|de\s?montfort(?:\s+university)?|university\s+of\s+[a-z]+|(?:derby|northampton|nottingham|leicester)\s+uni(?:versity)?|the\s+uni(?:versity)?)\s+(?:stands?\s+(?:with|against|by|in\s+solidarity)|condemns?|rejects?|opposes?|is\s+proud\s+to\s+(?:support|stand))\b",
    r"\b(?:dmu|uon|de\s?montfort|uni|university|(?:derby|northampton|nottingham|leicester)(?:\s+uni(?:versity)?)?)'s\s+official\s+(?:position|stance|view|statement|line|response)\s*[:\-–]",
    r"\b(?:this\s+is\s+(?:an|the)|our|my)\s+official\s+(?:statement|announcement|response|position|stance)\b",
    r"\b(?:dmu|uon|de\s?montfort|(?:the\s+)?uni(?:versity)?|university\s+of\s+[a-z]+|(?:derby|northampton|nottingham|leicester)\s+uni(?:versity)?)\s+(?:has\s+)?officially\s+"
    r"(?:supports?|condemns?|endorses?|backs?|opposes?|stands?\s+with|apologi[sz]es?|announces?|rejects?|is\s+(?:behind|against|with|boycotting))\b",
    r"\b(?:dmu|uon|de\s?montfort|(?:the\s+)?uni(?:versity)?|university\s+of\s+[a-z]+|(?:derby|northampton|nottingham|leicester)\s+uni(?:versity)?)\s+(?:is|are)\s+(?:now\s+)?officially\s+(?:backing|supporting|endorsing|behind|against|boycotting|joining|in\s+support\s+of|standing\s+with|condemning|opposing)\b",
    r"\bwe\s+at\s+(?:dmu|uon|de\s?montfort|(?:the\s+)?university\s+of\s+[a-z]+|the\s+uni(?:versity)?|(?:derby|northampton|nottingham)\s+uni(?:versity)?)\s+(?:condemn|support|stand|believe|reject|oppose|endorse|are\s+(?:proud|appalled|behind|against|united))",
    r"\b(?:the\s+)?(?:uni(?:versity)?|dmu|uon)(?:'s)?\s+(?:official\s+)?(?:position|stance|view)\s+is\s+(?:that\s+)?(?:we|it|clear)\b",
    r"\b(?:soc(?:iety)?|club|committee|union|su|team)\b[^.\n]{0,40}\b(?:represent(?:s|ing)?|speak(?:s|ing)?\s+for|on\s+behalf\s+of)\s+(?:the\s+(?:whole\s+)?)?(?:uni(?:versity)?|dmu|uon|all\s+(?:dmu\s+|uon\s+)?students)\b",
    r"\b(?:dmu|uon|the\s+uni(?:versity)?)\s+(?:and\s+(?:the\s+)?\w+\s+(?:soc(?:iety)?|club)\s+)?(?:jointly\s+|together\s+)?(?:supports?|backs?|condemns?|stands?\s+with)\b[^.\n]{0,80}\b(?:speaking\s+for|on\s+behalf|we're\s+all|we\s+are\s+all|all\s+of\s+us\s+at)\b",
)

_OFFICIAL_CLAIM = _OFFICIAL_CLAIM + (
    r"\bofficial\s+(?:announcement|statement|notice|update|message|response)\s+(?:from|by)\s+(?:the\s+)?" + _INSTITUTION + r"\b",
    r"\b(?:joint|official)\s+(?:statement|announcement|message)\s+(?:from|by)\s+(?:the\s+)?(?:[\w'&-]+\s+){1,5}?(?:and|&|x|with)\s+(?:the\s+)?" + _INSTITUTION + r"\b",
)
_OFFICIAL_CLAIM = _OFFICIAL_CLAIM + (
    r"\b(?:i|we)\s+can\s+(?:officially\s+)?(?:confirm|announce)\s+(?:that\s+)?(?:the\s+)?(?:uni(?:versity)?|dmu|uon|de\s?montfort|university\s+of\s+\w+|(?:derby|northampton|nottingham|leicester)\s+uni(?:versity)?)\s+(?:fully\s+|officially\s+|wholeheartedly\s+|completely\s+)?(?:supports?|backs?|endorses?|approves?|condemns?|stands?|will|is|has|agrees?)\b",
    r"^\s*(?:\W\s*)?(?:statement|announcement|update|notice|press\s+release)\s*[:\-–]\s*(?:the\s+)?(?:dmu|uon|de\s?montfort(?:\s+university)?|university|uni|university\s+of\s+\w+|(?:derby|northampton|nottingham|leicester)\s+uni(?:versity)?)\s+(?:stands?|condemns?|supports?|backs?|will|is|has|rejects?|opposes?|apologi[sz]es?|welcomes?)\b",
)
_OFFICIAL_CLAIM = _OFFICIAL_CLAIM + (
    r"\bon\s+behalf\s+of\s+(?:every(?:one|body)|all\s+of\s+us|all\s+(?:the\s+)?(?:staff|students))\s+(?:at|from|in)\s+" + _INSTITUTION + r"\b",
    r"\b(?:soc(?:iety)?|club|union|su|team)\s+(?:and|&|x)\s+(?:the\s+)?(?:uni(?:versity)?|dmu|uon|de\s?montfort(?:\s+university)?|university\s+of\s+[a-z]+)\s*[:\-–]\s*(?:together\s+)?we\b",
)
_OFFICIAL_CLAIM = _OFFICIAL_CLAIM + (
    r"\b(?:dmu|uon|de\s?montfort(?:\s+university)?|university\s+of\s+[a-z]+|(?:derby|northampton|nottingham|leicester)\s+uni(?:versity)?|the\s+uni(?:versity)?)\s+official\s+(?:response|statement|announcement|position|line)\s*[:\-–]",
)
_LOGO = (
    r"\b(?:uni(?:versity)?|dmu|uon|de\s?montfort|derby|northampton|nottingham|leicester|university's|uni's|the\s+official)\s+(?:logo|crest|branding|brand\s+assets|emblem|coat\s+of\s+arms|shield)\b",
    r"\b(?:logo|crest|branding)\s+(?:of|from)\s+(?:the\s+)?(?:uni(?:versity)?|dmu|uon|de\s?montfort)\b",
)
_LOGO_USE = (r"\b(?:us(?:e|ed|ing)|put|putting|slap(?:ped)?|add(?:ed|ing)?|edit(?:ed|ing)?|photoshop(?:ped)?|alter(?:ed|ing)?|chang(?:e|ed|ing)|remix(?:ed)?|tweak(?:ed)?|made|make|making"
             r"|(?:re)?design(?:ed|ing)?|recolou?r(?:ed|ing)?|rainbow|colours|version|stick(?:ing)?|printed|print(?:ing)?|on\s+(?:our|my)|merch|hoodies?|t-?shirts?|tees|kit|shirts?|jerseys?|flyers?|posters?|banners?|pfp|profile\s+pic|header|meme|stickers?|mugs?|badges?|lanyards?|website|page|account)\b")

_BUSINESS = (
    r"\b(?:treats?\s+(?:its|our|the|their)\s+(?:staff|cleaners|students|workers|employees|contractors)|divest\w*|fossil\s+fuels|net\s+zero|sustainability|climate|parking|car\s+park|charges?|treatment|casual\s+staff|hourly[- ]paid|fixed[- ]term|contracts?|living\s+wage|wages?|salar\w+|casuali[sz]ation|zero[- ]hours|decision|decisions|plan|plans|proposal|proposals|policy|policies|strategy|restructur\w*|redundanc\w*|cuts?|closure|closing|close|merger|pay\s+(?:offer|deal|rise|freeze|award)"
    r"|pensions?|strike|strikes|industrial\s+action|ucu|dispute|ballot|workload\w*|league\s+tables?|nss|rankings?|ref\b|fees?|budget|deficit|spending|marking\s+boycott|rebrand\w*"
    r"|outsourc\w*|job\s+losses|voluntary\s+severance|course\s+closures?|hybrid\s+working|return\s+to\s+(?:campus|office)|senior\s+(?:management|leadership)|smt|slt|leadership|management"
    r"|vice[- ]chancellor|vc|governors|council|executive|handling|handled|response|responded|announcement|investment|investing|estate\s+strategy|new\s+building|(?:\w+\s+)?department\s+(?:closure|cuts)|recruitment\s+freeze|hiring\s+freeze"
    r"|workload\s+model|marking\s+(?:turnaround|deadlines?|load|targets?)|turnaround|ai\s+policy|stadium|cyber\s+attack|comms|communications?|foundation\s+year|programme|rents?|refusal|negotiat\w*"
    r"|spending|spend|rebrand|consultation|senior\s+team|office\s+(?:policy|attendance)|five\s+days\s+a\s+week|attendance\s+policy|labs?\s+(?:are|is)\s+falling|estate|facilities|priorities|direction"
    r"|attendance\s+monitoring|monitoring|surveillance|timetabl\w+|admissions\s+policy|entry\s+(?:requirements|tariff)|recruitment|international\s+recruitment|ai\s+detection|assessment\s+(?:policy|regulations|regs|changes)|regs|regulations|(?:new\s+)?(?:vle|lms|system|software|platform)|mergers?|campus\s+closure|relocation|hot[- ]?desking|open[- ]plan|car\s+parking|sabbatical\s+policy|promotion\s+criteria|pay\s+gap)\b"
)
_VIEW = (
    r"\b(?:i\s+(?:personally\s+|honestly\s+|really\s+)?(?:think|believe|feel)|appallingly|disgracefully|shamefully|terribly|awfully|badly|poorly|imo|imho|in\s+my\s+(?:view|opinion)|frankly|honestly|shameful|shame\s+on|disgrace\w*|short-?sighted|wrong|right\s+call|great\s+(?:decision|move|call|news)"
    r"|good\s+(?:decision|move|call)|bad\s+(?:decision|move|call)|mistake|madness|ridiculous|baffling|appalling|proud|disappointed|disappointing|angry|furious|out\s+of\s+touch|clueless"
    r"|incompetent|should(?:n't)?|needs?\s+to|must|how\s+(?:can|could|dare)|why\s+(?:is|are|would|does|do|on\s+earth)|no\s+confidence|solidarity|stand\s+with|support(?:ing)?\s+(?:the|our|this)"
    r"|well\s+done|brilliant|excellent|love\s+(?:that|how|this|seeing)|terrible|awful|failing|failed|fails|joke|shocking|sad|a\s+shame|scandal\w*|cowardly|bold|(?:i|we)\s+welcome|welcome\s+(?:the|this)\s+(?:decision|move|news|change)|applaud"
    r"|hasn't\s+got\s+a\s+clue|no\s+clue|made\s+(?:everything|things|it\s+all)\s+worse|ruined|ruining|destroyed|destroying"
    r"|lost\s+the\s+confidence|no\s+longer\s+has\s+(?:the\s+)?confidence|time\s+to\s+go|(?:should|must|needs?\s+to)\s+(?:resign|step\s+down|go)|resign|insulting|insult"
    r"|pitiful|woeful|dismal|inadequate|lacklustre|lackluster|feeble|half-?hearted|tone[- ]deaf|can't\s+believe|cannot\s+believe|unworkable|fantasy|ashamed|buzzwords|no\s+substance|years\s+behind|falling\s+apart|hit\s+\w+(?:\s+\w+)?\s+hardest|will\s+hurt|damag\w+|sensible|great\s+to\s+see|good\s+to\s+see|never\s+taught|whoever\s+designed|live\s+in\s+(?:a\s+)?fantasy|mess|shambles|chaos|farce|nonsense|waste"
    r"|shocked|stunned|saddened|dismayed|baffled|livid|appalled|indefensible|unacceptable|outrageous|embarrassing|concerning|worrying|delighted|thrilled|pleased|glad|gutted|disgusted|regressive|backward|brave|misguided|reckless|short\s?sighted|ill-?judged|daft|stupid|bonkers|greedy|obscene"
    r"|(?:strongly\s+)?(?:agree|disagree)|(?:about|high)\s+time|finally|absurd|insane|unbelievable|hypocri\w+|pathetic|unfair|unjust|wtf|smh|🙄|😡|👏"
    r"|heavy[- ]handed|(?:haven't|hasn't|have\s+not|has\s+not|didn't|never)\s+(?:really\s+)?thought\s+(?:this|it|that|any\s+of\s+this)\s+through|ill[- ]thought(?:[- ]out)?|half[- ]baked|counter-?productive|will\s+(?:push|drive|put|scare|turn)\s+(?:\w+\s+){0,2}(?:away|off)|backfire|draconian|punitive|patronising|patronizing|misjudged|knee[- ]jerk|overreach\w*|won't\s+work|doomed|(?:a\s+)?(?:bad|terrible|awful|great|good|brilliant)\s+idea"
    r"|step\s+(?:forward|backwards?|in\s+the\s+right\s+direction)|long\s+overdue|overdue|micromanag\w+|big\s+brother|kills?\s+morale|morale|demoralis\w+|demoraliz\w+|unsustainable|not\s+fit\s+for\s+purpose|lost\s+the\s+plot|clueless|short-?changed|sold\s+out|betray\w*|let\s+(?:us|students|staff)\s+down|kick\s+in\s+the\s+teeth|slap\s+in\s+the\s+face|gutless|spineless|bloated|wasteful|vanity\s+project)\b|🙄|😡|👏|🤦"
)
# More evaluative words people use about how their institution is run.
_VIEW_MORE = (r"|\b(?:worst|badly\s+(?:managed|run|handled|planned)|mismanag\w+|poorly\s+(?:run|managed|handled|planned|communicated)|botched|bungled|rubbish|crap|dreadful|horrible|horrendous|atrocious|diabolical|abysmal|fiasco|disaster|disastrous|car[- ]crash|train[- ]?wreck|embarrassment|useless|hopeless|laughable|cynical|spin|a\s+con|con\s+trick|penny[- ]pinching|cost[- ]cutting|beyond\s+a\s+joke|gaslighting|lip\s+service|box[- ]ticking|a\s+(?:total\s+|complete\s+)?mess|clown\s+show|insane|embarrassed|worried|scared|anxious\s+about|not\s+impressed|unimpressed|fuming)\b")
_VIEW_MORE = _VIEW_MORE + r"|\b(?:pure\s+and\s+simple|plain\s+and\s+simple|cash\s+grab|power\s+grab|dystopian|orwellian|creepy|intrusive|invasive|authoritarian|heavy\s+handed|(?:is|are)\s+(?:just\s+|basically\s+|nothing\s+but\s+)?(?:surveillance|theft|spin|window\s+dressing|a\s+smokescreen))\b"
_VIEW_MORE = _VIEW_MORE + r"|\b(?:cares?\s+more\s+about|only\s+cares?\s+about|(?:doesn't|don't|does\s+not|do\s+not)\s+(?:really\s+)?care\s+about|more\s+interested\s+in|obsessed\s+with|all\s+about\s+the\s+money|profit\s+over)\b"
_VIEW_MORE = _VIEW_MORE + r"|\b(?:shambolic|chaotic|farcical|inept|amateurish|a\s+joke|laughable|indefensible)\b"
_VIEW = _VIEW + _VIEW_MORE
_DECISION_MORE = (
    r"\bwe(?:'ll|\s+will|\s+won't|\s+will\s+not|'re\s+not|\s+are\s+not|\s+aren't|'re|\s+are)\s+(?:no\s+longer\s+)?(?:be\s+|going\s+to\s+be\s+)?(?:no\s+longer\s+)?(?:running|offering|opening|keeping|teaching|recruiting|renewing|funding|paying|accepting|continuing|providing|closing|cutting|scrapping|dropping|axing|merging|introducing|replacing)\b",
)
_INST_STAFF = (UNI + r"|\b(?:we\s+as\s+(?:a|the)\s+(?:uni(?:versity)?|institution)|the\s+decision\s+to|this\s+decision|senior\s+team|our\s+management|whoever\s+designed|the\s+leadership|leadership|the\s+board|our\s+leaders|senior\s+(?:management|leadership)|smt|slt|leadership\s+team|our\s+leaders|the\s+executive|management|governors|vice[- ]chancellor|\bvc\b|council"
               r"|(?:derby|northampton|nottingham|leicester|dmu|uon|de\s?montfort)'s\s+(?:decision|plan|policy|leadership|management|handling|response|strategy|new)"
               r"|nobody\s+(?:has\s+)?(?:thought|consulted|asked)|no\s+one\s+(?:has\s+)?(?:thought|consulted|asked)|whoever\s+(?:thought|decided|came\s+up\s+with)|the\s+new\s+(?:attendance|workload|timetabl\w+|marking|assessment|promotion|office|hybrid|parking|ai|student\s+records|appraisal|performance)"
               r"|our\s+(?:employer|institution|faculty|school|department)|this\s+place|we(?:'ve|\s+have)\s+(?:decided|announced)|by\s+us)\b")
_PUBLIC_FACT = (r"\b(?:(?:are|is|were|was)\s+(?:now\s+)?(?:published|out)\b|(?:all|everyone|staff|students)\s+(?:\w+\s+)?welcome|press\s+release|link\s+to\s+the|(?:university's|uni's|official)\s+announcement|see\s+the\s+(?:intranet|website|email|staff\s+news)|award|awards|won(?!'t|’t)|winning|joining|nominat\w+|our\s+(?:new\s+)?paper|published\s+(?:in|today)|job\s+(?:advert|vacancy|opening)|we're\s+hiring|vacancy|apply\s+(?:here|now|by)|congrat\w*|graduat\w+|open\s+day|public\s+lecture"
                r"|all\s+welcome|book\s+(?:your\s+)?(?:place|tickets?)|register\s+(?:here|now)|link\s+in\s+bio|read\s+(?:it|more)\s+here)\b")

_DECISION = (
    r"\b(?:the\s+uni(?:versity)?|we|the\s+(?:school|faculty|department)|senior\s+management)\s+(?:has|have)\s+(?:now\s+)?decided\s+(?:that|to)\b",
    r"\b(?:we(?:'ve|\s+have)\s+(?:now\s+)?agreed|we\s+agreed|we(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'ve\s+decided\s+to|\s+have\s+decided\s+to|'ve\s+(?:now\s+)?decided|\s+have\s+(?:now\s+)?decided|\s+are|'re)|the\s+uni(?:versity)?\s+(?:will|is\s+going\s+to|has\s+decided\s+(?:to|that))|i(?:'ve|\s+have)\s+decided|(?:i\s+can|(?:i'm|i\s+am|we're|we\s+are)\s+(?:able|pleased|sad|sorry|happy|delighted)\s+to)\s+(?:confirm|announce|reveal)(?:\s+that)?\s+(?:the\s+uni(?:versity)?|we|management|the\s+(?:school|faculty|department))\s+(?:will|won't|is|are|has|have)(?:\s+not)?|i\s+can\s+(?:confirm|announce|reveal))\s+(?:be\s+)?"
    r"(?:scrap|cut|clos|introduc|launch|announc|remov|end|rais|freez|merg|ban|abolish|replac|cancel|offer|mov|extend|reduc|increas|mak\w*\s+redundan|restructur|drop|axe|axing|giv|waiv|refund|discount|recogni[sz]|pay|honou?r|accept|allow|approv|reject|implement|dock|deduct|withhold|outsourc|sell|relocat|renew|fund|continu|that)\w*"
)
_DECISION_OBJ = (r"\b(?:fees?|tuition|discount|bursar\w*|scholarships?|lectures?|courses?|modules?|programmes?|degrees?|departments?|school|faculty|campus|redundanc\w*|jobs|posts|pay|pensions?"
                 r"|policy|strategy|restructur\w*|closure|merger|9\s?ams?|timetables?|exams?|assessments?|term|semester|intake|students|staff|year\s+abroad|placements?|library|halls|next\s+(?:year|term|month|semester|september)|from\s+(?:september|january|next)"
                 r"|entry\s+requirements?|foundation\s+years?|from\s+20\d\d|in\s+20\d\d|partnerships?|contracts?|agreements?|franchise|collaborations?|deadlines?|dissertations?|submissions?|extensions?|level\s+\d|year\s+\d|cohorts?|resits?|re-sits?|marks|grades|applicants?|applications|admissions|interviews?|offers|entry\s+requirements|open\s+days?|graduation|ceremon\w+|all\s+(?:students|staff|applicants|modules|courses))\b")
# A first-person announcement of an institutional policy: "delighted to confirm
# that from next year every applicant will...".
_ANNOUNCE = (
    r"\b(?:(?:delighted|pleased|happy|proud|excited|thrilled|glad|sad|sorry|able|i\s+can|we\s+can)\s+to\s+(?:confirm|announce|share|say|let\s+you\s+know)|can\s+(?:now\s+)?(?:confirm|announce)|(?:i|we)\s+(?:can\s+)?(?:now\s+)?confirm)\s+(?:that\s+)?"
    r"(?:from|starting|as\s+of|with\s+effect\s+from|beginning|in)\s+(?:in\s+|from\s+)?(?:next|this|the\s+(?:next|new|coming)|september|january|october|february|2\d{3}|[\w-]+\s+(?:term|semester|year|intake))\b[^.\n]{0,100}\b(?:will|won't|shall|are\s+(?:going\s+to|guaranteed)|is\s+(?:going\s+to|guaranteed))\b",
    r"\b(?:from|starting|as\s+of)\s+(?:next\s+(?:year|term|semester|september|month)|september|january|the\s+(?:next|coming)\s+(?:academic\s+)?year)\s*,?\s+(?:every|all|no)\s+(?:\w+\s+){0,3}?(?:applicants?|students?|staff|first[- ]years?|undergrad\w*|postgrad\w*|modules?|courses?|programmes?|offer\s+holders|employees)\s+(?:\w+\s+){0,4}?(?:will|won't|shall|are\s+guaranteed|get|gets|must|need\s+to)\b",
)
# A change for every module or student announced on one's own account: "the
# deadline for ALL Level 5 modules is now 9 May. That's final."
_ANNOUNCE = _ANNOUNCE + (
    r"\b(?:deadlines?|submission\s+dates?|hand-?in\s+dates?|exams?|resits?|re-sits?)\s+for\s+(?:all|every)\s+(?:[\w-]+\s+){0,3}?(?:modules?|courses?|programmes?|students|assignments|units|cohorts?)\s+"
    r"(?:is|are|has\s+been|have\s+been|will\s+be)\s+(?:now\s+)?(?:moved\s+to|changed\s+to|extended\s+to|pushed\s+(?:back\s+)?to|brought\s+forward\s+to|cancelled|\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z][a-z]+)|(?-i:[A-Z][a-z]+)\s+\d{1,2}(?:st|nd|rd|th)?)",
    # a change in force from now: "As of today all Level 5 deadlines in the
    # School of Health are extended by two weeks"
    r"\b(?:as\s+of|from|with\s+effect\s+from|effective)\s+(?:today|now|tomorrow|monday|this\s+week|immediately)\s*,?\s+(?:every|all|no)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:deadlines?|exams?|assessments?|lectures?|modules?|courses?|classes|teaching|seminars|submissions?|placements?)\b[^.\n]{0,60}?"
    r"\b(?:are|is|will\s+be|have\s+been|has\s+been)\s+(?:now\s+)?(?:extended|cancelled|canceled|postponed|suspended|moved|closed|paused|waived|scrapped|delayed)\b",
    # a closure announced: "Campus closed tomorrow. No classes, stay home"
    r"\b(?:campus|the\s+(?:uni|university|campus|library|building)|all\s+(?:[\w-]+\s+){0,2}?(?:lectures|classes|teaching|exams|seminars|labs|sessions))\s+(?:is\s+|are\s+|will\s+be\s+)?(?:closed|cancelled|shut)\s+"
    r"(?:tomorrow|today|tonight|on\s+\w+day|this\s+week|until\s+further\s+notice)\b(?=[^\n]{0,100}\b(?:stay\s+(?:at\s+)?home|stay\s+safe|no\s+classes|don't\s+come\s+in|do\s+not\s+come\s+in|catch\s+up))",
    # a place promised: "we'll guarantee your son a place on the Foundation year"
    r"\b(?:we|i)(?:'ll|\s+will|\s+can|'d|\s+would)\s+(?:definitely\s+|absolutely\s+)?guarantee\s+(?:your\s+\w+|you|him|her|them)\s+(?:a\s+)?(?:place|offer|spot|room|accommodation|first|pass|interview)\b",
)
_ANNOUNCE_NOT_SELF = (r"\b(?:i'll\s+be|i\s+will\s+be|i'm\s+(?:joining|moving|leaving|starting|taking)|my\s+(?:new\s+)?(?:role|job|post|book|sabbatical)|joining\s+\w+\s+as|i've\s+been\s+(?:promoted|appointed)|the\s+(?:uni|university|vc)\s+(?:has\s+)?(?:announced|confirmed)|(?:announced|confirmed)\s+(?:today|yesterday|this\s+week)\s+by|according\s+to|press\s+release|official\s+announcement|see\s+the\s+(?:email|intranet|website)|link\s+(?:below|in\s+bio))\b")

_AS_BODY = (r"\b(?:our|the)\s+(?:decision|position|policy|stance|ruling)\s+as\s+(?:a|the)\s+(?:faculty|school|department|university|uni|institution|programme\s+team|exam\s+board)\s+is\b|\bas\s+(?:a|the)\s+(?:faculty|school|department|university|institution)\s+(?:we\s+have|we've|we)\s+(?:decided|agreed|resolved|will)\b")

_AS_ROLE = (r"\bas\s+(?:the\s+)?(?:university's|uni's|dmu's|uon's|[a-z]+\s+university's|head\s+of|dean\b|director\s+of|pro[- ]?vice|pvc|vc|vice[- ]chancellor|registrar|chair\s+of)\b")

_REFERENCE = (
    r"\brecommend\s+(?:her|him|them)\s+(?:unreservedly|wholeheartedly|highly|without\s+hesitation|to\s+any|for\s+any)\b",
    r"\blinkedin\s+(?:recommendation|reference|endorsement)\s+for\b",
    r"\b(?:i\s+can|i'd|i\s+would|happy\s+to|we\s+can)\s+(?:personally\s+)?vouch\b|\bon\s+behalf\s+of\s+(?:the|our|my)\s+(?:department|school|faculty|university|uni|programme|course\s+team)\b[^.\n]{0,60}\b(?:vouch|recommend|confirm|endorse)\b",
    r"\b(?:highly|strongly|wholeheartedly|unreservedly|thoroughly)\s+recommend\s+(?-i:[A-Z][a-z]+)\b",
    r"\b(?:i(?:'d|\s+would)?\s+(?:highly\s+|strongly\s+|wholeheartedly\s+|unreservedly\s+)?(?:recommend|vouch\s+for|endorse)|(?:happy|pleased|delighted|glad|proud)\s+to\s+(?:recommend|vouch\s+for|endorse|act\s+as\s+a\s+referee)"
    r"|(?:can|could)\s+(?:highly\s+|wholeheartedly\s+)?(?:recommend|vouch\s+for))\s+(?:[\w'-]+[,;]?\s+){0,6}(?:to\s+any|for\s+any|as\s+an?|without\s+hesitation|for\s+(?:the|this|a)\s+(?:role|position|job|post)|to\s+(?:employers|anyone\s+hiring))",
    r"\b(?:happy\s+to|can|will|would\s+be\s+(?:glad|happy)\s+to|i'll|i'd)\s+(?:provide|give|write|offer|be)\s+(?:a\s+|an\s+)?(?:glowing\s+|strong\s+|formal\s+)?(?:reference|referee|recommendation|testimonial)\s+for\b",
    r"\b(?:reference|recommendation|testimonial|endorsement)\s+for\s+(?:my|our|a)\s+(?:former\s+|ex-?\s*|brilliant\s+|excellent\s+)?(?:student|colleague|phd|graduate|employee|intern|team\s+member|tutee|mentee|researcher|research\s+assistant|assistant|postdoc|technician|supervisee)\b",
    r"\bas\s+(?:his|her|their)\s+(?:supervisor|line\s+manager|personal\s+tutor|lecturer|manager|head\s+of\s+department|module\s+leader)\b[^.\n]{0,80}\b(?:recommend|vouch|reference|endorse|would\s+be\s+an\s+asset|hire)\b",
    # a reference given in public in a department's name: "happy to give Ellie
    # the School of Education's strongest possible reference"
    r"\b(?:give|giving|provide|providing|write|writing|offer|offering)\s+(?:[\w'-]+\s+){0,3}?(?:the|our|my)\s+(?:school|department|dept|faculty|university|uni|programme|course\s+team|team)(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?'s\s+(?:[\w-]+\s+){0,3}?(?:reference|recommendation|endorsement|backing)\b",
)
_REFERENCE_WHO = (r"\b(?:student|graduate|grad|colleague|phd|employee|intern|mentee|tutee|former|worked\s+(?:with|for|in|under)|supervised|taught|she|he|they|[A-Z][a-z]+)\b")
_REFERENCE_HIRE = (r"\b(?:best\s+hire|unreservedly|any\s+(?:employer|role|position|company|team|organisation|organization)|hire|hiring|job|position|role|employer|asset|without\s+hesitation|wholeheartedly|highly|unreservedly)\b")


class SpeakingForUniversityDetector(Detector):
    rules = ("speaking.official_claim", "speaking.logo", "speaking.staff_official_decision",
             "speaking.formal_reference", "speaking.staff_no_disclaimer")

    def __init__(self) -> None:
        self._rules = (
            Rule("speaking.official_claim", CAT, _OFFICIAL_CLAIM, extend=True,
                 none_of=(r"\bis\s+my\s+official\s+(?:statement|position|stance|response)\b", r"\?|\b(?:apparently|reportedly|has\s+announced|announced|according\s+to|heard|just\s+said|has\s+said|have\s+said|says\s+it|said\s+it)\b",
                          r"\b(?:read|see|check|here'?s|link\s+to|according\s+to|in|via)\s+(?:the\s+)?(?:uni(?:versity)?'?s?\s+|dmu'?s?\s+|uon'?s?\s+)?official\s+(?:statement|announcement|response)\b",
                          r"\b(?:can|could|should|may|allowed\s+to|permission\s+to)\s+(?:i|we|a\s+society|societies|students)\s+(?:post|speak|say|comment)\b")),
            Rule("speaking.logo", CAT, _LOGO, near=(Near(_LOGO_USE, 80),),
                 none_of=(r"\bofficial\s+(?:campus\s+|uni\s+|university\s+)?(?:shop|store|merch|website)|\bcampus\s+shop|\b(?:students'?\s+union|su)\s+shop|\b(?:with|have|got|had|gave\s+us)\s+(?:\w+\s+){0,3}(?:permission|approval|sign[- ]off|written\s+consent)\b|\b(?:brand|branding)\s+(?:team|guidelines|toolkit|portal)\s+(?:approved|said|gave)\b",
                          r"\b(?:can|could|may|are)\s+(?:we|i|societies)\s+(?:allowed\s+to\s+)?use\b|\bis\s+it\s+ok(?:ay)?\s+to\s+use\b|\bdon't\s+use\b")),
            Rule("speaking.staff_official_decision", CAT, _DECISION, roles=("staff",), near=(Near(_DECISION_OBJ, 100),),
                 none_of=(r"\b(?:announced\s+(?:today|yesterday|this\s+week)|press\s+release|according\s+to|the\s+(?:uni|university)\s+has\s+announced|(?:email|announcement)\s+from\s+(?:the\s+)?(?:vc|uni|university))\b",
                          r"\b(?:my\s+own\s+view|my\s+(?:personal\s+)?(?:view|opinion)|views?\s+(?:are\s+)?(?:my\s+own|mine)|in\s+my\s+(?:own\s+)?(?:view|opinion)|while\s+we(?:'re|\s+are))\b",
                          r"\b(?:reading\s+group|journal\s+club|book\s+club|writing\s+(?:group|retreat)|choir|5-a-side|five-a-side|running\s+club|staff\s+(?:social|drinks|quiz)|team\s+(?:drinks|lunch|social)|christmas\s+(?:party|do|lunch)|bake\s+off|our\s+(?:holiday|wedding|house|kids|family))\b"), extend=True),
            Rule("speaking.staff_official_decision", CAT, _DECISION_MORE, roles=("staff",), near=(Near(_DECISION_OBJ, 100), Near(r"\b(?:next\s+(?:year|term|semester|month)|from\s+(?:september|january|next)|this\s+(?:year|term)|students\s+will\s+be|staff\s+will\s+be|informed|told|confirm\w*|decided|decision)\b", 140)),
                 none_of=(_ANNOUNCE_NOT_SELF, r"\b(?:reading\s+group|journal\s+club|book\s+club|choir|5-a-side|running\s+club|staff\s+(?:social|drinks|quiz)|team\s+(?:drinks|lunch|social)|christmas\s+(?:party|do|lunch)|society|soc|club|our\s+(?:holiday|wedding|house|kids|family))\b", r"\b(?:i\s+think|rumou?r|apparently|heard|might|may|could|if\s+we|should\s+we|are\s+we)\b"), extend=True),
            Rule("speaking.staff_official_decision", CAT, _AS_BODY, roles=("staff",), none_of=(_ANNOUNCE_NOT_SELF,), extend=True),
            Rule("speaking.staff_official_decision", CAT, _ANNOUNCE, roles=("staff",), none_of=(_ANNOUNCE_NOT_SELF,), extend=True),
            Rule("speaking.staff_official_decision", CAT, _AS_ROLE, roles=("staff",),
                 near=(Near(r"\b(?:we(?:'ll|\s+will|'re|\s+are|'ve|\s+have)|i\s+can\s+confirm|i(?:'ve|\s+have)\s+decided|the\s+university\s+will|our\s+decision)\b", 140),), extend=True),
            Rule("speaking.formal_reference", CAT, _REFERENCE, roles=("staff",),
                 near=(Near(_REFERENCE_WHO, 120), Near(_REFERENCE_HIRE, 160)),
                 none_of=(r"\b(?:recommend|endorse)\s+(?:this|the|these|a|an)\s+(?:book|paper|podcast|article|course|talk|film|tool|app|restaurant|event|module|conference)\b",), whole=True),
            Rule("speaking.staff_no_disclaimer", CAT, _BUSINESS, roles=("staff",), severity="low",
                 near=(Near(_INST_STAFF, 120), Near(_VIEW, 140)),
                 none_of=(DISCLAIMER, _PUBLIC_FACT), whole=True),
        )

    def detect(self, text: str, ctx: DraftContext) -> list[Detection]:
        return run_rules(self._rules, text, ctx)
