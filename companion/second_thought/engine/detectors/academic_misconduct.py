"""Inciting or facilitating cheating (DMU 4.5, Annex A).

Asking for or offering answers while an assessment is running, tipping off a
later sitting, essay mills and ghost-writers, buying or selling work,
collusion, and advice on beating plagiarism checks or proctoring. Study tips,
revision groups and official exam rules stay quiet.
"""

from __future__ import annotations

import re

from ..types import Detection, DraftContext, Detector
from ._common import Near, Rule, run_rules
from ._lexicon import SITTING

CAT = "academic_misconduct"

_WORK = (r"(?:essays?|assignments?|coursework|cw\s?\d|dissertations?|diss|thesis|theses|lab\s+reports?|reports?"
         r"|homework|projects?|portfolios?|reflections?|case\s+stud(?:y|ies)|literature\s+reviews?|lit\s+reviews?"
         r"|presentations?|exams?|tests?|quiz(?:zes)?|modules?|papers?|uni\s+work|work)")

_DURING = (r"\b(?:rn|right\s+now|atm|now|during|mid[- ]?(?:exam|test|quiz)|live|currently|still\s+open|is\s+open"
           r"|(?:in|from)\s+the\s+(?:exam|test)\s+(?:hall|room|toilets?|loos?|bathroom)|toilets?|loo|bathroom"
           r"|time\s+left|mins?\s+left|minutes\s+left|hurry|quick(?:ly)?|asap|pls|please|plz|help)\b")

_REQUEST_ANSWERS = (
    # "what's the answer to 3b", "anyone got the answers for the quiz"
    r"\b(?:who(?:'s|\s+has)\s+got|who\s+has|what(?:'s|s|\s+is|\s+are|\s+r|\s+did\s+(?:you|u|ppl|people|everyone|y'?all)\s+(?:get|put|write|answer))|wat(?:s)?|anyone\s+(?:got|have|has|know)|any1\s+(?:got|have|know)"
    r"|does\s+any(?:one|1)\s+(?:have|know)|(?:can|could|will|pls|please|plz)?\s*some(?:one|1|body)\s+(?:pls\s+|please\s+)?(?:send|give|tell|share)|tell\s+me|give\s+me|send\s+(?:me|us|over)|need|dm\s+me)"
    r"\s+(?:me\s+|us\s+)?(?:the\s+|ur\s+|your\s+)?(?:answers?|solutions?|ans)\b(?:\s+(?:to|for)\s+(?:q|question|part)?\s*\d{1,2}\s*\(?[a-h]?\)?)?",
    r"\b(?:what(?:'s|s|\s+is)|wat(?:s)?)\s+(?:the\s+)?(?:answer|ans)\s+(?:to|for)\s+(?:q|question|part|number|no\.?)?\s*\d{1,2}",
    r"\bwhat\s+did\s+(?:you|u|ppl|people|everyone|y'?all|you\s+guys)\s+(?:get|put|write|answer)\s+(?:for|on|in)\s+(?:q|question|part|number)?\s*\d{1,2}",
    r"\b(?:tell|give|send)\s+me\s+the\s+(?:formula|answer|working|method|equation|solution|definition|code)\s+for\s+(?:q|question|number|part|no\.?)?\s*\d{1,2}",
    r"\bwhat\s+did\s+(?:you|u|ppl|people|everyone|y'?all|you\s+guys)\s+(?:get|put|write|answer)\s+(?:for|on|in)\s+(?:the\s+)?(?:last|first|second|third|final|essay|long|short|hard|multiple\s+choice)\s+(?:question|one|part|section|bit)\b",
    r"\bwhat\s+(?:are|is|did)\s+(?:people|ppl|everyone|you\s+guys|y'?all|you|u)\s+(?:getting|putting|got|put)\s+for\s+(?:q|question|number|no\.?|part)?\s*\d{1,2}\s*\(?[a-h]?\)?",
    r"(?<!here's\s)(?<!heres\s)(?<!here\sis\s)\bwhat\s+(?:came\s+up|was\s+on\s+it|were\s+the\s+questions|questions\s+(?:came\s+up|did\s+(?:you|u)\s+get))\b",
    r"\bwhat\s+(?:they|you|u|people|ppl|everyone|you\s+guys)\s+(?:put|got|wrote|answered|said)\s+(?:for|on|in)\s+(?:number|no\.?|q|question|part)?\s*\d{1,2}",
    r"\b(?:dm|tell|send|message|text)\s+me\s+(?:what\s+(?:you|u)\s+(?:got|put|wrote|answered)|(?:your|ur)\s+answers)\b",
    r"\b(?:answers?|ans)\s+(?:for|to)\s+(?:q|question|number|no\.?)\s*\d{1,2}\s*\(?[a-h]?\)?\s*(?:pls|please|plz|asap|quick|anyone|\?|🙏)",
)

# "we're gonna help each other" in a live assessment.
_HELP_EACH_OTHER = (
    r"\b(?:gonna|going\s+to|will|we'll|can|could|let's|lets|and)\s+help\s+each\s+other\b|\bhelp\s+each\s+other\s+(?:out\s+)?(?:during|in|on|with\s+the\s+(?:answers|questions))\b",
)

# "stuck on 8, anyone?" while sitting an online test.
_STUCK_DURING = (
    r"\bstuck\s+on\s+(?:q|qu|question|number|no\.?|part)?\s*\d{1,2}\s*\(?[a-h]?\)?(?!\w)",
)
_IN_IT_NOW = (r"\b(?:in|doing|during|sitting|taking|on)\s+(?:the|my|this|our)\s+(?:[\w-]+\s+){0,2}(?:test|exam|quiz|assessment|phase\s+test|mcq)\s+(?:rn|right\s+now|now|atm|currently)\b"
              r"|\b(?:rn|right\s+now|currently|mid[- ]?(?:exam|test|quiz))\b[^.\n]{0,40}\b(?:test|exam|quiz|assessment)\b|\b(?:mins?|minutes)\s+left\b|\bcloses\s+in\b|\bmid[- ]?(?:exam|test|quiz|assessment)\b")
_ASKING = r"\b(?:any(?:one|1|body)|some(?:one|1|body)|help|pls|please|plz|will\s+pay|venmo|paypal|monzo|revolut|owe\s+(?:you|u)|dm\s+me|text\s+me)\b|[£$]\s?\d|🙏|\?"

# "someone text me what 4c is" from inside the exam.
_TEXT_ME = (
    r"\b(?:i'll|i\s+will|i\s+can|gonna|i'm\s+going\s+to)\s+(?:text|send|message|dm|snap|whatsapp|give|pass|slip|airdrop)\s+(?:you|u|ya|y'?all|everyone)\s+(?:the\s+|all\s+the\s+)?(?:answers|ans)\b",
    r"\b(?:googl\w+|search\w*|look(?:ing|ed)?\s+up)\s+(?:q|question|number|no\.?)?\s*\d{1,2}\s*\(?[a-h]?\)?(?!\w)",
    r"\b(?:drop|post|put|send|share|give|paste|chuck)\s+(?:me\s+|us\s+)?(?:the|your|ur|all\s+the|all\s+your)\s+answers\s+(?:for|to)\s+(?:q\s*|questions?\s*)?\d{1,2}",
    r"\b(?:any(?:one|1|body)|some(?:one|1|body)|who)\s+(?:know|knows|got|has|have|remember)\s+(?:the\s+|a\s+)?(?:formula|answer|ans|method|equation|working|definition|solution|code|value|result)\s+(?:for|to|in)\s+(?:q|qu|question|number|no\.?|part)?\s*\d{1,2}\s*\(?[a-h]?\)?(?!\w)",
    r"\b(?:some(?:one|1|body)|any(?:one|1|body)|pls|please|plz|pleaseee*|u|you|ya|mate)\s+(?:pls\s+|please\s+|plz\s+|quickly\s+|quick\s+|just\s+)?(?:text|message|msg|dm|snap|whatsapp|tell|send|sms|ping|drop|airdrop)\s+(?:me|us)\s+(?:what\s+(?:(?:q|question|number|no\.?|part)\s*)?\d{0,2}\s*\(?[a-h]?\)?\s*(?:is|was|to\s+put|u\s+put|you\s+put|you\s+got|u\s+got|the\s+answer)|the\s+(?:answers?|ans|formula|working|solution)|answers?|ans|which\s+(?:one|option|letter|answer))\b",
)

_GROUP_DURING = (
    # "Is there a Discord for the online open-book exam ... discuss during it"
    r"\b(?:discord|group\s*chat|gc|whatsapp(?:\s+group)?|telegram|snap(?:chat)?\s+group|server|call|facetime|teams\s+call)\b"
    r"[^.?!\n]{0,40}\b(?:for|during|in|while)\s+(?:the|this|our|tomorrow's|next\s+week's|today's|friday's|monday's)\s+(?:[\w-]+\s+){0,3}(?:exam|test|quiz|assessment|paper)\b(?=[^.\n]{0,80}(?:during|together|go\s+through|discuss|help\s+each|share|answers|while|'useful'|useful|👀|😉|🤫))",
    r"\b(?:help\s+(?:me|us|each\s+other)|work\s+together|discuss|share\s+answers|swap\s+answers|compare\s+answers|collab(?:orate)?)\b"
    r"[^.?!\n]{0,30}\b(?:during|while\s+(?:we|it'?s|doing))\b",
    r"\b(?:do|take|sit|write|complete)\s+(?:my|the|our|this)\s+(?:online\s+)?(?:exam|test|quiz|assessment|phase\s+test)\s+for\s+(?:me|us)\b",
)

