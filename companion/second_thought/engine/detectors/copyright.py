"""Reposting other people's work without permission or credit (Derby
guidance; DMU 4.4; Northampton 7.8.3, 7.16).

Pirated books, films, music and paid reports; whole paywalled articles; images
or artwork found online and reused without credit; redistributing lecturers'
slides. Links, own work, openly licensed material and reuse with permission
and credit stay quiet.
"""

from __future__ import annotations

from ..types import Detection, DraftContext, Detector
from ._common import Near, Rule, run_rules

CAT = "copyright"

_OPEN = (r"\b(?:open\s*access|creative\s+commons|cc[- ]?by(?:[- ]\w+)?|cc0|public\s+domain|openly\s+licen[cs]ed|open\s+(?:textbook|educational|licen[cs]e)|openstax|gutenberg|royalty[- ]free"
         r"|free\s+(?:and\s+)?legal(?:ly)?|legally\s+free|via\s+the\s+(?:uni\s+)?library|library\s+(?:has|gives|login|access|e-?book)|(?:with|got|have|asked\s+for)\s+(?:their|his|her|the\s+(?:artist|author|photographer|creator)'?s?)\s+permission"
         r"|permission\s+(?:from|of)\s+the|(?:my|our)\s+own\s+(?:photo|pic|art|artwork|drawing|design|video|music|song|track|work|book|paper)|i\s+(?:took|drew|made|wrote|shot|designed)\s+(?:this|it|these)"
         r"|unsplash|pexels|pixabay|wikimedia|author'?s?\s+(?:own\s+)?(?:site|website|copy)|the\s+author\s+(?:shared|posted|made\s+it\s+free))\b")

_PIRACY_WORDS = (r"\b(?:my\s+plex\b|plex\s+invite|(?:downloaded|ripped|converted)\s+(?:[\w']+\s+){0,3}as\s+mp3s?|(?:spotify|youtube)\s+(?:to|2|->)\s+mp3|(?:photoshop|premiere|office|windows|adobe|autocad|matlab|spss|nvivo|fifa|sims|lightroom|illustrator|final\s+cut)\s+(?:\w+\s+)?(?:crack|keygen|serial\s+key)|(?:crack|keygen|serial\s+key)\s+(?:that\s+works|link|download)|(?:album|film|movie|episode|season|game|track)\s+leaks?|dodgy\s+(?:link|links|stream|streams|site)|(?:premier\s+league|ufc|boxing|f1|champions\s+league|ppv|sky\s+sports|football)\s+streams?|(?:my\s+)?plex\s+server|jellyfin\s+server|iptv|kodi\s+build|dodgy\s+(?:stick|box)|torrent(?:ed|ing|s)?|seed(?:ing)?\s+(?:it|this|pls|please)|pirat(?:ed|ing|e\s+bay)|cracked\s+(?:version|copy|software|photoshop|office|\w+\s+apk)|libgen|library\s+genesis|z-?lib(?:rary)?"
                 r"|sci-?hub|anna'?s\s+archive|1337x|piratebay|putlocker|fmovies|123movies|soap2day|(?:free|illegal|dodgy|bootleg)\s+(?:streams?|stream\s+links?|downloads?|copies|copy|iptv|firestick)"
                 r"|cracked\s+apks?|modded\s+apks?|mod\s+apks?|premium\s+(?:apk|mod)|(?:spotify|netflix|youtube|disney\+?|canva|adobe|office|duolingo|tinder)\s+(?:premium\s+)?(?:cracked|modded|mod\s+apk)|leak\s+sites?|leaked\s+(?:album|track|song|film|movie|episode|ep|mixtape)s?|(?:album|ep|mixtape)\s+(?:leaked|dropped\s+early\s+on)|(?:netflix|disney\+?|spotify|prime|hbo|now\s?tv|crunchyroll|youtube\s+premium)\s+accounts?\s+(?:i|we)\s+(?:cracked|hacked)|cracked\s+(?:netflix|disney\+?|spotify|prime)\s+accounts?|accounts?\s+i\s+cracked|jailbroken\s+firestick|dodgy\s+firestick|bootleg(?:ged)?|camrip|cam\s+rip|(?:a|the|full|complete|hd|4k|dvd|blu-?ray|decent|good|clean)\s+rip\s+of)\b")
#: More piracy said plainly: "a crack for SPSS 29", "a cracked Minecraft
#: server", "download Football Manager 24 free?? not the demo", "every paid
#: Unity asset", "working stream no ads here", "paywall removed", "a phone scan
#: of every page" of a course pack, a soundtrack used with "no licence".
_PIRACY_MORE = (
    r"\b(?:a|any|the)\s+(?:working\s+)?crack\s+for\s+(?:\w+\s+){0,2}?\w+|\bcracked\s+(?:[\w-]+\s+){0,2}?(?:server|game|launcher|client|version|edition|copy|apps?|installer|plugins?|vsts?|software|exe)\b|\btlauncher\b|\bkeygens?\b|\bwarez\b",
    r"\bdownload\s+(?:[\w'-]+\s+){1,4}?(?:for\s+)?free\b[^\n]{0,30}\bnot\s+the\s+(?:demo|trial|free\s+version|lite\s+version)\b",
    r"\b(?:working|free|hd|live|reliable)\s+streams?\b[^\n]{0,30}(?:\bno\s+ads\b|\U0001F449|https?://|\b[\w-]+\.(?:cc|tv|live|to|io|me|ru|xyz)\b)|\b(?:totalsportek|streameast|crackstreams|methstreams|sportsurge|buffstreams|hesgoal)\b",
    r"\bpaywall\s+(?:removed|bypassed|dodged|skipped|free)\b|\b(?:removed|bypassed|got\s+(?:round|around|past)|skipped)\s+the\s+paywall\b",
    r"\b(?:phone\s+)?scans?\s+of\s+(?:every|each|all\s+the)\s+pages?\b|\bscan\s+of\s+(?:[\w'‘’-]+\s+){0,5}?(?:course\s*pack|coursebook|textbook|workbook|reader)\b(?=[^\n]{0,80}\b(?:every\s+page|whole|entire|not\s+buying|won't\s+buy|instead\s+of\s+buying))",
    r"\bno\s+licen[cs]e\b(?=[^\n]{0,80}\b(?:anyway|festival|submit\w*|upload\w*|youtube|monetis\w*|posting|screening))",
)
#: Piracy talked about rather than done: asking whether it is legal, warnings.
_PIRACY_TALK = r"\b(?:is\s+(?:it\s+)?(?:legal|illegal)|got\s+(?:a\s+)?(?:letter|warning|fined)|don't\s+(?:use|download)|avoid|malware|virus"
#: A pirate flag next to something handed round: "courtesy of a 'friend' 🏴‍☠️".
_PIRATE_FLAG = "\U0001F3F4\u200d\u2620"
#: Someone else's picture passed off as one's own view: "golden hour on the
#: cathedral today 📸 (ok I found this one on pinterest but it's what I saw)".
_FOUND_THIS_ONE = r"\bfound\s+(?:this|that|it)\s+(?:one\s+)?(?:on|off)\s+(?:pinterest|google(?:\s+images)?|insta(?:gram)?|twitter|tiktok|tumblr|reddit|someone's\s+\w+)\b"
_PICTURE_CUE = "\U0001F4F8|\U0001F4F7|\\b(?:pic|photo|picture|shot|snap|view|sunset|sunrise|golden\\s+hour|wallpaper)\\b"
#: Passed on although the author asked for it not to be: "the slides from Dr
#: Owusu's keynote. She asked us not to circulate them but they're too good".
_ASKED_NOT_TO = (r"\b(?:she|he|they|the\s+(?:author|speaker|presenter|lecturer|artist|publisher))\s+(?:asked|told|begged)\s+(?:us|me|everyone|people|the\s+room)\s+not\s+to\s+"
                 r"(?:circulate|share|post|distribute|forward|upload|pass\s+on|send\s+on|record)\s+(?:them|it|these|this|the\s+\w+)\b[^\n]{0,60}\b(?:but|anyway|regardless|here)\b")
