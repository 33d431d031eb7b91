"""Posting as someone else (DMU 4.5, 5.2; staff code; Northampton 7.16).

Fake or parody accounts in a real private person's name, using someone's
logged-in account or phone, filling in surveys or forms as other people,
signing someone into a register, and posting on someone's behalf without
their consent. Posting for someone with their consent, warnings about scam
impersonators and parodies of politicians stay quiet.
"""

from __future__ import annotations

from ..types import Detection, DraftContext, Detector
from ._common import Near, Rule, run_rules

CAT = "impersonation"

_PERSON = (r"(?:him|her|them|my\s+\w+|our\s+\w+|the\s+(?:lecturer|tutor|professor|prof|dean|vc|head|module\s+leader|president|landlord|manager|boss)"
           r"|(?-i:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?\s+[A-Z]\w+)|(?-i:[A-Z][a-z]+)|a\s+(?:lecturer|tutor|professor|member\s+of\s+staff|staff\s+member|student|police\s+officer|doctor))")

_POSING = (
    r"\b(?:got|get|getting|asked|had|paid)\s+(?:my\s+\w+|a\s+mate|a\s+friend|someone|somebody|him|her)\s+to\s+(?:pretend\s+to\s+be\s+me|do\s+my\s+voice|be\s+me|pose\s+as\s+me|sit\s+(?:it|my\s+\w+)\s+(?:for|as)\s+me)\b",
    r"\bsign(?:ing|ed)?\s+(?:off\s+)?(?:the\s+\w+\s+|them\s+|it\s+|emails?\s+|messages?\s+)?as\s+(?:her|him|them)\b(?!\s+(?:friend|mate|partner|carer|assistant|colleague|witness|guardian))",
    r"\b(?:fake|parody|spoof|imposter|impostor)\s+(?:su|uni|university|society|soc|club|student\s+union|students'?\s+union|dept|department|faculty|library|college|dmu|course|module|halls|accommodation)\s+(?:account|page|profile|insta|twitter|tiktok|handle|email)\b(?=[^\n]{0,100}\b(?:made|making|set\s+up|created|running|run|i|i'm|i've|we|we're|announc\w+|posting|posted|gonna|going\s+to)\b)",
    r"\bpretend(?:ing|ed|s)?\s+to\s+be\s+" + _PERSON + r"\b",
    r"\b(?:pos(?:e|es|ing|ed)|masquerad\w+)\s+as\s+" + _PERSON + r"\b",
    r"\bimpersonat(?:e|es|ing|ed|ion\s+of)\s+" + _PERSON + r"\b",
    r"(?:\(|\b(?:account|profile|page|handle)\b[^.\n]{0,30}?|@\w+\s*[,(-]?\s*)\s*not\s+(?:actually|really)\s+(?-i:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?\s+[A-Z]\w+|[A-Z][a-z]+\b)",
    r"\b(?:made|set\s+up|created|making|start(?:ed|ing)?|run(?:ning)?)\s+(?:a|an)\s+(?:fake\s+|parody\s+|spoof\s+|troll\s+|new\s+|second\s+)?(?:twitter\s+|insta(?:gram)?\s+|tiktok\s+|facebook\s+|fb\s+|linkedin\s+|snap(?:chat)?\s+|x\s+)?(?:account|profile|page|insta|twitter|tiktok|snap)\s+"
    r"(?:as|pretending\s+to\s+be|with\s+(?:his|her|their|\w+'s)\s+(?:name|photos?|pics?|face)|in\s+(?:his|her|their|\w+'s)\s+name|called\s+@?\w*(?:real|official|dr|prof)\w*)",
    r"\b(?:did|sat|took|done|doing|sitting|taking)\s+my\s+(?:[\w-]+\s+){0,2}(?:exam|test|quiz|assessment)\s+for\s+me\b|\blogged\s+in\s+as\s+(?:me|him|her|them|(?-i:[A-Z][a-z]+))\b",
    r"\b(?:sent|sending|send|wrote|writing|replied|replying|posted|posting)\s+(?:an?\s+)?(?:email|message|text|dm|post|tweet|reply)s?\s+as\s+(?:him|her|them|(?-i:[A-Z][a-z]+))\b",
    r"@\w*(?:official|real|thereal|dr|prof)\w*\s*\(\s*not\s+(?:actually|really|the\s+real)\b",
    r"\b(?:account|profile|page|insta(?:gram)?|ig|twitter|tiktok|snap(?:chat)?|facebook|fb|linkedin|x\s+account|discord|whatsapp|tinder|hinge|bumble|grindr|dating\s+(?:profile|app\s+profile))\s+(?:with|using|under)\s+(?:my\s+\w+'s|his|her|their|our\s+\w+'s|(?-i:[A-Z][a-z]+)'s|[\w']+'s)\s+(?:name|photos?|pics?|face|pictures?|selfies?)\b",
    r"\b(?:set\s+up|made|created|making|started)\s+(?:a|an)\s+(?:fake\s+)?(?:linkedin|insta(?:gram)?|twitter|tiktok|facebook|snap(?:chat)?|account|profile|page)\s+(?:for|of|as)\s+(?:my|our|the|a)\s+\w+\s+(?:with|using)\s+(?:his|her|their)\s+(?:real\s+)?(?:name|photos?|pics?|face)",
    r"\blogged\s+in(?:to)?\s+(?:[\w']+\s+){0,3}as\s+(?:the\s+)?(?:president|treasurer|chair|secretary|captain|lecturer|tutor|admin|him|her|them|(?-i:[A-Z][a-z]+))\b",
    r"\blogged\s+(?:in|on)(?:to)?\s+(?:[\w']+\s+){0,3}as\s+(?:my|our|the)\s+(?:[\w-]+\s+)?(?:colleague|manager|boss|flatmate|housemate|roommate|mate|friend|tutor|lecturer|sister|brother|mum|mom|dad|supervisor|head|director|president|treasurer|admin|partner|girlfriend|boyfriend|coworker|co-worker)\b",
    r"\bsign(?:ed|ing)?\s+(?:it\s+|them\s+|off\s+|the\s+[\w-]+\s+|my\s+[\w-]+\s+)?as\s+(?:my|our|the|his|her)\s+(?:[\w-]+\s+)?(?:manager|boss|tutor|lecturer|supervisor|teacher|head|dean|mum|mom|dad|parents?|doctor|gp|landlord|employer|referee|coach|line\s+manager)\b",
    r"\b(?:fake|forged|made[- ]up|faked|forging|forge)\s+(?:a\s+|an\s+|the\s+)?(?:reference|sick\s+note|doctor'?s\s+note|fit\s+note|letter|signature|consent\s+form|permission\s+slip)\b[^.\n]{0,60}\b(?:as|from|signed|in\s+the\s+name\s+of)\s+(?:my|our|the|his|her)\b",
    r"\b(?:replied|replying|answered|answering|messaged|messaging|texted|texting|posted|posting|chatted|chatting)\b[^.\n]{0,50}\bas\s+(?:her|him|them)\b(?!\s+(?:friend|mate|partner|carer))",
    r"\b(?:got|took|borrowed|used|using|nicked)\s+(?:my\s+\w+'s|her|his|[\w']+'s)\s+(?:student\s+|staff\s+|gym\s+|id\s+|bank\s+|uni\s+)?(?:card|id|pass|login|ticket)\b[^.\n]{0,60}\bas\s+(?:her|him|them)\b",
    r"\b(?:posting|tweeting|replying|messaging|commenting|posted|tweeted)\s+as\s+(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+)?(?:captain|president|chair|treasurer|secretary|coach|lecturer|tutor|dean|vc|head|manager|boss|him|her)\b(?=[^\n]{0,80}\b(?:since|while|because|cos|forgot|doesn't\s+know|don't\s+tell|never\s+agreed|didn't\s+agree|without\s+(?:asking|permission)|lol|lmao)\b|[^\n]{0,80}[😂🤣😈🤫])",
    r"\bsign(?:ed|ing)?\s+(?:it|them)\s+as\s+(?:my|our|the|his|her)\s+\w+\b|\b(?:write|wrote|writing)\s+my\s+own\s+reference\b[^.\n]{0,60}\b(?:sign|as\s+(?:my|her|him)|never\s+check|won't\s+check)",
    r"\bcatfish(?:ing|ed)\s+(?:my|her|him|them|people|someone|guys|girls|(?-i:[A-Z][a-z]+))\b",
    r"\b(?:using|used|use)\s+(?:my\s+\w+'s|her|his|their|[\w']+'s)\s+(?:student\s+|staff\s+|uni\s+)?(?:card|id|pass|login)\s+to\s+(?:sit|take|do|get\s+into|enter|attend|sign)\b",
    r"\b(?:email(?:\s+address)?|account|profile|page|number|card)\s+in\s+(?:my\s+\w+'s|his|her|their|[\w']+'s)\s+name\b",
    r"\bposted\s+(?:a\s+)?fake\s+(?:announcement|post|statement|message|notice)\b",
    r"\bsign(?:ed|ing)?\s+(?:it\s+|them\s+|off\s+)?(?:with\s+|as\s+|in\s+)?(?:his|her|their|(?-i:[A-Z][a-z]+)'s)\s+name\b",
    r"\bsign(?:ed|ing)?\s+(?:my|our)\s+(?:[\w-]+\s+)?(?:colleague|manager|boss|supervisor|tutor|lecturer|mum|mom|dad|parent|flatmate|housemate|friend|mate|sister|brother|partner|landlord|doctor)'s\s+(?:name|signature|initials)\b",
    r"@\w{3,}\s*,?\s*(?:\(|-|–)?\s*not\s+(?:actually|really)\s+(?:him|her|them|the\s+real\s+\w+)\b",
    r"\b(?:i'll|i\s+will|i\s+can|let\s+me)\s+(?:pretend\s+to\s+be|be)\s+(?:you|him|her)\s+(?:on|in|for)\s+(?:the\s+)?(?:call|teams|zoom|exam|test|interview|meeting|phone|viva)\b",
)