_ESSAY_MILL = (
    r"\b(?:essays?|assignments?|dissertations?|coursework|reports?)\s+(?:written|done|completed)\s+(?:for\s+(?:any|all|every)\s+(?:module|subject|course|level|topic)s?|to\s+order)\b|\b\d+\s*(?:hr|hrs|hour|h)\s+turnaround\b",
    r"\b(?:i'll|i\s+will|i\s+can|can|will|i\s+could)\s+(?:sit|take|do|write|complete)\s+(?:your|ur|ya|anyone's|any)\s+(?:[\w-]+\s+){0,2}(?:exams?|tests?|quiz(?:zes)?|assessments?|essays?|assignments?|coursework|dissertations?)\s+for\s+(?:[£$]|\d|cash|money|a\s+fee|a\s+price|a\s+small\s+fee|a\s+tenner|a\s+fiver)",
    r"\b(?:selling|sell|flogging|flog|buying|buy)\s+(?:[\w&'-]+\s+){0,8}?(?:workbooks?|logbooks?|lab\s+books?|portfolios?|reflections?|case\s+studies|presentations?|projects?|notes)\b(?=[^\n]{0,80}\b(?:marked|graded|completed|fully\s+marked|got\s+(?:a\s+)?\d{2}|first|distinction|\d{2}\s*%))",
    r"\b(?:looking\s+for|need|needs|want|wanted|seeking|anyone\s+(?:want|willing|able)|any(?:one|1|body)\s+(?:up\s+for|able))\s+(?:some(?:one|1|body)\s+|any(?:one|1|body)\s+|a\s+[\w-]+\s+)?to\s+(?:sit|take|do|write|complete|finish|ghost\s?write)\s+(?:my|the|our)\s+(?:[\w-]+\s+){0,3}(?:exam|test|quiz|assessment|essay|assignment|coursework|dissertation|report|homework|module|lab\s+report|portfolio|reflection|thesis)\b",
    r"\b(?:who|that)\s+(?:can|could|will|would|'ll)\s+(?:write|do|finish|complete|sit|take)\s+(?:a|an|my|the)\s+(?:[\w,-]+\s+){0,4}(?:essay|report|assignment|dissertation|coursework|thesis|lit\s+review|reflection|exam|test|quiz|portfolio)\s+for\s+me\b",
    r"\b(?:you|u)\s+(?:write|do|finish)\s+(?:my|mine)\b[^.\n]{0,40}?\b(?:i'll|i\s+will|and\s+i'll|i\s+can|i'd)\s+(?:write|do|finish)\s+(?:your|yours|ur)\b|\b(?:i'll|i\s+will)\s+(?:write|do)\s+(?:yours|your\s+\w+)\s+if\s+(?:you|u)\s+(?:write|do)\s+(?:mine|my\s+\w+)\b",
    r"\b(?:will|i'll|i'd|i\s+will|happy\s+to|gonna|going\s+to|willing\s+to|can)\s+pay\s+(?:some(?:one|1|body)|any(?:one|1|body)|you|u|a\s+\w+|whoever)\b[^.\n]{0,50}?\bto\s+(?:do|write|finish|complete|sort|code|run)\s+(?:my|the|our)\s+(?:[\w-]+\s+){0,3}(?:section|essay|assignment|coursework|dissertation|diss|report|analysis|code|project|portfolio|module|exam|quiz|test|homework|lab|stats|chapter|reflection|presentation)s?\b",
    r"\b(?:got|have|selling|sell|flogging)\s+(?:the\s+|all\s+the\s+)?answers\s+(?:to|for)\s+(?:[\w'-]+\s+){0,3}(?:quiz|test|exam|assessment|mcqs?|coursework|assignment|paper|phase\s+test)\b(?=[^\n]{0,80}(?:[£$]\s?\d|\b(?:dm|message|pm|whatsapp)\s+me\b|\beach\b|\bfor\s+a\s+(?:fiver|tenner)|\bcheap\b))",
    r"\b(?:marked|graded|old|past|previous)\s+(?:[\w-]+\s+){0,3}(?:essays?|assignments?|coursework|dissertations?|lab\s+reports?|reports?|portfolios?)\s+(?:to\s+sell|for\s+sale|up\s+for\s+sale)\b",
    r"\bghost\s?-?writ(?:er|ers|ing|e|ten)\b",
    r"\bwho\s+wants\s+my\s+(?:[\w-]+\s+){0,3}(?:essays?|assignments?|coursework|dissertations?|lab\s+reports?|reports?|portfolios?)\b[^.\n]{0,40}[£$]\s?\d",
    r"\bsell\s+me\s+(?:their|your|ur|his|her)\s+(?:[\w-]+\s+){0,2}(?:lab\s+books?|essays?|assignments?|coursework|reports?|portfolios?|dissertations?|answers|work)\b",
    r"\b(?:rewrite|re-?write|redo|improve|polish)\s+my\s+(?:whole\s+)?(?:essay|dissertation|assignment|coursework|report|thesis)\b[^.\n]{0,60}\b(?:pay|paid|£|\$|cash)",
    r"\b(?:i'll|i\s+will|will|i'd|happy\s+to)\s+pay\s+(?:for\s+|you\s+for\s+)?(?:your|ur)\s+(?:[\w-]+\s+){0,3}(?:portfolio|essays?|assignments?|coursework|dissertation|reports?|project|work)\b",
    r"['\"](?:improve|edit|fix|rewrite|polish|help\s+with|tidy\s+up)['\"]\s+(?:my\s+)?(?:\w+\s+)?(?:essay|assignment|dissertation|coursework|report)\b|\bneeds\s+to\s+(?:be|get)\s+a\s+(?:2:1|first|1st|pass|distinction)\b[^.\n]{0,40}\b(?:pay|£|\$)|\b(?:pay|£|\$)[^.\n]{0,40}\bneeds\s+to\s+(?:be|get)\s+a\s+(?:2:1|first|1st|pass|distinction)\b",
    r"\b(?:essay|assignment|coursework|dissertation|report|portfolio|work)\b[^.\n]{0,60}\bsell(?:ing)?\s+(?:it|them|mine)\s+to\b",
    r"\bwe\s+(?:write|do|complete|handle|take\s+care\s+of)\s+(?:\w+\s+)?(?:essays?|assignments?|coursework|dissertations?|homework|exams?|online\s+(?:classes|exams|tests))\b",
    r"\b(?:get|have)\s+(?:your|ur|my)\s+(?:\w+\s+)?(?:essays?|assignments?|dissertation|coursework|homework|thesis|reports?)\s+(?:done|written|completed|sorted|finished)\s+(?:by|for)\b",
    r"\bguaranteed\s+(?:a\s+)?(?:2:1|2\.1|first|1st|pass|grade|distinction|70\+?|a\*?)\b",
    r"\b(?:i'll|i\s+will|i\s+can|we'll|we\s+can|i\s+do|we\s+do)\s+(?:write|do|complete)\s+(?:your|ur)\s+(?:[\w-]+\s+){0,4}(?:essays?|assignments?|coursework|dissertations?|personal\s+statements?|reports?|homework|modules|quizzes|quiz|tests|exams|online\s+classes)\b",
    r"[£$]\s?\d+\s+(?:for|per)\s+(?:a|an|each|every|any)?\s*(?:[\d,]+\s*(?:word|page)s?\s+)?(?:essay|assignment|report|dissertation|page|1,?000\s+words|coursework)\b",
    r"\bany\s+subject\b[^.\n]{0,60}\b(?:turnaround|deadline|dm|whatsapp|[£$]|price|rates?|cheap)\b",
    # a fast turnaround sold, not thanked for: "quick turnaround, DM for
    # prices" ("thanks all for the quick turnaround on proofreading the
    # handbook" is a colleague's thanks)
    r"\b(?:fast|quick|24h|48h)\s+turnaround\b(?=[^\n]{0,80}?(?:[£$]|\b(?:dms?|pm|inbox|whatsapp|prices?|rates?|cheap|affordable|message\s+me|any\s+subject|all\s+subjects)\b))"
    r"|(?:[£$]|\b(?:dms?|pm|inbox|whatsapp|prices?|rates?|cheap|affordable|any\s+subject|all\s+subjects)\b)[^\n]{0,80}?\b(?:fast|quick|24h|48h)\s+turnaround\b",
    r"\b(?:i'll|i\s+will|will|can|i\s+can|we\s+(?:can|will))\s+(?:sit|take|do|write|complete)\s+(?:your|ur)\s+(?:[\w-]+\s+){0,3}(?:exams?|tests?|quiz(?:zes)?|assessments?|modules)\s+for\s+(?:you|u)\b",
    r"\bcustom\s+(?:written\s+)?(?:essays?|assignments?|papers?|dissertations?|coursework)\b",
    r"\bpay(?:ing)?\s+(?:[£$]?\s?\d+\s*(?:quid|pounds)?\s+(?:for\s+)?)(?:some(?:one|1|body)|any(?:one|1|body)|a\s+\w+)\s+to\s+(?:do|write|finish|sit|take|complete)\b",
    r"\b(?:pay(?:ing)?|hire|hiring)\s+(?:some(?:one|1|body)|any(?:one|1|body)|you|u|a\s+\w+)\s+to\s+(?:sit|take|do|write|complete)\s+(?:my|the|an?)\s+(?:[\w-]+\s+){0,2}(?:exam|test|quiz|assessment|essay|assignment|coursework|dissertation)",
    r"\b(?:sit|take|do)\s+my\s+(?:[\w-]+\s+){0,2}(?:exam|test|quiz|assessment)\s+for\s+me\b",
    r"\b(?:can|could|will|would)\s+(?:some(?:one|1|body)|any(?:one|1|body)|you|u)\s+(?:do|sit|take|write|complete)\s+my\s+(?:[\w-]+\s+){0,2}(?:exam|test|quiz|assessment|coursework|essay|assignment)\b",
    r"\bdm\s+(?:me\s+|us\s+)?for\s+(?:[\w]+\s*,?\s*(?:and\s+)?){0,3}(?:essays?|dissertations?|assignments?|coursework|reports?)\b|\b100%\s+pass\s+rate\b|\ball\s+unis\b",
    r"\b(?:who|anyone|any1|someone|somebody)\s+(?:can|could|will|wants\s+to|willing\s+to)\s+(?:do|sit|take|write)\s+my\s+(?:[\w-]+\s+){0,2}(?:exam|test|quiz|assessment|coursework|essay|assignment)\b",
    r"\b(?:turnitin|plagiarism|ai)[- ]?(?:proof|safe)\b",
    r"\b(?:essay|assignment|dissertation|coursework|homework|thesis)\s+(?:writing\s+)?(?:service|mill|writers?|help\s+(?:for|from)\s+[£$]|for\s+sale|for\s+[£$])",
    r"\b(?:write|do|finish|complete|sort)\s+(?:my|your|ur|his|her|their|the)\s+" + _WORK + r"\s+for\s+(?:me|you|u|them|him|her|[£$]\s?\d|cash|money|a\s+fee|a\s+price|payment)",
    r"\b(?:can|could|will|would)\s+(?:some(?:one|1|body)|any(?:one|1|body)|you|u)\s+(?:write|do)\s+(?:my|me\s+an?|me\s+the)\s+(?:[\w-]+\s+){0,3}" + _WORK,
    r"\b(?:need|want|looking\s+for|after|paying)\s+(?:some(?:one|1|body)|any(?:one|1|body)|a\s+(?:writer|person|tutor|genius))\s+to\s+(?:write|do|finish|complete)\s+(?:my|me\s+an?|me\s+the)\s+(?:[\w-]+\s+){0,3}" + _WORK,
    r"\bpay\s+(?:some(?:one|1|body)|any(?:one|1|body)|you|u|people|a\s+writer)\s+(?:to\s+)?(?:write|do|finish)\b",
    r"\b(?:buy(?:ing)?|sell(?:ing)?|purchase|bought|sold)\s+(?:your\s+|ur\s+|my\s+|their\s+|his\s+|her\s+|some\s+|old\s+|marked\s+|past\s+|graded\s+|previous\s+|completed\s+|last\s+year's\s+)+"
    r"(?:marked\s+|graded\s+|completed\s+)?(?:essays?|assignments?|coursework|dissertations?|lab\s+reports?|reports?|portfolios?|projects?|submissions?)\b",
    r"\bwant\s+to\s+buy\s+(?:your\s+|ur\s+|some\s+)?(?:\w+\s+)?(?:essays?|assignments?|coursework|dissertations?|reports?)\b",
    r"\b(?:buy|sell|selling|buying|flogging|flog)\s+(?:[\w&']+\s+){0,8}(?:essays?|assignments?|coursework|dissertations?|lab\s+reports?|portfolios?)\b(?!\s+(?:template|guide|book|planner|tips))",
    r"\b(?:writes?|writing|do|does|doing)\s+(?:\w+\s+)?(?:essays?|assignments?|coursework|dissertations?|reports?|homework)\s+for\s+(?:[£$]|cash|money|people|students|a\s+fee)",
    r"[£$]\s?\d+\s*(?:per|a|/)\s*(?:1,?000|1k|page|500)\s*(?:words?)?\b",
    r"\b(?:undetectable|plagiarism[- ]free|0%\s+(?:plagiarism|similarity|ai)|100%\s+original|turnitin[- ]safe|pass(?:es)?\s+turnitin|beat(?:s)?\s+turnitin)\b",
    r"\b(?:assignment|essay|homework|dissertation|coursework)\s+help\b[^.\n]{0,40}(?:[£$]|dm|whatsapp|message|contact|price|cheap|affordable|guaranteed|grade)",
    # someone else sits it: "could you sit it as me", "do my online test for me"
    r"\b(?:sit|take|do|complete|log\s+in\s+and\s+do)\s+(?:it|the\s+(?:[\w-]+\s+){0,2}?(?:test|exam|quiz|assessment|paper)|my\s+(?:[\w-]+\s+){0,2}?(?:test|exam|quiz|assessment|paper|attendance))\s+as\s+me\b",
    r"\b(?:sit|take|do|complete)\s+(?:the|my)\s+(?:[\w-]+\s+){0,2}?(?:test|exam|quiz|assessment)\s+for\s+me\b",
    r"\bif\s+i\s+(?:give|send)\s+(?:you|u)\s+my\s+(?:login|log-?in|password|details|account)\b[^.\n]{0,60}\b(?:sit|do|take|complete|finish)\s+(?:it|the|my)\b",
    # a "proofreader" who writes it: "one of those proofreaders who basically rewrite the whole thing"
    r"\bproof-?read\w*\b[^.\n]{0,50}\b(?:re-?writes?|re-?writing|basically\s+(?:write|writes|redo|redoes)|writes?\s+(?:it|the\s+whole))\b",
)

