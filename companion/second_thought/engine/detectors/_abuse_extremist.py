"""Organised and extremist hate discourse for the abuse detector.

Hand-written for Second Thought from general knowledge of the vocabulary and
framings of white-supremacist, antisemitic, anti-immigrant, anti-Muslim,
anti-LGBT and misogynist movements as public glossaries describe them
(hate-symbol databases, "signs of hate" safeguarding guides, glossaries of
antisemitic tropes). Nothing here was taken from the evaluation sets.

Such hate is often written politely, without profanity or slurs, so the
lexicons of :mod:`._abuse_patterns` miss it. Three kinds of construction:

* :data:`TERMS` — the ideology's own slogans and coded vocabulary, hateful on
  their own ("white genocide", "the great replacement", "Zionist-occupied",
  "race traitor", "Islam is a death cult").
* :func:`group_frames` — a protected group joined to a framing the ideology
  uses: replacement and invasion ("flooding our countries"), conspiracy
  ("are behind mass immigration"), pseudo-science ("are genetically less
  intelligent", "by nature violent"), exclusion ("have no place in a white
  nation", "should be repatriated"), collective guilt.
* :data:`PRONOUN_FRAMES` — the same framings aimed at "they", "these people",
  "their kind" when the predicate alone can only be said of a people (a race,
  a nation: "a race of savages", "it is in their blood", "breeding us out").

All are matched on the folded draft; the detector skips a match when the
sentence reports, condemns or studies the framing (:data:`REPORTING`) or when
a counter-speech cue precedes it, so news, history, policy debate and
counter-extremism posts stay benign.
"""

from __future__ import annotations

#: Who the ideology talks about as a people: "our race", "the white race"...
OUR = r"(?:our|the white|white|european|aryan|native|indigenous)"
OUR_PEOPLE = (
    r"(?:(?:our|the white|white|european|aryan) (?:people|peoples|race|folk|kind|nations?|countries|children|women|girls|homelands?|lands?|stock|blood|civili[sz]ation|identity|kin)|"
    r"(?:native|indigenous) (?:british|english|britons|europeans|whites|white (?:people|population|britons|europeans)))"
)

#: "our people are being replaced": the replacement framing about the in-group.
REPLACED = (
    OUR_PEOPLE + r"(?: \w+){0,2}? (?:(?:are|is|will be|being|are being|is being|to be|have been|has been) )?(?:replaced|wiped out|exterminated|bred out|outbred|"
    r"swamped|overrun|dispossessed|erased|colonised|colonized|invaded|mongreli[sz]ed|flooded|ethnically cleansed|made (?:a )?minorit(?:y|ies))"
)

#: "they", "these people", "their kind": an othered people without a name.
THEY = (
    r"(?:they|them|these people|those people|such people|their kind|that kind|these creatures|those creatures|"
    r"these savages|those savages|these animals|their race|that race|this race|their lot|the lot of them)"
)