# Accounts made in a real person's name, their title or role spelled out.
_ACCOUNT_FOR_PERSON = (
    r"\b(?:made|set\s+up|created|making|make|start(?:ed|ing)?|open(?:ed|ing)?|run(?:ning)?|registered)\s+(?:a|an|this|the)\s+(?:new\s+|fake\s+|second\s+|pretend\s+)?(?:linkedin|insta(?:gram)?|twitter|x|tiktok|facebook|fb|snap(?:chat)?|threads|bluesky|discord|reddit|tinder|hinge|bumble|email|gmail|outlook|whatsapp|telegram)?\s*(?:account|profile|page|handle|acc)?\s*(?:for|as|of|in\s+the\s+name\s+of|pretending\s+to\s+be|posing\s+as)\s+['\"]?(?-i:(?:Dr|Prof|Professor|Dean|Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Miss)\.?\s+[A-Z][a-z]+)",
    r"\b(?:made|set\s+up|created|making|start(?:ed|ing)?|run(?:ning)?)\s+(?:a|an)\s+(?:new\s+|fake\s+)?(?:linkedin|insta(?:gram)?|twitter|x|tiktok|facebook|fb|snap(?:chat)?|email|gmail)?\s*(?:account|profile|page|handle)?\s*(?:for|as|of)\s+(?:the|our|my)\s+(?:head\s+of\s+\w+|dean|vice[- ]chancellor|vc|pro[- ]vice[- ]chancellor|lecturer|tutor|module\s+leader|course\s+leader|programme\s+leader|su\s+president|president|landlord|manager|boss|principal|head(?:teacher)?)\b",
)
_AS_THEM = (r"\b(?:accepting|accepted|approving|adding|replying|messaging|dming|posting|sending|announc\w+|requests?|followers|connections?|believ\w+|fooled|reply|replied|dm|messages?|posted|pretend\w*|lol|lmao|😂|🤣|😈|🤫|💀)\b|😂|🤣|😈|🤫|💀")

# Using someone else's name or record for an application or an entry.
# "sit it for him" next to an exam and someone's card: sitting an exam as them.
_SIT_FOR_THEM = (
    r"\b(?:sit|sat|sitting|take|took|taking)\s+it\s+for\s+(?:him|her|them)\b",
)