# "the AI checker gives up" next to the trick that beats it.
_DETECTOR_BEATEN = (
    r"\b(?:turnitin|the\s+checker|the\s+detector|plagiarism\s+checker|ai\s+detector)\s+(?:doesn't|does\s+not|can't|cannot|won't)\s+(?:read|scan|check|see|pick\s+up)\s+(?:text\s+(?:in|inside|within)\s+)?(?:images|pictures|screenshots|scanned|pdfs?|text\s+boxes|tables|footnotes|white\s+text)\b",
    r"\b(?:turnitin|ai\s+checker|ai\s+detector|the\s+checker|the\s+detector|plagiarism\s+checker)\s+(?:can't|cannot|won't|doesn't|can\s+not)\s+(?:match|find|trace|spot|catch|see|read|detect|flag)\s+(?:it|them|that|translated|anything)\b",
    r"\b(?:ai\s+checker|ai\s+detector|ai\s+detection|turnitin|gptzero|zerogpt|plagiarism\s+checker|similarity\s+checker|the\s+detector|the\s+checker)\s+(?:just\s+)?(?:gives\s+up|can't\s+tell|cannot\s+tell|can't\s+detect|won't\s+(?:notice|flag|know)|doesn't\s+(?:flag|notice|catch|pick)|never\s+(?:flags|catches|notices)|is\s+(?:useless|clueless)|has\s+no\s+idea)\b",
)
_TRICK = r"\b(?:screenshot\w*|copied|copy|paste|translat\w*|another\s+language|synonyms?|white\s+text|invisible|hidden\s+characters|cyrillic|paraphras\w*|quillbot|reword\w*|rewrit\w*|spinner|humani[sz]\w*|trust\s+me|works\s+every\s+time|hack|trick|just\s+(?:put|run|add|change|swap))\b"

_EVASION = (
    r"\b(?:out\s+of|outside|off|just\s+out\s+of)\s+(?:the\s+)?(?:webcam|camera|cam)(?:'s)?\s+(?:view|shot|frame|angle|sight|range)\b",
    r"\b(?:chat\s?gpt|gpt|ai|claude|gemini|copilot|google)\s+open\s+(?:in\s+(?:another|a\s+(?:new|second|separate|different)|the\s+next)\s+(?:tab|window)\s+)?(?:during|in|for|throughout)\s+(?:the\s+|this\s+|your\s+|ur\s+)?(?:[\w-]+\s+){0,2}(?:exam|test|quiz|assessment)\b",
    r"\b(?:airpods|earpieces?|earbuds|earphones?|headphones|bluetooth\s+earpiece)\b[^.\n]{0,40}\b(?:under|in|hidden\s+(?:in|under|behind)|behind)\s+(?:the|your|ur|my|a)\s+(?:hood|hair|hat|scarf|hijab|sleeve|beanie|cap|headscarf)\b",
    r"\b(?:some(?:one|1|body)|a\s+mate|a\s+friend|my\s+\w+)\s+on\s+(?:a\s+|the\s+)?(?:call|facetime|phone|line)\s+(?:was\s+|were\s+|is\s+|kept\s+)?(?:reads?|reading|tells?|telling|gives?|giving|feeds?|feeding|whispers?|whispering)\s+(?:you|u|me)\s+(?:the\s+)?(?:answers|ans)\b",
    r"\bsneak\w*\s+(?:\w+\s+){0,2}?(?:notes|phones?|answers|cheat\s*sheets?|cribs?|formulas?|earpieces?|smart\s*watch(?:es)?)\s+(?:in|into|past)\b",
    r"\binvigilators?\b[^.\n]{0,40}\b(?:always\s+on\s+(?:her|his|their)\s+phones?|(?:always\s+|usually\s+)?asleep|never\s+(?:look|looks|watch|watches|walk|walks|check|checks))\b",
    r"\b(?:angle|tilt|turn|move|hold\s+up|lift)\s+(?:your|ur)\s+(?:paper|script|answer\s+(?:sheet|booklet)|screen|laptop)\b",
    r"\b(?:put|run|running|ran|stick|chuck|pass|feed|paste)\s+(?:your|ur|my|the|it|them)\s*(?:(?:[\w-]+\s+){0,2}(?:essay|work|assignment|text|writing|coursework|dissertation|report|answers?|code))?\s+(?:through|into)\s+(?:a\s+|an\s+|the\s+)?(?:paraphras\w+|quillbot|spinner|rewriter|humani[sz]er|rewording\s+(?:tool|app|site)|ai\s+rewriter|article\s+spinner)\b(?=[^\n]{0,100}\b(?:ai|turnitin|detector|checker|plagiarism|similarity|gptzero|undetect\w*|flag\w*|caught|notice)\b)",
    r"\b(?:lockdown\s+browser|respondus|proctor\w*|turnitin|exam\s+software|safe\s+exam\s+browser|honorlock|examplify|inspera|ai\s+detectors?|gptzero|zerogpt|similarity\s+checker|plagiarism\s+(?:checker|software|detector))\s+(?:can|could|is\s+able\s+to)\s+(?:easily\s+|totally\s+|actually\s+|literally\s+)?be\s+(?:easily\s+)?(?:bypassed|beaten|fooled|tricked|got\s+around|gotten\s+around|disabled|spoofed|defeated|cheated|dodged)\b",
    r"\b(?:lockdown\s+browser|respondus|proctor\w*|turnitin|exam\s+software|safe\s+exam\s+browser|honorlock|examplify|inspera|ai\s+detectors?|gptzero|zerogpt|similarity\s+checker|plagiarism\s+(?:checker|software|detector))\s+(?:is|are|'s)\s+(?:so\s+|really\s+|super\s+|dead\s+|well\s+)?easy\s+to\s+(?:bypass|beat|fool|trick|get\s+around|get\s+round|get\s+past|disable|spoof|cheat|dodge)\b",
    r"\b(?:run|running|ran|runs|use|using|used|open|opening|launch|launching)\s+(?:it|the\s+(?:[\w-]+\s+){0,2}(?:browser|exam|quiz|test|software|app)|respondus|lockdown\s+browser|the\s+proctor\w*)\s+(?:in|inside|on|through|from)\s+(?:a\s+)?(?:vm|virtual\s+machine|virtualbox|vmware|sandbox|second\s+(?:account|user))\b",
    r"\b(?:tried|tested|did|used|done)\s+(?:it|this|that)\s+(?:on|in|during)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:mock|quiz|test|exam|phase\s+test|practice\s+(?:quiz|test))\s+and\s+(?:it|they|no(?:one|body)|the\s+[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:didn't|did\s+not|never|couldn't|could\s+not|didnt)\s+(?:notice|detect|catch|flag|see|pick|know|realise|realize)\b",
    r"\bphone(?:'s|s|\s+is|\s+was|\s+hidden)?\s+(?:is\s+)?(?:hidden\s+|stashed\s+|tucked\s+)?(?:in|up|down|inside)\s+(?:my|me)\s+(?:sock|socks|sleeve|bra|shoe|boot|pencil\s+case|waistband|knickers|pants|hood)\b",
    r"\b(?:get|use|have|let|make)\s+(?:chat\s?gpt|gpt|ai|claude|gemini|copilot|an\s+ai)\s+(?:to\s+)?(?:write|do|generate|finish|complete)\s+(?:the\s+|your\s+|my\s+|ur\s+|it|them)?(?:whole\s+|entire\s+)?(?:essay|assignment|coursework|dissertation|report|code|answers?|it|them|thing)?\b(?=[^\n]{0,80}\b(?:can't|cannot|won't|will\s+never|never|no\s+one\s+will|nobody\s+will)\s+(?:tell|know|notice|detect|catch|find\s+out)|[^\n]{0,80}\bundetectable)",
    r"\b(?:quiz|test|exam|assessment)\b[^.\n]{0,40}\b(?:doesn't|does\s+not|won't|can't|cannot)\s+(?:lock|block|detect|check|track|see)\s+(?:tabs|other\s+tabs|the\s+browser|switching|copy|your\s+screen)",
    r"\bhid(?:e|ing)\s+(?:\w+\s+)?(?:notes|answers|formulas?|phone|cheat\s*sheet|crib\s+sheet)\b|\bcheat\s*sheets?\b|\bcrib\s+sheets?\b",
    r"\binvigilators?\s+(?:never|don't|won't|can't|didn't|barely)\s+(?:check|notice|see|look|catch)",
    r"\b(?:quillbot|spinbot|wordtune|undetectable\.ai|stealthgpt|paraphras\w+\s+tool)\b[^.\n]{0,60}\b(?:chat\s?gpt|gpt|ai|turnitin|detector)\b",
    r"\b(?:turnitin|similarity|ai\s+score)\b[^.\n]{0,60}\buntil\s+(?:it's|its|it\s+is|you're|you\s+are)\s+(?:under|below)\s+\d+",
    r"\b(?:beat|bypass|(?:get|gets|getting|got)\s+(?:\w+\s+){0,3}(?:past|round|around|through)|trick|fool|avoid|dodge|evade|slip\s+past|humani[sz]e|undetectable\s+(?:by|to))\s+(?:the\s+|an?\s+)?"
    r"(?:turnitin|plagiarism\s+(?:checker|check|detection|detector|software)|similarity\s+(?:check|checker|score)|ai\s+(?:detector|detection|checker)|gptzero|zerogpt|proctor\w*|respondus|lockdown\s+browser|invigilators?)",
    r"\b(?:beat|bypass|get\s+(?:past|round|around)|trick|fool|avoid|cheat|dodge|evade|fool)\s+(?:the\s+)?"
    r"(?:turnitin|plagiarism\s+(?:checker|check|detection|detector|software)|similarity\s+(?:check|score)|proctor(?:ing|io|u)?"
    r"|respondus|lockdown\s+browser|exam\s+software|invigilators?|ai\s+detect(?:or|ion)|gptzero|zerogpt)",
    r"\b(?:turnitin|ai\s+detectors?|gptzero|proctor(?:ing|io)|the\s+invigilators?)\s+(?:won't|wont|doesn't|doesnt|can't|cant|will\s+never|never)\s+(?:catch|detect|flag|pick\s+(?:it\s+)?up|notice|see|know|tell)\w*\b(?!\s+(?:everything|all|every|it\s+all|100%|reliably|perfectly|for\s+sure))",
    r"\b(?:ai\s+)?humani[sz]ers?\b|\bundetectable\s+ai\b",
    r"\b(?:quillbot|paraphras\w*\s+(?:tool|it|them|the\s+\w+)|spinner|reword\w*|rewrite)\b[^.\n]{0,40}\b(?:so|to\s+make\s+sure|and)\s+(?:turnitin|it|they|the\s+checker)\s+(?:doesn't|doesnt|won't|wont|can't|cant)\s+(?:flag|detect|catch|notice|pick)",
    r"\b(?:second|another|extra|2nd|hidden)\s+(?:phone|screen|monitor|laptop|device)\b[^.\n]{0,40}?\b(?:during|in|for|under)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:exam|test|quiz|assessment)",
    r"\b(?:chat\s?gpt|gpt|ai|claude|gemini|copilot)\s+(?:during|in|for|mid)\s+(?:the\s+|this\s+|your\s+|ur\s+|my\s+)?(?:[\w-]+\s+){0,2}(?:exam|test|quiz|assessment)\b(?=[^\n]{0,80}\b(?:never|won't|wont|can't|cant|doesn't|nobody|no\s*one|undetect\w*|shh|sneak\w*)\b|[^\n]{0,80}[🤫😉😏👀])",
    r"\b(?:chat\s?gpt|gpt|ai)\s+(?:during|in)\s+(?:the\s+)?(?:online\s+|proctored\s+|closed[- ]book\s+)?(?:exam|test|quiz)\b",
    r"\b(?:change|swap|rename)\s+(?:the\s+|a\s+few\s+|some\s+)?(?:variable\s+names|words|wording|a\s+few\s+words)\b[^.\n]{0,30}\b(?:so|and)\s+(?:it|they|turnitin|no\s*one)\s+(?:won't|wont|doesn't|can't|cant|will\s+never)",
)