#: Paid things handed out: "every paid Unity Asset Store asset in #resources",
#: "every ... study pack for free, all the paid ones".
_PAID_ONES = r"\b(?:every|all\s+(?:of\s+)?the)\s+paid\s+(?:[\w-]+\s+){0,3}?(?:assets?|courses?|packs?|plugins?|fonts?|templates?|ones|apps?|games?|books?|presets?|brushes|loops|samples|mods?)\b"
_HANDED_OUT = r"\b(?:free|for\s+free|dropped|dropping|link|links|channel|pinned|zip|drive|join|download|here|sorted|discord|telegram|server)\b|#\w+"
_RIP = (r"\b(?:ripped|rip(?:ping)?|download(?:ed|ing)?|record(?:ed|ing)?|screen[- ]?record(?:ed|ing)?|upload(?:ed|ing)?|put|posting|sharing|shared|dump(?:ed|ing)?|mirror(?:ed|ing)?)\s+(?:the|this|a|an|it|all|every|his|her|their|my|whole|full|entire)?\s*(?:new\s+|latest\s+|whole\s+|full\s+|entire\s+)?(?:\w+\s+){0,3}"
        r"(?:doc|documentary|film|movie|album|songs?|tracks?|episodes?|series|season|video|dvd|cd|course|udemy\s+course|masterclass|audiobook|e-?book|textbook|book|pdf|boxset|box\s+set|match|fight|ppv)\b")
_RIP_SOURCE = (r"\b(?:netflix|spotify|disney\+?|prime(?:\s+video)?|amazon|sky|now\s?tv|hbo|apple\s+(?:tv|music)|bbc|iplayer|itv\s?x?|youtube\s+premium|dvd|blu-?ray|cinema|udemy|masterclass|skillshare"
               r"|audible|kindle|paywall\w*|ppv|pay[- ]per[- ]view|sky\s+sports|tnt|dazn|premier\s+league)\b")
_DISTRIBUTE = (r"\b(?:whatsapp|group|photos|here|normally\s+[£$]|usually\s+[£$]|worth\s+[£$]|sell(?:ing)?|£\d+|link|links|drive|g\s?drive|google\s+drive|my\s+drive|mega|dropbox|telegram|discord|zip|rar|seed|uploading|uploaded|upload|here(?:'s|s|\s+it\s+is)|dm\s+(?:me|for)|who\s+wants|anyone\s+want"
               r"|free|download|for\s+free|for\s+everyone|send(?:ing)?\s+(?:it|them)\s+(?:round|around|out|over)|gc|group\s?chat|repost(?:ing|ed)?|re-?upload(?:ing|ed)?|(?:full\s+text|text|article|pasted|copied|whole\s+thing)\s+below|full\s+text|pasted|i'll\s+(?:email|send|forward|share|dm|wetransfer)|(?:email|send|forward)\s+(?:it|them|you|u|a\s+copy)|hmu|msg\s+me|message\s+me"
               r"|post(?:ing|ed)\s+(?:it|them|the|every|each|all|chapter|on)|on\s+my\s+(?:blog|website|site|page|channel|substack|medium)|blog(?:ging|ged)?\s+(?:it|them|the)"
               r"|👇|⬇️)\b|👇|⬇️")

_WHOLE_WORK = (
    r"\b(?:full|whole|entire|complete)\s+(?:transcript|recording|videos?|notes|slides|content|materials?|workbook)\s+(?:of|from)\s+(?:the|a|my|this|their)\s+(?:paid|premium|£\d+|\$\d+|subscription|members'?[- ]only)\b",
    r"\b(?:got|have|has|had)\s+(?:the\s+)?(?:whole|full|entire)\s+(?:thing|book|textbook|text|novel|reader)\s+(?:as|in)\s+(?:a\s+)?(?:scanned\s+)?(?:pdf|scan|scans|epub|e-?book|photos)\b",
    r"\b(?:every|all\s+(?:the|of\s+the))\s+(?:[\w']+\s+){0,4}(?:articles?|papers?|reports?|chapters?|episodes?|issues?|case\s+studies)\b(?=[^\n]{0,60}\b(?:from|in|of)\b)",
    r"\b(?:every|each|all\s+the)\s+chapters?\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:text)?book\b",
    r"\b(?:whole|full|entire|complete)\s+(?:[\w'-]+\s+){0,3}(?:albums?|case\s+stud(?:y|ies)|pdf|report|article|paper|e-?book|course|collection|discography|box\s?set|back\s+catalogue|audiobooks?|textbooks?|films?|movies?|seasons?|series)\b",
    r"\b(?:upload(?:ed|ing)?|shar(?:e|ed|ing)|post(?:ed|ing)|dump(?:ed|ing)?|put(?:ting)?)\s+(?:the\s+)?(?:new|latest|full|whole|entire)\s+(?:[\w'-]+\s+){0,3}(?:album|film|movie|episode|season|series|audiobook|e-?book|textbook|game|documentary|boxset|discography)\b",
    r"\b(?:the\s+)?(?:whole|full|entire|complete)\s+(?:textbook|book|e-?book|novel|movie|film|album|season|series|course|paper|article|report|chapter\s+\d+\s+of|pdf|edition|mintel\s+report|market\s+report)\b",
    r"\b(?:pdf|e-?book|epub|scan(?:ned)?\s+(?:copy|pages))\s+(?:of|for)\s+(?:the\s+)?(?:textbook|book|\w+'s\s+\w+|[a-z]+\s+(?:\d+(?:st|nd|rd|th)\s+)?edition|set\s+text|core\s+text|course\s+book|required\s+reading)\b",
    r"\b(?:paywall(?:ed)?|behind\s+a\s+paywall|subscriber[- ]only|premium)\b[^.\n]{0,140}\b(?:copied|copy(?:[- ]pasted)?|pasted|here(?:'s|s|\s+is)|full\s+text|full\s+pdfs?|whole\s+(?:thing|article)|post\s+(?:it|them|the\s+(?:full\s+)?(?:pdfs?|article|text))|below|thread|screenshots?|👇)",
    r"\b(?:scann?ed|photocopied|photographed|copied)\s+(?:the\s+)?(?:whole|entire|all)?\s*(?:of\s+)?(?:chapters?|pages?|the\s+(?:text)?book|the\s+set\s+text)\b[^.\n]{0,60}\b(?:textbook|book|set\s+text|novel|reader|drive|group|link|here|below|dm)",
    r"\b(?:pdfs?|scans?|e-?books?)\s+(?:of|for)\s+(?:all\s+)?(?:the\s+|my\s+|our\s+)?(?:[\w£$.,-]+\s+){0,3}(?:textbooks?|books?|set\s+texts?|readings?|novels?)\b",
    r"\b(?:copied|copy[- ]?pasted|pasted|screenshot(?:ted)?|screenshotting|copy|paste)\s+(?:the\s+)?(?:whole|full|entire)\s+(?:[\w']+\s+)?(?:article|story|piece|report|chapter|paper|review)\b",
    r"\b(?:mylab|pearson|connect|wileyplus|kerboodle|access)\s+(?:access\s+)?codes?\b[^.\n]{0,80}\b(?:whole|full|entire|pdf|zip|free|here's|heres|seed|link|👇)",
    r"\b(?:paid|premium|£\d+|\$\d+)\s+(?:\w+\s+)?(?:report|course|ebook|e-?book|pdf|template|pack|preset)s?\b[^.\n]{0,50}\b(?:free|for\s+everyone|here(?:'s|s)|link|dm|shar(?:e|ing)|upload)",
)