_IDENTITY_USE = (
    r"\b(?:did|sat|took|doing|sitting|taking|do|sit|take)\s+(?:my\s+\w+'s|his|her|their|[\w']+'s)\s+(?:[\w-]+\s+){0,3}(?:exam|test|quiz|assessment|viva|interview|theory\s+test|driving\s+test|online\s+test)\s+for\s+(?:him|her|them)\b",
    r"\b(?:i'll|i\s+will|i\s+can|i\s+could|happy\s+to)\s+(?:sit|take|do)\s+(?:it|the\s+(?:[\w-]+\s+){0,2}(?:exam|test|quiz|interview))\s+(?:for\s+(?:you|him|her|them)|as\s+(?:you|him|her|them))\b(?=[^\n]{0,80}(?:£|\$|no\s*one|nobody|won't\s+(?:know|notice|check)|look\s+alike|same\s+hair|id|😉|🤫))",
    r"\b(?:appl(?:y|ied|ying)|application|sign(?:ed|ing)?\s+up|register(?:ed|ing)?\s+for|enrol(?:led|ling)?|entered|entering|submit(?:ted|ting)?|booked\s+(?:an?\s+|my\s+|the\s+)?(?:[\w-]+\s+)?(?:exam|test|interview)|interview(?:ed)?)\b[^.\n]{0,60}?\b(?:using|with|under|in)\s+(?:my\s+\w+'s|his|her|their|(?-i:[A-Z][a-z]+)'s|[a-z]+'s|someone\s+else's|other\s+people's)\s+(?:(?:full\s+|real\s+)?name|identity|details|transcript|grades|results|cv|student\s+(?:id|number|card)|id|passport|ucas|login|credentials)\b",
    r"\bpretend(?:ing|ed)?\s+(?:to\s+be|i\s+(?:was|am)|i'm)\s+(?:my|her|his|their)\s+(?:sister|brother|mum|mom|dad|cousin|flatmate|housemate|mate|friend|twin|boyfriend|girlfriend|bf|gf|partner)\b(?!')(?![^.\n]{0,40}\b(?:play|panto|pantomime|skit|sketch|game|halloween|costume|drama|film|video\s+game))",
)

_FORMS = (
    r"\b(?:attendance|register|sign[- ]in)\s+(?:qr\s+)?(?:code|link|qr|password|pin)\b[^.\n]{0,60}\b(?:group\s?chat|gc|whole\s+(?:class|course|group|year)|everyone|people\s+(?:who|that)\s+(?:aren't|weren't|are\s+not|skipped|didn't)|those\s+not\s+there)\b",
    r"\b(?:so|and)\s+(?:everyone|they\s+all|the\s+whole\s+\w+|all\s+of\s+(?:us|them)|my\s+mates)\s+(?:gets?|got|are|were|is)\s+marked\s+(?:as\s+)?(?:present|here|attending|in)\b",
    r"\b(?:fill(?:ing|ed|s)?\s+(?:in|out)|submit(?:ting|ted|s)?|do(?:ing)?|complet(?:e|ing|ed)|vot(?:e|ing|ed)|sign(?:ing|ed)?|answer(?:ing|ed)?)\s+(?:in\s+|on\s+|for\s+)?(?:the\s+|their\s+|his\s+|her\s+|a\s+|this\s+|my\s+)?(?:[\w']+\s+){0,2}"
    r"(?:survey|form|poll|questionnaire|nss|register|attendance|ballot|vote|evaluation|feedback|petition|quiz|application|elections?)s?\s+"
    r"(?:as|under|in\s+the\s+name\s+of|using\s+(?:his|her|their|\w+'s)\s+(?:login|details|account|email|id))\s+(?:(?-i:[A-Z][a-z]+)|him|her|them|everyone|all\s+(?:[\w-]+\s+){0,3}(?:members|students|people|of\s+them|flatmates|housemates|mates|friends|reps)|(?:the\s+)?(?:whole|entire)\s+(?:[\w-]+\s+)?(?:flat|house|team|committee|class|course|group|society)|each\s+of\s+(?:them|my\s+\w+)|my\s+(?:mates|friends|flatmates|housemates|whole)|other\s+people|\w+\s+people)",
    r"\b(?:sign(?:ing|ed)?|scan(?:ning|ned)?|tap(?:ping|ped)?)\s+(?:you|him|her|them|(?-i:[A-Z][a-z]+)|my\s+mates?|everyone|the\s+whole\s+(?:[\w-]+\s+)?(?:team|squad|flat|house|class|group|crew|lot|corridor|table)|all\s+(?:my\s+|the\s+)?(?:mates|friends|flatmates|housemates|lads|girls|boys|others)|half\s+(?:the|my|our)\s+\w+|the\s+(?:lads|girls|boys|others|rest))\s+in\s+(?:for|at|to)\s+(?:the\s+)?(?:\d+\s*(?:am|pm)\s+)?(?:lecture|seminar|register|class|tutorial|lab|attendance|workshop|\d{1,2}\s*(?:am|pm)\b)",
    r"\b(?:sign(?:ing|ed|s)?|fill(?:ed|ing|s)?\s+(?:in|out))\s+(?:the\s+)?(?:attendance|register|sign[- ]in)\s*(?:sheet|list|register|form)?\s+for\s+(?:the\s+whole|my|them|everyone|him|her|(?-i:[A-Z][a-z]+)|people|others)\b",
    r"\b(?:sign|scan|tap)\s+(?:me|us)\s+in\s+(?:for|at|to)\s+(?:the\s+)?(?:\d+\s*(?:am|pm)\s+)?(?:lecture|seminar|register|class|tutorial|lab|workshop)",
    # "signed in on behalf of my mate for the 9am register"
    r"\b(?:sign(?:ing|ed|s)?|scan(?:ning|ned)?|tap(?:ping|ped)?)\s+(?:in|on)\s+(?:on\s+behalf\s+of|for)\s+(?:my\s+\w+|him|her|them|(?-i:[A-Z][a-z]+)|a\s+mate|a\s+friend|everyone|people|others)\b[^.\n]{0,40}\b(?:register|attendance|lecture|seminar|class|tutorial|lab|workshop|9am|\d+\s*(?:am|pm))\b",
    r"\b(?:fill(?:ing|ed|s)?\s+(?:in|out)|do(?:ing)?|did|complet(?:e|ing|ed)|submit(?:ting|ted)?|cast(?:ing)?)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,3}(?:survey|nss|questionnaire|poll|ballot|evaluations?|feedback\s+forms?|votes?|voting\s+forms?|elections?|forms?|sign[- ]up\s+sheet)s?\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+whole\s+(?:flat|house|floor|corridor|team|squad|class|course|group|cohort|block)|my\s+whole\s+\w+|all\s+(?:my|of\s+my)\s+\w+|everyone\s+(?:in|on)\s+(?:my|the)\s+\w+|all\s+of\s+them|them\s+all|my\s+(?:flat|house|flatmates|housemates|mates|friends|teammates|squad|coursemates|course\s*mates))\b(?!\s+(?:to\s+(?:see|read|use)|so\s+they\s+can))",
    # "filled in the module evaluation for the three students who never responded"
    r"\b(?:fill(?:ing|ed|s)?\s+(?:in|out)|do(?:ing)?|did|complet(?:e|ing|ed)|submit(?:ting|ted)?)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,3}(?:survey|nss|questionnaire|poll|ballot|evaluations?|feedback\s+forms?|forms?)s?\s+for\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+couple\s+of|the\s+rest\s+of\s+the|all\s+the)\s+(?:[\w-]+\s+)?(?!(?:weeks|days|months|years|hours|minutes|times|modules|units|terms|semesters|sessions|questions|sections|pages|items)\b)(?:[a-z-]+s|staff|people)(?:\s+(?:on|in|from|at)\s+(?:my|the|our|his|her)\s+[\w-]+)?\s+(?:who|that)\s+(?!(?:asked|wanted|requested|can't|couldn't|cannot)\b)",
    r"\b(?:vot(?:e|ed|ing)|fill(?:ed|ing)?\s+(?:it|them)\s+(?:in|out))\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+whole\s+(?:flat|house|floor|team|class|course|group)|all\s+(?:my|of\s+my)\s+(?:flatmates|housemates|mates|friends|coursemates)|my\s+(?:flatmates|housemates))\b[^.\n]{0,60}\b(?:lazy|don't\s+know|doesn't\s+know|won't\s+know|didn't\s+ask|without|obvs|lol|😂|🤫|😈|since\s+they|cos\s+they|because\s+they)",
    r"\b(?:fill(?:ing|ed|s)?\s+(?:in|out)|do(?:ing)?|did|complet(?:e|ing|ed)|submit(?:ting|ted)?)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:survey|nss|questionnaire|poll|ballot|evaluations?|feedback\s+forms?)\s+for\s+(?:my\s+(?:flatmates|housemates|mates|friends|whole\s+\w+|course\s*mates)|them\s+all|everyone\s+in\s+my|(?:half|most|all|the\s+rest)\s+(?:of\s+)?my\s+\w+)\b",
    r"\b(?:gave|give|given)\s+me\s+their\s+(?:logins?|passwords?|login\s+details|accounts?)\b",
    r"\b(?:\d+|multiple|several|ten|five|three|four|loads\s+of)\s+times\s+(?:as|under|with)\s+(?:different|other|fake|made[- ]up|random)\s+(?:people|names|accounts|emails|identities)\b|\bas\s+different\s+people\b",
    r"\b(?:vot(?:e|ed|ing)|fill(?:ed|ing)?\s+(?:in|out)|submit\w*|sign\w*|complet\w+|answer\w*|did|do(?:ing)?)\b[^.\n]{0,60}\b(?:with|using)\s+(?:my\s+\w+(?:s'|'s)|their|other\s+people's|someone\s+else's|\w+'s)\s+(?:student\s+|uni\s+)?(?:logins?|accounts?|details|ids?|emails?)\b",
    r"\b(?:\d+|ten|five|multiple|several)\s+times\s+in\s+the\s+(?:\w+\s+)?(?:election|vote|poll|survey|ballot)\b",
    r"\b(?:made[- ]up|fake|false|random|invented)\s+names\b[^.\n]{0,60}\b(?:survey|poll|form|vote|ballot|questionnaire|petition|nss|election)|\b(?:survey|poll|form|vote|ballot|questionnaire|petition|nss|election)\b[^.\n]{0,60}\b(?:made[- ]up|fake|false|random|invented)\s+names\b",
    r"\b(?:\d+|multiple|loads\s+of|several|dozens\s+of|ten|twenty)\s+(?:responses|entries|votes|submissions|forms)\s+(?:to|on|in|for)\s+(?:the\s+)?(?:\w+\s+)?(?:survey|poll|form|vote|ballot|questionnaire|petition|nss|election)\b",
    r"\b(?:survey|form|poll|nss|questionnaire)\b[^.\n]{0,60}\bas\s+(?-i:[A-Z][a-z]+)(?:\s+and\s+(?-i:[A-Z][a-z]+))?\s+(?:too|as\s+well|also)\b",
)