_TIP_OFF = (
    r"\bif\s+(?:you're|you\s+are|ur|u\s+r|youre)\s+(?:doing|sitting|taking|in|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:exam|test|quiz|resit|paper|oral|practical|osce|mcq)\s+(?:later|this\s+afternoon|this\s+evening|tomorrow|tmrw|next\s+week|on\s+(?:monday|tuesday|wednesday|thursday|friday))\b",
    r"\bdon'?t\s+tell\s+(?:the\s+)?(?:afternoon|later|other|next|pm|\d{1,2}\s*pm|evening|tomorrow'?s?)\s+(?:\w+\s+)?(?:sitting|group|lot|session|people|crowd|class)\b",
    r"\bhere\s+(?:they\s+are|it\s+is|are\s+the\s+\w+|is\s+the\s+\w+)\s+for\s+(?:this\s+year's|the\s+upcoming|tomorrow's|next\s+week's|the\s+next|monday's|friday's)\s+(?:[\w-]+\s+)?(?:exam|test|paper|quiz|resit)",
    r"\b(?:tell|warn|let)\s+(?:them|the\s+\w+\s+(?:group|sitting|lot)|everyone\s+(?:in|on)\s+the\s+\w+)\s+(?:know\s+)?(?:that\s+)?(?:q|question|section|part)\s*\d",
    r"\b(?:sitting|group|session|class|lot)\s+(?:gets?|has|have|will\s+(?:get|have)|is\s+getting|are\s+getting)\s+the\s+same\s+(?:paper|test|questions|quiz|exam)\b",
    r"\bfor\s+any(?:one|1|body)\s+(?:on|doing|sitting|taking|in)\b",
    r"\b(?:any(?:one|1)|whoever|if\s+you(?:'re|\s+are))\s+(?:sitting|doing|taking|has|got|in|on)\s+(?:the\s+)?(?:later|afternoon|evening|morning|\d{1,2}\s*(?:[.:]\d{2})?\s*(?:am|pm)|tomorrow's|second|2nd|next|resit|other)\s+(?:\w+\s+)?(?:exam|sitting|paper|test|resit|session|quiz|slot|seminar|group|class|lab|tutorial|presentation)",
    r"\b(?:for|to)\s+(?:the\s+)?(?:later|afternoon|evening|2nd|second|other|next)\s+(?:sitting|session|group|seminar\s+group|lab\s+group|slot|lot|class|people|crew)\b",
    r"\b(?:for|to)\s+(?:the\s+|all\s+the\s+|my\s+)?(?:\d{1,2}\s*(?:am|pm)|\d{1,2}[.:]\d{2}|later|afternoon|evening|pm|tomorrow'?s?|tmrw|next)\s+(?:crowd|lot|peeps|people|gang|bunch|squad|cohort|sitting|session|group|slot|crew|ones?)\b",
    r"\b(?:\d{1,2}\s*(?:am|pm)|morning|afternoon|later|other|next|monday|tuesday|wednesday|thursday|friday)\s+(?:lab\s+|seminar\s+|tutorial\s+|practical\s+)?(?:group|sitting|session|class|seminar|lot|lab)\s*[:,-]",
    r"\b(?:same|identical)\s+(?:questions?|paper|test|quiz)\s+(?:as|for)\s+(?:the\s+)?(?:morning|other|earlier|first|afternoon|last\s+year)",
    r"\b(?:questions?|paper|test|quiz|exam)\s+(?:are|is|were|was)\s+(?:exactly\s+)?(?:the\s+)?(?:same|identical)\s+(?:as|to)\s+(?:this\s+morning|the\s+morning|earlier|ours|last\s+year|the\s+\w+\s+(?:group|sitting|session))",
    r"\b(?:you'll|you\s+will|you're|you\s+are|they'll|they're)\s+(?:get|getting|have|having|sitting|doing)\s+the\s+same\s+(?:[\w-]+\s+){0,2}(?:test|quiz|exam|paper|questions)",
    r"\b(?:learn|revise|memori[sz]e|know)\s+(?:the\s+)?[^.\n]{1,40}\b(?:it'?s|its|that'?s)\s+(?:on|in)\s+(?:the\s+)?(?:paper|exam|test)\b",
)

# "same as January, word for word": a tip-off only when someone is still to sit it.
# Offering to tell a later sitting what is on the paper.
_TIP_OFFER = (
    r"\b(?:want|wanna|need)\s+(?:to\s+)?know\s+what\s+(?:came\s+up|(?:was|is)\s+on\s+(?:it|the\s+paper)|(?:the\s+)?(?:[\w-]+\s+){0,2}(?:questions?|q|qs|topics?|essays?|stations?|titles?|cases?|scenarios?)\s+(?:is|are|was|were)\b)",
    r"\b(?:i'll|i\s+will|i\s+can|i\s+could|happy\s+to|can)\s+(?:tell|dm|message|text|send|show|give|leak|spill)\s+(?:you|u|ya|y'?all|anyone)\s+(?:what\s+(?:came\s+up|was\s+on\s+(?:it|the\s+paper)|the\s+(?:questions|qs|stations|topics)\s+(?:were|are))|the\s+(?:questions|qs|stations|topics|paper|cases|scenarios)|which\s+(?:[\w-]+\s+)?(?:cases|questions|qs|topics|stations|essays|titles|scenarios)\s+(?:came\s+up|were\s+on|are\s+on|were\s+set))\b",
)

_TIP_SAME = (
    r"\bsame\s+(?:one\s+)?as\s+(?:in\s+)?(?:june|january|may|august|last\s+(?:time|year|sitting|summer)|the\s+(?:first|main)\s+sitting)\b",
    r"\b(?:same|identical)\s+(?:[\w-]+\s+){0,2}(?:questions?|paper|test|quiz|exam)\s+as\s+(?:in\s+)?(?:ours|us|we\s+(?:had|got|did)|mine|my\s+group|january|june|may|august|last\s+(?:time|year|sitting|summer))\b|\bword\s+for\s+word\b",
)
_STILL_TO_SIT = (r"\b(?:tomorrow|tmrw|tmr|later|next\s+(?:week|sitting|group)|you'll|you\s+will|u'll|you're\s+(?:sitting|doing|in)|revise|learn|memori[sz]e|prep|good\s+luck|heads\s+up|before\s+the\s+(?:exam|test|resit|quiz)"
                 r"|if\s+(?:you're|ur|you\s+are|you've\s+got|you\s+have)|any(?:one|1|body)\s+(?:sitting|doing|taking|on|in)|this\s+afternoon|tonight)\b")

# Addressing a later group after describing the assessment ("good luck tmrw group B").
_LATER_GROUP = (
    r"(?:^|[.!?\n]\s*)(?:hey\s+|oi\s+|yo\s+|attention\s+)?(?:group|set|lab\s+group|seminar\s+group|stream|cohort|sitting)\s+[a-d1-9]\b\s*[-–:,]",
    r"\b(?:good\s+luck|gl|heads\s+up|fyi|note|pro\s+tip|tip|hint|psa)\s*[,:!-]?\s*(?:to\s+)?(?:the\s+|all\s+)?(?:tmrw|tmr|tomorrow'?s?|later|afternoon|pm|evening|next|monday'?s?|tuesday'?s?|wednesday'?s?|thursday'?s?|friday'?s?|second|2nd|other|group\s+[a-d2-9]\b)\s*(?:[\w-]+\s+){0,2}(?:group|sitting|lot|session|cohort|people|crew|slot|lab|seminar|peeps|gang)?",
    # "for everyone doing the spot test on the later slot: ..."
    r"\bfor\s+(?:everyone|everybody|anyone|anybody|those|people|all\s+of\s+you)\s+(?:doing|sitting|taking|on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:on|in)\s+the\s+(?:later|afternoon|pm|evening|second|2nd|next|other|tomorrow'?s?)\s+(?:slot|sitting|session|group|lab|seminar|run)\b",
)
_DESCRIBED = (
    r"\bsame\s+(?:[\w-]+\s+)?as\s+(?:ours|what\s+we\s+(?:did|had|got)|this\s+morning|the\s+morning)\b|\bthe\s+[\w-]+\s+one\b(?!\s+(?:who|that|where))|"
    r"\b(?:station|q|question|section|part|task|number)\s*\d{1,2}\s*\(?[a-h]?\)?\s+(?:was|is|were|=|:|had|asked)"
    r"|\bwas\s+(?:the|a|an|all|about|on)\s+(?:[\w-]+\s+){0,3}(?:one|question|case|station|scenario|essay)\b|\bcame\s+up\b|\bwas\s+(?:all\s+)?(?:about|on)\s+\w+"
    r"|\b(?:the\s+)?(?:stations|questions|qs|scenarios|cases|topics)\s+(?:were|are)\s*:?\s*(?:\d|q\s?\d|\(?[a-h]\))"
)

# Asking people from an earlier sitting what came up.
_EARLIER_SITTING = (
    r"\bwho'?s\s+(?:already\s+)?(?:done|sat|taken|had)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:osce|exam|paper|test|practical|viva|quiz|resit|assessment|oral|mcq)s?\b",
    r"\bany(?:one|1|body)\s+(?:who'?s|who\s+has|that'?s|that\s+has)\s+already\s+(?:done|sat|had|taken)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,3}(?:osce|exam|paper|test|practical|viva|quiz|resit|assessment|oral|presentation|mcq)s?\b",
    r"\bany(?:one|1|body)\s+(?:who|that)\s+(?:already\s+)?(?:did|sat|had|took|has\s+(?:done|sat|had|taken)|have\s+(?:done|sat|had|taken))\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,3}(?:osce|exam|paper|test|practical|viva|quiz|resit|assessment|oral|presentation|mcq)s?\s+(?:this\s+morning|earlier|already|yesterday|today|at\s+\d{1,2}|last\s+week|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    r"\b(?:did|has|have)\s+any(?:one|1|body)\s+(?:already\s+)?(?:do|done|sit|sat|take|taken|have|had)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:osce|exam|paper|test|practical|viva|quiz|resit|mcq|oral|orals|speaking\s+test|listening\s+test|presentation|interview|sitting)\s+(?:this\s+morning|earlier|already|yesterday|today|at\s+\d{1,2}(?:\s*am)?|in\s+the\s+morning)\b",
    r"\bany(?:one|1|body)\s+(?:from|in|who\s+(?:did|sat|had|was\s+in|were\s+in|took|has\s+(?:done|sat|had)))\s+(?:the\s+)?(?:morning|earlier|first|am|early|\d{1,2}\s*(?:am|pm)?|monday'?s?|tuesday'?s?|wednesday'?s?|thursday'?s?|friday'?s?|other|previous|yesterday'?s|group\s+a|a\s+group|1st|last\s+week'?s)\s+(?:[\w-]+\s+){0,3}(?:sitting|session|group|slot|exam|paper|test|osce|practical|lab|seminar|lot|viva|quiz)\b",
    r"\b(?:you|u|y'?all|you\s+guys|those\s+of\s+(?:you|u))\s+(?:who|that)\s+(?:already\s+)?(?:did|sat|had|took|have\s+(?:done|sat|had))\s+(?:it|the\s+(?:[\w-]+\s+){0,2}(?:exam|paper|test|osce|practical|quiz|viva))\s+(?:this\s+morning|earlier|already|yesterday|today)\b",
)
_WHAT_CAME = (r"\b(?:drop|send|post|share|leak)\s+(?:me\s+|us\s+)?(?:the\s+)?(?:questions|qs|paper)\b|\bscreenshots?\b|\bsend\s+me\s+the\s+(?:questions|paper|qs)\b|\bwhat\s+(?:stations?|questions?|topics?|cases?|essays?|titles?|scenarios?|tasks?|qs)\s+(?:did|came|were|was|come|do|are|they)\b|\bwhat\s+(?:were|was|is|are|r)\s+(?:the\s+)?(?:stations?|questions?|qs?|topics?|sections?|cases?|essays?|titles?|scenarios?|tasks?|on\s+(?:it|the\s+paper|the\s+exam))\b|\bwhat\s+(?:came|comes)\s+up\b|\bwhich\s+(?:stations?|questions?|topics?|cases?|essays?|titles?)\b"
              r"|\b(?:stations?|questions?|topics?|q|qs)\s*\d|\bcame\s+up\b|\bwhat\s+(?:to|should\s+(?:i|we))\s+(?:revise|learn|expect|prep)|\bany\s+(?:hints|clues|spoilers)\b|\bspill\b|👀")

