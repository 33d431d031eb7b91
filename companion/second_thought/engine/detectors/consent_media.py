"""Recordings and images of people without their consent, content from
learning platforms, private or sexual images and covert audio (Derby
cyber-bullying list; DMU 4.5; Northampton 6.9, 7.16).

Photos posted with stated consent, a link to an officially published
recording and simply naming a platform ("lecture's on Teams today") stay quiet.
"""

from __future__ import annotations

from ..types import Detection, DraftContext, Detector
from ._common import Near, Rule, run_rules

CAT = "consent_media"

_CAPTURE = (r"\b(?:record(?:ed|ing|ings)?|screen[- ]?record(?:ed|ing)?|screen\s?shot(?:s|ted)?|ss'?d|screen[- ]?grab(?:bed|s)?|screen[- ]?cap(?:s|tured)?|filmed|filming|film(?:ed)?\s+(?:it|the|him|her)"
            r"|clip(?:ped|s)?|download(?:ed|ing)?|ripped|audio|videos?|vids?|footage|snippets?|voice\s+notes?|livestream(?:ed|ing)?|live[- ]?stream(?:ed|ing)?|leak(?:ed|ing)?)\b")
_LEARNING = (r"\b(?:(?:teams|zoom|collaborate)\s+recording|recording\s+of\s+(?:our|the|today's)\s+(?:\w+\s+){0,2}(?:meeting|call|seminar|lecture|tutorial|session)|lectures?|seminars?|tutorials?|workshops?|lessons?|classes|class|labs?|teams\s+(?:call|meeting|chat|lecture|session|class)|zoom\s+(?:call|lecture|class|session|meeting)"
             r"|blackboard(?:\s+collaborate)?|collaborate\s+(?:session|ultra)|replay|panopto|moodle|echo\s?360|canvas|learning\s+(?:platform|room)|the\s+vle|lecturers?|lecturer's"
             r"|(?:dr|prof|professor)\s+\w+(?:'s)?|class\s+(?:chat|group\s+chat)|breakout\s+room|module\s+(?:page|chat)|(?:group|team)\s+chat|teams\s+chat|online\s+class)\b")
_SHARE_INTENT = (r"\b(?:(?:google\s+)?drive|for\s+the\s+whole\s+world|public(?:ly)?|viral|going\s+viral|post|share|upload|send|who\s+wants|anyone\s+want|dm\s+me|dm\s+for|here(?:'s|s|\s+is|\s+are)|posting|posted|post(?:ing)?\s+(?:it|this|them)|upload(?:ed|ing)?|sharing|shared|link|tiktok|youtube|insta(?:gram)?|twitter"
                 r"|story|reel|snap|group\s?chat|gc|discord|telegram|on\s+my\s+(?:drive|channel|page)|send(?:ing)?\s+(?:it|them)|sent\s+(?:it|them)|forward(?:ed|ing)?|passed\s+(?:it|them)\s+on|without\s+(?:asking|permission|consent)|lol|lmao|😂|🤣|💀|👇|🎥|📹|🎙️|🎙)\b|😂|🤣|💀|👇|🎥|📹|🎙")