_ACCOUNT_USE = (
    r"\b(?:she's|he's|they're|(?:my|our)\s+\w+'s|(?:my|our)\s+\w+\s+is|(?-i:[A-Z][a-z]+)'s)\s+(?:still\s+)?(?:logged|signed)\s+(?:in|into|on|onto)\b",
    r"\b(?:log(?:ging)?\s+(?:into|onto|in\s+to|in\s+as)|took\s+over|hijacked|commandeered|using|used|use|from|borrowed|nicked|stole|logged\s+(?:into|onto|in\s+to|in\s+as|on\s+to)|hacked|hacking|got\s+(?:into|onto)|went\s+on|go\s+on|going\s+on)\s+(?!(?:to|yester)day's|tonight's|tomorrow's|last\s+week's|this\s+week's|(?:mon|tues|wednes|thurs|fri|satur|sun)day's)(?:my\s+\w+'s|his|her|their|(?-i:[A-Z][a-z]+)'s|[a-z]+'s)\s+(?:uni\s+|work\s+|student\s+|school\s+|personal\s+)?(?:phone|account|instagram|insta|ig|twitter|snap|snapchat|facebook|fb|tiktok|laptop|login|profile|email|whatsapp|teams|linkedin|blackboard|moodle|canvas|portal|uni\s+account|outlook|tinder|hinge|bumble|grindr|discord|inbox|mailbox|email\s+account|work\s+phone|work\s+email|work\s+account)\b",
    r"\b(?:she|he|they|(?-i:[A-Z][a-z]+))\s+left\s+(?:her|his|their)\s+(?:phone|laptop|account|insta|twitter|facebook|fb|snap|tiktok|email|teams|pc|computer)\s+(?:unlocked|logged\s+in|open|on\s+the\s+table)",
    r"\b(?:she|he|they|(?-i:[A-Z][a-z]+)|my\s+\w+|(?:(?:the|our)\s+)?(?:flatmate|housemate|roommate|mate|lecturer|tutor|boss|manager|president|captain|sister|brother|\w+mate))\s+(?:had\s+)?left\s+(?:(?:her|his|their|the)\s+)?(?:phone|laptop|account|insta(?:gram)?|twitter|facebook|fb|snap(?:chat)?|tiktok|email|outlook|teams|pc|computer|mac|macbook|ipad|tablet|whatsapp(?:\s+web)?|discord|messenger|linkedin)\s+(?:unlocked|logged\s+in|signed\s+in|open|up|on)\b",
    r"\b(?:replying|texting|messaging|posting|tweeting|swiping|chatting|answering|reading|sending|going\s+through)\b[^.\n]{0,40}\bon\s+(?:her|his|their|my\s+\w+'s)\s+(?:phone|account|insta|snap|tinder|hinge|bumble|grindr|twitter|facebook|whatsapp)\b",
    r"\b(?:posted|posting|tweeted|tweeting|wrote|writing|put\s+(?:a\s+)?(?:post|status))\s+(?:\w+\s+)?(?:on|from)\s+(?:my\s+\w+'s|his|her|their|(?-i:[A-Z][a-z]+)'s|[a-z]+'s)\s+(?:phone|account|instagram|insta|ig|twitter|snap|facebook|fb|tiktok|page|wall|story|linkedin)\b",
    r"\bthis\s+is\s+(?-i:[A-Z][a-z]+)\s+(?:on|posting\s+(?:on|from)|using)\s+(?-i:[A-Z][a-z]+)'s\s+(?:phone|account|insta|twitter|page)",
)
_ACCOUNT_POST = (r"\b(?:download\w*|access\w*|haven't\s+asked|didn't\s+ask|without\s+asking|do(?:ing)?\s+(?:her|his|their)\s+(?:quizzes|tests|work|homework|assignments?|coursework|exams?)|submit(?:ted|ting)?|vot(?:ed|ing)|post(?:ing|ed)?|tweet(?:ing|ed)?|text(?:ing|ed)?|messag(?:ing|ed)|send(?:ing)?|sent|repl(?:y|ying|ied)|dm(?:ing|ed|'d)?|chang(?:ing|ed)\s+(?:her|his|their)\s+(?:bio|pfp|name|status)"
                 r"|updat(?:ing|ed)\s+(?:her|his|their)|while\s+(?:she|he|they)|whilst\s+(?:she|he|they)|when\s+(?:she|he|they)|before\s+(?:she|he|they)|lol|lmao|😂|🤣|😈|🤫|👀)\b|😂|🤣|😈|🤫|👀")