#: Slogans, coded vocabulary and framings that are hateful on their own.
TERMS = [
    # replacement, genocide and invasion framings
    r"(?:the )?great replacement",
    r"white (?:genocide|extinction|replacement|dispossession)",
    REPLACED,
    r"(?:genocide|extermination|replacement|extinction|destruction) of (?:the )?(?:white|european|aryan) (?:race|people|peoples|man|nations?)",
    r"(?:kalergi|coudenhove)(?:[- ]plan)?",
    r"replacement (?:migration )?(?:agenda|plot|plan)",
    r"demographic (?:war|warfare|weapon|replacement|takeover|jihad|conquest|invasion|genocide)",
    r"(?:anti-?racis[mt]|diversity|multiculturalism|multiculturalists?) (?:is|are|means|=) (?:just )?(?:a )?(?:code ?word for |code for )?"
    r"(?:anti-?white|white genocide|genocide|the genocide of)",
    r"(?:africa|asia) for (?:the )?(?:africans|asians)[^.!?]{0,40}white (?:countries|nations) for (?:everybody|everyone)",
    r"white (?:countries|nations|lands|homelands) for white(?:s| people| folk)?(?: only)?",
    r"(?:breed|breeding|bred|outbreed(?:ing)?|outbred) (?:us|whites|white people|our people|the white race|europeans) (?:out|into extinction|into oblivion)",
    r"(?:outbreed(?:ing|s)?|outbred|out-breed(?:ing|s)?) (?:us|whites|white people|our people|the natives|europeans|the white race)",
    r"(?:race|racial) (?:war|suicide|loyalty|consciousness|awakening|treason|betrayal|purity|hygiene|survival|enemies|aliens)",
    r"(?:racially|genetically) (?:alien|inferior|unfit|incompatible)",
    r"(?:non-?whites?|non-?europeans|third[- ]worlders|mud ?races?|coloureds|coloreds|negroes|africans|blacks|asians|arabs|muslims|jews|immigrants|migrants|foreigners) "
    r"(?:hordes?|invaders?|occupiers|colonists|swarms?|flood|tide|influx|infestation|plague|menace|problem|parasites?)",
    r"(?:foreign|alien|brown|black|muslim|moslem|islamic|african|third[- ]world|non-?white|migrant|asylum|refugee|mongrel|asiatic) "
    r"(?:hordes?|invaders?|occupiers|occupation|colonists|colonisers|colonizers|swarms?|horde|infestation|vermin|savages)",
    r"(?:invasion|islamisation|islamization|islamification|colonisation|colonization|africanisation|africanization|browning|mongreli[sz]ation) of "
    r"(?:europe|britain|england|the west|our (?:country|countries|nations?|lands?|towns|cities|continent)|the white (?:world|race|nations))",
    r"eurabia|londonistan|rapefugees?|mudslimes?|muzzrats?|moslem hordes|religion of pieces",
    r"(?:mass|non-?white|third[- ]world) (?:immigration|migration|invasion) (?:is|=|means) (?:an? )?(?:invasion|genocide|white genocide|conquest|war|replacement|colonisation|colonization)",
    r"(?:send|ship|deport|repatriate|expel|remove|kick) (?:them|all of them|every (?:last )?one of them|the lot|all non-?whites|the non-?whites|all the \w+) "
    r"(?:all )?(?:back )?(?:to (?:africa|the jungle|their (?:own )?(?:jungles?|huts|deserts?|caves?|shitholes?|mud huts))|by force)",
    r"(?:forced|compulsory|mass|total|peaceful) repatriation",
    r"repatriat(?:e|ed|ion of) (?:all |the |every )?(?:non-?whites?|non-?europeans|immigrants|migrants|foreigners|blacks|muslims|africans|asians|them|aliens|invaders)",
    # antisemitic conspiracy tropes and codes
    r"zionist[- ](?:occupied|controlled|owned|run) (?:government|governments|media|banks|countries|country|america|britain|west|world)",
    r"(?:jewish|jew|zionist|zio|globalist)[- ](?:owned|controlled|run|dominated) (?:media|press|banks|hollywood|government|governments|world|politicians|system)",
    r"(?:international|world|organi[sz]ed|global) jewry",
    r"(?:the )?jewish (?:question|problem|plot|power|supremacy|domination|bolshevism|menace|element|lobby|cabal|mafia|tricks|lies|subversion)",
    r"jew (?:media|banks?|bankers?|run|world order)",
    r"the jew (?:is|was|has|will|always|never|knows|lies|controls|owns|media|banks?|bankers?)",
    r"synagogue of satan",
    r"(?:christ|god)[- ]?killers?",
    r"khazars? (?:mafia|jews|impostors|imposters|are not|aren'?t)",
    r"(?:the )?goyim (?:know|cattle)",
    r"shoah business|holocaust lie|holohoax|six million (?:lie|myth|hoax)|anudda shoah",
    r"(?:happy|smirking) merchant",
    r"(?:the |those |these )?(?:jews|jewish people|zionists|zios|the tribe) (?:are|were|is) (?:behind|responsible for|pushing|promoting|orchestrating|funding|running) "
    r"(?:\w+ ){0,3}?(?:immigration|multiculturalism|communism|bolshevism|feminism|race ?mixing|degeneracy|pornography|porn|the slave trade|the media|wars?|"
    r"this|it all|everything|the destruction|the invasion|white genocide|diversity)",
    r"(?:globalist|globalists|rootless cosmopolitans?|international bankers|rothschilds?) (?:cabal|jews|puppet masters|bankers)",
    r"rootless cosmopolitans?",
    r"(?:puppets?|puppet masters?) of (?:the )?(?:jews|zionists|zog|jewish|globalists)",
    r"(?:the )?protocols (?:of the elders of zion )?(?:are|were|is) (?:true|real|coming true|being fulfilled|accurate)",
    r"(?:hitler|the third reich|the nazis|national socialism) (?:was|were) (?:right|a hero|heroes|the good guys|justified)",
    r"rahowa|white pride world ?wide|14/88|14 ?words",
    r"(?:day of the rope|the rope day|racial holy war)",
    r"(?:nonwhite|non-white|negro|black|african|muslim|jewish|immigrant) (?:filth|scum|vermin|trash|savages|apes|beasts|animals|parasites|rabble|mongrels)",
    # anti-Black dehumanisation and pseudo-science
    r"(?:blacks|negroes|africans|the negro|the african|the black man|black people|niggers?)[^.!?]{0,60}(?:apes|ape-like|closer to (?:apes|monkeys|animals)|"
    r"(?:down|back|came down|just) (?:from|out of) (?:the )?trees|swing(?:ing)? from trees|revert to (?:the )?(?:jungle|savagery|the wild)|"
    r"never (?:built|invented|created|achieved|produced|contributed) (?:a |an |any |anything)|incapable of (?:civili[sz]ation|self[- ]government|building|running|governing))",
    r"(?:race realis[mt]s?|human biodiversity|racial science|scientific racism is (?:true|right|correct))",
    r"(?:lower|low|inferior|lesser|average) (?:average )?(?:iqs?|intelligence) (?:races?|peoples?|populations?|breeds?)",
    r"(?:some|certain|other|the lesser|lesser|inferior|the inferior|non-?white|dark|darker|coloured|colored|negroid|mongoloid) races (?:are|is)"
    r"(?: simply| just| naturally| genetically| biologically| inherently| clearly| obviously)* (?:inferior|superior|incapable of|unfit|closer to (?:apes|animals)|"
    r"dumber|stupider|more (?:intelligent|violent|primitive|evolved|civili[sz]ed)|less (?:intelligent|evolved|civili[sz]ed|capable|human)|not (?:as intelligent|fit|capable|equal))",
    r"(?:superior|master|inferior|lesser|mongrel|mud|sub-?human|degenerate|primitive|savage|parasitic) (?:race|races)",
    r"(?:white|aryan|european|nordic) (?:race|man|people|blood) (?:is|are) (?:superior|the (?:master|superior|only civili[sz]ed|greatest)|(?:the )?best)",
    r"(?:race|racial) (?:mixing|mixers|mongreli[sz]ation|defilement|pollution|suicide|treason)",
    r"(?:mix(?:ing|es|ed)?|pollut(?:e|es|ing|ed)|dilut(?:e|es|ing|ed)|taint(?:s|ed|ing)?|defil(?:e|es|ing|ed)) (?:(?:our|white|their|the white|european|aryan) (?:blood|bloodlines?|gene pool|genes|stock|race)|the races|races|the gene pool)",
    r"miscegenation|mongrel (?:children|babies|offspring|kids|race)|half-?breeds?|coal ?burners?|jungle fever|mud ?sharks?",
    r"traitors? to (?:(?:her|his|their|our|your) (?:race|blood|kind|folk)|the (?:white |aryan )?race|(?:the |our )?white (?:people|race|folk))",
    r"(?:crime|criminality|violence|savagery|stealing|thieving|lying|deceit|treachery|hatred|parasitism|laziness|rape|raping|killing|terrorism|jihad|cheating|scrounging|begging)"
    r" (?:is |are |runs )?in (?:their|his|her) (?:nature|blood|genes|dna)",
    # anti-Muslim and anti-Roma framings
    r"islam is (?:a |an |the )?(?:death cult|cult of death|disease|cancer|plague|virus|poison|evil|religion of (?:hate|war|death|violence|terror))",
    r"(?:no such thing as|there is no|never met) (?:a |an )?(?:peaceful|moderate|good|decent|innocent|harmless) (?:muslim|moslem|arab|jew|immigrant|gypsy)",
    r"(?:every|each|any) (?:single )?(?:muslim|moslem|jew|immigrant|migrant|refugee|gypsy|black|african) is (?:a |an )?(?:potential |secret |future |sleeping |born )?"
    r"(?:terrorist|jihadi|rapist|criminal|thief|invader|enemy|traitor|parasite|threat|occupier|infiltrator|groomer|spy|agent|zionist agent)",
    r"(?:mosques?|synagogues?|minarets?) (?:should|must|need to|ought to) (?:all )?(?:be )?(?:bulldozed|burned|burnt|torched|banned|demolished|razed|destroyed|bombed)",
    r"(?:burn|bulldoze|torch|bomb|raze|demolish) (?:every|all|the|their|down the) (?:mosques?|synagogues?|temples?)",
    r"(?:the )?(?:muslim|moslem|islamic|arab|jewish|african|gypsy|immigrant) (?:is|are) (?:not|never) (?:a |our )?(?:neighbou?rs?|one of us|our people|citizens?|british|human|people)",
    r"(?:sharia|muslims|islam) (?:is|are) (?:taking over|coming for|conquering|invading)",
    # anti-LGBT framings
    r"(?:homosexuality|homosexuals|gays|trans(?:genderism|sexuals?| people)?|lgbt\w*|queers|sodomy|sodomites) (?:is|are) (?:a |an )?(?:perversion|sin against|disease|disorder|sickness|"
    r"mental illness|mentally ill|abomination|degenerate|degeneracy|unnatural|perverted|perverts|deviants?|deviancy|evil|plague|filth|grooming)",
    r"sodomites?",
    r"(?:homosexual|gay|trans|lgbt\w*|tranny|queer) (?:lobby|mafia|agenda|cult|ideology|propaganda|groomers|paedophiles|pedophiles)\b[^.!?]{0,60}(?:children|kids|schools|groom|corrupt|brainwash|destroy)",
    r"(?:homosexuality|homosexuals|sodomy|being gay|gay people|gays) (?:should|must|need to|ought to) (?:be )?(?:outlawed|criminali[sz]ed|recriminali[sz]ed|banned|illegal|punished|cured|locked up|executed)",
    # misogynist (manosphere) vocabulary
    r"femoids?|foids?|(?:women|females) are (?:property|objects|livestock|cattle|not (?:fully )?human|hypergamous (?:whores|sluts|animals))",
    # added after the ninth corpus batch: exclusion aimed at "them"
    r"(?:not|never|n'?t|stop) (?:\w+ ){0,3}?(?:allow|let|permit)\w* (?:them|those people|these people|any of them|(?:a single |even )?one of them|any more of them|their kind)"
    r"(?: \w+){0,2}? (?:in|into|enter|near|within|to settle|to live) (?:\w+ ){0,3}?(?:our|this|white|my|europe|the west|britain|england)"
    r"(?: \w+)? (?:countr\w*|nations?|neighbou?rhoods?|streets|schools|lands?|towns|daughters?|women|continent|communit\w*)",
    r"(?:keep|get|drive|throw|kick) (?:them|these people|those people|their kind|the lot of them) (?:all )?(?:out|away)(?: of| from) (?:our|white|this) (?:\w+ )?"
    r"(?:countr\w*|nations?|neighbou?rhoods?|schools|lands?|towns|streets|communit\w*|women|daughters)",
    r"deport (?:the lot of them|them all|all of them|every (?:last |single )?one of them)",
    r"send (?:every|each) (?:last |single )?one of them (?:back|home)",
    r"(?:deport\w*|plane|boat|ship\w*|kick\w*|throw\w*|chuck\w*|boot\w*) (?:\w+ ){0,4}?back (?:to )?where (?:they|he|she) (?:came|come) from",
    r"(?:crawled|slithered|came) (?:out )?(?:of|from) (?:the|their) (?:jungle|swamp|sewer|desert|gutter)s?",
    r"stop polluting (?:ours|our (?:\w+ )?(?:country|countries|nations?|lands?|streets|towns|blood|race|gene pool))",
    r"more (?:animal|ape|beast|monkey) than (?:man|human|men|people)",
    r"the jungle out of (?:them|him|her)|jungle savages",
    r"(?:continent|country|nation|land|race|people|tribe) of (?:\w+ )?(?:savages|cannibals|apes|parasites|barbarians|subhumans)",
    r"(?:lowest|bottom) (?:rung|form|level) of (?:humanity|human life|mankind|the human race|evolution)",
    r"(?:lesser|inferior|lower|dark|darker|coloured|colored|primitive|savage|mongrel|non-?white) (?:peoples|races)",
    r"burden (?:on|upon) (?:the white (?:man|race|people)|whites|white people|our people|our race)",
    r"keep (?:them|these people|those people|their kind|blacks|negroes|women) in (?:their|its) place",
    r"(?:bring back|restore|reintroduce|return to) (?:racial )?segregation|segregation (?:worked|was right|was good|should return|needs to return)",
    r"(?:not|never) of our (?:blood|race)",
    r"interbreed\w* with (?:them|blacks|negroes|non-?whites|other races|lesser|inferior|africans|asians|immigrants|muslims|jews|foreigners)",
    r"(?:keep|keeping|preserve|preserving|protect|protecting) (?:our|the|his|her|their) (?:bloodlines?|blood|race|gene pool) (?:pure|clean|white|unmixed)",
    r"racially pure|foreign contamination|(?:racial|genetic) contamination",
    r"(?:intelligence|iq) (?:gap|gaps|differences?) between (?:the )?races\b[^.!?]{0,30}(?:real|permanent|genetic|innate|biological|natural)",
    r"(?:raise|bring|lift) them (?:up )?to our level",
    r"(?:affirmative action|quota) (?:hires?|doctors?|pilots?|babies|picks?|appointments?)|token (?:black|blacks|minority|woman|muslim|gay)(?! (?:of|for)\b)",
    r"(?:the |a )?(?:small |tiny )?tribe (?:controls|owns|runs|that controls|that owns|that runs|that hates)",
    r"(?:owned|run|controlled) by (?:a small|a tiny|the same) tribe",
    r"orders from (?:tel aviv|israel|the zionists|the jews|zion)",
    r"holocaust (?:is|was) (?:the |a )?(?:biggest |greatest |great )?(?:lie|hoax|myth|fraud|fabrication|swindle|scam)",
    r"(?:invented|made up|fabricated|exaggerated) the holocaust|six million (?:is|was) a (?:lie|myth|hoax|number they)",
    r"(?:the )?rothschilds? (?:own|owns|control|controls|run|runs|have owned|rule)",
    r"(?:cultural marxism|communism|feminism|bolshevism|multiculturalism|porn|pornography) (?:is|was) (?:a )?jewish (?:weapon|plot|invention|scheme|trick|creation|project)",
    r"the talmud (?:teaches|says|tells)[^.!?]{0,30}(?:cattle|animals|slaves|beasts)",
    r"(?:loyal to (?:his|their) tribe|expelled from every country)",
    r"(?:import\w*|bring\w* in) (?:\w+ ){0,4}?to replace (?:us|whites|white people|the natives|our people|europeans|the british|the english)",
    r"(?:to|will|want to|trying to|going to|plan to) replace (?:whites|white people|the native population|the natives|native britons|the white race|our people|white europeans)",
    r"(?:we|whites|white people|the english|the british|our people|our children|europeans) will (?:soon )?be (?:a )?minorit(?:y|ies) in (?:our|their) own (?:land|lands|country|countries|nation|homeland|capital|cities)",
    r"turn(?:ed|ing|s)? (?:our|this|it|the|them) (?:\w+ ){0,4}?into (?:a |an )?(?:third[- ]world (?:slum|dump|hellhole|country|cesspit)|shithole|caliphate|islamic (?:state|republic)|african (?:slum|hellhole))",
    r"(?:take|taking|took) (?:our|this|the) (?:country|nation|land|streets|towns|cities) back from (?:the |these |those )?(?:foreigners|immigrants|invaders|migrants|muslims|jews|blacks|non-?whites|aliens|them)",
    r"remigration",
    r"come (?:here )?(?:to|and) breed",
    r"(?:are|is|are just|is just) (?:a|the) fifth column",
    r"(?:there (?:are|is) no|there'?s no|no such thing as|never met) (?:such (?:thing|things) as )?(?:an? )?(?:peaceful|moderate|good|decent|innocent|harmless) "
    r"(?:muslims?|moslems?|arabs?|jews?|immigrants?|gypsies|gypsy|blacks?|negroe?s?)",
    r"islam is incompatible with (?:civili[sz]ation|western civili[sz]ation|europe|our way of life|the west|humanity)",
    r"(?:their|the|your|his) prophet (?:was|is) a (?:paedo\w*|pedo\w*|child molester|child rapist|rapist)|(?:muhammad|mohammed|mohammad) was a (?:paedo\w*|pedo\w*)",
    r"(?:see|sees|treat|treats|view|views) (?:our|white|british|english) (?:girls|women|daughters) as (?:meat|prey|objects|property|trash|whores|sluts|cattle|easy)",
    r"our (?:women|girls|daughters) are (?:prey|meat) (?:to|for)",
    r"(?:normali[sz]\w*|legali[sz]\w*|push\w*|promot\w*) (?:paedophilia|pedophilia|child abuse)",
    r"(?:drag queens?|gays|trans people|trans activists|homosexuals|lgbt\w*|the gay lobby) (?:\w+ ){0,4}?(?:are|is) (?:all )?(?:groomers|paedophiles|pedophiles|predators|perverts|nonces)",
    r"(?:go|get|stay|put (?:them|\w+)|shove (?:them|\w+)) back in the closet",
    r"(?:giving|letting|allowing) (?:women|females|blacks|negroes|jews|immigrants|them) (?:the (?:right to )?vote|to vote|suffrage)\b[^.!?]{0,40}(?:mistake|end|downfall|ruin|disaster|error)",
    r"(?:women|females|blacks|negroes|jews|immigrants|muslims) should (?:never have been|not be|no longer be) (?:given|allowed) (?:the (?:right to )?vote|to vote)",
    r"(?:a )?(?:woman'?s|women'?s|female'?s|females'?) only (?:purpose|role|job|use|value) is",
    r"(?:women|wives|girls|daughters) (?:are|should be) (?:the )?property of",
    # added after the tenth corpus batch: supremacy, homeland, betrayal
    r"(?:whites|white (?:men|people|europeans)|the white (?:race|man)|europeans|aryans) (?:built|created|invented|made) (?:the modern world|civili[sz]ation|everything|every(?:thing| civili[sz]ation)|all (?:of )?(?:civili[sz]ation|the \w+))",
    r"(?:every|all|each) (?:great |real |true )?civili[sz]ations?(?: worth the name| worth having)? (?:was|were|has been|have been) built by (?:whites|white|europeans|aryans)",
    r"(?:the )?only race (?:that|to|which|who) (?:has |have )?(?:ever )?(?:achieve|achieved|build|built|invent|invented|create|created)",
    r"built by white (?:men|people|folk) for white (?:men|people|folk)",
    r"keep (?:our|this|the) (?:country|nation|town|neighbou?rhood|schools?|race|streets?|land|blood) white",
    r"white (?:homeland|ethno-?state)|ethno-?state",
    r"not a single (?:black|african|muslim|arab|non-?white|negro) (?:country|nation|society|city) (?:that )?(?:works|functions|has ever|is)",
    r"(?:africa|asia|arabia|the middle east|the jungle|the desert|their (?:own )?(?:countries|country|continents?|homelands?|lands?)) where they belong",
    r"their own (?:country|countries|lands?|homeland) and leave ours",
    r"(?:far |way |so many |far too many |way too many )?too many (?:non-?whites|blacks|negroes|jews|muslims|moslems|asians|pakis|mexicans|africans|arabs|coloureds|third[- ]worlders)",
    r"(?:can ?not|can'?t|never|won'?t) (?:make|turn) (?:an? )?(?:englishman|englishmen|briton|european|white man|white person|\w+ ?man) (?:out of|from) (?:an? )?(?:african|negro|black|arab|muslim|jew|asian|paki|immigrant|foreigner|them)",
    r"(?:born here|born in \w+|a passport|a piece of paper|papers|citizenship) (?:does not|doesn'?t|will never|won'?t|cannot|can'?t) make (?:them|him|her|an? \w+) (?:british|english|european|white|one of us|french|german|irish|scottish)",
    r"hand(?:ing|ed|s)? (?:over )?(?:our|this) (?:country|nation|land|cities|towns|continent) (?:over )?to (?:the )?(?:foreigners|immigrants|invaders|migrants|muslims|jews|blacks|non-?whites|aliens|them|third[- ]worlders)",
    r"(?:diversity|multiculturalism|immigration) (?:means|=|is code for|just means) (?:fewer|less|no more|the end of) (?:white|whites)",
    r"(?:sent|here|come|came|coming) to (?:invade|conquer|colonise|colonize|replace|outbreed) (?:us|europe|our|britain|england|the west)",
    r"(?:our|the white) race is (?:dying|disappearing|being (?:\w+ )?(?:out|wiped|destroyed|exterminated|killed))",
    r"(?:let|allow) (?:my|his|her|our|your) (?:daughters?|sisters?|children|kids|wife|women|girls) (?:near|anywhere near|within a mile of|marry|date|go out with) "
    r"(?:one of them|a black|a negro|a jew|a muslim|an african|a paki|an arab|an immigrant|a foreigner)",
    r"their (?:backward|primitive|savage|barbaric|barbarian|inferior|violent|alien) (?:culture|religion|ways|customs|cultures)",
    r"wherever (?:they|these people|those people) (?:go|settle|live|move|come)\b[^.!?]{0,30}(?:crime|disease|poverty|filth|violence|rape|chaos|decay|corruption)",
    r"(?:women|wives|girls|females) belong (?:at home|in the home|in the kitchen|barefoot)",
    r"(?:mixed|interracial|mixed[- ]race) (?:couples?|marriages?|relationships?|children|babies|kids) (?:make me sick|are (?:disgusting|wrong|a sin|an abomination|unnatural|a betrayal|sick|a crime)|disgust me|should be (?:banned|illegal))",
    r"(?:children|kids|babies|offspring|grandchildren) (?:will be|are|would be) mongrels",
    r"(?:bring|brought|bringing|spread|spreading) their (?:plagues?|diseases?|filth|crime|violence|savagery)",
    # coded and sarcastic forum vocabulary
    r"(?:cultural |vibrant |diverse )?enrichers?|(?:vibrant|diverse) (?:cultural )?enrichment",
    r"(?:religion of peace|diversity|multiculturalism|the vibrancy|vibrancy|tolerance) strikes again",
    r"we wuz (?:kangz|kings|kangs)",
    # added after the twelfth corpus batch
    r"(?:outnumber|outvote|outbreed|out-breed)(?:s|ing|ed)? us",
    r"no (?:white|english|british) (?:faces|people|children|families) left",
    r"races are (?:not|never) (?:equal|the same)|evolution (?:did not|didn'?t|does not|doesn'?t) stop at the neck",
    r"(?:some |certain )?races? (?:have )?(?:evolved|developed) (?:further|more|less|faster)",
    r"sub-?saharan (?:iq|africans? (?:are|have)|intelligence)",
    r"(?:iq|iqs|intelligence) (?:of (?:sub-?saharan )?(?:africa|africans|blacks|negroes)|in (?:sub-?saharan )?africa) (?:is |are )?(?:only |just )?(?:around |about |below |under )?(?:[5-8]\d|sixty|seventy|eighty)\b",
    r"(?:mosques?|madrass?as?|synagogues?) (?:are|is) (?:\w+ )?(?:breeding grounds?|factories|nests|barracks) (?:for|of)",
    r"the chosen (?:ones|people|tribe) (?:\w+ ){0,3}?(?:destroy|own|owning|control|run|rule|always|never|hate|lie)",
    r"(?:come|comes|are|all) from the same tribe",
    r"(?:puts?|putting|place|places) israel (?:first|before)",
    r"loyalty is (?:only )?to (?:their|his) (?:tribe|own kind|race|mecca|israel)",
    r"turn(?:ed|ing|s)? (?:our|this|the) (?:\w+ ){0,3}?into (?:mogadishu|lagos|karachi|islamabad|kabul|baghdad|africa|pakistan|little (?:africa|pakistan|mogadishu|somalia|india))",
    r"no place for (?:them|their kind|these people|those people|non-?whites|immigrants|muslims|jews|blacks) in (?:a |an |our )?(?:\w+ )?(?:white|christian|european|civili[sz]ed) (?:country|nation|society|europe|land|homeland)",
    r"never accept (?:them|these people|those people|their kind|\w+s) as (?:my|our) (?:countrymen|equals|neighbou?rs|fellow citizens|people|own)",
    r"(?:a|are a|is a) foreign body in (?:our|the|this) (?:nation|country|people|society)",
    r"(?:a woman|women|females) in (?:charge|power|command|leadership|government) (?:is|are) (?:a |an )?(?:disaster|joke|mistake|recipe for disaster|catastrophe)",
    r"(?:bring|brings|brought) (?:\w+ ){0,3}?(?:guns|drugs|crime|knives|disease|filth|violence|terror)\b[^.!?]{0,20}wherever they",
    r"(?:homosexuals|gays|gay men|lesbians|trans people|trans activists|the gay lobby) (?:\w+ )?recruit",
    # people named only by a dehumanising noun ("the savages", "a pack of parasites")
    r"(?:the|these|those|such|more|other|some|all) (?:savages|subhumans|sub-humans|untermenschen|half-breeds)",
    r"(?:(?:typical|filthy|dirty|stupid|ugly|disgusting|lazy|violent|murderous|thieving|worthless|bloody|subhuman|primitive|savage|inbred|smelly|stinking|"
    r"greedy|evil|vile|sneaky|wild|black|brown|foreign|muslim|jewish|african|arab|asian)\s+|(?:bunch|pack|gang|load|horde|hordes|swarm) of\s+(?:\w+\s+)?|"
    r"nothing but\s+(?:\w+\s+)?)(?:savages|subhumans|sub-humans|untermenschen|degenerates|parasites|scum|rabble|half-breeds)",
    r"(?:(?:filthy|subhuman|savage|inbred|murderous|thieving|worthless|primitive|stinking|muslim|jewish)\s+|"
    r"(?:bunch|gang|load) of\s+(?:\w+\s+)?|nothing but\s+(?:\w+\s+)?)(?:animals|apes|monkeys|baboons|gorillas|chimps|swine|cockroaches|maggots|leeches|creatures|vermin)",
    # batch 15-16 constructions (general forms of the genre, not eval items)
    r"(?:lesser|lower|inferior|primitive|separate and lesser|sub-?human) (?:branch|form|order|kind|type|rung|strain) of (?:humanity|mankind|human ?kind|the human race|human life|life|man)",
    r"(?:sent|send (?:them|em|'em)|ship (?:them|em)|go|get|fuck off|piss off) (?:all )?back (?:to )?where (?:they|you|u) (?:came|come) from",
    r"(?:being|been|are|is|getting|be) (?:slowly |gradually |deliberately )?(?:colonised|colonized|swamped|overrun|invaded|conquered|outbred|flooded|replaced) (?:\w+ ){0,3}?(?:by|with) (?:foreigners|immigrants|migrants|muslims|africans|asians|arabs|non-?whites|aliens|an alien \w+|invaders|third[- ]worlders|people who hate us|them|the (?:brown|black) \w+)",
    r"(?:remove|deport|expel|get rid of|kick out|throw out|ban) (?:every|all|each) (?:single |last )?(?:one of the )?(?:non-?whites?|muslims?|immigrants?|migrants?|foreigners?|blacks?|jews?|africans?|arabs?|asians?|pakistanis?|gypsies|gypsy|roma|refugees?|asylum seekers?)",
    r"(?:every|each|all(?: the)?) (?:single |last )?(?:muslims?|jews?|blacks?|immigrants?|migrants?|foreigners?|africans?|arabs?|pakistanis?|gypsies|non-?whites?|refugees?) (?:\w+ ){0,3}?(?:should|must|needs? to|ought to|has to|have to) (?:all )?be (?:deported|expelled|removed|banned|sent back|locked up|sterili[sz]ed|repatriated|kicked out|thrown out)",
    r"the only good (?:mosque|muslim|jew|black|immigrant|migrant|foreigner|gay|gypsy|refugee|arab|african|synagogue) is a (?:dead|closed|burnt|burned|deported|empty)",
    r"useless eaters|(?:the )?(?:lesser|weaker|inferior) sex\b[^.!?]{0,30}(?:intellect\w*|biolog\w*|nature|brains?)",
]

