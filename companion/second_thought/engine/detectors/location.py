"""Whereabouts of the author or of someone else (staff guidance "Take care
when discussing your whereabouts"; DMU Annex A).

Being home alone or leaving an empty house, live location, the spot where the
author is sitting right now, coordinates of where they are, a regular personal
schedule "if anyone needs to find me", and someone else's whereabouts. Event
venues and times, room changes, published office hours, meet-ups among a group
and landmark coordinates stay quiet. Severity is mostly advice (low).
"""

from __future__ import annotations

from ..types import Detection, DraftContext, Detector
from ._common import Near, Rule, run_rules

CAT = "location"

_HOME = r"(?:house|flat|place|halls?|room|apartment|home|gaff|digs|accommodation)"

_HOME_ALONE = (
    r"\bhome\s+alone\b|\bhome\s+(?:by\s+myself|on\s+my\s+own)\b",
    r"\b(?:alone|by\s+myself|on\s+my\s+own|all\s+alone|completely\s+alone)\s+(?:in|at)\s+(?:the|my|our|this)\s+" + _HOME + r"\b",
    r"\b" + _HOME + r"\s+(?:all\s+)?to\s+myself\b",
    r"\b(?:the\s+|my\s+|our\s+)" + _HOME + r"\s+(?:is|'s|will\s+be|is\s+gonna\s+be|is\s+going\s+to\s+be)\s+(?:completely\s+|totally\s+)?empty\b(?!\s+of\b)",
    r"\bempty\s+(?:[\w-]+\s+)?(?:house|flat|halls|block|bungalow|cottage|caravan|home|apartment)\b",
    r"\b(?:house|flat|gaff|home|place|halls)(?:\s+is|'s|\s+will\s+be)\s+(?:gonna\s+be\s+|going\s+to\s+be\s+)?(?:completely\s+|totally\s+)?empty\s+(?:all|till|until|for|this|tonight|from|over|the\s+whole|while|whilst|when|every)\b",
    r"\b(?:just|only)\s+me\s+(?:alone\s+|here\s+)?(?:and\s+the\s+(?:cat|dog|hamster|rabbit|cats|dogs)\s+)?(?:at|in)\s+(?:number\s+|no\.?\s*|flat\s+|room\s+)?\d{1,4}[a-z]?,?\s+[a-z]+(?:\s+[a-z]+)?\s+(?:road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|terrace|place|gardens|grove|court|walk|row|hill|park)\b",
    r"\b(?:just|only)\s+me\s+(?:alone\s+)?(?:at|in)\s+(?:the\s+|my\s+|our\s+)?(?:house|flat|place|gaff|halls|room|ours|mine)\b[^.\n]{0,40}\b(?:till|until|for\s+the|all\s+(?:week|weekend|night)|tonight|this\s+weekend|over\s+(?:the\s+)?(?:weekend|break|holidays?|easter|christmas))\b",
    r"\b(?:every(?:one|1)|parents|my\s+parents|flatmates|housemates|mum\s+and\s+dad|the\s+(?:parents|fam|family|others|girls|lads))\s*(?:'re|are|is|'s|have\s+gone|have|'ve|had|went)?\s*(?:all\s+)?(?:away|gone\s+home|gone\s+away|gone(?=\s+(?:for|till|until)\b)|out|on\s+holiday|abroad|in\s+(?!bed\b|the\b|town\b|class\b|lectures?\b|work\b|a\b|my\b)[a-z]{3,}|at\s+(?:my\s+)?(?:nan's|gran's|grandma's|aunt's|uncle's|a\s+wedding|a\s+funeral|a\s+conference))\b[^.\n]{0,60}\b(?:just\s+me|only\s+me|alone|by\s+myself|on\s+my\s+own|myself|empty)\b",
    r"\bnobody(?:'s|\s+is|\s+else\s+is|\s+else's)?\s+(?:home|in|around)\s+(?:at\s+(?:ours|mine|the\s+flat|the\s+house|our\s+place)\s+)?(?:till|until|for|this|tonight|all)\b",
    r"\bjust\s+me\s+(?:alone\s+)?(?:and\s+the\s+(?:cat|dog|hamster)\s+)?(?:in|at)\s+(?:the|my|our)\s+" + _HOME + r"\b",
    r"\b(?:just|only)\s+me\s+(?:alone\s+|left\s+)?(?:and\s+the\s+(?:cat|dog|hamster)\s+)?(?:at|in)\s+(?:ours|mine|home|my\s+place|our\s+place)\b",
    r"\b(?:all\s+)?away\s+(?:for|till|until|from)\b[^.\n]{0,60}\b" + _HOME + r"\s+(?:is|'s|will\s+be)\s+empty\b",
)

_LIVE = (
    r"\blive\s+location\b|\bsnap\s?map\b|\b(?:sharing|shared|share|turned\s+on|turning\s+on)\s+my\s+(?:live\s+location|location|find\s+my(?:\s+\w+)?|snap\s?map|life360)\b|\bsee\s+where\s+i\s+am\b|\bmy\s+location\s+(?:is\s+)?(?:on|in)\s+my\s+(?:story|bio)\b",
)
_MAP_LINK = (
    r"\b(?:maps\.app\.goo\.gl|goo\.gl/maps|google\.[a-z.]+/maps|maps\.apple\.com|what3words\.com)/\S+|///[a-z]+\.[a-z]+\.[a-z]+",
)
# Waiting somewhere public, described so one can be found (kept as its own cue:
# it can match many times in a long draft).
_WAITING_AT = (
    r"\b(?:i'm|im|i\s+am)\s+(?:at|outside|by|near)\s+(?:the\s+)?(?:bus\s+stop|bus\s+station|train\s+station|station|taxi\s+rank|corner|entrance|gates?|car\s+park|bench|lake|front\s+door|main\s+door|back\s+door|bar|pub|club)\b",
)