_TOGETHER = (
    r"\b(?:do|doing|did|sit|sitting|take|taking|answer|answering)\s+(?:the|this|our|tomorrow's|today's|friday's|monday's)\s+(?:[\w-]+\s+){0,2}(?:test|quiz|exam|assessment|mcqs?)\s+(?:all\s+)?(?:on\s+(?:one|the\s+same|a\s+single|my|your)\s+(?:laptop|computer|screen|pc|mac|account)|in\s+(?:the\s+same|one)\s+room|(?:in\s+my|at\s+mine|at\s+my\s+place)\s+(?:room\s+)?together)\b",
    r"\b(?:doing|do|did|sitting|taking)\s+(?:the|this|our|today's)\s+(?:[\w-]+\s+){0,2}(?:test|quiz|exam|assessment)\s+together\b",
    r"\b(?:let's|lets|we\s+(?:can|should|could)|shall\s+we)\s+(?:all\s+)?(?:sit\s+together|do\s+it\s+together|do\s+(?:it|them)\s+on\s+(?:a\s+)?call|work\s+(?:on\s+it\s+)?together|compare(?:\s+answers)?\s+as\s+we\s+go|compare\s+answers)\b",
)

# Offering one's own assessed work to be copied from.
_BORROW = (
    r"\b(?:feel\s+free\s+to|you\s+can|go\s+ahead\s+and|happy\s+for\s+you\s+to)\s+(?:copy|borrow|nick|lift|steal)\s+(?:bits|parts|sections|paragraphs|some|from\s+it|it|the\s+structure|my\s+\w+)\b",
    # "feel free to 'borrow'", "u can 'take inspiration' 😉": the quotes are the wink
    r"\b(?:feel\s+free\s+to|free\s+to|you\s+can|u\s+can|go\s+ahead\s+and|happy\s+for\s+(?:you|u|people|anyone)\s+to)\s+['\"](?:copy|borrow|nick|lift|steal|use|reuse|take|adapt|reference|be\s+inspired|take\s+inspiration|look\s+at|paraphrase)",
)

# Working on a live assessment together: splitting the questions, sharing screens.
_SPLIT = (
    r"\b(?:texting|texted|messaging|messaged|sending|sent|passing|passed|whispering|whispered|dming|dm'?d|snapping|snapped|telling|told|showing|showed|swapping|swapped)\s+(?:each\s+other|one\s+another)\s+(?:the\s+|our\s+)?(?:answers|ans|solutions|working|questions)\b",
    r"\b(?:each|every)\s+(?:person|one\s+of\s+us|of\s+us|one)\s+(?:does|do|takes?|writes?|answers?|handles?|covers?|gets?)\s+(?:one|a|two|three|\d)\s+(?:section|question|part|bit|q)s?\b",
    r"\b(?:doing|do|sitting|taking|did)\s+(?:the|this|our|tomorrow's|friday's)\s+(?:[\w-]+\s+){0,2}(?:exam|test|quiz|assessment)\s+as\s+(?:a\s+)?(?:group|team|pair|four|three|two|five|trio)\b",
    r"\b(?:split|divide|divvy\s+up|share\s+out|carve\s+up)\s+(?:up\s+)?(?:the\s+)?(?:questions|qs|sections|answers|mcqs|quiz|test|exam|paper)\s+(?:up\s+)?(?:between|among(?:st)?|across)\s+(?:us|ourselves|the\s+(?:group|gc|four|three|two|five|flat)|everyone|the\s+\w+\s+of\s+us)\b",
    r"\b(?:we(?:'ll|\s+will|\s+can|'re\s+gonna|\s+should)|let'?s|gonna)\s+(?:all\s+)?(?:share|swap|compare|split|pool)\s+(?:our\s+|the\s+)?(?:answers|screens?|solutions|questions|working|workings)\b",
    r"\b(?:share|sharing|shared)\s+(?:our\s+|your\s+|ur\s+|the\s+)?screens?\b(?=[^\n]{0,80}(?:\b(?:split|questions|answers|qs|help\s+each)\b|😉|🤫|👀))",
)

_COLLUSION = (
    r"\b(?:i|we)\s+(?:can|could)\s+['\"](?:borrow|copy|reference|use|adapt|take\s+inspiration\s+from|look\s+at)['\"]",
    r"\b(?:any(?:one|1|body)|does\s+any(?:one|1|body))\s+(?:got|have|has)\s+(?:last\s+year's|an\s+old|old|a\s+previous|previous|your\s+old|their\s+old)\s+(?:[\w-]+\s+){0,2}?(?:lab\s+reports?|assignments?|essays?|coursework|reports?|submissions?|projects?|portfolios?|dissertations?|answers|code)\b",
    r"\bbase\s+(?:mine|my\s+(?:[\w-]+\s+)?(?:essay|work|answers|code|assignment|report|one))\s+(?:on|off|around)\b",
    r"\b(?:got|have|has)\s+(?:the\s+|any\s+|their\s+)?(?:marked|graded|old)\s+(?:[\w-]+\s+)?(?:essays?|assignments?|reports?|coursework|dissertations?|answers|portfolios?)\s+(?:from|for|of)\s+(?:last\s+year|previous\s+years?|the\s+year\s+above|last\s+year's)\b",
    r"\bany(?:one|1|body)\s+(?:got|have|has)\s+(?:one|theirs|an?\s+(?:old\s+)?(?:essay|assignment|report|coursework))\s+from\s+(?:last\s+year|a\s+previous\s+year|previous\s+years|the\s+year\s+above)\b",
    r"\b(?:wrote|written|did|done|doing|writing|finished)\s+(?:half\s+(?:of\s+)?|most\s+of\s+|all\s+of\s+|some\s+of\s+|part\s+of\s+|the\s+rest\s+of\s+)?my\s+(?:[\w-]+\s+){0,2}(?:essay|assignment|coursework|dissertation|report|homework|code|lab\s+report|portfolio|reflection|project)\s+for\s+me\b",
    r"\bsubmit(?:ting|ted)?\s+(?:it|them|his|her|their)\s+(?:\w+\s+)?as\s+(?:mine|my\s+own)\b|\bhand(?:ing|ed)?\s+(?:it|them)\s+in\s+as\s+(?:mine|my\s+own)\b",
    r"\b(?:send|sending|sent|give|giving|gave|lend|lending|pass(?:ing)?)\s+(?:me|us)\s+(?:his|her|their|your|ur)\s+(?:[\w-]+\s+){0,3}?(?:essay|code|assignment|coursework|report|answers|work|dissertation|lab\s+report|portfolio|project)\b(?=[^\n]{0,100}\b(?:change|swap|tweak|reword|rephrase|paraphrase|copy|base\s+mine|hand\s+(?:it\s+)?in|submit)\b)",
    r"\bparaphras\w+\s+(?:my\s+\w+'s|his|her|their|[\w']+'s|someone's|a\s+friend's|last\s+year's)\s+(?:old\s+)?(?:essay|assignment|coursework|report|dissertation|work|answers|code)\b",
    r"\bmy\s+(?:[\w-]+\s+){0,2}(?:report|essay|code|assignment|coursework|answers|lab\s+report|portfolio|work)\s+(?:to|for\s+you\s+to)\s+['\"](?:reference|look\s+at|use|borrow|inspire|check|learn\s+from)['\"]",
    r"\b(?:if\s+any(?:one|1|body)\s+wants|dm\s+(?:me\s+)?for)\s+my\s+(?:[\w-]+\s+){0,2}(?:report|essay|code|assignment|coursework|answers|lab\s+report|portfolio)\b(?=[^\n]{0,80}(?:😏|😉|👀|🤫|['\"]reference['\"]|copy|borrow|base\s+yours|inspiration))",
    r"\bdon't\s+make\s+it\s+(?:too\s+)?(?:obvious|look\s+the\s+same|identical)\b|\bchange\s+(?:it|a\s+few\s+bits|some\s+bits|a\s+few\s+words)\s+so\s+(?:it's|it\s+is|it\s+isn't|it's\s+not)\s+(?:not\s+)?(?:obvious|the\s+same|identical)\b",
    r"\b(?:any(?:one|1)|does\s+any(?:one|1))\s+(?:got|have|has)\s+(?:last\s+year's|an\s+old|a\s+previous|your\s+old|their\s+old)\s+(?:marked\s+|graded\s+)?(?:assignments?|essays?|coursework|reports?|submissions?|projects?|portfolios?)\b",
    r"\b(?:send|sending|sent|give|giving|gave|lend|lending)\s+(?:me|us)\s+(?:his|her|their|your|ur)\s+(?:essay|code|assignment|coursework|report|answers|work|dissertation|lab\s+report)\s+(?:to|so\s+(?:i|we)\s+can)\s+(?:base|copy|use|work\s+from|model|paraphrase|reword)",
    r"\bbase\s+(?:mine|my\s+(?:essay|work|answers|code|assignment))\s+on\s+(?:his|hers|theirs|yours|her|their)\b",
    r"\b(?:let's|lets|we\s+(?:can|should|could)|shall\s+we)\s+(?:all\s+)?(?:share|split|swap|compare|divide|pool)\s+(?:our\s+|the\s+)?(?:answers|code|solutions?|questions)\b",
    r"\b(?:copy|copying|copied)\s+(?:my|your|ur|each\s+other'?s|his|her|their)\s+(?:[\w']+\s+){0,2}?(?:code|answers?|homework|coursework|essay|work|assignment|report|solutions?)\b",
    r"\b(?:i'll|i\s+will|i'd|then\s+i'll|just)\s+(?:copy|reword|paraphrase|rephrase)\s+(?:it|them|yours|that)\s+(?:and|then)\s+(?:change|tweak|switch|swap)\b",
    r"\btell\s+me\s+what\s+to\s+(?:write|put)\s+for\s+(?:the|my)\s+(?:\w+\s+){0,2}(?:essay|assignment|coursework|log|report|reflection|portfolio|quiz|test)",
    r"\b(?:send|dm|share|give)\s+(?:me\s+)?(?:your|ur)\s+(?:code|essay|answers?|assignment|coursework|report|solutions?|work)\b[^.\n]{0,40}\b(?:copy|change|reword|rephrase|won't\s+copy|wont\s+copy|tweak|not\s+copy)",
)