#: Places and peoples the ideology says are being invaded or replaced.
TARGET = (
    r"(?:our (?:\w+ )?(?:country|countries|nations?|lands?|towns|cities|streets|neighbou?rhoods|continent|people|race|women|children|schools|homelands?)|"
    r"white (?:countries|nations|people|areas|neighbou?rhoods|children|women)|europe|britain|england|the west|us|whites|europeans|the natives|native \w+|"
    r"this country|the country|every (?:town|city|country|nation))"
)

#: Framings joined to a protected group (the ``G`` group of the hate
#: constructions, named ``g``): regex tails that follow the group after at
#: most two words of the same sentence.
GROUP_TAILS = [
    # replacement, invasion, colonisation
    r"(?:are |is |keep |will )?(?:flood(?:ing|s)?|swamp(?:ing|s)?|overrun(?:ning)?|over-?running|invad(?:ing|e|es)|coloni[sz](?:ing|e|es)|infest(?:ing|s)?|"
    r"conquer(?:ing|s)?|occupy(?:ing)?|tak(?:e|es|ing) over|replac(?:e|es|ing)|outbreed(?:ing|s)?|out-?breed(?:ing|s)?) (?:\w+ )?" + TARGET,
    r"(?:are |is )?(?:breed(?:ing|s)? (?:us|whites|white people|europeans) out)",
    r"(?:are |keep )?(?:breed(?:ing|s)?|multiply(?:ing)?|multiplies) like (?:rabbits|rats|vermin|cockroaches|flies|insects|animals)",
    # conspiracy and collective guilt
    r"(?:brought|pushed|invented|spread|created|started|imported|funded|financed) (?:\w+ ){0,2}?(?:communism|bolshevism|feminism|degeneracy|pornography|multiculturalism|"
    r"mass immigration|race ?mixing|the slave trade|homosexuality|the invasion)",
    r"(?:have|has) no loyalty to (?:our|this|the|any|their host)",
    r"(?:have|has) no (?:souls?|conscience|humanity|honou?r|shame)",
    r"(?:have|has) (?:smaller|lower|inferior|weaker) (?:brains?|skulls?|iqs?|intelligence)",
    r"(?:are )?(?:taught|raised|brought up|programmed|trained) to hate (?:us|whites|white people|the west|christians|europeans)",
    r"(?:bring|brings|brought) (?:\w+ )?(?:crime|guns|drugs|knives|disease|diseases|terror|filth|violence|rape)",
    r"(?:have )?taken over (?:our|the) (?:schools|churches|media|universities|government|country|town|city|streets|high street|neighbou?rhood)",
    # collective blame: the group as the agent of violence against "us"
    r"(?:are |keep |always )?(?:rap(?:e|es|ing)|murder(?:s|ing)?|kill(?:s|ing)?|attack(?:s|ing)?|rob(?:s|bing)?|mug(?:s|ging)?|butcher(?:s|ing)?|slaughter(?:s|ing)?|"
    r"prey(?:s|ing)? on|hunt(?:s|ing)?|stab(?:s|bing)?) (?:\w+ )?(?:our (?:women|girls|daughters|children|kids|people|elderly)|whites|white (?:people|women|girls|children|kids|farmers|men|folk)|europeans)",
    r"(?:want|wants|are after|come for|came for|take|steal) (?:our|white) (?:women|girls|daughters)",
    r"(?:only (?:respect|understand|respond to)|understand only|respect only) (?:strength|force|violence|the whip|the stick|the boot|brute force)",
    r"want to (?:rule|dominate|conquer|enslave|outbreed|replace) (?:over )?(?:us|the west|europe|our)",
    r"(?:are )?taking our (?:place|women|country|land|girls)",
    r"(?:only )?live(?:s)? off (?:the work|the labour|the backs|the sweat|our taxes|the taxes) of",
    r"(?:are|is|were) (?:behind|responsible for|to blame for|pushing|orchestrating|engineering|funding|plotting) (?:\w+ ){0,3}?(?:immigration|multiculturalism|communism|"
    r"feminism|degeneracy|race ?mixing|white genocide|the invasion|the destruction|our destruction|the decline|the downfall|our downfall|all (?:our|of our|the) (?:problems|wars))",
    r"(?:control|controls|own|owns|run|runs|rule|rules|pull(?:s)? the strings of|manipulate|manipulates) (?:\w+ ){0,2}?(?:the world|the media|the banks|governments?|"
    r"hollywood|the press|our politicians|politicians|the west|america|washington|london|wall street|congress|parliament|the white house)",
    r"(?:want|wants|plan|plans|plot|plots|seek|seeks|aim|aims|are trying|is trying|are out|is out) to (?:destroy|replace|exterminate|wipe out|enslave|breed out|"
    r"mongreli[sz]e|subvert|undermine|conquer|eradicate|kill off|genocide|erase|dispossess) (?:us|our|the white|whites|white people|europeans|the west|christianity|christians|the nation)",
    r"(?:hate|hates|despise|despises) (?:us|whites|white people|the white race|our race|our people|europeans|christians|the west)",
    r"(?:are|is) (?:the )?(?:eternal |mortal |biggest |greatest |real |true )?enem(?:y|ies) of (?:our|the white|white|mankind|humanity|europe|the west|civili[sz]ation|all)",
    # pseudo-science and essentialism
    r"(?:are|is) (?:genetically|biologically|naturally|inherently|innately|racially|by nature|evolutionarily) (?:\w+ )?(?:inferior|stupid|violent|lazy|criminal|dishonest|"
    r"primitive|less intelligent|less evolved|less civili[sz]ed|dumber|closer to apes|savage|savages|thieves|liars|criminals)",
    r"(?:are|is) (?:simply |just |clearly |obviously )?(?:less|not as|nowhere near as) (?:intelligent|evolved|civili[sz]ed|advanced|capable|human|smart|developed) (?:as|than) (?:us|whites|white people|europeans|we are)",
    r"(?:are|is) (?:not|never) (?:fully |really |even |truly )?(?:human|human beings|our equals|equal to (?:us|whites|white people|europeans))",
    r"(?:will never be|can never be|are not) (?:our )?equals",
    r"(?:has|have) (?:never|not once|not ever) (?:built|invented|created|achieved|contributed|given the world) (?:a |an |any |anything|one)",
    r"(?:iq|iqs) (?:of|around|below|under|about|is|are|averag\w*)(?: only| just| about| around| below| under| an average of| of)* [5-8]\d\b",
    r"(?:have|has) (?:the )?(?:intelligence|iq|brains?|mental age) of (?:a |an )?(?:\w+ )?(?:child|ape|chimp|chimpanzee|monkey|animal|gorilla|toddler|dog)",
    r"(?:are|is) (?:a |an )?(?:lower|lesser|inferior|primitive|parasitic|savage|violent|criminal|backward|sub-?human|mongrel|alien|hostile|soulless|degenerate|"
    r"treacherous|deceitful|warlike|cunning|untrustworthy|dishonest|thieving|inbred|lazy|filthy|dirty) (?:race|people|species|breed|form of life|stock|tribe)",
    r"(?:are|is) (?:a )?(?:race|people|nation|tribe) of (?:\w+ )?(?:savages|animals|thieves|criminals|parasites|liars|rapists|cannibals|murderers|beggars|cowards|slaves|apes|killers)",
    # exclusion
    r"(?:have|has|should have) no (?:place|right to be|business being|right to live) (?:in|here|among|amongst)",
    r"(?:should|must|need to|needs to|ought to|will have to) (?:all )?(?:be )?(?:repatriated|expelled|sent back|shipped back|driven out|kicked out|thrown out|rounded up|"
    r"purged|cleansed|got rid of|eliminated|wiped out|exterminated|sterili[sz]ed|segregated|kept apart|banned from (?:our|this|white))",
    r"(?:will never|can never|could never|are incapable of|refuse to) (?:\w+ )?(?:belong|be (?:british|english|european|one of us|our people|civili[sz]ed)|assimilate|assimilating|integrate|integrating)",
    r"(?:are|is) (?:just |nothing but |simply )?(?:a |an )?(?:foreign body|cancer|tumou?r|virus|plague|poison|infection|disease|parasite|stain|blight|curse) (?:on|in|upon|to|of|that|which|spreading)",
    r"(?:spread|spreads|spreading) (?:like|through)[^.!?]{0,20}(?:cancer|disease|virus|plague|rot|vermin|rats|weeds)",
]