_ON_BEHALF = (
    r"\b(?:posting|writing|tweeting|messaging|replying|answering|texting|emailing|posted|wrote|tweeted|messaged|replied|answered|texted|emailed)\s+(?:this\s+)?(?:for|on\s+behalf\s+of|as)\s+(?:my\s+\w+|him|her|them|(?-i:[A-Z][a-z]+))\b",
)
_NO_CONSENT = (r"\b(?:(?:she|he|they)\s+)?(?:doesn't|don't|didn't|won't|does\s+not)\s+(?:even\s+)?(?:know|mind|care)\b|\bwithout\s+(?:asking|(?:her|his|their|them|him)\s+(?:permission|consent|knowing|knowledge))"
               r"|\bhasn't\s+(?:asked|agreed)|\b(?:she'?ll|he'?ll|they'?ll)\s+(?:kill\s+me|be\s+fuming)|\bdon't\s+tell\s+(?:her|him|them)\b|\bsurprise\b|🤫|😈")
_CONSENT = (r"\b(?:asked\s+me\s+to|at\s+(?:her|his|their)\s+request|with\s+(?:her|his|their)\s+(?:permission|consent|blessing|ok)|(?:she|he|they)\s+(?:said|says)\s+(?:it's\s+|its\s+)?(?:fine|ok|okay|yes|go\s+ahead)"
            r"|(?:she|he|they)\s+(?:asked|wanted)\s+me\s+to|(?:on|for)\s+(?:her|his|their)\s+behalf\s+as\s+(?:she|he|they)\s+(?:asked|requested)|(?:she|he|they)\s+(?:can't|cannot|doesn't\s+have)\s+(?:access|get\s+on|post))\b")

_SAFE = (r"\b(?:scam|phishing|be\s+careful|watch\s+out|beware|don't\s+(?:click|reply|respond|fall|send)|report(?:ed)?\s+(?:it|them|the\s+account)|warning|heads\s+up|is\s+impersonating\s+(?:the\s+)?(?:uni|university|it|bank|hmrc))\b"
         r"|\b(?:exchequer|home\s+secretary|foreign\s+secretary|shadow\s+\w+|leader\s+of\s+the\s+(?:opposition|house)|prime\s+minister|the\s+pm|(?:us|american|french|russian)\s+president|president\s+(?:of\s+the\s+(?:us|usa|united\s+states)|biden|trump|macron|putin|zelensky)|politician|\bmp\b|minister|the\s+king|the\s+queen|mayor|governor|senator|councillor|footballer|influencer|celebrit\w+|notthereal\w*|trump|sunak|starmer|biden|farage|boris)\b|\bthe\s+parody\s+account\s+@\w+\s+(?:is|was|has)\b"
         r"|\b(?:roleplay|role[- ]play|cosplay|halloween|costume|fancy\s+dress|school\s+play|(?:in|for)\s+the\s+play|panto(?:mime)?|nativity|skit|improv|drama\s+(?:class|soc|society)|pretend\s+to\s+be\s+(?:a\s+)?(?:dinosaur|cat|dog|pirate))\b")


# A fake or parody account counts when the author runs it; mentioning someone
# else's parody account is not impersonation.
_FAKE_ACCOUNT = (
    r"\b(?:fake|parody|burner|spoof|troll|imposter|impostor|catfish)\s+(?:account|profile|page|insta|ig|twitter|x\s+account|tiktok|facebook|fb|snap|linkedin|tinder|hinge|bumble|grindr|dating\s+profile)\b"
    r"[^.\n]{0,40}\b(?:of|for|as|pretending|called|named|impersonating|posing|with\s+(?:his|her|their|my\s+\w+'s|[\w']+'s)\s+(?:name|photos?|pics?|face))\b",
    r"\b(?:fake|parody|burner|spoof|troll|imposter|impostor|pretend)\s+(?:account|profile|page|insta|ig|twitter|x\s+account|tiktok|facebook|fb|snap|linkedin|handle)\s*[:,(-]?\s*(?:called\s+|named\s+)?@\w{3,}",
)