_FOUND_ONLINE = (
    r"\b(?:found|grabbed|took|nicked|stole|pulled|got|saved|lifted|borrowed|ripped|screenshot(?:ted)?|yoinked|swiped|downloaded|used|using|use)\s+(?:this|these|the|an?|some)?\s*(?:\w+\s+){0,3}?"
    r"(?:pic|photo|image|picture|art|artwork|drawing|illustration|graphic|design|logo|icon|sticker|banner|meme\s+template|video|clip|song|track|font|photography|shot|painting|comic|gif)s?\s+"
    r"(?:off|from|on)\s+(?:google(?:\s+images)?|pinterest|insta(?:gram)?|twitter|x|tiktok|tumblr|reddit|deviantart|artstation|behance|flickr|facebook|getty|shutterstock|some\s+(?:site|website|artist|guy|random|account|page)|the\s+internet|online|the\s+web|a\s+(?:website|random\s+(?:site|page|account)|blog)|(?:an?\s+|some\s+|this\s+)?(?:[\w-]+\s+){0,2}?[\w']+'s\s+(?:insta(?:gram)?|page|account|website|site|twitter|tiktok|pinterest|portfolio|feed|flickr|facebook|behance|deviantart|artstation|blog|etsy|youtube|channel|tumblr)|etsy|redbubble|behance|dribbble|an?\s+(?:random\s+)?(?:\w+\s+)?artist)\b",
)
_FOUND_ONLINE = _FOUND_ONLINE + (
    r"\b(?:pic|photo|image|picture|art|artwork|drawing|illustration|graphic|gif|video|clip|song|track|font|design|meme)s?\s+(?:i|we)\s+(?:found|got|saw|grabbed|took|nicked|pulled|downloaded)\s+(?:on|off|from)\s+(?:google(?:\s+images)?|pinterest|insta(?:gram)?|twitter|tiktok|tumblr|reddit|deviantart|artstation|facebook|some\s+(?:site|website|artist|page)|the\s+internet|online)\b",
)
_FOUND_ONLINE = _FOUND_ONLINE + (
    r"\b(?:screenshot(?:ted)?|took|stole|nicked|lifted|copied|saved|grabbed)\s+(?:a|an|some|this|that|the)\s+(?:[\w']+\s+)?(?:photographer|artist|illustrator|designer|creator|painter)'?s\s+(?:photo|picture|pic|image|art|artwork|drawing|design|shot|work|painting)\b",
    r"\b(?:used|using|use|put|putting|added)\s+(?:a|an|the|this|some)\s+(?:[\w']+\s+)?(?:song|track|music|tune|sound|beat)\s+(?:from|off|by)\s+(?:spotify|youtube|apple\s+music|soundcloud|tiktok|(?-i:[A-Z][\w']+))",
)
_FOUND_ONLINE = _FOUND_ONLINE + (
    r"\b(?:used|using|use|put|took|stole|nicked)\s+(?:someone's|somebody's|some\s+\w+'s|a\s+random\s+\w+'s|[\w']+'s)\s+(?:tiktok\s+|insta\s+|youtube\s+|twitter\s+)?(?:video|photo|pic|song|track|clip|art|artwork|drawing|design|footage|meme|content)\s+(?:in|for|on|as)\s+(?:our|my|the)\b",
)
_FOUND_ONLINE = _FOUND_ONLINE + (
    r"(?:\b(?:downloaded|saved|screenshotted|grabbed|took|nicked|lifted|ripped)\s+(?:the\s+|some\s+|all\s+(?:the\s+|of\s+)?|their\s+|a\s+few\s+)?)(?-i:[A-Z][\w&]+)(?:'s)?\s+(?:[\w-]+\s+)?(?:photos|pics|images|pictures|shots|artwork|illustrations|videos|clips|graphics|campaign\s+images)\b",
    r"\bcopied\s+(?:out\s+)?(?:all|every|the\s+whole|most\s+of|loads\s+of)\s+(?:\d+\s+)?(?:of\s+(?:the\s+)?)?(?:[\w'-]+\s+)?(?:recipes?|poems?|chapters?|songs?|lyrics|pages?|photos?|articles?|stories|story|illustrations?|patterns?|puzzles?)\s+(?:from|out\s+of)\b",
    r"\b(?:used|took|nicked|grabbed|lifted|copied)\s+(?:the\s+)?[\w']+'s\s+(?:photos?|pics?|images?|artwork|designs?|video|content|graphics?)\s+(?:from|off)\s+(?:their|the|its|his|her)\s+(?:website|site|insta(?:gram)?|page|account|feed)\b",
)
_USE = (r"\b(?:without\s+(?:permission|asking|paying|a\s+licen[cs]e)|promo|advert|ad|reel|video|us(?:e|ed|ing)|put(?:ting)?|print(?:ed|ing)?|post(?:ed|ing)?|sell(?:ing)?|made|make|making|slap(?:ped)?|our|my|for\s+(?:our|my|the)|poster|flyer|merch|t-?shirts?|hoodies?|logo|banner|profile|pfp|cover|thumbnail"
        r"|header|stickers?|mugs?|prints?|tattoo|website|channel|page|menu|leaflet|invitation|presentation|album\s+art|as\s+(?:my|our))\b")
_UNCREDITED = (r"\b(?:no\s+(?:idea|clue)\s+whose\s+(?:it\s+is|they\s+are)|hope\s+(?:they|he|she|the\s+(?:artist|photographer|creator))\s+(?:don't|doesn't|won't)\s+mind|no\s+(?:idea|clue)\s+who\s+the\s+(?:artist|creator|photographer|owner|author|illustrator)\s+is|(?:idk|dunno|not\s+sure|don't\s+know)\s+who\s+the\s+(?:artist|creator|photographer|owner|author|illustrator)\s+is|no\s+(?:idea|clue)\s+who\s+(?:made|drew|took|owns|painted|shot)|(?:idk|dunno|not\s+sure|don't\s+know)\s+who\s+(?:made|drew|took|owns|painted|shot|the\s+artist)|no\s+credit|without\s+(?:the\s+|any\s+)?(?:credit|crediting|giving\s+credit)"
               r"|didn't\s+credit|not\s+crediting|(?:art|artwork|drawings?|illustrations?|designs?|font|paintings?|comics?|graphics?|videos?|clips?|songs?|tracks?|photos?|pics?|images?|footage|dance|sounds?|audio|music|memes?)\b[^.\n]{0,40}\bwithout\s+(?:asking|permission|paying)|(?:cropped|crop(?:ped)?\s+out|remov(?:e|ed|ing)|edit(?:ed)?\s+out|blur(?:red)?\s+out)\s+(?:the\s+)?(?:watermark|signature|credit|artist'?s?\s+(?:name|tag)|(?:their|his|her|the\s+photographer's|the\s+artist's)\s+(?:name|tag|handle|credit))|watermark\s+(?:remover|removed))\b")
_UNCREDITED = _UNCREDITED + (
    # "(not my pic, found it on someone's twitter)": someone else's picture,
    # with no credit given
    r"|\bnot\s+my\s+(?:own\s+)?(?:pic|photo|picture|image|video|vid|art|artwork|shot|footage|clip|drawing|edit)\b(?![^.\n)]{0,40}(?:\bcredit|\bby\s+@|\bvia\s+@|📸|@\w))"
)
_CREDITED = (r"\b(?:(?<!no\s)(?<!without\s)credit(?:s|ed)?\s*(?:to|:|goes\s+to)?\s*@\w+|(?:photo|art|artwork|image|illustration|pic|video|music|design)\s+(?:by|via|credits?)\s*:?\s*@?\w+|(?:photo|art|artwork|image|illustration|pic|video|music|design)\s+from\s+@\w+|via\s+@\w+|📸\s*:?\s*@\w+"
             r"|h/t\s+@\w+|with\s+(?:thanks|permission)|(?:shared|reposted|used)\s+with\s+(?:permission|consent)|link\s+to\s+(?:the\s+)?original|go\s+follow\s+@\w+|check\s+out\s+(?:their|his|her)\s+(?:page|work|account))")

_REPOST = (
    r"\b(?:repost(?:ing|ed)?|re-?upload(?:ing|ed)?|stole|stealing|nicked|yoinked|screenshot(?:ted)?|reposting)\s+(?:this|these|(?:[\w']+\s+)?@?[\w']+'s|her|his|their|an?|some)\s+(?:[\w']+\s+)?(?:art|artwork|drawings?|photos?|pics?|videos?|reels?|tiktoks?|comics?|illustrations?|memes?|content|thread|designs?|poems?|writing|song|track|edits?)\b",
)