_OFFICIAL_RECORDING = (
    r"\brecorded\s+by\s+(?:the\s+)?(?:department|dept|school|faculty|uni(?:versity)?|organisers|society|speaker)\b|\bon\s+(?:their|the\s+department's|the\s+school's|the\s+uni's)\s+(?:youtube|channel|website|page)\b",
    r"\b(?:is|are)\s+(?:now\s+)?(?:on|up\s+on)\s+(?:the\s+|our\s+)?(?:department|dept|school|faculty|uni(?:versity)?|official|module|society)(?:'s)?\s+(?:youtube|channel|website|page|podcast)",
    r"\b(?:is|are)\s+(?:all\s+)?(?:on|in)\s+(?:the\s+)?(?:official\s+|uni(?:versity)?'?s\s+|module\s+|course\s+)?(?:blackboard|replay|panopto|moodle|canvas|vle|module\s+page|learning\s+room)\b",
    r"\b(?:is|are|now|been|gets?|will\s+be)\s+(?:up|available|posted|uploaded|live|published)\s+(?:on|in|via)\s+(?:the\s+)?(?:official\s+|uni(?:versity)?'?s\s+|module\s+|course\s+)?(?:blackboard|replay|panopto|moodle|canvas|vle|teams|echo\s?360|module\s+page|learning\s+room)",
    r"\b(?:watch|catch\s+up|rewatch|re-watch|check)\s+(?:it\s+|the\s+(?:lecture|recording)\s+)?(?:on|via|in)\s+(?:the\s+)?(?:blackboard|replay|panopto|moodle|canvas|vle|teams|module\s+page)",
    r"\b(?:official|uni(?:versity)?'s|the\s+uni's)\s+(?:recording|replay|video|channel|youtube)",
    r"\b(?:is|was|are|were)\s+(?:the\s+)?(?:lecture|session|talk|seminar)\s+(?:being\s+)?recorded\b|\bwill\s+(?:it|the\s+(?:lecture|session|talk))\s+be\s+recorded\b",
    r"\bwith\s+(?:the\s+)?(?:lecturer's|lecturers'|tutor's|speaker's|everyone's|their|his|her)\s+(?:permission|consent|ok|blessing)",
    r"\bofficial(?:ly)?\s+(?:published|released|posted|uploaded|shared|available)\b|\bpublished\s+(?:recording|video|replay|version)\b",
    r"\b(?:lecturer|tutor|they|she|he|the\s+uni)\s+(?:said|says|told\s+us)\s+(?:we|you|i|students)\s+(?:can|could|are\s+allowed\s+to)\s+record\b|\bfor\s+personal\s+(?:revision|use|study|notes)\b|\bas\s+long\s+as\s+(?:we|you|i)\s+(?:don't|do\s+not|never)\s+(?:share|post|upload)\b",
    r"\b(?:lecturer|lecturers|tutor|she|he|they|dr\s+\w+|prof\s+\w+|module\s+leader|the\s+uni|the\s+school|the\s+department)\s+(?:has\s+|have\s+|just\s+|finally\s+)?(?:uploaded|posted|put|shared|added)\s+(?:the\s+|it\s+|them\s+|all\s+the\s+)?(?:\w+\s+)?(?:recordings?|lectures?|videos?|replays?|slides|session)?\s*(?:up\s+)?(?:to|on|onto)\s+(?:the\s+)?(?:blackboard|replay|panopto|moodle|canvas|vle|teams|echo\s?360|module\s+page|learning\s+room|brightspace)\b",
)

_PHOTO = (r"\b(?:photos?|pics?|pictures?|piccies|vids?|videos?|clips?|snaps?|footage|selfies?|filmed|filming|recorded|recording|snapped|took\s+(?:a|this)\s+(?:pic|photo|video)"
          r"|caught\s+(?:\w+\s+)?on\s+(?:camera|video|film)|tagged|screenshots?|screenshotted|story|stories)\b")