_SHARE_OPEN_TEST = (
    r"\banswers?\s+(?:for|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:quiz|test|exam|mcqs?|phase\s+test)\s*[:\-–]",
    r"\b\d{1,2}\s?[a-e]\b[\s,;/]+\d{1,2}\s?[a-e]\b[\s,;/]+\d{1,2}\s?[a-e]\b",
    r"\b(?:assessment|quiz|test|exam|phase\s+test)\b[^.\n]{0,40}\b(?:currently|still|that's|that\s+is)\s+open\b[^\n]{0,120}\b(?:help|stuck|answers?|questions?\s+\d|q\s?\d|return\s+the\s+favou?r)\b",
    r"\bhelp\s+(?:me\s+)?with\s+(?:the|this|my)\s+(?:[\w-]+\s+){0,3}(?:assessment|quiz|test|exam)\b[^\n]{0,80}\b(?:currently\s+open|is\s+open|that's\s+open|still\s+open|closes\s+in|due\s+in\s+an?\s+hour|before\s+it\s+closes)",
    r"\b(?:sharing|share|shared|posting|post|posted|here(?:'s|\s+are|s)|dropping|drop|sending|send|sent|putting|put|uploading|upload|swapping|swap|passing\s+(?:round|around))\s+(?:the\s+|all\s+the\s+|my\s+|your\s+|ur\s+|our\s+)?answers\s+(?:for|to|from|on)\s+(?:the\s+|all\s+the\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:quiz(?:zes)?|tests?|exams?|assessments?|mcqs?|phase\s+tests?)\b",
    r"\b(?:online\s+|moodle\s+|blackboard\s+|canvas\s+)?(?:test|quiz|exam|assessment)\s+(?:is|'s)\s+(?:still\s+)?(?:open|live|on)\s+(?:till|until|now)\b[^.\n]{0,80}\b(?:together|share\s+(?:screens?|answers)|on\s+a\s+call|help\s+each\s+other|split|same\s+room|facetime|discord|teams\s+call)",
    r"\b(?:screenshot|screen\s?shot|copy\s+(?:down|out)|write\s+down|photograph|snap|note\s+down)\s+(?:all\s+)?(?:the|all\s+the|every|each|every\s+single)\s+questions?\b[^.\n]{0,60}\b(?:drop|send|post|share|here|gc|group|chat|us)\b",
    r"\b(?:questions?|answers?|screenshots?)\s+(?:for|from|of)\s+(?:the\s+)?(?:moodle|online|blackboard|canvas|phase|weekly|in-?class|current)\s+(?:quiz|test|assessment|mcq)",
    r"\b(?:quiz|test|exam|assessment)(?:\s+on\s+\w+)?\s+(?:is|'s|s)\s+(?:still\s+)?(?:open|live)\b[^.\n]{0,60}\b(?:answers?|questions?|dm|screenshot|here)",
    r"\b(?:drop|post|put|share|send|chuck|stick|paste)\s+(?:your|ur|all\s+your|all\s+the|the|our)\s+answers\s+(?:in|on|into|to)\s+(?:the\s+|our\s+)?(?:gc|group\s?chat|chat|group|discord|whatsapp|server|snap\s+group|teams\s+chat)\b",
)

# Questions about the rules, and official rules, are benign.
_OFFICIAL = r"\b(?:pub\s+quiz|quiz\s+night|table\s+quiz|past\s+papers?|practice\s+(?:questions|papers?|quiz|test)|textbook|revision\s+(?:questions|quiz)|mock|worked\s+examples?|tutorial\s+sheet|seminar\s+(?:questions|prep))\b|\b(?:is\s+it\s+(?:allowed|ok|okay)|are\s+we\s+allowed|academic\s+(?:integrity|offence)\s+(?:policy|officer|guidance)|report(?:ed)?\s+(?:it|them|this)\s+to)\b"


# "screenshot it and send it to me" next to an open quiz.
_SEND_ME_THE_TEST = (
    r"\b(?:screenshot|screen\s?shot|photograph|snap|copy)\s+(?:it|them|the\s+(?:questions|quiz|test|paper))\s+(?:and\s+)?(?:send|dm|share|post|drop)\b",
)


# Broader wordings: individual work done together, wording changed so nobody
# can tell, and asking for pictures of someone's answers to an open assessment.
_COLLUSION_GEN_MORE = (
    # "if we all use Dev's conclusion and just reword it"
    r"\b(?:we\s+)?(?:all|everyone|both)\s+(?:just\s+)?(?:use|copy|take|borrow|nick)\s+(?-i:[A-Z][a-z]+)'s\s+(?:[\w-]+\s+)?(?:conclusion|intro(?:duction)?|method(?:s|ology)?(?:\s+section)?|answers?|code|analysis|discussion|section|working|results|essay|report)\b"
    r"[^.\n]{0,60}\b(?:reword|re-?word|change|tweak|rephrase|paraphrase)\w*",
    # "split the four case studies between us and share our write-ups"
    r"\bsplit\s+(?:the\s+)?(?:\w+\s+)?(?:case\s+studies|questions|tasks|sections|parts|problems|problem\s+sets?|exercises)\s+(?:between|among(?:st)?)\s+(?:us|ourselves)\b[^.\n]{0,80}\b(?:share|swap|send|copy|reword)\w*",
)
_COLLUSION_GEN = (
    r"\b(?:did|done|doing|do|wrote|written|writing|write|finished|finishing)\s+(?:the|our|this|my|an?|all\s+the)\s+(?:[\w-]+\s+){0,2}?['\"]?(?:individual|solo|own|independent|separate|personal)['\"]?\s+(?:[\w-]+\s+)?(?:coursework|assignments?|essays?|reports?|projects?|tasks?|cw\s?\d|lab\s+reports?|portfolios?|reflections?|quiz(?:zes)?|tests?)\s+(?:all\s+)?(?:together|in\s+(?:one|the\s+same|a)\s+(?:shared\s+)?(?:google\s+)?(?:doc|document|file|notebook|call)|as\s+a\s+group|between\s+us)\b",
    r"\b(?:changed|change|changing|tweaked|tweak|tweaking|switched|swapped|reworded|reword|rewording|jigged|mixed)\s+(?:up\s+)?(?:the\s+|a\s+few\s+|some\s+|all\s+the\s+)?(?:wording|words|sentences|order|variable\s+names|font|phrasing)\b(?=[^.\n]{0,80}\b(?:never\s+(?:know|notice|find\s+out|tell)|won'?t\s+(?:know|notice|find\s+out|tell|flag|pick)|can'?t\s+tell|turnitin|so\s+it\s+(?:doesn'?t|won'?t|isn'?t)|not\s+(?:obvious|flag)|lol|😂|🤫))",
)
# One's own coursework offered to copy: "did part B of the java cw last
# night, passes all the tests 👇 copy whatever u need, deadline's sunday".
_COPY_WHAT_YOU_NEED = r"\bcopy\s+(?:whatever|what|anything|as\s+much\s+as|the\s+bits?|whichever\s+bits?)\s+(?:u|you|ya|yous?|y'all)\s+(?:need|want|like)\b"
_COURSEWORK_CUE = r"\b(?:cw\d?|coursework|assignment|deadline|due|submission|submit|part\s+[a-d]|task\s+\d|lab\s+report|portfolio|essay|unit\s+tests?|passes\s+(?:all\s+)?(?:the\s+)?tests)\b"
_STUCK_ON = (r"\bstuck\s+on\s+(?:q(?:uestion)?s?\s*|number\s+|no\.?\s*)?\d{1,2}\w?(?:\s*(?:and|&|,|\+)\s*\d{1,2}\w?)*\b",)
_LIVE_CALL = (
    r"\b(?:call|discord|facetime|zoom|teams\s+call|vc|group\s+chat|gc|whatsapp|snap)\b[^.\n]{0,40}?\b(?:during|in|while\s+(?:we|we're|doing))\s+(?:the|tomorrow's|today's|our|this|friday's|monday's|\w+day's|the\s+online)\s+(?:[\w-]+\s+){0,2}(?:exam|test|quiz|assessment|mcqs?|paper|phase\s+test)\b",
    r"\b(?:during|in)\s+(?:the|tomorrow's|today's|our|this|\w+day's)\s+(?:[\w-]+\s+){0,2}(?:exam|test|quiz|assessment|mcqs?|phase\s+test)\b[^.\n]{0,40}?\b(?:on\s+(?:a\s+)?(?:call|discord|facetime|zoom|teams)|jump\s+on\s+(?:a\s+)?call)\b",
)
_PROCTOR = (r"\b(?:lockdown\s+browser|respondus|proctor\w*|honorlock|examplify|exam\s*soft|safe\s+exam\s+browser|the\s+(?:web)?cam|invigilat\w+|the\s+software)\b[^.\n]{0,80}?\b(?:detect\w*|sees?|seen|notic\w+|catch\w*|tells?|picks?\s+up|flag\w*|knows?)\b",)
_PROCTOR_TRICK = (r"\b(?:phone|second\s+(?:screen|monitor|laptop|device)|another\s+(?:tab|device|screen|window)|notes|earpiece|earbuds?|airpods|behind|hidden|off[- ]camera|under\s+the\s+desk|someone\s+(?:else\s+)?in\s+the\s+room|vm|virtual\s+machine|asking\s+for\s+(?:reasons|a\s+friend))\b|👀|😏")
_RELAYED_TIP = (r"\b(?:morning|earlier|first|am|9am|10am|11am|monday|tuesday|wednesday|thursday|friday|other|last\s+year's|the\s+other)\s+(?:group|sitting|lot|cohort|session|seminar\s+group|lab\s+group)\s+(?:said|says|told\s+(?:me|us)|reckon)\b[^.\n]{0,60}\b(?:it's|its|it\s+was|all|learn|revise|came\s+up|questions?|on\s+the\s+paper|about)\b",)
_WHAT_ANSWER = (
    r"\b(?:got|have|know|what's|whats|what\s+is|what\s+was|what\s+did\s+(?:you|u|ya|yall|y'all|people|everyone)\s+(?:put|get|say|write))\s+(?:the\s+)?(?:answers?|ans)\b",
    r"\b(?:answers?|ans)\s+(?:to|for)\s+(?:the\s+one|q\s?\d|question\s*\d|number\s*\d|no\.?\s*\d|#\s?\d|the\s+(?:[\w-]+\s+){0,2}(?:one|question|q))\b",
)
_LIVE_NOW = (r"\b(?:rn|right\s+now|now|quick|quickly|asap|hurry|urgent|currently|doing|sitting|taking|in\s+it|\d{1,2}\s*(?:am|pm)|mins?\s+left|minutes\s+left|time\s+left|closes|open)\b|\?\?|🙏|😭")
_OFFER_WRITE = (
    r"\b(?:i'll|i\s+will|i\s+can|can|will|i\s+could|happy\s+to)\s+(?:write|do|finish|complete)\s+(?:your|ur|ya|anyone's|people's)\s+(?:[\w-]+\s+){0,2}?(?:essays?|reports?|assignments?|dissertations?|coursework|logs?|portfolios?|reflections?|lab\s+reports?|presentations?|homework|projects?|write-?ups?|code)\b",
    r"\b(?:need|want|looking\s+for|getting|get|got)\s+(?:my|a|an)\s+(?:[\w-]+\s+){0,3}?(?:essay|report|assignment|dissertation|coursework|log|portfolio|reflection|lab\s+report|presentation|project|write-?up)\s+(?:done|written|finished|completed|doing|writing)\b(?=[^.\n]{0,80}(?:[£$]\s?\d|\b(?:paying|pay|will\s+pay|tenner|fiver|quid|cash|paypal|no\s+one\s+will\s+know|nobody\s+will\s+know|for\s+me)\b))",
)
#: Shopping for a writing service: "which essay site is actually decent?",
#: "anyone used an assignment writing service that's legit", "need 2500
#: words on youth justice by Friday, budget about £120".
_MILL_SHOPPING = (
    r"\b(?:which|what|any|anyone\s+(?:used|tried|know)\s+(?:a|an|any)|best|decent|legit|good|cheap|reliable|trustworthy)\s+(?:\w+\s+)?(?:essay|assignment|dissertation|coursework|homework)\s+(?:writing\s+)?(?:sites?|services?|compan(?:y|ies)|websites?|writers?|mills?)\b",
    r"\b(?:essay|assignment|dissertation|coursework)\s+(?:writing\s+)?(?:sites?|services?|compan(?:y|ies)|websites?|writers?)\s+(?:that\s+(?:is|are)\s+|that's\s+|is\s+|are\s+)?(?:actually\s+|any\s+)?(?:decent|legit|good|any\s+good|reliable|worth\s+it|cheap|safe|trustworthy)\b",
    r"\bneed\s+(?:a\s+|an\s+)?(?:\d[\d,]*|a\s+few\s+thousand|a\s+thousand)\s*(?:k\s+)?words?\b[^.\n]{0,60}\b(?:budget|willing\s+to\s+pay|can\s+pay|i'll\s+pay|will\s+pay|paying)\b",
)
_PRICE = (r"[£$]\s?\d|\b(?:tenner|fiver|quid|cash|paypal|venmo|monzo|cheap|rates?|per\s+(?:page|word|1000)|dm\s+(?:me|for)|hmu|for\s+a\s+price|paid|pay|paying|will\s+pay)\b")
_SIMILARITY = (r"\b(?:similarity|plagiarism|originality|ai)\s+(?:score|percentage|report|check\w*|detect\w*|rating)|\bturnitin\b|\bdetectors?\b|\bai\s+checkers?\b")
_REWORD_TRICK = (r"\b(?:thesaurus|synonyms?|every\s+(?:\d+(?:st|nd|rd|th)|other|few|second|third|fifth)\s+word|swap(?:ping)?\s+(?:out\s+)?(?:the\s+)?words|change\s+(?:the\s+)?words|word\s+spinner|quillbot|paraphras\w+\s+tool|humani[sz]ers?|(?:ai\s+)?rewriters?|spinners?|paraphrasers?)\b",)
_FOR_LATER_LOT = (r"\bwhoever(?:'s|\s+is|\s+are)\s+(?:in|sitting|doing|taking|on)\s+(?:the\s+)?(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)|afternoon|later|evening|second|next|tomorrow's|other)\b",) + (r"\bwhoever(?:'s|\s+is|\s+are)\s+(?:in|sitting|doing|taking|on)\s+(?:it\s+|the\s+\w+\s+)?(?:at\s+\d|later|this\s+afternoon|tomorrow|next|after|in\s+the\s+afternoon)",) + (r"\b(?:for|to)\s+(?:the\s+|all\s+the\s+)?(?:\d{1,2}\s*(?:am|pm)|afternoon|morning|evening|later|tomorrow's|next|second|other|thursday|friday|monday|tuesday|wednesday|resit)\s+(?:lot|group|sitting|people|cohort|crew|gang|session|ones)\b",)
_TIP_CONTENT = (r"\b(?:stations?|questions?|qs|topics?|titles?|it's|its|is|are|were|was|came\s+up|on\s+the\s+paper|you're\s+welcome|ur\s+welcome|learn|revise)\b|😉|🙃|👀|🤫")
_CHEAT_KIT = (r"\b(?:earpiece|ear\s*piece|hidden\s+(?:phone|earbuds?|notes)|crib\s+sheet|cheat\s+sheet|notes\s+(?:on|up|under)\s+my\s+(?:arm|hand|sleeve|wrist|leg|water\s+bottle|label)|smart\s?watch)\b[^.\n]{0,80}\b(?:answers?|exam|test|quiz|reads?\s+me|tells?\s+me|texts?\s+me|sorted|undetect\w*|never\s+(?:know|notice))\b",
              r"\b(?:reads?|texts?|tells?|sends?|whispers?)\s+me\s+(?:the\s+)?answers\b")