_SLIDES = (
    r"\b(?:upload(?:ed|ing)?|shar(?:e|ed|ing)|post(?:ed|ing)?|sell(?:ing)?|sold|put(?:ting)?|dump(?:ed|ing)?|leak(?:ed|ing)?|here(?:'s|s|\s+are))\s+(?:all\s+)?(?:of\s+)?"
    r"(?:the|our|my|his|her|their|these|this\s+(?:week|term)'s|(?:dr|prof|professor|mr|mrs|ms)\s+\w+'s|[a-z]+'s)?\s*(?:[\w']+\s+)?(?:lecture\s+)?(?:slides|slide\s+decks?|handouts|lecture\s+notes|course\s+materials?|module\s+materials?|powerpoints?|ppts?|lab\s+manuals?|workbooks?)\b"
)
_SLIDES_NOUN_FIRST = (
    r"\b(?:lecture|module|course|seminar|(?:the\s+)?\w+\s+module)\s+(?:slides|notes|handouts|materials|recordings|powerpoints?)\s+(?:are|is)\s+(?:all\s+)?(?:now\s+)?(?:on|in|up\s+on)\s+(?:my|our)\s+(?:drive|google\s+drive|dropbox|channel|website|blog|discord|github|telegram|page)\b",
)
_SLIDES_WHERE = (r"\b(?:(?:she|he|they)(?:'d|\s+would)\s+kill\s+me|if\s+(?:she|he|they)\s+(?:knew|found\s+out)|don't\s+tell\s+(?:her|him|them)|(?:for\s+)?the\s+whole\s+(?:module|term|year|course)|studocu|course\s*hero|quizlet|drive|youtube|tiktok|discord|telegram|reddit|scribd|docsity|group\s?chat|gc|publicly|everyone|for\s+[£$]|[£$]\s?\d|for\s+free|twitter|insta(?:gram)?"
                 r"|online|link|internet|public|website|blog|github)\b|👇")


# Pasting a whole article for everyone; printing someone's art on things to sell.
_NEVER_NOTICE = (r"\bhope\s+(?:they|he|she|(?-i:[A-Z]\w+)|the\s+\w+)\s+(?:doesn't|don't|doesnt|dont|never|won't|wont)\s+(?:see|notice|find\s+out|sue|mind|care|check)\b|\btraced\s+(?:a|an|the|this|some|it\s+from)\s+(?:[\w']+\s+){0,2}?(?:character|drawing|picture|design|logo|illustration|artwork|photo|cartoon|panel|comic|still|frame|cover|page|manga)\b|"
                 r"\b(?:he|she|they|nobody|no\s+one|no-one|the\s+(?:artist|photographer|owner|creator|author|band))(?:'ll|\s+will|'d|\s+would)\s+(?:never|not)\s+(?:notice|know|find\s+out|see\s+it|care|mind)\b|\b(?:he|she|they|the\s+(?:artist|photographer|owner|creator|band))\s+(?:won't|wont|wouldn't)\s+(?:mind|notice|care|know)\b"
                 r"|\bno\s+(?:licen[cs]e|permission|rights|clearance)\b(?!\s+(?:needed|required|necessary))|\bwithout\s+(?:a\s+|any\s+)?(?:licen[cs]e|permission|the\s+rights|paying\s+for\s+(?:it|the\s+rights))\b|\bwhat\s+(?:they|he|she)\s+don'?t\s+know\b")
_FOUND_ONLINE = _FOUND_ONLINE + (
    # described by what it shows: "found a lovely photo of the Lake District on Google Images"
    r"\b(?:found|grabbed|took|nicked|pulled|got|saved|lifted|downloaded|used|using)\s+(?:this|these|the|an?|some)\s+(?:\w+\s+)?(?:pic|photo|image|picture|illustration|graphic|drawing|artwork|diagram|map|infographic)s?\s+"
    r"of\s+(?:[\w'-]+\s+){1,5}?(?:off|from|on)\s+(?:google(?:\s+images)?|pinterest|insta(?:gram)?|flickr|the\s+internet|online|twitter|tiktok|reddit)\b",
)
#: A whole paid work passed on: "full text of the piece attached (it's
#: paywalled)", "dumping the full reports in here, they're like £2k each",
#: "the whole of <textbook> is in #books as a pdf, don't ask where from".
_PAID_WHOLE = (
    r"\b(?:full\s+text|whole|full|entire|complete)\s+(?:of\s+)?(?:the\s+|my\s+|this\s+|that\s+)?(?:[\w'&-]+\s+){0,4}?(?:article|piece|paper|book|textbook|reports?|chapters?|journal|magazine|issue|ebook|edition)s?\b",
    r"\bwhole\s+of\s+(?:[\w'&-]+\s+){1,5}?(?:is|are|'s)\s+(?:now\s+)?(?:in|on|up\s+(?:in|on))\s+(?:the\s+)?(?:#?[\w-]+\s+){0,2}(?:channel|drive|group|gc|chat|server|folder|discord)\b",
)
_PAID_MARK = (r"\bpaywall\w*|\bbehind\s+a\s+paywall|\b(?:normally|usually)\s+(?:like\s+)?[£$]\d|\b(?:they're|it's|its|they\s+are|it\s+is)\s+(?:like\s+)?[£$]\d|[£$]\d[\d,.]*k?\s+(?:each|a\s+pop|per)\b"
              r"|\bdon'?t\s+ask\s+(?:where|how)\b|\U0001F3F4\u200d\u2620|\bas\s+a\s+pdf\b[^.\n]{0,40}\b(?:don'?t\s+ask|free)\b")
_MEDIA_THING = (r"\b(?:panels?|comics?|stills?|frames?|scenes?|covers?|manga|characters?|mascots?|photos?|pics?|images?|pictures?|art|artwork|drawings?|designs?|logos?|songs?|tracks?|music|videos?|footage|fonts?|illustrations?|graphics?|memes?|paintings?|shots?)\b")
_SELL_COPIES = (
    r"\bsell(?:ing|s)?\s+(?:printed\s+|photocopied\s+|scanned\s+|pdf\s+|bound\s+)?(?:copies|pdfs?|scans|printouts|photocopies)\s+of\s+(?:the|my|our|a|this)?\s*(?:[\w'-]+\s+){0,4}?(?:textbook|book|set\s+text|reader|course\s*pack|workbook|novel|guide|manual|case\s+stud(?:y|ies)|(?:study|revision)\s+(?:packs?|kits?|texts?|notes)|question\s+banks?|course\s+materials?)s?\b",
    r"\b(?:whole|entire)\s+(?:thing|book|textbook|novel|reader)\s+(?:photocopied|scanned|copied|printed|pdf'?d)\b",
)
_SUB_ENDED = (r"\b(?:downloaded|saved|ripped|recorded|screen[- ]?recorded|grabbed|copied)\s+(?:the\s+lot|everything|it\s+all|them\s+all|all\s+(?:of\s+)?(?:it|them|the\s+\w+))\s+before\s+(?:my|the|our)\s+(?:\w+\s+)?(?:subscription|trial|access|membership|licen[cs]e)\s+(?:ended|expired|ran\s+out|lapsed|finished|runs\s+out)\b",
               r"\b(?:who|anyone)\s+wants?\s+(?:my|a)\s+(?:copy|copies)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}(?:course|courses|videos|lectures|masterclass|udemy|coursera|training|prep|audiobooks?|e-?books?|films?|albums?)\b")
_RECORDED_SHOW = (r"\b(?:recorded|filmed|screen[- ]?recorded|taped)\s+(?:the\s+)?(?:whole|entire|full|all\s+of\s+(?:the\s+)?)\s+(?:[\w'-]+\s+){0,3}?(?:concert|gig|show|musical|play|set|performance|film|movie|match|comedy\s+special|screening|fight|game)\b")
_FULL_SCAN = (r"\b(?:scann?ed|photocopied|photographed|copied|pdf'?d)\s+(?:the\s+)?(?:whole|full|entire|complete)\s+(?:[\w'-]+\s+){0,3}?(?:guide|book|textbook|reader|workbook|manual|novel|handbook|course\s*pack|study\s+pack|revision\s+guide|atlas|dictionary|encyclopa?edia|anthology)\b")
_RECORDED_IT = (r"\b(?:screen[- ]?record(?:ed|ing)|ripped|recorded|downloaded|taped|captured)\s+(?:it|them|the\s+whole\s+thing|every\s+episode|the\s+lot|all\s+of\s+(?:it|them))\b")