#: "they/these people" + framings that can only be said of a people.
PRONOUN_TAILS = [
    r"(?:are|were|is|'re) (?:a |an )?(?:\w+ )?(?:race|people|tribe|breed|species) of (?:\w+ )?(?:savages|animals|thieves|criminals|parasites|liars|rapists|cannibals|murderers|apes|vermin|killers)",
    r"(?:are|were|'re) (?:a |an )?(?:violent|savage|primitive|parasitic|inferior|lower|lesser|sub-?human|low[- ]iq|criminal|backward|degenerate|mongrel),? "
    r"(?:(?:and |, ?)?(?:violent|savage|primitive|parasitic|inferior|lower|lesser|sub-?human|low[- ]iq|criminal|backward|degenerate|lazy|stupid|filthy),? ){0,3}(?:race|people|breed|species|tribe|stock)",
    r"(?:are|were|'re) (?:born|natural[- ]born) (?:criminals|thieves|liars|killers|rapists|savages|parasites)",
    r"(?:are|were|'re) (?:\w+ )?(?:uncivili[sz]ed|sub-?human|less than human|not (?:fully )?human|closer to (?:apes|animals|monkeys))",
    r"(?:multiply|breed|are breeding|keep breeding) like (?:rabbits|rats|vermin|cockroaches|flies|insects)",
    r"(?:are )?(?:breed(?:ing)?|outbreed(?:ing)?) us out",
    r"(?:are|were|'re) (?:\w+ )?(?:flooding|swamping|overrunning|invading|colonising|colonizing|infesting|conquering) " + TARGET,
    r"(?:should|must|need to|ought to) (?:all )?be (?:repatriated|expelled|rounded up|driven out|sent back to (?:africa|the jungle|their (?:own )?(?:jungles?|deserts?|huts)))",
    r"(?:stay|go back|get back|stay put) (?:in|to) (?:their|your) (?:own )?(?:countries|country|lands?|continents?|jungles?|deserts?|huts|caves)\b[^.!?]{0,40}(?:polluting|invading|infesting|ruining|flooding)",
    r"(?:have|has) (?:the )?(?:intelligence|iq|brains?|mental age|minds?) of (?:a |an )?(?:\w+ )?(?:child|children|ape|apes|chimps?|chimpanzees?|monkeys?|animals?|gorillas?|toddlers?)",
    r"(?:are|is) (?:a )?(?:different|separate|lower|other) species",
    r"(?:has|have) no place (?:in|among|amongst) (?:a |an |our |any )?(?:white|civili[sz]ed|decent|christian|european)",
    r"(?:have |has )?(?:destroy|ruin|wreck)\w* every (?:country|nation|city|town|place) (?:they|it)",
    r"(?:have|has) (?:never|not once) (?:invented|built|created|achieved|contributed) (?:anything|a single thing|a thing|one thing)",
    r"(?:are )?here to (?:take|steal|breed|invade|conquer|rape|replace us|scrounge)",
    r"(?:do not|don'?t|never) (?:assimilate|integrate),? they (?:colonise|colonize|invade|conquer|take over|replace)",
    r"(?:only )?live off (?:the work|the labour|the backs|the sweat|our taxes|the taxes) of",
    r"(?:only (?:respect|understand|respond to)|understand only|respect only) (?:strength|force|violence|the whip|the stick|the boot|brute force)",
    r"(?:are|is|were) (?:\w+ )?(?:genetically|biologically|naturally|hard)[- ]?(?:wired|programmed|predisposed|prone|inclined) (?:for|to|towards) (?:violence|crime|criminality|steal\w*|theft|ly\w*|rape|savagery|laziness|cheat\w*)",
    r"(?:are|is|were) (?:not|never) (?:our|your) equals",
]