# Broader constructions: acting "as if I was" someone, accounts in someone's
# name, signing or scanning a register for others, and not-knowing phrasings.
_POSING_MORE = (
    r"\bas\s+(?:if|though)\s+(?:i|we)\s+(?:was|were|am|are)\s+(?:my|our|her|his|their|him|them|the|(?-i:[A-Z][a-z]+))\b",
    r"\b(?:pass(?:ed|ing)?|passes)\s+(?:myself|ourselves|me)\s+off\s+as\s+(?:my|our|her|his|their|him|the|(?-i:[A-Z][a-z]+))\b",
    r"\b(?:account|profile|page|insta(?:gram)?|ig|linkedin|facebook|fb|tinder|hinge|bumble|twitter|tiktok|snap(?:chat)?|email(?:\s+address)?|gmail|discord|reddit)\s+(?:in|under|using|with)\s+(?:my\s+\w+'s|our\s+\w+'s|her|his|their|(?-i:[A-Z][a-z]+)'s|[a-z]+'s)\s+(?:full\s+|real\s+|actual\s+)?name\b",
    r"\b(?:using|used|use|with|under)\s+(?:my\s+\w+'s|our\s+\w+'s|her|his|their|(?-i:[A-Z][a-z]+)'s|[a-z]+'s)\s+(?:full\s+|real\s+)?(?:name|photos?|pics?|face|identity)\s+(?:on|for)\s+(?:a|an|the|my)\s+(?:new\s+|fake\s+)?(?:account|profile|page|insta|linkedin|tinder|hinge|bumble|twitter|tiktok|dating\s+(?:app|profile|site))\b",
)
_POSING_MORE = _POSING_MORE + (
    r"\b(?:told|telling|tell|said|saying|claimed|claiming|convinced|convincing)\s+(?:the\s+\w+|them|him|her|(?-i:[A-Z][a-z]+)|my\s+\w+|everyone)\s+(?:that\s+)?(?:i\s+was|i'm|i\s+am|im|we\s+were|i\s+were)\s+(?:my|her|his|their|our)\s+(?:[\w-]+\s+)?(?:dad|mum|mom|father|mother|brother|sister|flatmate|housemate|roommate|boss|manager|tutor|lecturer|supervisor|friend|mate|partner|wife|husband|parent|landlord|doctor|son|daughter|colleague|cousin|twin)\b(?!')",
    r"\b(?:posted|posting|tweeted|tweeting|wrote|writing|put|putting|shared|sharing|sent|sending)\s+(?:[\w'-]+\s+){1,3}?(?:on|from)\s+(?:my\s+\w+'s|her|his|their|(?-i:[A-Z][a-z]+)'s|[a-z]+'s)\s+(?:(?:linkedin|insta(?:gram)?|twitter|facebook|fb|tiktok|snap(?:chat)?|whatsapp|teams|outlook)(?:\s+(?:account|page|profile|story))?|(?:work\s+)?(?:account|phone|page|profile|laptop|email))\b(?=[^.\n]{0,80}\b(?:while|whilst|when|before|after|without|she'll|he'll|they'll|lol|lmao|didn't\s+ask|doesn't\s+know|won't\s+(?:notice|know|mind))\b|[^.\n]{0,80}[😂🤣😈🤫])",
)
_POSING_MORE = _POSING_MORE + (
    r"\b(?:accepted|declined|submitted|changed|cancelled|canceled|booked|withdrew|withdrawn|applied|registered|enrolled|signed\s+up)\s+(?:[\w']+\s+){0,2}?(?:my\s+\w+'s|her|his|their|(?-i:[A-Z][a-z]+)'s)\s+(?:[\w-]+\s+){0,2}?(?:offer|application|place|module\s+choices|modules|enrolment|registration|booking|exam\s+entry|course|account|order|appointment|invite|invitation|interview|slot|ticket|vote|ballot|survey|form|loan|claim|room)\s+(?:[\w-]+\s+)?(?:for\s+(?:her|him|them)|on\s+(?:her|his|their)\s+behalf)\b",
    r"\b(?:fake|made[- ]up|forged|pretend|dodgy|spoof)\s+(?:email|e-mail|message|letter|note|text|account|profile|gmail|outlook|sick\s+note|reference)\s+(?:as|pretending\s+to\s+be|posing\s+as|in\s+the\s+name\s+of|from)\s+(?:my|our|the|his|her)\s+(?:[\w-]+\s+)?(?:tutor|lecturer|supervisor|manager|boss|doctor|gp|mum|mom|dad|parent|parents|landlord|teacher|dean|head|professor|prof|module\s+leader|course\s+leader)\b",
    r"\b(?:email|e-mail|message|letter|note|text|account|profile|gmail|outlook)\s+(?:as|pretending\s+to\s+be|posing\s+as|in\s+the\s+name\s+of|from)\s+(?:my|our|the|his|her)\s+(?:[\w-]+\s+)?(?:tutor|lecturer|supervisor|manager|boss|doctor|gp|mum|mom|dad|parent|parents|landlord|teacher|dean|head|professor|prof|module\s+leader|course\s+leader)\b(?=[^.\n]{0,80}\b(?:fake|made|make|making|set\s+up|created|sent|give\s+(?:me|myself)|get\s+(?:me|myself)|extension|excuse|lol|so\s+(?:i|that\s+i))\b)",
    r"\b(?:log(?:ged|ging)?\s+(?:into|onto|in\s+to|on\s+to)|got\s+into|hacked(?:\s+into)?|broke\s+into|went\s+on)\s+(?:my\s+\w+'s|her|his|their|(?-i:[A-Z][a-z]+)'s|[a-z]+'s)\s+(?:[\w-]+\s+)?(?:netflix|spotify|amazon|uber|deliveroo|just\s?eat|steam|xbox|playstation|psn|paypal|bank|banking|icloud|google|apple\s+id|tinder|hinge|bumble|ucas|student\s+portal|portal)\b(?=[^.\n]{0,100}\b(?:chang\w+|post\w*|sent|send\w*|order\w*|delet\w+|bought|spent|renam\w+|swip\w+|message\w*|cancel\w*|lol|lmao)\b|[^.\n]{0,100}[😂🤣😈])",
)
_FORMS_MORE = (
    r"\bsign(?:ed|ing|s)?\s+(?:in\s+)?(?:on\s+)?(?:the\s+)?(?:attendance|register|sign[- ]in)\s*(?:sheet|list|register|form)?\s+(?:for|on\s+behalf\s+of)\s+(?:half|most|all|loads|the\s+rest|everyone|every(?:one|body)|(?:my|our)\s+\w+|him|her|them|\w+\s+(?:people|mates|others))\b",
    r"\b(?:scan(?:ned|ning|s)?|tap(?:ped|ping|s)?|swip(?:ed|ing|es))\s+(?:in\s+)?(?:with\s+)?(?:my\s+\w+'s|her|his|their|(?-i:[A-Z][a-z]+)'s|[a-z]+'s)\s+(?:student\s+|uni\s+)?(?:card|id|qr|qr\s+code|lanyard)\b(?=[^.\n]{0,80}\b(?:lecture|seminar|register|attendance|class|lab|tutorial|workshop|present|marked|wasn't|weren't|not\s+there|didn't|skip|bunk|hungover|in\s+bed|still\s+asleep))",
    r"\b(?:register(?:ed|ing)?|mark(?:ed|ing)?)\s+(?:him|her|them|(?-i:[A-Z][a-z]+)|my\s+\w+|half\s+the\s+\w+)\s+(?:as\s+)?(?:present|here|in)\b(?=[^.\n]{0,60}\b(?:wasn't|weren't|isn't|not\s+there|didn't|skip|bunk|hungover|in\s+bed|asleep|lol|😂))",
)
_FORMS_MORE = _FORMS_MORE + (
    r"\bsign(?:ed|ing|s)?\s+(?:my\s+\w+|him|her|them|(?-i:[A-Z][a-z]+)|half\s+the\s+\w+|everyone|the\s+others|the\s+lads|the\s+girls)\s+(?:in(?:to)?|on(?:to)?)\s+(?:the\s+|today's\s+|this\s+morning's\s+)?(?:\d{1,2}\s*(?:am|pm)\s+)?(?:[\w-]+\s+)?(?:lab|lecture|seminar|register|class|tutorial|workshop|session|attendance|practical)\b",
    r"\b(?:\d+|loads\s+of|dozens\s+of|multiple|several|ten|twenty|fifty)\s+(?:nominations?|votes|entries|reviews|ratings|responses|signatures|applications)\b[^.\n]{0,80}\b(?:fake|made[- ]up|different|other\s+people's|false|random|invented)\s+(?:names|emails|accounts|identities|details)\b",
)
_FORMS_MORE = _FORMS_MORE + (
    r"\b(?:entered|entering|voted|voting|signed\s+up|registered|applied|nominated|submitted|filled\s+(?:it\s+)?in)\b[^.\n]{0,60}?\b(?:under|using|with|in)\s+(?:my\s+\w+(?:s'|'s)|their|other\s+people's|someone\s+else's|(?-i:[A-Z][a-z]+)'s|[a-z]+s'|fake|made[- ]up|random)\s+names?\b",
)
_RUNNING_ACCOUNT = (
    r"\b(?:running|using|controlling|been\s+on|posting\s+(?:on|from)|tweeting\s+from)\s+(?:my\s+\w+'s|her|his|their|(?-i:[A-Z][a-z]+)'s)\s+(?:twitter|insta(?:gram)?|ig|facebook|fb|tiktok|snap(?:chat)?|linkedin|account|page|socials|x\s+account)\b",
)
_POSING_MORE = _POSING_MORE + (
    r"\b(?:changed|changing|updated|updating|edited|editing|set|setting)\s+(?:my\s+\w+'s|her|his|their|(?-i:[A-Z][a-z]+)'s|[a-z]+'s)\s+(?:[\w-]+\s+)?(?:status|bio|pfp|profile\s+(?:pic|picture|photo|name)|display\s+name|relationship\s+status|username|caption)\b",
    r"\bpretend(?:ing|ed|s)?\s+to\s+be\s+(?:the|our|my)\s+(?:[\w-]+\s+){0,2}(?:president|lecturer|tutor|professor|dean|vc|head|manager|boss|landlord|captain|chair|treasurer|officer|rep|police(?:\s+officer)?|doctor|nurse|security|warden|secretary)\b",
    r"\b(?:emailed|messaged|texted|called|rang|phoned|wrote\s+to|contacted|dm'?d)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?as\s+(?:my|our|her|his|the)\s+(?:[\w-]+\s+)?(?:landlord|boss|manager|dad|mum|mom|parent|tutor|lecturer|flatmate|housemate|sister|brother|friend|doctor|gp|employer|supervisor)\b(?!\s+(?:had|has|hadn't|hasn't|was|is|wasn't|isn't|didn't|doesn't|won't|wouldn't|refused|kept|never|said|told|asked|wouldn't|couldn't|can't))",
)
_FORMS_MORE = _FORMS_MORE + (
    r"\b(?:doing|did|do|taking|took|take|completing|completed|filling\s+in|filled\s+in|submitting|submitted|answering|answered)\s+(?:[\w']+\s+){0,4}?(?:quiz(?:zes)?|attendance|survey|test|form|register|check-?in|evaluation)\b[^.\n]{0,40}?\b(?:with|using|on)\s+(?:her|his|their|my\s+\w+'s|(?-i:[A-Z][a-z]+)'s)\s+(?:login|account|details|password|card|id|phone|laptop)\b",
)
_FORMS_MORE = _FORMS_MORE + (
    # the same survey or vote filled in several times through other logins:
    # "filled in the staff survey four times from different logins"
    r"\b(?:filled\s+(?:it\s+)?in|completed|did|done|voted(?:\s+in)?|submitted|answered|took)\s+(?:[\w'-]+\s+){0,4}?(?:survey|poll|vote|ballot|questionnaire|nss|form|evaluation|feedback)\b[^.\n]{0,50}?"
    r"\b(?:from|using|with|on|through|via)\s+(?:\w+\s+)?(?:different|other\s+people's|others'|several|multiple|loads\s+of|my\s+(?:mates'|friends'|flatmates'|housemates'|colleagues')|colleagues'|fake|borrowed)\s+(?:logins?|log-ins?|accounts|emails|usernames|ids|profiles)\b",
)
# Posting as someone from their phone: "this is not callum. callum is asleep
# and i have his phone. callum would like to announce ..."
_HAVE_THEIR_PHONE = (
    r"\bthis\s+is\s+(?:not|n't)\s+(?!(?:a|an|the|my|what|how|it|that|fine|ok|okay|right|true|real|me|you|funny|normal)\b)(?-i:[A-Z]?[a-z]+)\b[^\n]{0,80}\b(?:i\s+have|i've\s+got|i\s+got|got|stole|nicked|borrowed)\s+(?:his|her|their)\s+(?:phone|laptop|account|insta|snap)\b(?!\s+(?:charger|case|cable|number|screen|bill))",
    r"\b(?:i\s+have|i've\s+got|got|stole|nicked|borrowed)\s+(?:his|her|their|(?-i:[A-Z][a-z]+)'s)\s+phone\b[^\n]{0,60}\b(?:would\s+like\s+to\s+announce|wants\s+(?:everyone|you\s+all)\s+to\s+know|has\s+an\s+announcement|is\s+(?:officially|hereby))\b",
)
_SIT_MY = (
    r"\b(?:got|get|getting|asked|had|paid|paying|pay)\s+(?:my\s+\w+|a\s+mate|a\s+friend|someone|somebody|him|her|them|(?-i:[A-Z][a-z]+))\s+to\s+(?:sit|take|do)\s+my\s+(?:[\w-]+\s+){0,2}?(?:exam|test|oral|quiz|viva|assessment|osce|driving\s+test|theory\s+test|ielts|toefl|interview|practical|resit|online\s+exam)\b",
)
_ANSWER_FOR = (
    r"\b(?:answering|replying\s+to|reading|sending|checking|managing|running|doing)\s+(?:my\s+\w+'s|her|his|their|(?-i:[A-Z][a-z]+)'s)\s+(?:[\w-]+\s+)?(?:emails|messages|texts|dms|account|inbox|post|socials|instagram|insta|twitter|facebook|linkedin)\s+(?:for\s+(?:her|him|them)|as\s+(?:her|him|them)|on\s+(?:her|his|their)\s+behalf)\b",
)
_NO_CONSENT_MORE = (r"|\b(?:has|have|had)\s+no\s+(?:idea|clue)\b|\bno\s+(?:idea|clue)\s+(?:i'm|im|i\s+am|i\s+was|i've)\b|\b(?:doesn't|don't|didn't|does\s+not)\s+know\s+(?:i'm|im|i\s+am|i\s+was|about\s+this)\b"
                    r"|\bbehind\s+(?:her|his|their)\s+back\b|\bwithout\s+telling\s+(?:her|him|them)\b|\b(?:never|didn't|did\s+not)\s+(?:agreed|agree|asked|ask|said\s+yes|say\s+yes)\b")