_NO_CONSENT = (
    r"\bwithout\s+(?:her|his|their|them|him|anyone's|asking|consent|(?:him|her|them)\s+knowing|(?:her|his|their)\s+(?:knowing|knowledge|permission|consent|ok))\b",
    r"\b(?:didn't|did\s+not|never|not)\s+(?:even\s+)?ask(?:ed|ing)?\b(?!\s+for\s+(?:this|it))",
    r"\b(?:doesn't|don't|didn't|won't|does\s+not)\s+(?:even\s+)?know\s+(?:i|we|it|about\s+(?:it|this))\b",
    r"\b(?:said|asked|begged|told)\s+(?:me\s+|us\s+)?not\s+to\b|\b(?:told|asked|begged)\s+(?:me|us)\s+to\s+(?:delete|remove|take\s+down|get\s+rid\s+of)\b",
    r"\b(?:even\s+)?the\s+ones?\s+who\s+(?:said\s+no|didn't\s+want|asked\s+not)",
    r"\b(?:including|even)\s+(?:the\s+ones?|those|people|him|her)\s+(?:who|that)\s+(?:were|was|got)\s+(?:sick|drunk|passed\s+out|crying|throwing\s+up|asleep|wasted|naked|paralytic)\b",
    r"\bagainst\s+(?:her|his|their)\s+(?:wishes|will)\b",
    r"\bhasn't\s+(?:agreed|seen\s+(?:it|this)\s+yet)\b",
    r"\b(?:they|she|he)\s+(?:don't|doesn't|didn't|do\s+not|does\s+not)\s+(?:even\s+)?know\b",
    r"\b(?:she|he|they)\s+(?:has|have)\s+no\s+(?:idea|clue)\b",
    r"\b(?:nobody|no\s+one|noone|none\s+of\s+them)\s+(?:has|had|have)\s+(?:a|any|the\s+(?:faintest|slightest))\s+(?:clue|idea)\b|\b(?:nobody|no\s+one|noone)\s+(?:noticed|saw\s+me|knows\s+i)\b",
    r"\b(?:said|asked\s+for|asked\s+(?:me|us)\s+for|told\s+(?:me|us))\s+(?:no|not\s+to\s+take\s+any)\s+(?:photos|pics|pictures|videos|filming|cameras|phones|snaps)\b",
    r"\bno\s+(?:idea|clue)\s+(?:i|we)\s+(?:took|filmed|recorded|have|got|snapped|posted)\b",
    r"\b(?:pics?|photos?|pictures?|vids?|videos?|snaps?|footage|clips?)\s+of\s+(?!(?:my|the|our)\s+(?:dog|cat|puppy|kitten|pet|hamster|rabbit|bunny|baby|son|daughter|nephew|niece|kids?)\b)(?:\w+\s+){1,2}(?:asleep|sleeping|crying|drunk|passed\s+out|throwing\s+up|being\s+sick|on\s+the\s+toilet|naked|changing)\b",
    r"\b(?:sneaky|secret|covert)\s+(?:pics?|photos?|snaps?|vids?|videos?|recordings?|clips?|filming)\b|\b(?:secretly|covertly|sneakily)\s+(?:took|taking|filmed|filming|recorded|recording|snapped|photographed)\b|\b(?:creep\s?shots?|candids?\s+of|hidden\s+camera)\b",
    r"\bcaught\s+(?:him|her|them|\w+)\s+(?:sleeping|asleep|crying|drunk|passed\s+out|on\s+the\s+toilet|in\s+the\s+shower|changing|snoring|naked)",
    r"\b(?:passed\s+out|asleep|wasted|paralytic|throwing\s+up|vomiting|being\s+sick)\b[^.\n]{0,40}\b(?:photos?|pics?|vids?|videos?|snap|story)\b",
    r"\b(?:she'?ll|he'?ll|they'?ll)\s+(?:kill\s+me|be\s+fuming|hate\s+(?:me|this))\b|\bdon't\s+tell\s+(?:her|him|them)\b",
)
_CONSENT_GIVEN = (
    r"\b(?:with|got|have|had|asked\s+for)\s+(?:their|her|his|everyone'?s|all\s+their|everybody's|the)\s+(?:permission|consent|ok|okay|blessing|go[- ]ahead)\b",
    r"\b(?:everyone|they|she|he|all|everybody)\s+(?:(?:has|have)\s+)?(?:agreed|consented|said\s+(?:it'?s\s+)?(?:ok|okay|fine|yes|i\s+could))\b",
    r"\b(?:posted|shared)\s+with\s+(?:permission|consent)\b|\bconsent\s+(?:given|obtained)\b|\b(?:permission|consent)\s+(?:from|of)\s+(?:everyone|all|them)\b",
)