_OFFER_WRITE = _OFFER_WRITE + (
    r"\b(?:any(?:one|1|body)|some(?:one|1|body))\s+(?:free|able|willing|around|up\s+for\s+it|wanna|want\s+to|fancy)\s+(?:to\s+)?(?:do|write|finish|complete|sit|take)\s+my\s+(?:[\w-]+\s+){0,2}?(?:coursework|essays?|assignments?|dissertation|report|lab\s+report|exam|test|quiz|homework|cw\s?\d|project|portfolio|code)\b",
    r"\b(?:i|we)\s+(?:basically\s+|just\s+|literally\s+|actually\s+)?(?:rewrite|re-write|write|redo|do)\s+(?:your|ur)\s+(?:whole\s+|entire\s+)?(?:essays?|dissertations?|assignments?|coursework|reports?|theses|thesis)\b",
)
_KEPT_PAPER = (r"\bsame\s+(?:paper|questions|exam|test)\s+as\b|\b(?:kept|have|got|took|saved)\s+(?:a\s+)?(?:copy|copies|photos?|pics?|screenshots?)\s+of\s+(?:the\s+|all\s+the\s+)?(?:questions|paper|exam\s+paper|test|quiz)\b",)
_PAY_SOMEONE = (r"\b(?:pay|paid|paying|hire|hired|hiring)\s+(?:some(?:one|1|body)|any(?:one|1|body)|a\s+[\w-]+|people|a\s+guy|writers?)\b[^.\n]{0,40}?\bto\s+(?:do|write|finish|complete|sit|take)\s+(?:your|ur|my|the|their|his|her)\b",
                r"\b(?:fiverr|upwork|studypool|chegg\s+experts?|essay\s+writers?)\b[^.\n]{0,60}\b(?:essay|coursework|assignment|dissertation|report|exam|homework|cw\s?\d|did\s+(?:it|mine))\b")
_REUSE = (r"\b(?:rename|change|swap)\s+(?:the\s+|all\s+the\s+)?(?:variables?|variable\s+names|function\s+names|class\s+names)\b",
          r"\bso\s+(?:you|u|people|everyone)\s+(?:can\s+)?(?:all\s+)?(?:reuse|re-use|copy|submit|hand\s+in)\s+(?:it|them|mine|my\s+\w+)\b")
_NEVER_KNOW = (r"\b(?:lecturer|lecturers|tutor|marker|markers|module\s+leader|they|turnitin|nobody|no\s+one|no-one|the\s+uni)\s+(?:will\s+|would\s+|is\s+gonna\s+|are\s+gonna\s+)?(?:never|won'?t|wouldn'?t|can'?t)\s+(?:ever\s+)?(?:know|notice|find\s+out|tell|spot|catch\s+(?:us|it|on))\b",)
_NEVER_KNOW_WORK = (r"\b(?:coursework|assignment|essay|report|cw\s?\d|lab\s+report|portfolio|dissertation|answers|together|copied|copy|same\s+(?:answers|code|work)|individual|reworded|wording)\b")
_SCREENSHOT_ANSWERS = (
    r"\b(?:send|dm|share|post|drop|give|snap|whatsapp|text)\s+(?:me|us|over)?\s*(?:screenshots?|screen\s?shots?|pics?|photos?|snaps?|a\s+copy|copies|a\s+pic)\s+of\s+(?:your|ur|yr|ya|the|all\s+your|all\s+ur)\s+(?:answers|working|workings|solutions|responses|screen|code|paper)\b",
    r"\b(?:msg|message|text|dm|ping)\s+(?:me|us)\s+(?:when|once|after)\s+(?:you've|you\s+have|u've|u\s+have|youve|you're|u\s+r|you\s+are)\s+(?:done|finished|submitted|completed|sat)\s+(?:it|the\s+\w+)\b(?=[^.\n]{0,80}\b(?:answers|questions|screenshots?|what\s+(?:you|u)\s+(?:put|got)))",
)


#: What a tip-off gives away: a question or station and what it asks or is on.
_QUESTION_GIVEN = re.compile(
    r"\b(?:(?:she|he|they|it|the\s+examiner|the\s+marker)\s+asks?|asked\s+(?:you|us))\s+(?:you\s+|us\s+)?(?:what|why|how|which|about|to\s+\w+)\b[^.\n]{0,80}"
    r"|\b(?:station|q|question|section|part|task)\s*\d{1,2}\s*\(?[a-h]?\)?\s+(?:was|is|were|=|:|had|asked|asks|on)\b[^.\n]{0,60}"
    r"|\b(?:it's|it\s+is|it\s+was|(?:questions?|essay|paper|topics?)\s+(?:is|was|are|were))\s+(?:all\s+)?(?:about|on)\s+[^.\n]{3,60}"
    r"|\bthe\s+[\w-]+\s+(?:one|practical|question|essay|case|scenario)\s+again\b",
    re.I,
)