_PASTE_ARTICLE = (
    r"\b(?:paste|post|copy|put)\s+(?:the\s+)?(?:full\s+|whole\s+|entire\s+)?(?:text|article|story|piece)\s+(?:here|below|in\s+(?:the|this)\s+(?:gc|chat|thread|group|comments))\b",
)
_MERCH = (
    r"\bsell(?:ing)?\s+(?:[\w']+\s+){0,2}(?:prints|stickers|t-?shirts|tees|merch|copies|posters|mugs|keyrings|badges|phone\s+cases)\s+(?:of|with)\s+(?:[\w']+\s+){0,3}(?:stills|art|characters|artwork|photos|designs|logos?|fan\s*art|scenes|posters|covers)\b",
    r"\b(?:reposting|repost|printing|print|put(?:ting)?|selling|sell|making|make|using|use)\s+(?:[\w']+\s+){1,4}on\s+(?:our|my|the)?\s*(?:[\w']+\s+)?(?:t-?shirts?|tees|mugs?|hoodies?|merch|stickers?|tote\s+bags?|prints?|posters?|phone\s+cases?|badges?|flyers?)\b",
    r"\b(?:printing|print|put(?:ting)?|selling|sell|make|making)\s+(?:it|this|them|their\s+(?:art|work|design)|[\w']+'s\s+(?:art|work|design|drawing|photo|illustration))\s+on\s+(?:t-?shirts?|tees|mugs?|hoodies?|merch|stickers?|tote\s+bags?|prints?|posters?|phone\s+cases?|badges?)\b",
)

# A whole film, series or album sitting in a personal cloud folder for others.
_MEDIA_COPY = (
    r"\b(?:audiobooks|e-?books|films|movies|episodes|albums|seasons)\b",
    r"\b(?:4k|uhd|1080p?|720p|hd\s+rip|web-?rip|web-?dl|blu-?ray\s+rip|br-?rip|dvd-?rip|cam\s+(?:copy|version)|films?|movies?|seasons?|box\s?sets?|every\s+episode|all\s+(?:the\s+)?episodes|full\s+series|discography|albums?|audiobooks?|e-?books?|textbooks?|anime|(?:the\s+)?(?:whole|full|entire)\s+(?:of\s+)?(?-i:[A-Z])\w*)\b",
)
_MEDIA_CLOUD = (r"\b(?:(?:on|in|to|onto|into)\s+(?:my|our|a|the|the\s+[\w-]+'s|[\w-]+'s)\s+(?:shared\s+|google\s+|g\s?|team\s+)?(?:drive|dropbox|mega|onedrive|icloud|telegram|discord|server|nas|plex|hard\s+drive|usb)|mega\s+(?:link|folder)|drive\s+link|shared\s+folder"
                r"|(?:msg|message|dm|pm|text|hmu|ask|ping)\s+(?:me\s+)?(?:for|4)\s+(?:the\s+)?(?:link|it|access|a\s+copy|the\s+file)|link\s+in\s+(?:bio|comments|dms))\b")
_OWN_MEDIA = (r"\b(?:(?:we|i)\s+(?:made|filmed|shot|recorded|edited|wrote|produced|created|drew)|(?:my|our)\s+(?:own|short|student|uni|graduation|holiday|wedding|family|project|final)\s+(?:film|movie|album|footage|video|ebook|book)|short\s+film|home\s+videos?|photos?|pics|lecture\s+notes|notes|own\s+work|backup|back\s+up|legally\s+bought|i\s+own|purchased)\b")

# Every page of something the reader was meant to buy.
_COPIED_PAGES = (
    r"\b(?:screenshot(?:ted)?|screenshotting|scann?(?:ed|ing)|photograph(?:ed|ing)|photocop(?:ied|ying)|copied|snapped|took\s+(?:a\s+)?(?:pics?|photos?)\s+of)\s+(?:every|each|all\s+(?:the\s+|\d+\s+)?)\s*(?:single\s+)?(?:pages?|slides?|chapters?)\b",
    r"\b(?:(?:we\s+were|you're|you\s+are|we're|we\s+are|students\s+are)\s+(?:meant|supposed|expected|told)\s+to\s+(?:buy|pay\s+for|purchase)|instead\s+of\s+(?:buying|paying\s+for|paying)|so\s+(?:you|u|nobody|no\s+one)\s+(?:don't|doesn't|dont|has\s+to|have\s+to)\s*(?:have\s+to\s+)?(?:buy|pay))\b",
)
_COPIED_WHAT = (r"\b(?:case\s+stud(?:y|ies)|book|textbook|e-?book|report|article|pack|reader|course\s*pack|workbook|novel|set\s+text|guide|manual|album|magazine|journal|issue|hbr|harvard|it)\b")

# Paid research databases and market reports passed on.
_PAID_REPORT = (
    r"\b(?:mintel|statista|ibis\s?world|euromonitor|gartner|forrester|keynote|key\s+note|gfk|nielsen|kantar|marketline|fame|bloomberg\s+terminal|refinitiv|passport\s+database|hbr|harvard\s+business\s+(?:review|publishing)|which\?)\b",
)
_PAID_SHARE = (r"\b(?:cost(?:s)?\s+(?:thousands|hundreds|a\s+fortune|loads)|shar(?:e|ing)|in\s+the\s+gc|whole\s+of|dm|pm|msg|message|hmu|i'll\s+(?:email|send|forward|share|dm|upload)|send\s+(?:it|them|you|u)|email\s+(?:it|them|you)|here(?:'s|s|\s+is)|link|drive|pdf|for\s+free|anyone\s+(?:want|need)s?|who\s+wants|happy\s+to\s+share|got\s+the\s+full|full\s+(?:\w+\s+){0,4}(?:one|report|pdf|thing)|whole\s+(?:\w+\s+){0,3}(?:one|report|pdf|thing)|cost(?:s)?\s+[£$]|worth\s+[£$]|normally\s+[£$])\b")
_PAID_LEGIT = (r"\b(?:through|via|from|on)\s+(?:the\s+)?(?:uni|university|library|athens|openathens|dmu|uon)\b|\blibrary\s+(?:login|access|database|has|gives)|\b(?:log\s+in|sign\s+in)\s+with\s+your|\bhow\s+do\s+(?:i|you)\s+(?:get|access)|\bdoes\s+any(?:one|1)\s+know\s+how\s+to\s+(?:get|access)|\bcite|\breferenc(?:e|ing)\b")

# An article or report pointed to by a link (not copied), with no paywall in sight.
_LINKED_ONLY = (r"\b(?:article|report|story|piece|paper|study|interview|review)\b[^.\n]{0,60}\b(?:link(?:ed)?\s+(?:below|here|in\s+(?:bio|comments|thread))|(?:is\s+)?(?:on|at)\s+(?:the|their|its)\s+(?:\w+\s+)?(?:website|site))\b(?![^\n]{0,80}\b(?:paywall|subscriber|premium|full\s+text|pasted|copied))")