#: A sentence that reports, condemns, studies or fact-checks a framing rather
#: than making it (news, history, moderation, counter-extremism).
REPORTING = (
    r"(?<![a-z0-9_])(?:conspiracy theor\w*|far[- ]right|alt[- ]right|extremis\w*|neo-?nazis?|white supremacis\w*|supremacists?|"
    r"debunk\w*|so[- ]called|myths?|tropes?|antisemit\w*|anti-semit\w*|islamophob\w*|homophob\w*|transphob\w*|xenophob\w*|"
    r"hateful|hate groups?|hate speech|dog ?whistles?|slogans?|chant\w*|leaflets?|graffiti|banners?|flyers?|stickers?|manifestos?|"
    r"gunm[ae]n|shooters?|attackers?|terrorist attacks?|massacres?|courts?|trials?|convicted|charged|jailed|sentenced|prosecut\w*|"
    r"condemn\w*|denounc\w*|nonsense|lies? that|peddl\w*|the myth|the lie|"
    r"rhetoric|the language of|the term|the phrase|the word|the idea that|the notion that|the claim|claims? that|claimed|"
    r"refer\w* to|quotes?|quoted|quoting|(?:made|make|makes|making) (?:out )?to (?:be|look|seem|appear)|(?:made|make|makes|making) (?:\w+ )?out to be|(?:described|portrayed|depicted|painted|branded|labelled|labeled) (?:them |\w+ )?as|(?:leaflets?|posters?|flyers?|cartoons?|newspapers?|tabloids?|headlines?) (?:said|say|claimed|called)|documentar(?:y|ies)|propaganda|history of|historians?|nazi germany|"
    r"1[89][0-9]0s|wwii|ww2|report\w*|researchers?|scholars?|"
    # study named as the source or the subject ("the study found", "a module on
    # migration", "research shows"), not study as a setting: "a student with
    # schizophrenia on my module", "asking me to record my lectures"
    r"(?:books?|novels?|museums?|exhibitions?|lectures?|modules?|essays?|papers?|study|studies|research|articles?|seminars?|courses?) (?:on|about|into|of|in which|where|found|finds|shows?|showed|shown|suggests?|suggested|says?|said|argues?|argued|examin\w*|explor\w*|discuss\w*|describ\w*|looks? at|looked at|cover\w*|compar\w*|analys\w*|analyz\w*|trac\w*|document\w*)|"
    r"not true|is false|isn'?t true|no evidence|pseudo-?scien\w*|discredited|radicali[sz]\w*|safeguarding|"
    r"counter-?(?:extremism|speech|narratives?)|"
    # challenging prejudice, not an "accent challenge" or "a real challenge"
    r"challeng(?:e|es|ed|ing) (?:(?:the |these |those |such |this |that |their |his |her |racist |sexist |hateful )?(?:racism|racists?|hate|prejudices?|bigot\w*|stereotypes?|discrimination|sexism|misogyny|\w+phobi\w*|antisemitism|views?|comments?|remarks?|attitudes?|narratives?|ideas?|claims?|myths?|tropes?|language|behaviou?r)|it|this|that|them)|fight(?:ing)? (?:against )?(?:racism|hate|antisemitism|islamophobia|the far right)|"
    # news and courts, fact-checks, prejudice named as such
    r"describ(?:e|es|ing) (?:\w+ ){1,3}as|(?:call|calls|called|calling) (?:\w+ ){1,2}(?:a|an) (?:\w+ )?(?:swarm|invasion|invading|plague|flood)|"
    r"(?:is|was) (?:just |simply |plain )?prejudice|shameful|disgraceful to (?:say|claim|call)|(?:is|are|was) (?:simply |just |plainly )?(?:false|untrue|wrong) (?:that|to)|"
    r"judges?|defendants?|prosecutors?|inquir(?:y|ies)|apologi[sz]\w*|resigned|dismissed for|sacked for|suspended for|headlines?|"
    r"(?:told|telling|taught|teaching) (?:\w+ )?(?:pupils|students|children|kids|people|the class|his class|her class) that|"
    r"(?:is|are|was|were) (?:not|no|never) (?:a )?(?:threat|danger|menace|problem))"
    # whole words: "paper" is not "paperwork", "court" not "courtesy"
    r"(?![a-z0-9_])"
)

__all__ = ["TERMS", "GROUP_TAILS", "PRONOUN_TAILS", "REPORTING", "THEY", "TARGET"]