_INTIMATE = (
    r"\bdeep\s?fakes?\s+(?:of|with|using)\s+(?:my\s+\w+|her|him|them|a\s+\w+|our\s+\w+|the\s+\w+|(?-i:[A-Z][a-z]+)|[\w']+'s)",
    r"\b(?:screenshot(?:ting|ted|s)?|sharing|posting|sending|forwarding|leaking)\b[^.\n]{0,40}\b(?:private|close\s+friends)\s+(?:story|stories|snaps?|messages|chats?|account)\b",
    r"\b(?:private|close\s+friends)\s+(?:story|stories|snaps?|messages|chats?|account|pics?|photos?|videos?|vids?)\b[^.\n]{0,50}\b(?:screenshot(?:ting|ted|s)?|sharing|posting|sending|forwarding|leaking|uploading|share|post|send|leak|upload|for\s+the\s+(?:gc|group))",
    r"\bleak(?:ing|ed)?\s+(?:the|her|his|their|all\s+(?:her|his|their))\s+(?:voice\s+notes|messages|dms|texts|pics|photos|videos|snaps|chats?|private\s+\w+)\b",
    r"\b(?:screenshots?|copies|pics?|photos?|recordings?)\s+of\s+(?:her|his|their|[\w']+'s)\s+private\s+(?:snaps|pics|photos|messages|videos|stories|story|account|chats?)\b",
    r"\b(?:nudes?|naked\s+(?:pics?|photos?|videos?|selfies?)|sex\s*tapes?|explicit\s+(?:pics?|photos?|videos?|images?)|intimate\s+(?:pics?|photos?|images?|videos?)"
    r"|(?:her|his|their)\s+onlyfans|revenge\s+porn|upskirts?|dick\s*pics?|titty\s+pics?|boob\s+pics?|sexting\s+screenshots?|nsfw\s+(?:pics?|photos?|vids?)\s+of)\b",
)
_INTIMATE_SAFE = r"\b(?:lecture|problem|interesting|dangers?\s+of|how\s+to\s+spot|report|crime|illegal|offence|helpline|support|if\s+you(?:'ve|\s+have)\s+been|victims?|revenge\s+porn\s+helpline|never\s+share|don't\s+share|awareness|campaign)\b"

_COVERT_AUDIO = (
    r"\b(?:voice\s+)?recording\s+of\s+(?:my\s+\w+'s|her|his|their|[\w']+'s)\s+(?:phone\s+call|call|conversation|argument|row|chat|voice\s+notes?|facetime)\b",
    r"\b(?:snuck|sneaked|secret|hidden|covert)\s+(?:a\s+)?(?:recording|video|audio|clip|voice\s+note)\s+(?:of|from|in)\b",
    r"\bhid(?:e|den|ing)?\s+(?:my\s+|a\s+)?(?:phone|camera|recorder|dictaphone|mic)\b[^.\n]{0,60}\b(?:record\w*|film\w*|tap\w*)\b",
    r"\b(?:secretly|covertly|sneakily)\s+(?:record(?:ed|ing)?|taped|filmed)\b",
    r"\brecord(?:ed|ing)?\s+(?:the|my|our|a|this|that)?\s*(?:[\w']+\s+){0,2}(?:meeting|call|conversation|chat|phone\s+call|one[- ]to[- ]one|1[:-]1|supervision|disciplinary|hearing|argument|row|convo|manager|boss|landlord|flatmate|tutor|lecturer|teams\s+call|zoom)\b[^.\n]{0,40}\b(?:without|on\s+the\s+sly|secretly|(?:they|he|she)\s+(?:doesn't|don't|didn't)\s+know|and\s+(?:posting|uploading|sharing|put)|and\s+i'm\s+(?:posting|uploading|sharing))",
)

_SLIDES_SHARE = (
    r"\b(?:upload(?:ed|ing)?|shar(?:e|ed|ing)|post(?:ed|ing)?|sell(?:ing)?|sold|put(?:ting)?|dump(?:ed|ing)?|leak(?:ed|ing)?|send(?:ing)?)\s+(?:all\s+)?(?:of\s+)?"
    r"(?:the|our|my|his|her|their|these|this\s+(?:week|term)'s|(?:dr|prof|professor|mr|mrs|ms)\s+\w+'s|[a-z]+'s)?\s*(?:\w+\s+)?(?:lecture\s+)?(?:slides|slide\s+decks?|handouts|lecture\s+notes|lecture\s+recordings?|course\s+materials?|module\s+materials?|powerpoints?|ppts?)\b"
)
_SLIDES_WHERE = (r"\b(?:studocu|course\s*hero|quizlet|drive|youtube|tiktok|discord|telegram|reddit|scribd|docsity|group\s?chat|gc|publicly|everyone|for\s+[£$]|[£$]\s?\d|for\s+free|twitter|insta(?:gram)?"
                 r"|online|link|internet|public)\b|👇")