_NO_CONSENT = _NO_CONSENT + _NO_CONSENT_MORE


# Parody accounts of pets and other animals are nobody's identity.
_PETS = r"\b(?:of|for|as|pretending\s+to\s+be)\s+(?:her|his|their|my|our|the)\s+(?:\w+\s+)?(?:cat|dog|pet|hamster|rabbit|bunny|puppy|kitten|fish|parrot|tortoise|horse|guinea\s+pig|plant)s?\b"


class ImpersonationDetector(Detector):
    rules = ("impersonation.posing_as", "impersonation.forms_as_others", "impersonation.account_use",
             "impersonation.posting_for_without_consent")

    def __init__(self) -> None:
        self._rules = (
            Rule("impersonation.posing_as", CAT, _POSING, none_of=(_SAFE,), extend=True),
            Rule("impersonation.posing_as", CAT, _FAKE_ACCOUNT, none_of=(_SAFE, _PETS), extend=True,
                 near=(Near(r"\b(?:i|i'm|i've|i'll|we|we're|we've|my|our|us|made|set\s+up|created|running|run|started|starting|making|posting|tweeting|gonna|going\s+to|gon|let's|lets|see\s+(?:who|how\s+many)|announce|pranking|prank)\b", 80),)),
            Rule("impersonation.posing_as", CAT, _ACCOUNT_FOR_PERSON, none_of=(_SAFE, _CONSENT, r"\b(?:official|with\s+(?:his|her|their)\s+(?:permission|consent)|(?:she|he|they)\s+asked|for\s+(?:his|her|their)\s+(?:retirement|birthday|leaving|memorial))\b"),
                 near=(Near(_AS_THEM, 140),), extend=True),
            Rule("impersonation.posing_as", CAT, _SIT_FOR_THEM, none_of=(_SAFE, _CONSENT),
                 near=(Near(r"\b(?:exams?|tests?|resits?|quiz|assessment|viva|driving\s+test|theory\s+test|ielts|toefl|student\s+card|id\s+card|his\s+card|her\s+card)\b", 100),), extend=True),
            Rule("impersonation.posing_as", CAT, _IDENTITY_USE, none_of=(_SAFE, _CONSENT), extend=True),
            Rule("impersonation.forms_as_others", CAT, _FORMS, none_of=(r"\b(?:as\s+(?:a|an)\s+(?:student|group|team)|group\s+(?:leader|rep)\s+(?:can|should|will)|on\s+behalf\s+of\s+(?:the\s+)?(?:group|team|society|soc|class))\b",), extend=True),
            Rule("impersonation.account_use", CAT, _ACCOUNT_USE, near=(Near(_ACCOUNT_POST, 100),), none_of=(_CONSENT, r"\b(?:lost|found|stolen|broke|cracked|charger|battery|fix(?:ed|ing)?|repair)\b"), extend=True),
            Rule("impersonation.posting_for_without_consent", CAT, _ON_BEHALF, near=(Near(_NO_CONSENT, 120),), none_of=(_CONSENT,), extend=True),
            Rule("impersonation.posting_for_without_consent", CAT, r"\bon\s+behalf\s+of\s+(?:my\s+\w+|him|her|them|(?-i:[A-Z][a-z]+))\b",
                 near=(Near(_NO_CONSENT, 120),), none_of=(_CONSENT,), extend=True),
            Rule("impersonation.posing_as", CAT, _POSING_MORE, none_of=(_SAFE, _CONSENT), extend=True),
            Rule("impersonation.forms_as_others", CAT, _FORMS_MORE, none_of=(_CONSENT,), extend=True),
            Rule("impersonation.account_use", CAT, _RUNNING_ACCOUNT, near=(Near(r"\b(?:for\s+(?:weeks|months|days|ages)|never\s+(?:changed|logged|noticed)|password|doesn't\s+know|don't\s+tell|without|lol|lmao|secretly)\b|😂|🤣|🤫|😈", 120),), none_of=(_CONSENT, r"\b(?:social\s+media\s+manager|as\s+(?:her|his|their)\s+(?:assistant|manager|pa)|paid\s+to\s+run)\b"), extend=True),
            Rule("impersonation.account_use", CAT, _HAVE_THEIR_PHONE, none_of=(_CONSENT,), whole=True),
            Rule("impersonation.posing_as", CAT, _SIT_MY, none_of=(_CONSENT, _SAFE), extend=True),
            Rule("impersonation.posting_for_without_consent", CAT, _ANSWER_FOR, near=(Near(_NO_CONSENT, 120),), none_of=(_CONSENT,), extend=True),
        )

    def detect(self, text: str, ctx: DraftContext) -> list[Detection]:
        return run_rules(self._rules, text, ctx)