class AcademicMisconductDetector(Detector):
    rules = ("misconduct.request_answers", "misconduct.essay_mill", "misconduct.evasion",
             "misconduct.tip_off", "misconduct.collusion", "assessment.exam_questions")

    def __init__(self) -> None:
        self._rules = (
            Rule("misconduct.request_answers", CAT, _REQUEST_ANSWERS,
                 near=(Near(SITTING + r"|\b(?:rn|right\s+now|mid[- ]?(?:exam|test|quiz)|time\s+left|mins?\s+left|minutes\s+left|timer|timed|still\s+open|is\s+open|closes?\s+(?:at|in))\b|\b(?:in|from)\s+the\s+(?:exam|test)\s+(?:hall|room|toilets?|loos?|bathroom)|\b(?:q|question|part)\s*\d|\b\d{1,2}\s*\(?[a-h]\)?(?!\w)|\bcw\s?\d|\bcoursework|\bassignment", 120),),
                 none_of=(_OFFICIAL,)),
            Rule("misconduct.request_answers", CAT, _GROUP_DURING, none_of=(_OFFICIAL,)),
            Rule("misconduct.request_answers", CAT, _SHARE_OPEN_TEST, none_of=(_OFFICIAL,)),
            Rule("misconduct.request_answers", CAT, _SEND_ME_THE_TEST, near=(Near(SITTING, 120),), none_of=(_OFFICIAL,)),
            Rule("misconduct.essay_mill", CAT, _ESSAY_MILL + _MILL_SHOPPING,
                 none_of=(r"\b(?:dissertation|research|essay|study|article|paper|report|project|thesis|talk|seminar)\s+(?:is\s+|was\s+|'s\s+)?(?:on|about|into)\s+(?:\w+\s+){0,4}(?:essay\s+mills|contract\s+cheating|ghost\s?-?writ\w+|academic\s+(?:integrity|misconduct))\b", r"\b(?:report(?:ed)?\s+(?:them|it|this|these|the\s+(?:account|ads?|posts?))|(?:are|is)\s+(?:now\s+)?(?:illegal|banned|scams?)|don't\s+(?:use|fall|pay|buy)|never\s+(?:use|pay|buy)|avoid|scam\s+alert|warning|beware|watch\s+out|academic\s+integrity)\b",)),
            Rule("misconduct.request_answers", CAT, _TEXT_ME,
                 near=(Near(SITTING + r"|\b(?:rn|right\s+now|mid[- ]?(?:exam|test|quiz)|time\s+left|mins?\s+left|minutes\s+left|exam\s+hall|sports\s+hall|invigilat\w+)\b|\b\d{1,2}\s*\(?[a-h]\)?(?!\w)|\b(?:q|question|part)\s*\d", 120),),
                 none_of=(_OFFICIAL,)),
            Rule("misconduct.request_answers", CAT, _STUCK_DURING, near=(Near(_IN_IT_NOW, 120),), all_of=(_ASKING,), none_of=(_OFFICIAL,)),
            Rule("misconduct.tip_off", CAT, _TIP_OFFER,
                 near=(Near(SITTING + r"|\b(?:later|afternoon|tomorrow|tmrw|next\s+(?:sitting|group|week)|sitting|resit)\b", 120),),
                 none_of=(_OFFICIAL,)),
            Rule("misconduct.collusion", CAT, _HELP_EACH_OTHER, near=(Near(SITTING, 120),),
                 none_of=(_OFFICIAL, r"\b(?:revis\w*|before\s+the|prep\w*|study|studying|after\s+the|emotionally|stress|anxiety|moving\s+in|group\s+project)\b")),
            Rule("misconduct.collusion", CAT, _SPLIT,
                 near=(Near(SITTING + r"|\b(?:online\s+assessment|coursework|assignment|cw\s?\d|phase\s+test)\b", 120),),
                 none_of=(_OFFICIAL, r"\b(?:group\s+(?:project|work|assignment|presentation|report)|revis\w+|flashcards|after\s+the\s+(?:exam|test|quiz)|presentation|seminar)\b")),
            Rule("misconduct.tip_off", CAT, _TIP_SAME, all_of=(_STILL_TO_SIT,),
                 none_of=(r"\b(?:format|structure|layout|length|number\s+of\s+questions|marking\s+criteria|rules|word\s+count|time\s+limit)\b",),
                 near=(Near(r"\b(?:q|question|section|part)\s*\d|\bquestions?\b|\bpaper\b|\bsection\s+[a-d]\b|\banswers?\b|\btopics?\b|\btitles?\b|\bpractical\b|\bessay\b", 120),)),
            Rule("misconduct.tip_off", CAT, _LATER_GROUP, all_of=(_DESCRIBED,),
                 near=(Near(SITTING + r"|\bstations?\b|\bpractical\b|\bviva\b|\bpresentation\b|\bseminar\b|\bscenarios?\b|\bcases?\b|\boral\b|\bspotter\b|\bsame\s+(?:[\w-]+\s+)?as\s+ours\b", 200),),
                 none_of=(_OFFICIAL, r"\b(?:format|structure|layout|word\s+count|time\s+limit|rules|venue|room\s+change|moved\s+to)\b")),
            Rule("misconduct.tip_off", CAT, _EARLIER_SITTING, near=(Near(_WHAT_CAME, 120),),
                 none_of=(r"\b(?:format|structure|layout|how\s+long|word\s+count|time\s+limit|rules|calculators?|allowed|room|venue|where\s+is|which\s+room|hard|difficult|go|went)\b(?!\s+(?:up|on))",)),
            Rule("misconduct.evasion", CAT, _DETECTOR_BEATEN, near=(Near(_TRICK, 120),),
                 none_of=(r"\b(?:report(?:ed)?\s+(?:them|it|this)|don't\s+(?:try|bother)|warning|beware|false\s+(?:positive|flag)|unfairly|appeal\w*)\b",)),
            Rule("misconduct.evasion", CAT, _EVASION,
                 none_of=(r"\b(?:report(?:ed)?\s+(?:them|it|this)|don't\s+(?:try|bother)|warning|beware|banned|not\s+allowed|isn't\s+allowed|prohibited|absolutely\s+not)\b",)),
            Rule("misconduct.tip_off", CAT, _TIP_OFF,
                 none_of=(r"\b(?:format|structure|layout|length|number\s+of\s+questions|marking\s+criteria|rules|word\s+count|time\s+limit|good\s+luck)\b",),
                 near=(Near(r"\b(?:q|question)\s*\d|\bquestions?\b|\blearn\b|\brevise\b|\banswers?\b|\btitrations?\b|\bpractical\b|\bis\s+the\s+\w+\s+one\b|\bis\s+the\s+one\s+(?:about|on|with|where)\b|\bprep\b|\bit'?s\s+(?:all\s+)?(?:about|on)\b|\bis\s+(?:all\s+)?about\b|\baudio\b|\bcomes?\s+up\b|\bcame\s+up\b|\bit'?s\s+on\b|\bis\s+on\b|👀|\bsame\b|\bhint\b|\bwas\s+about\b", 120),)),
            Rule("misconduct.collusion", CAT, _BORROW,
                 near=(Near(r"\b(?:essay|report|assignment|coursework|dissertation|code|answers|lab\s+report|portfolio|2:1|first|\d{2}\s*%|marked|graded)\b", 120),)),
            Rule("misconduct.collusion", CAT, _TOGETHER[:1],
                 none_of=(r"\b(?:group\s+(?:project|work|assignment|presentation|report)|revis\w+|past\s+papers?|textbook|practice|mock|flashcards)\b",)),
            Rule("misconduct.collusion", CAT, _TOGETHER,
                 near=(Near(r"\b(?:quiz|test|exam|assessment|coursework|assignment|cw\s?\d|phase\s+test)\b", 120),),
                 none_of=(r"\b(?:group\s+(?:project|work|assignment|presentation|report)|revis\w+|past\s+papers?|textbook|practice|mock|flashcards|after\s+the\s+(?:exam|test|quiz))\b",)),
            Rule("misconduct.collusion", CAT, _COLLUSION,
                 none_of=(r"\b(?:group\s+(?:project|work|assignment|presentation|report)|revision|past\s+papers?|textbook|practice|mock)\b",)),
            Rule("misconduct.collusion", CAT, _COLLUSION_GEN_MORE, none_of=(_OFFICIAL,)),
            Rule("misconduct.collusion", CAT, _COPY_WHAT_YOU_NEED, near=(Near(_COURSEWORK_CUE, 140),), none_of=(_OFFICIAL, r"\b(?:notes|recipe|template|cv|slides\s+from\s+the\s+lecture|past\s+papers?)\b"), extend=True),
            Rule("misconduct.collusion", CAT, _COLLUSION_GEN,
                 none_of=(r"\b(?:group\s+(?:project|work|assignment|presentation|report)|revision|past\s+papers?|textbook|practice|mock|is\s+it\s+(?:allowed|ok|okay)|are\s+we\s+allowed|can\s+we)\b",)),
            Rule("misconduct.collusion", CAT, _NEVER_KNOW, near=(Near(_NEVER_KNOW_WORK, 120),),
                 none_of=(_OFFICIAL, r"\b(?:group\s+(?:project|work|assignment|presentation|report)|my\s+own\s+work|late|extension|hungover|skipped|bunked|overslept)\b",)),
            Rule("misconduct.request_answers", CAT, _STUCK_ON, near=(Near(SITTING + r"|\b(?:rn|right\s+now|now|live|open|timed|mins?\s+left|minutes\s+left)\b", 120),), all_of=(_ASKING,), none_of=(_OFFICIAL, r"\b(?:problem\s+sheet|worksheet|homework|tutorial|textbook|exercise)\b")),
            Rule("misconduct.collusion", CAT, _LIVE_CALL, none_of=(_OFFICIAL, r"\b(?:after|before)\s+(?:the|tomorrow's|today's)\s+(?:[\w-]+\s+){0,2}(?:exam|test|quiz|assessment)\b|\brevis\w+")),
            Rule("misconduct.evasion", CAT, _PROCTOR, near=(Near(_PROCTOR_TRICK, 120),),
                 none_of=(r"\b(?:report(?:ed)?\s+(?:them|it|this)|warning|beware|false\s+(?:positive|flag)|accessibility|reasonable\s+adjustments?|disability|privacy\s+(?:concerns?|policy)|data\s+protection)\b",)),
            Rule("misconduct.tip_off", CAT, _RELAYED_TIP, none_of=(_OFFICIAL, r"\b(?:format|structure|layout|word\s+count|time\s+limit|rules|venue|room|hard|difficult|easy|long|went\s+well)\b(?!\s+(?:up|on))")),
            Rule("misconduct.request_answers", CAT, _WHAT_ANSWER, near=(Near(SITTING, 120), Near(_LIVE_NOW, 120)), all_of=(_ASKING + r"|\bquick\b",),
                 none_of=(_OFFICIAL, r"\b(?:after\s+(?:the\s+)?(?:exam|test|quiz|results)|results?\s+(?:are\s+)?out|mark\s+scheme|feedback|revision|practice|past\s+papers?|last\s+year's)\b")),
            Rule("misconduct.essay_mill", CAT, _OFFER_WRITE, near=(Near(_PRICE + r"|\bno\s+one\s+will\s+know|\bnobody\s+will\s+know|\bi've\s+done\s+loads|\bfor\s+(?:you|u|anyone)\b", 100),),
                 none_of=(_OFFICIAL, r"\b(?:proofread\w*|feedback\s+on|check\s+(?:it|your)|plan|structure\s+(?:it|your)|help\s+(?:you\s+)?(?:plan|structure|understand))\b(?![^.\n]{0,40}\b(?:rewrit|write\s+it|do\s+it))")),
            Rule("misconduct.evasion", CAT, _REWORD_TRICK, near=(Near(_SIMILARITY + r"|\bscore\s+drops?|\bdrops?\s+(?:right\s+)?down|\bwon't\s+(?:flag|notice|catch)|\bundetect\w*", 120),),
                 none_of=(r"\b(?:report(?:ed)?\s+(?:them|it|this)|don't\s+(?:try|bother)|warning|beware|banned|not\s+allowed|academic\s+(?:integrity|misconduct)\s+(?:policy|guidance|workshop)|vocabulary|for\s+(?:my|your)\s+own\s+writing)\b",)),
            Rule("misconduct.tip_off", CAT, _FOR_LATER_LOT, near=(Near(_TIP_CONTENT, 120), Near(SITTING + r"|\bstations?\b|\bpractical\b|\boral\b|\bspotter\b|\bviva\b|\bsitting\b", 160)),
                 none_of=(_OFFICIAL, r"\b(?:format|structure|layout|word\s+count|time\s+limit|rules|venue|room\s+change|moved\s+to|good\s+luck\s+(?:to\s+)?(?:the|all))\b(?![^.\n]{0,40}\b(?:stations?|questions?|topics?))")),
            Rule("misconduct.request_answers", CAT, _CHEAT_KIT, near=(Near(SITTING + r"|\bexam\s+hall\b|\binvigilat\w+", 140),),
                 none_of=(_OFFICIAL, r"\b(?:banned|not\s+allowed|isn't\s+allowed|prohibited|confiscated|caught\s+(?:someone|a\s+guy|a\s+girl|people)|got\s+caught|reported)\b")),
            Rule("misconduct.tip_off", CAT, _KEPT_PAPER, near=(Near(r"\b(?:resit|re-sit|retake|dm|later|next|sitting|send|share|january|may|august|afternoon|tomorrow)\b", 120),),
                 none_of=(_OFFICIAL, r"\b(?:official(?:ly)?|on\s+(?:blackboard|moodle|the\s+vle)|past\s+papers?\s+(?:are|is)\s+(?:on|up))\b")),
            Rule("misconduct.essay_mill", CAT, _PAY_SOMEONE, none_of=(_OFFICIAL, r"\b(?:don't|never|avoid|scam|report(?:ed)?|tutor\s+to\s+(?:explain|teach|help\s+me\s+understand))\b")),
            Rule("misconduct.collusion", CAT, _REUSE, near=(Near(r"\b(?:code|cw\s?\d|coursework|assignment|essay|report|lab|answers|submission|project|homework|program)\b", 120),),
                 none_of=(_OFFICIAL, r"\b(?:open\s+source|library|package|my\s+own\s+project|refactor\w*|clean\s+code|best\s+practice|group\s+(?:project|work|assignment))\b")),
            Rule("misconduct.request_answers", CAT, _SCREENSHOT_ANSWERS,
                 near=(Near(SITTING + r"|\b(?:open|live|done\s+it|finished|24\s?h(?:ours?|rs)?|window|submitted|coursework|assignment|cw\s?\d)\b", 140),),
                 none_of=(_OFFICIAL, r"\b(?:after\s+(?:results|marks|it's\s+marked|grading|feedback)|once\s+(?:marked|graded|results))\b")),
        )

    def detect(self, text: str, ctx: DraftContext) -> list[Detection]:
        found = run_rules(self._rules, text, ctx)
        # A tip-off that gives away what is on the paper passes on the
        # questions themselves: assessment material as well (LABELLING.md:
        # "exam or test questions (also after the exam: other sittings ...)").
        if (ctx.role or "student") == "student" and any(d.rule == "misconduct.tip_off" for d in found):
            m = _QUESTION_GIVEN.search(text)
            if m is not None:
                found.append(Detection("assessment.exam_questions", "assessment_material", m.start(), m.end(), 0.7))
        return found