# Filming someone at a vulnerable or humiliating moment is posting them without consent.
#: A state nobody wants pictured in ("asleep", "passed out", "on the toilet").
_UNGUARDED = r"(?:crying|asleep|sleeping|drunk|passed\s+out|throwing\s+up|being\s+sick|on\s+the\s+toilet|naked|changing|in\s+the\s+shower|skinny\s+dipping|snoring|having\s+a\s+(?:breakdown|meltdown|panic\s+attack)|falling\s+over|wasted)\b"
_HUMILIATING = (
    r"\b(?:snap(?:chat)?|video|vid|pic|photo|clip|picture|story)s?\s+of\s+(?!(?:my|the|our)\s+(?:dog|cat|puppy|kitten|pet|hamster|rabbit|bunny|baby|son|daughter|nephew|niece|kids?)\b)(?:my\s+\w+|him|her|them|the\s+\w+|(?-i:[A-Z][a-z]+))\s+(?:\w+\s+)?(?:crying|asleep|sleeping|drunk|passed\s+out|throwing\s+up|being\s+sick|on\s+the\s+toilet|naked|changing|in\s+the\s+shower|snoring|having\s+a\s+(?:breakdown|meltdown|panic\s+attack))\b",
    r"\bcaught\s+(?:my\s+\w+|him|her|them|the\s+\w+|(?-i:[A-Z][a-z]+))\s+(?:[\w']+\s+){0,4}on\s+(?:camera|video|film|tape|snap)\b",
    r"\b(?:took|taking|snapped|got|grabbed|sneaked)\s+(?:a\s+)?(?:photo|pic|picture|video|vid|snap|clip)\s+of\s+(?:the|this|some|a|that)\s+(?:\w+\s+){0,2}(?:woman|man|girl|guy|lad|lady|bloke|kid|couple|person|people|student|lecturer|boy|fella)\b"
    r"(?=[^\n]{0,80}(?:lmao|lmfao|lol|😂|🤣|💀|so\s+bad|ugly|state\s+of|look\s+at|weird|creepy|cringe|tragic|the\s+hair|outfit|fit\b))",
    r"\b(?:filmed|filming|recorded|recording|snapped|photographed|took\s+(?:a\s+)?(?:pics?|photos?|videos?|vids?|snaps?)\s+of|videoed)\s+(?!myself\b|me\b|ourselves\b|us\b)(?:my\s+\w+|the\s+\w+|him|her|them|\w+)\s+(?:\w+\s+)?"
    + _UNGUARDED,
    # "caught" is only seeing, unless a picture is there: "caught Rory asleep
    # on the sofa, bless him" stays quiet, "caught Rory asleep 📸" does not
    # ("this guy" points at the picture itself)
    r"\bcaught\s+(?:this|these)\s+(?:guy|man|girl|lad|woman|bloke|kid|couple|lads|girls|guys)\s+(?:\w+\s+)?"
    r"(?:crying|asleep|sleeping|drunk|passed\s+out|throwing\s+up|being\s+sick|snoring|falling\s+over|wasted)\b",
    r"\bcaught\s+(?!myself\b|me\b|ourselves\b|us\b)(?:my\s+\w+|the\s+\w+|this\s+\w+|him|her|them|\w+)\s+(?:\w+\s+)?"
    + _UNGUARDED
    + r"(?=[^\n]{0,100}(?:\U0001F4F8|\U0001F4F7|\U0001F3A5|\b(?:pics?|photos?|pictures?|vids?|videos?|snaps?|clip|story|posted|posting|send\s+this|tag\s+(?:him|her)|look\s+at\s+(?:him|her|this))\b|\[photo\]|\U0001F602|\U0001F923|\U0001F480))",
)