_HERE_NOW = (
    r"\b(?:i'll\s+be|i'm|im|i\s+am)\s+(?:all\s+)?alone\s+(?:in|at|on)\s+(?:the\s+)?[^.\n]{2,40}?\s+(?:till|until|from|tonight|at|all\s+(?:day|night|evening|afternoon|morning|weekend)|this\s+(?:weekend|evening|afternoon|morning)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    r"(?:^|[.!?]\s+)alone\s+(?:in|at)\s+(?:the\s+)?\w+|\b(?:i'm|im|i\s+am)\s+(?:all\s+)?alone\s+(?:in|at)\b",
    r"\b(?:currently|rn|right\s+now|atm|at\s+the\s+moment)\s+(?:(?:sat|sitting|stood|standing|chilling|working|studying|revising|waiting|hiding)\s+)?(?:alone\s+|on\s+my\s+own\s+|by\s+myself\s+)?(?:at|in|outside|on)\b",
    r"\b(?:i'm|im|i\s+am)\s+(?:currently\s+|now\s+|just\s+)?(?:sat|sitting|stood|standing|chilling|waiting|studying|working)\s+(?:in|at|outside|on|by)\b[^.\n]{0,60}\b(?:rn|right\s+now|now|atm|till|until|for\s+the\s+next|all\s+(?:day|afternoon|evening)|alone|by\s+myself|on\s+my\s+own)\b",
    r"\b(?:sat|sitting)\s+(?:in|at|outside)\s+(?:the\s+)?(?-i:[A-Z]\w+)",
    r"\b(?:i'm|im|i\s+am)\s+(?:staying\s+)?(?:at|in)\s+(?:the\s+)?[^.\n]{2,80}?\s+(?:tonight|rn|right\s+now|this\s+weekend|till|until|alone|on\s+my\s+own|by\s+myself)\b",
    r"\b(?:at|in|outside)\s+(?:the\s+)?[^.,\n]{2,40}?\s+(?:rn|right\s+now|atm)\b",
)
_FIND_ME = (r"\b(?:any(?:one|1|body)\s+(?:around|about|nearby)\s+to\s+(?:walk|come|meet)|walk\s+(?:me\s+home|with\s+me)|if\s+any(?:one|1|body)(?:'s|\s+is)\s+(?:nearby|around|near)|(?:pop|drop|swing|come)\s+(?:by|in|over|round)|come\s+(?:say\s+hi|find\s+me|join\s+me|through|over|and\s+find\s+me|chat|sit|hang|grab|keep\s+me\s+company|join)|(?:first|second|third|last|back|front|corner|end)\s+(?:table|desk|seat|row|booth|sofa)|pull\s+up|i'?m\s+the\s+one\s+(?:in|with|wearing)|in\s+the\s+(?:\w+\s+){0,2}(?:coat|jacket|hoodie|jumper|top|dress|hat|scarf|cap)"
            r"|wearing\s+(?:a|the|my)\s+(?:\w+\s+)?(?:coat|jacket|hoodie|jumper|top|dress|hat|scarf|cap)|(?:red|blue|green|black|white|yellow|pink|grey|gray|orange|purple|brown|denim|leather|navy)\s+(?:coat|jacket|hoodie|jumper|top|dress|hat|scarf|cap|shirt|trainers|vest|t-?shirt|tee|shorts|leggings|joggers|trackies|beanie|puffer|fleece|gilet)|spot\s+me|(?:by|near|next\s+to)\s+the\s+(?:mirror|squat\s+rack|bench\s+press|treadmills?|water\s+fountain|bar|till|fire\s+exit)|on\s+my\s+own|by\s+myself|save\s+me|alone|if\s+any(?:one|1|body)\s+(?:needs|wants)\s+(?:to\s+find\s+)?me|if\s+any(?:one|1|body)\s+(?:needs|wants)\s+(?:their|his|her|the|my|a)\s+\w+(?:\s+back)?|come\s+(?:get|grab|collect|pick\s+up)\s+(?:it|them|your|ur|their)|(?:by|near|next\s+to)\s+the\s+(?:window|door|entrance|stairs|lifts?|printers?|radiator|plug|sockets?)|silent\s+(?:zone|area|floor|study)|quiet\s+(?:zone|area|floor)|desk\s+\d+|seat\s+\d+|table\s+\d+|you\s+know\s+where\s+to\s+find\s+me|find\s+me\s+(?:at|in|there))\b")

_COORDS = r"(?<![\d.])-?\d{1,2}\.\d{3,7}\s*°?\s*[ns]?\s*,\s*-?\d{1,3}\.\d{3,7}\s*°?\s*[ew]?(?![\d.])"
_COORDS_ME = r"\b(?:i'm|im|i\s+am|me|we're|we\s+are|my\s+(?:location|spot|pin|tent)|here|find\s+me|come|currently|rn|right\s+now|camping|parked|staying)\b|📍"
_LANDMARK = r"\b(?:landmark|statue|cathedral|church|tower|summit|peak|castle|museum|monument|memorial|bridge|the\s+top\s+of|trig\s+point|viewpoint|lighthouse|stadium|venue|campus|building)\b"

_SCHEDULE = (
    r"\b(?:i'm|im|i\s+am)\s+(?:always|usually|normally|often|generally)\s+(?:the\s+)?(?:last|only)\s+(?:one|person|student)\s+(?:in|at|left\s+in|left\s+at|out\s+of)\b",
    r"\b(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weeknights|weekends|most\s+(?:nights|mornings|evenings|days))\b[^.\n]{0,40}\b(?:i'm|im|i\s+am|i'll\s+be)\s+(?:always|usually|normally|generally)\s+(?:in|at)\b",
    r"\b(?:i'm|im|i\s+am)\s+(?:always|usually|normally|generally)\s+(?:in|at)\s+(?:the\s+)?[^.\n]{2,40}?\s+(?:on\s+)?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weeknights|weekends|from\s+\d{1,2}\s*(?:am|pm)?\s+(?:till|until|to|-))\b",
    r"\b(?:walking|running|cycling|jogging|driving|getting\s+the\s+bus)\s+(?:back\s+|home\s+)?(?:alone\s+|on\s+my\s+own\s+|by\s+myself\s+)?(?:from|to|through|along)\b[^.\n]{0,60}\b(?:every|each)\s+(?:single\s+)?(?:morning|night|evening|day|weekday)",
    r"\b(?:every|each)\s+(?:single\s+)?(?:morning|evening|night|day|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\s+(?:from\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?\s*(?:-|–|to|till|until)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*(?:am|pm))?\b[^.\n]{0,60}\b(?:if\s+any(?:one|1|body)\s+wants\s+to\s+(?:join|train|come|meet|run)|with\s+me|come\s+find\s+me|find\s+me)\b",
    r"\bif\s+any(?:one|1|body)\s+needs\s+(?:to\s+find\s+)?me\b[^.\n]{0,30}\b(?:i'm|i'll\s+be|i\s+am|im)\s+(?:in|at)\b[^.\n]{0,80}\b(?:floor|desk|room|seat|table|till|until|booth|corner)\b",
    r"\b(?:my\s+)?(?:usual|regular|daily|nightly|weekly)\s+(?:route|run|walk|loop|spot|commute|jog|cycle)\b[^.\n]{0,60}\b(?:every|each)\s+(?:single\s+)?(?:morning|night|evening|day|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"\b(?:my\s+)?(?:daily|weekly|usual|morning|evening|night(?:ly)?)\s+(?:routine|schedule|run|walk|commute)\s*[:\-]",
    r"\b(?:every|each)\s+(?:single\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|morning|evening|night|day|weekday|week\s*day|lunchtime)s?\b"
    r"[^.\n]{0,80}\b(?:i'm|im|i\s+am|i\s+go|i\s+run|i\s+walk|i\s+train|i'll\s+be|you'll\s+find\s+me|find\s+me|i\s+head|i\s+work|i\s+finish|i\s+leave|i\s+(?:close|lock|open)\s+up|i\s+get\s+(?:the\s+)?(?:bus|train))\b",
    r"\b(?:i'm|im|i\s+am|i\s+go|i\s+run|i\s+walk|i\s+train|i'll\s+be|you'll\s+find\s+me|find\s+me|i\s+head|i\s+work|i\s+finish|i\s+leave|i\s+(?:close|lock|open)\s+up|i\s+get\s+(?:the\s+)?(?:bus|train))\b[^.\n]{0,80}\b(?:every|each)\s+(?:single\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|morning|evening|night|day|weekday|lunchtime)s?\b",
    r"\b(?:i'll\s+be|i'm|im|i\s+am|find\s+me)\s+(?:in|at)\s+(?:room|rm|lab|office)\s*[a-z]{0,3}\s?\d[\w.]*\b[^.\n]{0,50}\b(?:till|until|from|at|between|all\s+(?:day|afternoon))\b(?=[^.\n]{0,60}\b(?:alone|by\s+myself|on\s+my\s+own|if\s+any(?:one|1|body)\s+needs\s+(?:to\s+find\s+)?me|come\s+find\s+me|find\s+me))",
    r"\b(?:i'll\s+be|i'm|im|i\s+am)\s+(?:in|at)\s+(?:the\s+)?[^.\n]{2,40}?\s+(?:till|until|from)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?\b[^.\n]{0,40}\b(?:if\s+any(?:one|1|body)\s+(?:needs|wants)\s+(?:to\s+find\s+)?me|come\s+(?:find|say)|find\s+me|alone|by\s+myself|on\s+my\s+own)\b",
)
_SCHEDULE_PLACE_OR_TIME = (r"\b(?:gym|library|park|canal|river|towpath|track|route|pool|field|café|cafe|costa|starbucks|pub|bar|station|bus\s+stop|room|rm|lab|office|floor|desk|studio|\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)|\d{1,2}[.:]\d{2}"
                           r"|dawn|sunrise|midnight|alone|by\s+myself|on\s+my\s+own)\b")
_SERVICE = (r"\b(?:office\s+hours?|drop[- ]in|surgery\s+hours?|advice\s+hours?|open\s+(?:to\s+all|hours)|opening\s+hours|help\s*desk|session\s+(?:is|will\s+be)|tutorial|seminar|lecture|class|workshop|talk"
            r"|meeting|society|soc|club|team|all\s+welcome|everyone\s+welcome|join\s+us|sign\s+up|tickets?|event|rehearsal|training\s+session|practice|moved\s+to|has\s+moved|changed\s+to|now\s+in)\b")

# Out alone somewhere specific, with when one will be back.
_OUT_ALONE = (
    r"\b(?:solo|alone|on\s+my\s+own|by\s+myself)\b[^.\n]{0,40}\b(?:parked|staying|camping|sleeping|walking|hiking|running|cycling|waiting|sat|sitting)\s+(?:up\s+)?(?:at|in|on|near|by|outside)\s+(?:the\s+)?[^.\n]{2,60}?\b(?:back\s+(?:around|at|by|for)|till|until|tonight|midnight|\d{1,2}\s*(?:am|pm))\b",
)

# A room number with a time or an open door: where to find the author.
_ROOM_TIME = (
    r"\b(?:room|rm|flat|block)\s*[a-z]?\d{1,4}[a-z]?\b",
)
_ROOM_ME = (r"\b(?:door(?:'s|\s+is|\s+will\s+be)?\s+(?:unlocked|open|on\s+the\s+latch|propped\s+open)|i'?m\s+(?:in|there|home|back)\s+(?:till|until|from|all\s+(?:night|day|evening)|tonight|after)"
            r"|i'?ll\s+be\s+(?:in|there|home|back)\s+(?:till|until|from|all|tonight|after)|knock\s+(?:on|twice|loud)|just\s+(?:come|walk)\s+in|let\s+yourself\s+in|come\s+(?:round|over|up|by))\b")

_SOMEONE_ELSE = (
    r"\b(?:left|leaves|leaving|keeps?)\s+(?:her|his|their|the)\s+(?:back\s+|front\s+|side\s+|patio\s+|garage\s+)?(?:door|window|gate)s?\s+(?:unlocked|open|on\s+the\s+latch)\b(?=[^\n]{0,100}\b(?:away|holiday|abroad|empty|nobody\s+(?:home|in)|not\s+back|number\s+\d|no\.?\s*\d|\d+\s+[a-z]+\s+(?:street|st|road|rd|avenue|lane|close|drive))\b)",
    r"\b(?:spotted|seen|saw|just\s+seen|just\s+saw)\s+(?:(?:our|my|the)\s+(?:[\w-]+\s+)?(?:lecturer|tutor|prof|professor|dean|vc|ex|boss|manager|flatmate|housemate|teacher|president|captain|crush|landlord|supervisor)(?:\s+(?-i:(?:Dr|Prof|Mr|Mrs|Ms|Miss)\.?\s+)?(?-i:[A-Z][a-z]+))?|(?-i:(?:Dr|Prof|Mr|Mrs|Ms|Miss)\.?\s+[A-Z][a-z]+))\s+(?:at|in|outside)\s+(?:the\s+)?[^.\n]{2,40}?\s+(?:right\s+now|rn|atm|as\s+we\s+speak|just\s+now)\b",
    r"\b(?:you(?:'ll|\s+will|\s+can)\s+(?:always\s+|usually\s+)?find|catch|corner)\s+(?:the\s+|our\s+|my\s+)(?:[\w-]+\s+)?(?:president|lecturer|tutor|captain|ex|flatmate|housemate|roommate|boss|manager|girlfriend|boyfriend|gf|bf|sister|brother|mate|friend|neighbou?r|landlord|coach|dean|prof|professor|teacher|supervisor|treasurer|chair)(?:\s+[a-z]+)?\s+(?:in|at|outside|by)\b",
    # tracking someone on a location app
    r"\b(?:tracking|stalking|watching|following|checking|keeping\s+tabs\s+on)\s+(?:my\s+(?:ex|\w+)|her|him|them|(?-i:[A-Z][a-z]+))\s+(?:on|via|through|with)\s+(?:find\s+my(?:\s+\w+)?|life360|snap\s?maps?|google\s+maps|her\s+location|his\s+location|their\s+location|airtag|the\s+airtag)\b",
    r"\b(?:find\s+my|life360|snap\s?map|airtag)\b[^.\n]{0,40}\b(?:says|shows|has)\s+(?:she's|he's|they're|(?:her|him|them)\s+(?:at|in)|(?-i:[A-Z][a-z]+)'s)\b",
    r"\b(?:she|he|(?-i:[A-Z][a-z]+))(?:\s+from\s+(?:my|our|the)\s+\w+)?(?:'s|,?\s+is|,?\s+works)\s+(?:always\s+)?(?:at|in)\s+(?:the\s+)?[^.\n]{2,50}?\s+(?:every|each)\s+(?:single\s+)?(?:morning|night|evening|day|weekday|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b",
    r"\b(?:she|he|(?-i:[A-Z][a-z]+))\s+(?:always|usually|normally)\s+(?:parks|leaves|arrives|walks|runs|goes|sits|studies|works|gets|finishes|locks\s+up)\b[^.\n]{0,60}\bat\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?\b",
    r"\b(?:she|he|(?-i:[A-Z][a-z]+))\s+(?:always\s+|usually\s+)?(?:walks|runs|jogs|cycles|goes|swims|trains|studies|works|leaves|gets\s+the\s+bus)\b[^.\n]{0,60}\b(?:every|each)\s+(?:single\s+)?(?:morning|night|evening|day|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"(?=[^.\n]{0,60}\b(?:alone|on\s+(?:her|his|their)\s+own|by\s+(?:her|him|them)sel(?:f|ves)|at\s+\d|can't\s+miss|you'll\s+find))",
    r"\b(?:my\s+(?:ex|flatmate|housemate|roommate|boss|manager|lecturer|tutor|neighbou?r|bf|gf|boyfriend|girlfriend|partner|sister|brother|mate|friend|husband|wife|cousin)|she|he|(?-i:[A-Z][a-z]+))(?:\s+is|'s)\s+(?:(?:working|studying|staying|drinking|out|sat|sitting)\s+)?(?:at|in)\s+(?:the\s+)?[^.,\n]{2,40}?\s+(?:right\s+now|rn|atm|as\s+we\s+speak|today|tonight|till\s+\d|until\s+\d)\b",
    r"\b(?:you(?:'ll|\s+will|\s+can)\s+(?:always\s+)?find|catch|corner)\s+(?:him|her|them|(?-i:[A-Z][a-z]+))\s+(?:at|in|outside|by)\b",
    r"\b(?:she|he|they)\s+(?:lives?|is\s+living|'s\s+living|stays?|is\s+staying)\s+(?:at|on|in)\s+(?:flat|room|block|number|no\.?|\d)",
    r"\b(?:her|his|their)\s+(?:room|flat)\s+(?:is|number\s+is|no\.?\s+is|=)\s+(?:room\s+|flat\s+|no\.?\s*)?\w?\d",
    r"\b(?:she|he|they)\s+(?:always\s+|usually\s+)?(?:walks?|gets?|goes|cycles?|runs?)\s+(?:home|back)\s+(?:alone|on\s+(?:her|his|their)\s+own|by\s+(?:her|him|them)sel(?:f|ves))",
    r"\bmy\s+(?:ex|flatmate|housemate|roommate|boss|manager|lecturer|tutor|neighbou?r|sister|brother|girlfriend|boyfriend|gf|bf|mate|friend|partner|cousin|colleague)(?:\s+is|'s)\s+(?:always|usually|normally|currently|right\s+now|rn)\s+(?:at|in)\s+(?:the\s+)?\w+[^.\n]{0,40}\b(?:at|from|between|till|until|every|on)\s+(?:\d|mon|tue|wed|thu|fri|sat|sun)",
    r"\b(?:she's|he's|they're|she\s+is|he\s+is|they\s+are|(?-i:[A-Z][a-z]+)\s+is|(?-i:[A-Z][a-z]+)'s)\s+(?:always|usually|normally|currently|right\s+now|rn)\s+(?:at|in)\s+(?:the\s+)?\w+[^.\n]{0,40}\b(?:at|from|between|till|until|every|on)\s+(?:\d|mon|tue|wed|thu|fri|sat|sun)",
    r"\b(?:she's|he's|they're|she\s+is|he\s+is|(?-i:[A-Z][a-z]+)'s|(?-i:[A-Z][a-z]+)\s+is)\s+(?:always\s+|usually\s+|normally\s+)?(?:in|at)\s+(?:the\s+)?[\w ]{2,30}?\s+(?:till|until)\s+(?:late|\d|midnight|close)\b[^.\n]{0,60}\b(?:every|each|go\s+(?:surprise|find|see)|if\s+you\s+want)",
    r"\bgo\s+(?:and\s+)?(?:surprise|find|catch|corner|wait\s+for|annoy|bother|see|visit|pester|scare|prank|say\s+hi\s+to)\s+(?:her|him|them)\b|\bgo\s+(?:and\s+)?keep\s+(?:her|him|them)\s+company\b",
    r"\b(?:she's|he's|they're|(?-i:[A-Z][a-z]+)'s|(?-i:[A-Z][a-z]+)\s+is|my\s+\w+'s|my\s+\w+\s+is)\s+(?:working|doing|on)\s+(?:the\s+)?(?:late|night|early|closing|evening|overnight|graveyard)\s+shift\b[^.\n]{0,60}\b(?:alone|on\s+(?:his|her|their)\s+own|by\s+(?:him|her|them)sel(?:f|ves)|tonight|till|until|go\s+(?:and\s+)?\w+\s+(?:him|her|them))\b",
    r"\b(?:she's|he's|they're|(?-i:[A-Z][a-z]+)'s|(?-i:[A-Z][a-z]+)\s+is)\s+(?:always\s+|usually\s+|often\s+)alone\s+(?:in|at)\b",
    r"\b(?:she's|he's|they're|she\s+is|he\s+is|they\s+are)\s+(?:home\s+)?alone\s+(?:at|in|tonight|this\s+weekend|till|until)\b",
)


# Broader constructions: someone (the author or another person) alone at a
# place right now or until a time; walking back alone now; a room number with
# being alone or staying there; where to catch someone regularly.
_ALONE_WORDS = r"(?:alone|on\s+(?:my|her|his|their)\s+own|by\s+(?:myself|herself|himself|themselves))"
_ALONE_AT = (
    r"\b(?:my\s+(?:[\w-]+\s+)?\w+(?:'s|\s+is)|she(?:'s|\s+is)|he(?:'s|\s+is)|they(?:'re|\s+are)|(?-i:[A-Z][a-z]+)(?:'s|\s+is)|i'm|im|i\s+am|i'll\s+be)\s+(?:\w+ing\s+)?" + _ALONE_WORDS + r"\s+(?:at|in|on|outside)\s+(?:the\s+|a\s+)?[^.\n]{2,50}?\b(?:till|until|tonight|til|from|rn|right\s+now|now|all\s+(?:night|day|evening|weekend|week)|this\s+(?:evening|weekend|afternoon|week)|for\s+the\s+(?:week|weekend))\b",
    r"\b(?:walking|cycling|heading|getting|going|jogging|running)\s+(?:back|home)\s+(?:from\s+[^.\n]{2,30}?\s+)?" + _ALONE_WORDS + r"\b(?=[^.\n]{0,60}\b(?:now|rn|right\s+now|atm|tonight|home\s+in\s+\d|lane|road|rd|street|park|via|through|along))",
    r"\b(?:walking|cycling|heading|getting|going)\s+(?:back|home)\s+" + _ALONE_WORDS + r"\s+(?:now|rn|right\s+now|tonight)\b",
)
_ROOM_ALONE = (r"\b(?:alone|by\s+myself|on\s+my\s+own|staying|sleeping|i'm\s+in|i'll\s+be\s+in|find\s+me|come\s+find|knock|"
               r"(?:building|floor|corridor|block|lab|office)(?:'s|\s+is)\s+(?:completely\s+|totally\s+|dead\s+)?(?:empty|deserted)|no\s+one\s+else|nobody\s+else)\b")
_ROOM_WHEN = (r"\b(?:till|until|til|from\s+\d|tonight|all\s+(?:night|day|evening|weekend)|this\s+(?:evening|weekend)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}\s*(?:am|pm))\b")
_HOME_ALONE = _HOME_ALONE + (
    r"\b(?:the\s+)?(?:whole\s+|entire\s+)?(?:house|flat|place|gaff|apartment|home)\s+(?:is|'s)\s+(?:all\s+)?mine\b",
    r"\bgot\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:house|flat|place|gaff|apartment)\s+(?:all\s+)?to\s+(?:my\s*self|me)\b",
)
_HOME_ALONE = _HOME_ALONE + (
    r"\b(?:flatmates|housemates|roommates|parents|everyone|every(?:one|body)\s+else|the\s+others|the\s+rest|my\s+\w+)\s+(?:aren't|are\s+not|won't\s+be|don't|do\s+not|isn't|is\s+not|haven't|have\s+not)\s+(?:arriving|back|moving\s+in|coming\s+back|home|here|getting\s+back|arrived|moved\s+in|come\s+back)\s+(?:yet\s+)?(?:till|until|for|yet)?\b[^.\n]{0,60}\b(?:on\s+my\s+own|alone|by\s+myself|just\s+me|myself|empty)\b",
)
_ALONE_AT = _ALONE_AT + (
    r"\b(?:my\s+(?:[\w-]+\s+)?\w+(?:'s|\s+is)|she(?:'s|\s+is)|he(?:'s|\s+is)|(?-i:[A-Z][a-z]+)(?:'s|\s+is)|i'm|im|i\s+am|i'll\s+be)\s+(?:\w+ing\s+)?(?:at|in)\s+(?:the\s+)?[^.\n]{2,40}?\s+" + _ALONE_WORDS + r"\s+(?:till|until|til|tonight|from|every|all|this|now|rn)\b",
)
_ALONE_AT = _ALONE_AT + (
    # "Jess is always on her own in the practice rooms after 9pm", "the new
    # technician works alone in the basement lab every evening"
    r"\b(?:(?:my\s+(?:[\w-]+\s+)?\w+|she|he|they|(?-i:[A-Z][a-z]+)|the\s+(?:new\s+)?\w+)(?:\s+is|'s|\s+are|'re)\s+(?:always|usually|often|normally|mostly)|"
    r"(?:my\s+(?:[\w-]+\s+)?\w+|she|he|they|(?-i:[A-Z][a-z]+)|the\s+(?:new\s+)?\w+)\s+(?:always\s+|usually\s+|often\s+)?(?:works|studies|stays|sits|revises|practises|practices|locks\s+up))\s+"
    + _ALONE_WORDS + r"\s+(?:at|in|on)\s+(?:the\s+|a\s+)?[^.\n]{2,50}?\b(?:after\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?|every\s+(?:evening|night|morning|day|weekday|\w+day)|most\s+(?:evenings|nights|mornings|days)|till|until|late|tonight)\b",
)
_HOME_ALONE = _HOME_ALONE + (
    r"\bmy\s+(?:room|flat|house|place|apartment)\b[^.\n]{0,40}?\b(?:is|'s|will\s+be)\s+(?:completely\s+|totally\s+)?empty\b(?!\s+(?:of|without))",
)
_SOMEONE_LIVES = (
    r"\b(?:she|he|they|my\s+(?:[\w-]+\s+)?\w+|our\s+\w+|the\s+(?:lecturer|tutor|prof|professor|dean|landlord|president|captain)|(?-i:(?:Dr|Prof|Mr|Mrs|Ms|Miss)\.?\s+[A-Z][a-z]+)|(?-i:[A-Z][a-z]+))\s+(?:lives?|is\s+living|'s\s+living|stays?|is\s+staying|'s\s+staying)\s+(?:at|on|in|above|opposite|next\s+to|behind)\s+(?:the\s+)?[^.\n]{3,60}?\b(?:road|rd|street|st|avenue|ave|lane|close|drive|flats|block|house|number\s+\d+|no\.?\s*\d+|flat\s+\d+|\d{1,3}[a-z]?\b)",
)
_ALONE_TRAVEL = (r"\b(?:on|in|at)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:train|bus|tram|coach|carriage|platform|station|car\s+park|underpass|taxi|uber|night\s+bus|tube)\b",)
_SPOT = (r"\b(?:study\s+spot|my\s+spot|where\s+i(?:'ll|\s+will)\s+be|my\s+(?:current\s+)?location|current\s+location|base\s+camp|hq)\s+(?:for\s+[^:\n]{1,25}|today|tonight|rn|now)?\s*[:\-–]\s*\S",)
_OTHER_PERSON = (r"(?:she|he|(?-i:[A-Z][a-z]+)|my\s+(?:little\s+|big\s+|younger\s+|older\s+|baby\s+)?(?:sister|brother|sis|bro|mum|mom|dad|girlfriend|boyfriend|gf|bf|flatmate|housemate|roommate|friend|mate|bestie|partner|wife|husband|ex|daughter|son|cousin|nan|gran|grandma|grandad|neighbou?r|colleague|lecturer|tutor))")
_OTHER_ROUTINE = (
    r"\b" + _OTHER_PERSON + r"\s+(?:always\s+|usually\s+|normally\s+)?(?:walks|runs|jogs|cycles|rides|goes|swims|trains|studies|works|leaves|drives|gets\s+the\s+(?:bus|train)|heads|locks\s+up|closes\s+up)\b[^.\n]{0,60}?\b(?:alone|on\s+(?:her|his|their)\s+own|by\s+(?:her|him|them)sel(?:f|ves))\b[^.\n]{0,40}?\b(?:every|each|at\s+\d|till|until|most\s+(?:nights|mornings|evenings))",
    r"\b" + _OTHER_PERSON + r"\s+(?:always\s+|usually\s+|normally\s+)?(?:walks|runs|jogs|cycles|rides|goes|swims|trains|studies|works|leaves|drives|heads)\b[^.\n]{0,60}?\b(?:every|each)\s+(?:single\s+)?(?:morning|night|evening|day|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b[^.\n]{0,30}?\b(?:alone|on\s+(?:her|his|their)\s+own|by\s+(?:her|him|them)sel(?:f|ves)|at\s+\d)",
)
_CATCH_THEM = (
    r"\bif\s+any(?:one|1|body)\s+(?:wants|fancies|needs)\s+to\s+['\"]?(?:bump\s+into|find|catch|see|surprise|confront|corner|visit|have\s+a\s+word\s+with|pay\s+(?:him|her|them)\s+a\s+visit)['\"]?\s+(?:him|her|them)\b",
    r"\b(?:you|u)\s+(?:could|can|'ll|will|might|should)\s+(?:always\s+|easily\s+)?(?:catch|find|corner|get)\s+(?:him|her|them)\s+(?:there|then|at\s+\w+|in\s+the|on\s+the|by\s+the|outside)\b",
    r"\b(?:that's|thats|that\s+is)\s+where\s+(?:you(?:'ll|\s+will|\s+can)\s+)?(?:catch|find|get|corner|see)\s+(?:him|her|them)\b",
    r"\b(?:my\s+(?:[\w-]+\s+)?\w+|our\s+(?:[\w-]+\s+)?\w+|the\s+(?:lecturer|tutor|prof|professor|dean|boss|manager|landlord)|she|he|(?-i:(?:Dr|Prof|Mr|Mrs|Ms|Miss)\.?\s+[A-Z][a-z]+)|(?-i:[A-Z][a-z]+))\s+(?:always|usually|normally|every\s+day|daily)\s+(?:sits|is|works|studies|eats|drinks|goes|parks|waits|smokes|runs|walks|trains|has\s+(?:lunch|coffee))\s+(?:in|at|on|by|outside|to)\b[^.\n]{0,50}\b(?:between|from|at|till|until|after|before)\s+\d",
)


class LocationDetector(Detector):
    rules = ("location.home_alone", "location.live", "location.coordinates", "location.schedule",
             "location.someone_else")

    def __init__(self) -> None:
        self._rules = (
            Rule("location.home_alone", CAT, _HOME_ALONE, extend=True,
                 none_of=(r"\b(?:walk\w*|get\w*|go\w*|head\w*|cycl\w*)\s+home\s+alone\s+(?:at\s+night\s+|in\s+the\s+dark\s+)?(?:is|isn't|can|sucks|feels|scares|makes|never|always)\b|\bhome\s+alone(?:\s+\w+)?\s*\?\s*no\b|\bnot\s+home\s+alone\b|\bempty\s+without\b|\bmiss\s+(?:you|u|ya|them|him|her|everyone|y'?all)\b|\b(?:letting\s+agent|new\s+tenants|viewings?|to\s+let|for\s+rent|for\s+sale)\b", r"\b(?:sister|brother|son|daughter|kids?|cat|dog|mum|dad|nan|grandma|grandad|puppy|kitten|child|she|he)(?:'s|\s+is|\s+was|\s+will\s+be)\s+(?:\w+\s+)?home\s+alone\b", r"\b(?:films?|movies?|netflix|watching|christmas\s+movie|tv|on\s+telly|classic|macaulay|kevin|sequels?)\b",)),
            Rule("location.live", CAT, _LIVE, none_of=(r"\bsharing\s+my\s+(?:live\s+)?location\s+with\s+(?:my\s+)?(?:flatmate|mum|dad|parents|friend|partner|boyfriend|girlfriend|housemate|family|bf|gf|sister|brother)s?\b|\bjust\s+in\s+case\b|\bto\s+be\s+safe\b|\bfor\s+safety\b", r"\b(?:turn\s+off|turned\s+off|disable|switch\s+off|never\s+share|don't\s+share|how\s+(?:do|to)|be\s+careful|careful\s+who|great\s+feature|safety\s+tip)\b",), extend=True),
            Rule("location.live", CAT, _HERE_NOW, near=(Near(_FIND_ME, 120),), extend=True,
                 none_of=(r"\bwith\s+(?:the\s+|my\s+)?(?:whole\s+|entire\s+)?(?:course|group|team|society|soc|squad|girls|lads|gang|crew|flat|flatmates|housemates|everyone|all\s+of\s+us|netball|rugby|football)\b|\bjoin\s+us\b",)),
            Rule("location.live", CAT, _WAITING_AT, near=(Near(_FIND_ME, 120),), extend=True,
                 none_of=(r"\bwith\s+(?:the\s+|my\s+)?(?:whole\s+|entire\s+)?(?:course|group|team|society|soc|squad|girls|lads|gang|crew|flat|flatmates|housemates|everyone|all\s+of\s+us)\b|\bjoin\s+us\b",)),
            Rule("location.live", CAT, _MAP_LINK, near=(Near(r"\b(?:i'm|im|i\s+am|me|here|come|find|lost|pick\s+me\s+up|get\s+me|we're|meet\s+me)\b", 80),)),
            Rule("location.coordinates", CAT, _COORDS, near=(Near(r"\b(?:come\s+find\s+me|find\s+me|i'm\s+(?:at|here)|me\s+(?:rn|now|right\s+now)|my\s+(?:location|exact\s+location|pin)|where\s+i\s+am|i'm\s+currently)\b", 80),)),
            Rule("location.coordinates", CAT, _COORDS, near=(Near(_COORDS_ME, 60),), none_of=(_LANDMARK,)),
            Rule("location.schedule", CAT, _SCHEDULE, near=(Near(_SCHEDULE_PLACE_OR_TIME, 100),), extend=True,
                 all_of=(r"\b(?:alone|by\s+myself|on\s+my\s+own|deserted|empty|nobody\s+(?:else\s+)?(?:around|there)|if\s+any(?:one|1|body)|any(?:one|1|body)\s+wants?|come\s+(?:find|join|say|visit|see)|find\s+me|join\s+me|with\s+me|you\s+know\s+where|say\s+hi|spotter|keep\s+me\s+company|just\s+me|(?:would|'d)\s+(?:love|like)\s+(?:some\s+)?company|no\s+one\s+else|nobody\s+else)\b",),
                 none_of=(_SERVICE,)),
            Rule("location.someone_else", CAT, _SOMEONE_ELSE, extend=True),
            Rule("location.live", CAT, _OUT_ALONE, extend=True,
                 none_of=(r"\b(?:with\s+(?:the\s+|my\s+)?(?:group|team|club|society|soc|squad|friends|mates|girls|lads)|join\s+us)\b",)),
            Rule("location.live", CAT, _ROOM_TIME, near=(Near(_ROOM_ME, 80),), extend=True,
                 none_of=(_SERVICE, r"\b(?:exam|viva|interview|appointment|meeting|booked|book\s+a|reception|party|parties|pres|pre-drinks|predrinks|everyone\s+welcome)\b(?!\s+hours)")),
            Rule("location.live", CAT, _ALONE_AT, extend=True,
                 none_of=(r"\b(?:with\s+(?:the\s+|my\s+)?(?:group|team|club|society|soc|squad|friends|mates|girls|lads)|join\s+us)\b",)),
            Rule("location.live", CAT, _ROOM_TIME, near=(Near(_ROOM_ALONE, 80), Near(_ROOM_WHEN, 80)), extend=True,
                 none_of=(_SERVICE, r"\b(?:exam|viva|interview|appointment|booked|book\s+a|reception|party|parties|pres|pre-drinks|predrinks|everyone\s+welcome)\b(?!\s+hours)")),
            Rule("location.someone_else", CAT, _CATCH_THEM, extend=True, none_of=(_SERVICE,)),
            Rule("location.live", CAT, _ALONE_TRAVEL, near=(Near(_ALONE_WORDS, 60), Near(r"\b(?:now|rn|right\s+now|currently|tonight|phone\s+(?:on|at|dying|about\s+to\s+die)|battery|\d{1,2}\s*%|last|night|back\s+to|next\s+(?:train|bus|tram)|for\s+an\s+hour|isn't\s+(?:for|till|until)|any(?:one|1|body)\s+(?:around|near)|waiting)\b", 80)), extend=True,
                 none_of=(r"\b(?:with\s+(?:the\s+|my\s+)?(?:group|team|club|society|soc|squad|friends|mates|girls|lads)|never\s+(?:get|take|ride)|don't\s+(?:get|take)|tips?\s+for|stay\s+safe\s+(?:everyone|all|guys))\b",)),
            Rule("location.live", CAT, _SPOT, near=(Near(_FIND_ME + r"|\bcome\s+(?:bring|get|see|visit)\s+me\b|\bbring\s+me\b|\bdesk\s+\d+|\bfloor\b", 120),), extend=True,
                 none_of=(_SERVICE,)),
            Rule("location.someone_else", CAT, r"\b" + _OTHER_PERSON + r"(?:'s|\s+is|\s+will\s+be|\s+has\s+been)\s+(?:home\s+|in\s+the\s+house\s+|at\s+home\s+)?(?:all\s+)?(?:alone|by\s+(?:herself|himself|themselves)|on\s+(?:her|his|their)\s+own)\s+(?:at\s+home\s+)?(?:all\s+(?:week|weekend|night|day)|till|until|tonight|this\s+(?:week|weekend)|for\s+(?:the\s+)?(?:week|weekend|night|\d+\s+days)|while|whilst|from)\b",
                 extend=True, none_of=(_SERVICE, r"\b(?:cat|dog|puppy|kitten|hamster|rabbit|pet)\b", r"\b(?:i'm|i\s+am|i'll\s+be|we're|we\s+are)\s+(?:going|heading|popping|staying|driving)\s+(?:back|home|round|over|there|up)\b")),
            Rule("location.someone_else", CAT, _SOMEONE_LIVES, extend=True, none_of=(_SERVICE, r"\b(?:used\s+to\s+live|grew\s+up|born\s+in|lives?\s+in\s+(?:london|leicester|derby|nottingham|northampton|the\s+uk|england|wales|scotland))\b",)),
            Rule("location.someone_else", CAT, _OTHER_ROUTINE, extend=True, none_of=(r"\b(?:office\s+hours?|drop[- ]in|surgery\s+hours?|advice\s+hours?|opening\s+hours)\b", r"\b(?:with\s+(?:her|his|their)\s+(?:club|team|group|friends|mates)|running\s+club|park\s*run)\b")),
        )

    def detect(self, text: str, ctx: DraftContext) -> list[Detection]:
        return run_rules(self._rules, text, ctx)