# Broader wordings: a pdf/e-book of a named book or edition handed out, an image
# found on someone's site, a paid report with its price, reposted creative work
# of any kind, and a lecturer's slides named first and then passed on.
_LIBRARY_ACCESS = (r"\b(?:free|available|access(?:ible)?|read\s+it)\s+(?:through|via|from|on)\s+(?:the\s+)?(?:uni(?:versity)?|library|athens|openathens)\b|\blibrary\s+(?:login|access|database|has\s+it|gives)|\b(?:log\s+in|sign\s+in)\s+with\s+your\b")
_SHOW_IN_FULL = (
    r"\b(?:recorded|filmed|taped|screen[- ]?recorded|streamed|livestreamed)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:concert|gig|show|musical|play|set|performance|film|movie|match|comedy\s+special|screening|fight|game|premiere|lecture|talk|masterclass|webinar)\s+(?:start\s+to\s+finish|from\s+start\s+to\s+(?:finish|end)|in\s+full|all\s+the\s+way\s+through|beginning\s+to\s+end|front\s+to\s+back)\b",
)
_RESTREAM = (
    r"\b(?:stream(?:ing)?|restream(?:ing)?|re-stream(?:ing)?|broadcast(?:ing)?|showing|screening)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:final|match|game|fight|ppv|race|grand\s+prix|episode|premiere|film|movie|season|series|concert)\s+(?:[\w'-]+\s+){0,2}?(?:on|via)\s+(?:my|our)\s+(?:twitch|youtube|discord|channel|stream|kick|insta\s+live|tiktok\s+live|server|telegram)\b",
)
_PASTED_PAYWALL = (
    r"\b(?:pasted|copied|copy[- ]pasted|screenshotted|typed\s+out|reproduced)\s+(?:it\s+|the\s+(?:whole\s+)?(?:thing|article|text|piece)\s+)?(?:in\s+full|below|here|all|whole|word\s+for\s+word)\b[^.\n]{0,80}\b(?:paywall(?:ed)?|subscribers?[- ]only|premium|behind\s+a\s+paywall|subscription)\b",
)
_BRAND_THING = (r"\b(?:disney|marvel|pixar|dreamworks|nintendo|pok[eé]mon|ghibli|harry\s+potter|star\s+wars|simpsons|sanrio|hello\s+kitty|looney\s+tunes|spongebob|minions?|peppa|mario|sonic|barbie|lego)\s+(?:character|characters|still|stills|logo|image|images|art|artwork|cartoon|design|princess|princesses|villain|film\s+still)\b",)
_BRAND_USE = (r"\b(?:print(?:ed|ing)?|hoodies?|t-?shirts?|tees|merch|logo|sell(?:ing)?|stickers?|tote|mugs?|banner|posters?|flyers?|kit|badges?|our\s+(?:society|club|soc|team|page|shop))\b")
_PASTED_PAYWALL = _PASTED_PAYWALL + (
    r"\b(?:post(?:ing|ed)?|shar(?:e|ing|ed)|put(?:ting)?|drop(?:ping|ped)?)\s+(?:the\s+)?(?:full|whole|entire)\s+(?:text|article|paper|pdf|piece|report)\b[^.\n]{0,80}\b(?:paywall(?:ed)?|subscribers?[- ]only|premium|behind\s+a\s+paywall|subscription)\b",
)
_SHOW_IN_FULL = _SHOW_IN_FULL + (
    r"\b(?:recorded|filmed|taped)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:show|play|musical|gig|concert|performance|set|match|screening|film|panto)\b[^.\n]{0,40}\b(?:full|whole|entire|all)\s+(?:\d+\s+(?:hours?|hrs|mins?|minutes)|thing|show|set|performance|of\s+it)\b",
)
_DRM = (r"\bdrm[- ]?(?:free|stripped|removed|cracked)|\bstrip(?:ped|ping)?\s+(?:the\s+|out\s+the\s+)?drm\b|\bremov(?:ed|ing)\s+(?:the\s+)?drm\b|\bdrm\s+remov\w+",)
_IP_ON_MERCH = (
    r"\b(?:used|using|use|put|putting|printed|printing|stuck|slapped)\s+(?:a|an|the|some|this|these|that)?\s*(?:[\w'-]+\s+){0,3}?(?:still|stills|character|characters|logo|artwork|image|images|photo|frame|screenshot|screenshots|art|drawing|illustration|poster)\s+(?:on|in|for)\s+(?:our|my|the)\s+(?:[\w']+\s+){0,2}?(?:tickets?|ticket\s+design|merch|posters?|flyers?|t-?shirts?|hoodies?|stickers?|mugs?|banner|menu|website|album\s+cover|cover|promo|ad|advert|tote\s+bags?|badges?|wristbands?|programmes?)\b",
)
_IP_BRAND_OR_SALE = (r"\b(?:ghibli|disney|marvel|pixar|dreamworks|nintendo|pok[eé]mon|harry\s+potter|star\s+wars|simpsons|netflix|hbo|bbc|premier\s+league|fifa|nike|adidas|warner|sanrio|hello\s+kitty|lego|barbie|spongebob|looney\s+tunes|anime|manga|banksy|someone's|found\s+(?:it\s+)?(?:on|online)|google|pinterest|sell(?:ing)?|sold|for\s+sale|[£$]\s?\d)\b")
_EDITION_COPY = (
    r"\b(?:pdfs?|e-?books?|epubs?|scans?|free\s+cop(?:y|ies)|digital\s+cop(?:y|ies)|scanned\s+cop(?:y|ies))\s+(?:version\s+)?(?:of|for)\s+(?:the\s+)?(?:[\w'&:,-]+\s+){0,5}?(?:\d+(?:st|nd|rd|th)\s+)?(?:ed(?:ition)?|edn|textbooks?|books?|novels?|readers?|coursebooks?|course\s+books?|workbooks?)\b",
    r"\b\d+(?:st|nd|rd|th)\s+edition\b",
)
_EDITION_SHARE = (r"\b(?:free|for\s+free|drive|g\s?drive|dropbox|mega|telegram|discord|upload(?:ed|ing)?|download|link|dm|pm|msg|hmu|anyone\s+(?:want|need)s?|who\s+wants|sending|send\s+(?:it|you|u)|here(?:'s|s|\s+it\s+is)|in\s+the\s+(?:gc|group\s?chat)|shar(?:e|ing))\b|👇")
_FOUND_ON_SITE = (
    r"\b(?:pic|photo|image|picture|art|artwork|drawing|illustration|graphic|gif|video|clip|song|track|font|design|meme|animation|painting|shot)s?\s+(?:i|we)\s+(?:found|got|saw|grabbed|took|nicked|pulled|downloaded|saved)\s+(?:on|off|from)\s+(?:some|a|an|this|that|the)\s+(?:random\s+)?(?:[\w'-]+\s+)?(?:[\w-]+'s\s+)?(?:website|site|page|insta(?:gram)?|account|blog|portfolio|feed|profile|channel|behance|etsy)\b",
)
_PAID_PRICE = (
    r"\b(?:report|reports|dataset|database|data|article|course|study|survey|analysis|whitepaper|textbook|book)\b[^.\n]{0,40}?(?:[£$€]\s?\d[\d,.]*\s?k?\s+to\s+(?:buy|access|download|read)|costs?\s+[£$€]\s?\d|paywalled|normally\s+[£$€]|usually\s+[£$€]|worth\s+[£$€]\s?\d)",
)
_PAID_PASS_ON = (r"\b(?:got\s+a\s+copy|sending|send\s+(?:it|them|you|u|a\s+copy)|forward(?:ing)?|anyone\s+who\s+(?:asks|wants|needs)|dm|pm|msg|hmu|here(?:'s|s)|link|drive|for\s+free|free|who\s+wants|anyone\s+(?:want|need)s?|shar(?:e|ing)|in\s+the\s+(?:gc|group\s?chat)|upload(?:ed|ing)?)\b|👇")
_REPOST_MORE = (
    r"\b(?:repost(?:ing|ed|s)?|re-?upload(?:ing|ed|s)?|re-?shar(?:ing|ed)|stole|stealing|nicked|yoinked|ripp(?:ed|ing))\s+(?:this|these|that|those|(?:[\w']+\s+)?@?[\w']+'s|her|his|their|an?|some)\s+(?:[\w']+\s+)?(?:animations?|gifs?|shorts|films?|songs?|covers?|music|footage|clips?|pictures?|images?|paintings?|posts?|captions?|recipes?|photography|graphics?|sketch(?:es)?|cartoons?|stories|story|shots?|photos?|pics?|drawings?|art|artwork|illustrations?|videos?|reels?|tiktoks?)\b",
)
_NO_ASK = (r"\b(?:didn't|did\s+not|never|without|not)\s+(?:ask(?:ing|ed)?|permission|credit(?:ing)?|tag(?:ging|ged)?(?:\s+(?:them|him|her|the\s+\w+))?)\b|\bno\s+(?:permission|credit)\b|\bhope\s+(?:they|he|she)\s+(?:don't|doesn't|won't)\s+(?:mind|see|notice)|\btoo\s+good\s+not\s+to\b|\blol\b|😂|🤫")
_SLIDES_NAMED = (
    r"\b(?:(?:the|our|my|his|her|their)\s+(?:[\w-]+\s+)?(?:lecturer|tutor|professor|prof|teacher|module\s+leader|seminar\s+leader)'?s|(?-i:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+[A-Z][a-z]+)'s)\s+(?:lecture\s+|seminar\s+|module\s+)?(?:slides|slide\s+decks?|handouts|lecture\s+notes|notes|powerpoints?|ppts?|materials?|recordings?|recorded\s+(?:lectures?|workshops?|seminars?|sessions?|tutorials?|classes)|lectures|workshops|seminars)\b",
)
_SLIDES_PASSED = (r"\b(?:zip(?:ped)?|rar|drive|g\s?drive|onedrive|icloud|dm\s+me|message\s+me|msg\s+me|for\s+access|ask\s+me|dropbox|mega|group\s?chat|gc|discord|telegram|studocu|course\s*hero|quizlet|scribd|upload(?:ed|ing)?|posted|sharing|shared|here(?:'s|s|\s+are)|dm\s+(?:me|for)|selling|for\s+[£$]|[£$]\s?\d|online|publicly|public|youtube|tiktok|reddit)\b|👇|🔥")
_SLIDES_OFFICIAL = (r"\b(?:on|via|in)\s+(?:blackboard|moodle|canvas|the\s+vle|learning\s+zone|brightspace|the\s+module\s+page)\b|\b(?:lecturer|tutor|dr\s+\w+|prof\s+\w+|module\s+leader|she|he|they)\s+(?:has\s+|have\s+)?(?:uploaded|posted|shared|put|emailed|sent)\b|\bwith\s+(?:her|his|their)\s+(?:permission|ok)\b")