# A recording of a meeting, class or call passed round (timestamps, "listen",
# "skip to"), and a lecturer's slides or recordings named first and then passed on.
_MEETING_RECORDING = (
    r"\b(?:audio|recording|recordings|video|footage|clip|tape|voice\s+memo|vid)\s+(?:of|from)\s+(?:the\s+|our\s+|my\s+|a\s+|this\s+|that\s+)?(?:(?:to|yester)day's\s+|tonight's\s+|this\s+(?:morning|afternoon|week)'s\s+|last\s+(?:night|week)'s\s+|\w+day's\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|call|seminar|lecture|tutorial|class|session|interview|hearing|supervision|briefing|all[- ]staff|town\s+hall|away\s+day|one[- ]to[- ]one|1[:-]1|exam\s+board|committee)\b",
)
_MEETING_SHARE = (_SHARE_INTENT + r"|\b(?:skip\s+to|listen\s+(?:to|at|from)|have\s+a\s+listen|watch\s+(?:at|from)|fast\s+forward\s+to|meltdown|rant)\b|\b\d{1,2}:\d{2}\b")
_SLIDES_NAMED = (
    r"\b(?:(?:the|our|my|his|her|their)\s+(?:[\w-]+\s+)?(?:lecturer|tutor|professor|prof|teacher|module\s+leader|seminar\s+leader)'?s|(?-i:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+[A-Z][a-z]+)'s)\s+(?:lecture\s+|seminar\s+|module\s+)?(?:slides|slide\s+decks?|handouts|lecture\s+notes|powerpoints?|ppts?|recordings?|recorded\s+(?:lectures?|workshops?|seminars?|sessions?|tutorials?|classes)|lectures|workshops|seminars)\b",
)
_SLIDES_PASSED = (r"\b(?:zip(?:ped)?|rar|drive|g\s?drive|onedrive|icloud|dm\s+me|message\s+me|msg\s+me|for\s+access|ask\s+me|dropbox|mega|group\s?chat|gc|discord|telegram|studocu|course\s*hero|quizlet|scribd|upload(?:ed|ing)?|posted|sharing|shared|here(?:'s|s|\s+are)|dm\s+(?:me|for)|selling|for\s+[£$]|[£$]\s?\d|online|publicly|public|youtube|tiktok|reddit)\b|👇|🔥")
_SLIDES_OFFICIAL = (r"\b(?:on|via|in)\s+(?:blackboard|moodle|canvas|the\s+vle|learning\s+zone|brightspace|the\s+module\s+page)\b|\b(?:lecturer|tutor|dr\s+\w+|prof\s+\w+|module\s+leader|she|he|they)\s+(?:has\s+|have\s+)?(?:uploaded|posted|shared|put|emailed|sent)\b|\bwith\s+(?:her|his|their)\s+(?:permission|ok)\b")


