"""Organised and extremist hate written politely (no profanity, no slur) is
still warned about as hate; news, history, genealogy, policy debate, religion
and 'white' in its ordinary senses are not.

Every row runs the real detector (rules and the shipped classifier). The
sentences were written for these tests; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from second_thought.engine.detectors.abuse import AbuseDetector
from second_thought.engine.types import DraftContext

FORUM = DraftContext(role="student", audience="public", site="forum.example.org")


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


HATE = [
    # replacement and invasion framings
    "Our people are being replaced in the towns our grandparents built.",
    "The politicians are importing millions of foreigners to replace us.",
    "Unless we act, white people will be a minority in their own homeland within thirty years.",
    "Mass immigration is an invasion and nothing else.",
    "The Muslims are flooding our cities and the government just watches.",
    "Remigration is the only solution left for Europe.",
    "They come here to breed and live off our taxes.",
    # antisemitic conspiracy tropes
    "The Jews are behind mass immigration, they always have been.",
    "Our prime minister takes his orders from Tel Aviv like all the rest.",
    "The holocaust was the greatest hoax ever sold to the West.",
    "The Rothschilds own the banks and the politicians with them.",
    "Cultural Marxism is a Jewish weapon against the family.",
    # anti-Black dehumanisation and pseudo-science
    "The negro race has never built anything worth keeping.",
    "Africans are genetically less intelligent than Europeans, everybody knows it.",
    "They are a violent, primitive people and always will be.",
    "You can take them out of Africa but you cannot take the jungle out of them.",
    "Some races are simply less evolved than others.",
    # purity, mixing, race traitors
    "Any girl who has children with one of them is a traitor to her race.",
    "We must keep our bloodline pure for the sake of our grandchildren.",
    "Mixing the races will be the end of our civilisation.",
    # exclusion aimed at 'them'
    "We must never allow them to settle in our neighbourhoods.",
    "Deport the lot of them and close the borders for good.",
    "Their kind has no place in a civilised nation.",
    # anti-Muslim, anti-LGBT, misogynist framings
    "There is no such thing as a moderate Muslim.",
    "Islam is a death cult and has no place in Europe.",
    "The gay lobby is pushing perversion on our children in every school.",
    "Giving women the vote was the biggest mistake this country ever made.",
    "A woman's only purpose is to give her husband sons.",
    # supremacy, homeland and collective blame
    "Every civilisation worth the name was built by white men.",
    "We need a white homeland, whatever it takes.",
    "The Somalis keep attacking white girls in this town and nobody does anything.",
    "Another stabbing by our vibrant enrichers, what a surprise.",
    "The religion of peace strikes again.",
    "A passport does not make them British and it never will.",
    "There are far too many non-whites in this country already.",
    "Mosques are breeding grounds for terrorists.",
    "Their loyalty is to their tribe, never to the country that took them in.",
    "We have to act before they outnumber us.",
    "Another night of those filthy savages rioting in the city centre.",
    # a group joined to a strongly negative word further along the sentence
    "When you look at what the Albanians have done to our town centre, it is disgusting and vile.",
    "the indian lads in my flat are filthy animals",
    "muslim students are vile, they should be kicked out of the union",
    "Those evil Jewish bankers again.",
    "The immigrants breed while our people die out.",
    "The Chinese are swarming over our universities like ants.",
]

BENIGN = [
    # news and reporting of extremism
    "Police arrested a man who had shared 'great replacement' propaganda online.",
    "The documentary shows how the Nazis portrayed Jews as vermin in their newspapers.",
    "Researchers found the white genocide conspiracy theory spreading on fringe forums.",
    "The council condemned the leaflets calling for 'remigration' that appeared in town.",
    # history and genealogy
    "The Normans replaced the Anglo-Saxon nobility within a generation of 1066.",
    "Neanderthals interbred with early humans, according to the genetic evidence.",
    "My great grandmother came over from Poland just before the war.",
    "The Windrush generation helped rebuild Britain after the war.",
    "Native people were dispossessed of their land by the settlers.",
    # policy debate without dehumanising
    "I support lower net migration but we must treat asylum seekers with dignity.",
    "Integration works best when newcomers can get language classes quickly.",
    "Immigrants pay more in taxes on average than they take in benefits.",
    # religion
    "The mosque and the parish church are holding a joint interfaith dinner.",
    "Our rabbi gave a lovely talk on the Jewish festival of lights.",
    # 'white' and other ordinary senses
    "We painted the kitchen white and it looks twice the size.",
    "The government published a White Paper on higher education funding.",
    "Grey squirrels have replaced the native red squirrels in most of England.",
    "Japanese knotweed is invading every garden on our street.",
    "The river flooded our town twice this winter.",
    "Robots will replace us all at work eventually, apparently.",
    "Dilute the stock solution before you mix the blood samples.",
    "Some races are longer than others, so pace yourself on the 10k.",
    "The replacement bus service runs every twenty minutes this weekend.",
    "The chairs were broken so we will send them back to the shop tomorrow.",
    "The shoes did not fit, I am sending them all back.",
    "Brazilians have football in their blood, the crowd was incredible.",
    "Gay teachers were banned from mentioning their partners under Section 28, which was wrong.",
    "In the 1950s many landlords refused to rent to Irish and black tenants.",
    "Lots of towns feel left behind, and that is not the fault of migrants.",
    "The enrichment week had pottery, coding and a trip to the museum.",
    "Prisons are breeding grounds for reoffending, the inspector said.",
    "Their loyalty to the club is amazing, they never miss a home game.",
    "The rescue centre has a pack of lovely mongrels looking for homes.",
    "The barbarians sacked Rome in 410, we covered it in the seminar.",
    # a group word and a negative word about something else in the same sentence
    "My Chinese flatmate and I both had a horrible exam this morning.",
    "International students pay ridiculous fees and the service is terrible.",
    "Women's toilets in the library are filthy again, can someone tell estates.",
    "The Indian takeaway got a zero hygiene rating, gross.",
    "The Chinese takeaway near halls is awful now, the new menu is terrible.",
    "The Muslim prayer room has been vandalised, which is disgusting.",
    "Gay students get stupid comments on dating apps all the time and it is exhausting.",
    "Black students were attacked by a gang of white men outside the club.",
    "Our culture is worth preserving, from the folk songs to the pubs, and it includes everyone who lives here.",
]


@pytest.mark.parametrize("text", HATE)
def test_extremist_hate_is_warned_as_hate(detector, text):
    found = detector.detect(text, FORUM)
    assert any(d.rule == "abuse.hate" and d.severity in ("medium", "high") for d in found), text


@pytest.mark.parametrize("text", BENIGN)
def test_reporting_history_and_ordinary_words_get_no_warning(detector, text):
    found = [d for d in detector.detect(text, FORUM) if d.severity in ("medium", "high")]
    assert found == [], (text, [d.rule for d in found])


def test_hate_span_is_the_framing_not_the_whole_post(detector):
    text = "Lovely weather today. The Jews are behind mass immigration, they always have been."
    spans = [(d.start, d.end) for d in detector.detect(text, FORUM) if d.rule == "abuse.hate"]
    assert spans and all(s is not None and s >= text.index("The Jews") for s, _ in spans)


def test_findings_never_quote_the_draft(detector):
    text = "Our people are being replaced and the invaders laugh at us."
    for d in detector.detect(text, FORUM):
        assert "replaced" not in d.reason and "invaders" not in d.reason