class CopyrightDetector(Detector):
    rules = ("copyright.pirated", "copyright.whole_work", "copyright.uncredited_image", "copyright.lecture_slides")

    def __init__(self) -> None:
        self._rules = (
            Rule("copyright.pirated", CAT, _PIRACY_WORDS, none_of=(_OPEN, _PIRACY_TALK + r")\b"), extend=True),
            Rule("copyright.pirated", CAT, _PIRACY_MORE, none_of=(_OPEN, _PIRACY_TALK + r"|scam)\b"), extend=True),
            Rule("copyright.uncredited_image", CAT, _FOUND_THIS_ONE, near=(Near(_PICTURE_CUE, 100),),
                 none_of=(_OPEN, _CREDITED, r"\b(?:is\s+(?:this|it)\s+(?:real|true|legit)|anyone\s+know|source\s*\?|who\s+(?:made|took|drew))\b"), extend=True),
            # (a person's photo someone asked not to be shared is consent, not copyright)
            Rule("copyright.whole_work", CAT, _ASKED_NOT_TO, near=(Near(r"\b(?:slides|slide\s+deck|deck|keynote|paper|chapter|book|handouts?|pdf|article|track|song|artwork|illustrations?|presentation|manuscript|script)\b", 140),), none_of=(_OPEN,), whole=True),
            Rule("copyright.pirated", CAT, _PAID_ONES, near=(Near(_HANDED_OUT, 100),), none_of=(_OPEN, r"\b(?:sale|discount|bundle|humble|on\s+offer|giveaway|legit\s+free|free\s+(?:this|for\s+a\s+limited)\s+(?:week|time))\b"), extend=True),
            Rule("copyright.pirated", CAT, _PIRATE_FLAG, near=(Near(_DISTRIBUTE + "|" + _HANDED_OUT, 120),), none_of=(_OPEN, r"\b(?:pirates?\s+(?:party|night|theme|costume|ship)|one\s+piece|talk\s+like\s+a\s+pirate)\b"), whole=True),
            Rule("copyright.pirated", CAT, r"\b(?:ripped|torrented|pirated|camrip(?:ped)?)\s+(?:the|this|a|an|it|all|every|whole|full|entire)\s+(?:[\w'-]+\s+){0,5}(?:doc|documentary|film|movie|album|songs?|tracks?|episodes?|series|season|video|dvd|course|book|audiobook|game|concert)\b",
                 near=(Near(_DISTRIBUTE, 120),), none_of=(_OPEN,), extend=True),
            Rule("copyright.pirated", CAT, _RIP, near=(Near(_RIP_SOURCE, 80), Near(_DISTRIBUTE, 120)), none_of=(_OPEN,), extend=True),
            Rule("copyright.whole_work", CAT, _WHOLE_WORK, all_of=(_DISTRIBUTE + r"|\bcopied|\bpasted|\bscreenshots?",), none_of=(_OPEN, _LINKED_ONLY, _LIBRARY_ACCESS, r"\bmy\s+(?:own\s+)?(?:[\w%:-]+\s+){0,3}?(?:essay|report|dissertation|assignment|coursework|notes|thesis|project|portfolio)\b", r"\b(?:i|we)\s+(?:wrote|made|did|produced|authored|compiled|put\s+together)\b", r"\b(?:is|are|'s)\s+(?:all\s+|now\s+|free\s+)?(?:on|available\s+on|streaming\s+on)\s+(?:[\w']+\s+){0,2}(?:app|iplayer|itvx|all\s*4|channel\s*4|netflix|prime|disney\+?|youtube|spotify|bbc|sounds|the\s+library)\b", r"\b(?:read|reading|finished|finish|bought|buy|borrow(?:ed)?|order(?:ed)?|recommend|review(?:ed|ing)?|watch(?:ed|ing)?|listen(?:ed|ing)?\s+to)\s+(?:the\s+)?(?:whole|full|entire|complete)\b"), extend=True),
            Rule("copyright.uncredited_image", CAT, _FOUND_ONLINE, near=(Near(_USE, 120),), none_of=(_OPEN, _CREDITED), extend=True),
            Rule("copyright.uncredited_image", CAT, _UNCREDITED, none_of=(_CREDITED, r"\b(?:don't|do\s+not|dont|please\s+don't|pls\s+don't|never|no)\s+(?:repost|reposting|share|use|steal|take|copy|reupload)\w*\b|\bmy\s+own\s+(?:art|work|drawing|photo|design|illustration)"), extend=True),
            Rule("copyright.uncredited_image", CAT, _REPOST, none_of=(_OPEN, _CREDITED, r"\b(?:my|our)\s+own\b"), extend=True),
            Rule("copyright.whole_work", CAT, _PASTE_ARTICLE, near=(Near(r"\b(?:article|paywall\w*|subscription|premium|economist|ft|financial\s+times|times|telegraph|guardian|nyt|new\s+york\s+times|wsj|journal|magazine)\b", 120),),
                 none_of=(_OPEN,), extend=True),
            Rule("copyright.uncredited_image", CAT, r"\b(?:t-?shirts?|tees|hoodies?|mugs?|stickers?|tote\s+bags?|prints?|posters?|merch|badges?|phone\s+cases?|jumpers?)\s+with\s+(?:a|an|the|some)\s+(?:[\w'-]+\s+){0,2}?(?:design|art|artwork|print|logo|character|image|photo|drawing|illustration|painting)s?\s+on\b",
                 near=(Near(r"\b(?:banksy|disney|marvel|pixar|ghibli|nintendo|pok[eé]mon|nike|supreme|gucci|harry\s+potter|star\s+wars|simpsons|peppa|lego|kaws|warhol|someone's|found|google|pinterest|etsy|off\s+(?:insta|tiktok|twitter)|sanrio|hello\s+kitty|looney\s+tunes|spongebob|minecraft)\b", 80), Near(r"\b(?:sell(?:ing)?|for\s+sale|[£$]\s?\d|order|dm\s+(?:me|to)|made|printed|printing)\b", 100)),
                 none_of=(_OPEN, _CREDITED, r"\b(?:licen[cs]ed|official)\s+(?:merch|design|product)|\b(?:with|got|have)\s+(?:their|his|her|the\s+artist's)\s+permission\b"), extend=True),
            Rule("copyright.uncredited_image", CAT, _MERCH, near=(Near(r"\b(?:stills|characters|ghibli|disney|marvel|pokemon|pok[eé]mon|harry\s+potter|star\s+wars|anime|artist|artist's|art|artwork|drawing|design|photo|pic|someone's|found|illustration|fanart|piece|painting|banksy|graffiti|mural)\b", 120),),
                 none_of=(_OPEN, _CREDITED, r"\b(?:my|our)\s+own\b|\bi\s+(?:drew|designed|made|painted|took)\b"), extend=True),
            Rule("copyright.pirated", CAT, _MEDIA_COPY, near=(Near(_MEDIA_CLOUD, 90),), none_of=(_OPEN, _OWN_MEDIA, r"\b(?:is|are)\s+(?:now\s+)?(?:on|streaming\s+on)\s+(?:netflix|prime|disney|iplayer|itvx|all\s*4|spotify|youtube)\b"), extend=True),
            Rule("copyright.whole_work", CAT, _COPIED_PAGES, near=(Near(_COPIED_WHAT, 100), Near(_DISTRIBUTE + r"|\bgc\b|\bgroup\s?chat\b|\bshared?\b", 140)), none_of=(_OPEN, r"\b(?:my|our)\s+own\s+(?:notes|work|slides)\b"), extend=True),
            Rule("copyright.whole_work", CAT, _PAID_REPORT, near=(Near(_PAID_SHARE, 120),), all_of=(r"\b(?:dm|pm|msg|message|hmu|i'll\s+(?:email|send|forward|share|dm|upload)|send\s+(?:it|them|you|u)|email\s+(?:it|them|you)|here(?:'s|s|\s+is)|link|drive|pdf|for\s+free|anyone\s+(?:want|need)s?|who\s+wants|happy\s+to\s+share|whatsapp|gc|group\s?chat)\b|👇",),
                 none_of=(_OPEN, _PAID_LEGIT), extend=True),
            Rule("copyright.uncredited_image", CAT, _NEVER_NOTICE, near=(Near(_MEDIA_THING, 100), Near(_USE, 100)), none_of=(_OPEN, _CREDITED), extend=True),
            Rule("copyright.whole_work", CAT, _SELL_COPIES, none_of=(_OPEN, r"\b(?:my\s+own|second[- ]hand|used\s+copies|old\s+copies|my\s+old)\b"), extend=True),
            Rule("copyright.pirated", CAT, _RECORDED_SHOW, near=(Near(r"\b(?:upload\w*|youtube|tiktok|posted|posting|here(?:'s|s)?|link|channel|drive|discord|telegram|dm|sharing|shared)\b", 120),), none_of=(_OPEN, r"\b(?:my|our)\s+own\s+(?:band|gig|show|play|concert)|\bwe\s+(?:performed|played)\b"), extend=True),
            Rule("copyright.whole_work", CAT, _FULL_SCAN, near=(Near(_DISTRIBUTE + r"|\bsociety\s+drive\b|\bput\s+it\s+on\b", 140),), none_of=(_OPEN, r"\b(?:my|our)\s+own\b"), extend=True),
            Rule("copyright.pirated", CAT, _SUB_ENDED, none_of=(_OPEN, _OWN_MEDIA), extend=True),
            Rule("copyright.pirated", CAT, _RECORDED_IT, near=(Near(_RIP_SOURCE, 120), Near(_DISTRIBUTE, 120)), none_of=(_OPEN,), extend=True),
            Rule("copyright.lecture_slides", CAT, _SLIDES_NOUN_FIRST, none_of=(_OPEN,), extend=True),
            Rule("copyright.lecture_slides", CAT, _SLIDES, near=(Near(_SLIDES_WHERE, 100),),
                 none_of=(_OPEN, r"\b(?:lecturer|dr\s+\w+|prof\s+\w+|module\s+leader|tutor)\s+(?:has\s+)?(?:uploaded|posted|shared|put)\b",), extend=True),
            Rule("copyright.whole_work", CAT, _EDITION_COPY, near=(Near(_EDITION_SHARE, 120),),
                 none_of=(_OPEN, _PAID_LEGIT, r"\b(?:i|we)\s+(?:wrote|made|authored|published)\b|\b(?:my|our)\s+(?:own|new)\s+(?:book|textbook|novel)\b|\b(?:buy|bought|order(?:ed)?|second[- ]hand|selling\s+my|old\s+copy|paperback|hardback)\b"), extend=True),
            Rule("copyright.uncredited_image", CAT, _FOUND_ON_SITE, near=(Near(_USE, 120),), none_of=(_OPEN, _CREDITED), extend=True),
            Rule("copyright.whole_work", CAT, _PAID_PRICE, near=(Near(_PAID_PASS_ON, 120),), none_of=(_OPEN, _PAID_LEGIT), extend=True),
            Rule("copyright.uncredited_image", CAT, _REPOST_MORE, near=(Near(_NO_ASK, 120),), none_of=(_OPEN, _CREDITED, r"\b(?:my|our)\s+own\b"), extend=True),
            Rule("copyright.lecture_slides", CAT, _SLIDES_NAMED, near=(Near(_SLIDES_PASSED, 100),), none_of=(_OPEN, _SLIDES_OFFICIAL), extend=True),
            Rule("copyright.pirated", CAT, _SHOW_IN_FULL, near=(Near(r"\b(?:upload\w*|youtube|tiktok|posted|posting|going\s+on|here(?:'s|s)?|link|channel|drive|discord|telegram|dm|sharing|shared|full\s+thing|tonight)\b", 120),),
                 none_of=(_OPEN, r"\b(?:my|our)\s+own\s+(?:band|gig|show|play|concert|talk|lecture)|\bwe\s+(?:performed|played)\b|\bwith\s+(?:their|the\s+band's|permission)\b"), extend=True),
            Rule("copyright.pirated", CAT, _DRM, none_of=(_OPEN, r"\b(?:is\s+it\s+(?:legal|illegal|ok)|how\s+(?:do|does)|what\s+is)\b"), extend=True),
            Rule("copyright.pirated", CAT, _RESTREAM, none_of=(_OPEN, r"\b(?:official(?:ly)?\s+(?:licen[cs]ed|partner)|with\s+permission|my\s+own|our\s+own|we\s+(?:made|filmed|played))\b"), extend=True),
            Rule("copyright.whole_work", CAT, _PASTED_PAYWALL, none_of=(_OPEN,), extend=True),
            Rule("copyright.whole_work", CAT, _PAID_WHOLE, near=(Near(_PAID_MARK, 120), Near(_DISTRIBUTE + r"|\battached\b|\bforward\b|\bpdfs?\b|#\w+", 140)),
                 none_of=(_OPEN, _LIBRARY_ACCESS, r"\b(?:my|our)\s+own\b"), extend=True),
            Rule("copyright.uncredited_image", CAT, _BRAND_THING, near=(Near(_BRAND_USE, 120),),
                 none_of=(_OPEN, r"\b(?:licen[cs]ed|official)\s+(?:merch|design|product|artwork|store|shop)|\bwith\s+permission\b|\bbought\s+(?:a|an|the|some)\b|\bfrom\s+the\s+(?:disney\s+)?(?:store|shop)\b"), extend=True),
            Rule("copyright.uncredited_image", CAT, _IP_ON_MERCH, near=(Near(_IP_BRAND_OR_SALE, 120),),
                 none_of=(_OPEN, _CREDITED, r"\b(?:licen[cs]ed|official)\s+(?:merch|design|product|artwork)|\b(?:with|got|have)\s+(?:their|his|her|the\s+artist's|permission)\b|\b(?:my|our)\s+own\s+(?:art|artwork|drawing|design|photo|illustration)|\bi\s+(?:drew|designed|made|painted|took)\b"), extend=True),
        )

    def detect(self, text: str, ctx: DraftContext) -> list[Detection]:
        return run_rules(self._rules, text, ctx)