# Identifiable faces being posted, and humiliating moments in audio as well as
# pictures.
_FACES = (r"\b(?:faces?\s+(?:clear|visible|in\s+(?:it|shot|full\s+view)|showing|and\s+all)|clear\s+as\s+day|you\s+can\s+see\s+(?:their|his|her|everyone's|both\s+(?:their|of\s+their))\s+faces?|(?:everyone's|everybody's|all\s+their|both\s+(?:lads'|girls'|guys'|of\s+their))\s+faces?\s+(?:in\s+it|are\s+in\s+it|visible|showing|clear)|(?:didn't|not)\s+blur(?:red)?\s+(?:the\s+|their\s+|any\s+)?faces?|no\s+blur)\b",)
_FACES_MEDIA = (r"\b(?:video|vid|footage|clip|photo|pic|picture|screenshot|screen\s?shot|snap|recording|filmed|recorded|took|posting|post|upload\w*|tiktok|story)\b")
_HUMILIATING_MORE = (
    r"\b(?:filmed|filming|recorded|recording|snapped|photographed|videoed|caught)\s+(?!myself\b|me\b|ourselves\b|us\b)(?:my\s+\w+|the\s+\w+|him|her|them|(?-i:[A-Z][a-z]+))\s+(?:\w+\s+)?(?:sleep[- ]?walking|sleep[- ]?talking|arguing|fighting|rowing|screaming|having\s+sex|shagging|in\s+the\s+bath|in\s+(?:her|his|their)\s+(?:pants|underwear|boxers|towel)|undressed|getting\s+changed|on\s+the\s+loo|being\s+sick|wetting|drooling|sobbing|fainting)\b",
    r"\b(?:photo|pic|picture|video|vid|snap|clip|footage|screenshot)s?\s+of\s+(?:the|a|this|that|my|one\s+of\s+my|some)\s+(?:[\w-]+\s+)?(?:student|lad|girl|guy|woman|man|bloke|person|fresher|colleague|tutee|kid|lecturer|customer|passenger)\s+(?:who|that)\s+(?:[\w']+\s+){0,3}?(?:fell\s+asleep|was\s+asleep|was\s+sleeping|passed\s+out|threw\s+up|was\s+sick|was\s+crying|cried|fell\s+over|tripped|was\s+drunk|fainted|snored|was\s+snoring|was\s+picking|dozed\s+off)\b",
)
_HUMILIATING_MORE = _HUMILIATING_MORE + (
    r"\b(?:screenshot(?:ted)?|snapped|filmed|recorded|caught|photographed)\s+(?!myself\b|me\b|ourselves\b|us\b|my\s+(?:own\s+)?self\b)[^.\n]{0,60}?\b(?:on\s+the\s+(?:toilet|loo)|in\s+the\s+shower|naked|getting\s+changed|undressed|in\s+(?:her|his|their)\s+(?:pants|underwear|boxers))\b",
    r"\b(?:toilet|loo|shower|naked|getting\s+changed|undressed)\b[^.\n]{0,40}?\b(?:screenshot(?:ted)?|snapped|filmed|recorded|pic|photo|video|vid)\b",
)
_STRANGERS = (
    r"\b(?:took|taking|got|filmed|filming|recorded|recording|snapped|caught)\s+(?:a\s+)?(?:vid(?:eo)?|pic|photo|picture|clip|snap)?\s*(?:of\s+)?(?:the|this|some|a|that|these|two)\s+(?:[\w-]+\s+){0,2}?(?:couple|woman|man|girl|guy|lad|lady|bloke|kid|people|strangers?|family|passengers?|customers?|drunks?)\b",
    r"\b(?:candid|creep|secret|sneaky)\s+(?:pics?|photos?|shots?|snaps?|videos?|vids?)\s+of\b|\b(?:pics?|photos?|videos?|vids?|snaps?)\s+of\s+(?:random\s+)?strangers\b",
)
_STRANGERS_POSTED = (r"\b(?:\d+k?\s+views|viral|blowing\s+up|posted|posting|upload\w*|tiktok|story|insta(?:gram)?|twitter|reddit|thread|rate\s+(?:the|her|him|them)|rating|lmao|lol)\b|😂|💀|🤣")
_HUMILIATING_AUDIO = (
    r"\b(?:voice\s+notes?|recordings?|audio|footage|screenshots?|clips?|videos?|vids?)\s+of\s+(?!(?:my|the|our)\s+(?:dog|cat|puppy|kitten|pet|baby)\b)(?:my\s+\w+|him|her|them|the\s+\w+|(?-i:[A-Z][a-z]+))\s+(?:[\w']+\s+){0,2}?(?:having\s+a\s+(?:[\w-]+\s+)?(?:breakdown|meltdown|panic\s+attack|tantrum|strop|cry|rant|row|fight|argument)|crying|sobbing|screaming|begging|arguing\s+with|drunk|throwing\s+up|passed\s+out)\b",
)

#: Someone asked for this one not to be posted, and it is going up anyway
#: ("Chloe said don't post this one but ... it's going up"). Said of "this
#: one" / "this pic" it is a picture; the post going ahead says it is posted.
_REFUSED = (r"\b(?:said|says|told\s+(?:me|us)|asked\s+(?:me|us)|begged(?:\s+(?:me|us))?)\s+(?:to\s+)?(?:not\s+to|don't|do\s+not|dont|never\s+to|never)\s+"
            r"(?:post|share|upload|put\s+up)\s+(?:this|that|the)\s+(?:one|pic|photo|picture|vid|video|clip|snap)\b")
_GOING_UP = r"\b(?:but|anyway|regardless|going\s+up|goes\s+up|up\s+it\s+goes|posting\s+it|tough|too\s+bad|oh\s+well)\b"


class ConsentMediaDetector(Detector):
    rules = ("consent.learning_platform", "consent.no_consent", "consent.intimate_image",
             "consent.covert_recording", "consent.lecture_materials")

    def __init__(self) -> None:
        self._rules = (
            Rule("consent.learning_platform", CAT, _CAPTURE, near=(Near(_LEARNING, 50),), all_of=(_SHARE_INTENT,),
                 none_of=_OFFICIAL_RECORDING + _CONSENT_GIVEN, whole=True),
            Rule("consent.no_consent", CAT, _NO_CONSENT, near=(Near(_PHOTO, 120),), whole=True,
                 none_of=_CONSENT_GIVEN + (r"\b(?:someone's|somebody's|[\w']+'s)\s+(?:tiktok\s+|insta\s+|youtube\s+)?(?:video|song|track|art|artwork|design|content|music)\s+(?:in|for|on)\s+(?:our|my)\b",)),
            Rule("consent.no_consent", CAT, _HUMILIATING, none_of=_CONSENT_GIVEN, whole=True),
            Rule("consent.no_consent", CAT, _REFUSED, near=(Near(_GOING_UP, 80),), none_of=_CONSENT_GIVEN, whole=True),
            Rule("consent.intimate_image", CAT, _INTIMATE, none_of=(_INTIMATE_SAFE,), whole=True),
            Rule("consent.covert_recording", CAT, _COVERT_AUDIO, none_of=_CONSENT_GIVEN, whole=True),
            Rule("consent.lecture_materials", CAT, _SLIDES_SHARE, near=(Near(_SLIDES_WHERE, 100),),
                 none_of=(r"\b(?:lecturer|dr\s+\w+|prof\s+\w+|module\s+leader)\s+(?:has\s+)?(?:uploaded|posted|shared|put)\b|\bon\s+(?:blackboard|moodle|canvas|the\s+vle)\b(?![^.\n]{0,40}\b(?:youtube|tiktok|studocu|course\s*hero|public))",), whole=True),
            Rule("consent.covert_recording", CAT, _MEETING_RECORDING, near=(Near(_MEETING_SHARE, 100),),
                 none_of=_OFFICIAL_RECORDING + _CONSENT_GIVEN, whole=True),
            Rule("consent.lecture_materials", CAT, _SLIDES_NAMED, near=(Near(_SLIDES_PASSED, 100),), none_of=(_SLIDES_OFFICIAL,), whole=True),
            Rule("consent.no_consent", CAT, _FACES, near=(Near(_FACES_MEDIA, 120),), none_of=_CONSENT_GIVEN + (r"\b(?:blur(?:red)?\s+(?:out\s+)?(?:the\s+|their\s+|all\s+)?faces|faces\s+(?:are\s+)?blurred|with\s+(?:their|everyone's)\s+(?:permission|consent))\b",), whole=True),
            Rule("consent.no_consent", CAT, _HUMILIATING_AUDIO + _HUMILIATING_MORE, none_of=_CONSENT_GIVEN + (r"\b(?:myself|ourselves|selfie)\b",), whole=True),
            Rule("consent.no_consent", CAT, _STRANGERS, near=(Near(_STRANGERS_POSTED, 120),), none_of=_CONSENT_GIVEN + (r"\b(?:my\s+(?:own\s+)?(?:parents|family|kids|grandparents)|wedding\s+photographer|photography\s+(?:project|portfolio)\s+with\s+consent|blurred)\b",), whole=True),
        )

    def detect(self, text: str, ctx: DraftContext) -> list[Detection]:
        return run_rules(self._rules, text, ctx)
