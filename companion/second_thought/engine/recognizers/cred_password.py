"""Passwords disclosed in a draft ("my password is ...", "email / secret")."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer

#: Words that follow "password is" when a password is talked about, not given.
_TALK = frozenset("""
a an the my your his her their our its this that same different new old changed reset wrong right correct incorrect
invalid expired weak strong secure insecure long short too so very really not no never still just literally required
needed mandatory case sensitive hard easy simple complicated stupid annoying rubbish terrible awful fine ok okay good
bad safe unsafe compromised leaked stolen hacked locked forgotten something nothing anything everything what why how
when where which who being going gonna about like for to in on at of with and or but if then there here it is was are
be been me you him them us we they i set saved user username email login account reused weak duplicated synced breached exposed leaked shared sharing manager stored written protected manager managers reset? expiring expires
requirement requirements rule rules policy policies hint hints tip tips strength checker generator
get use try make turn enable pick choose update
""".split())
#: Between "password" and a would-be value with no "is", ":" or "=": words of
#: advice or talk ("use a password manager and turn on 2FA").
_TALK_GAP = re.compile(r"\b(?:and|or|then|manager|managers|app|apps|turn|enable|use|using|requirements?|rules?|"
                       r"polic(?:y|ies)|hints?|tips?|strength|reset|change|changing)\b", re.I)
_ANCHOR_WORD = re.compile(r"(?:pass\s?word|passwd|pwd|pw|passcode|passphrase|pass|login|log-in)s?\b([^\n.!?]*)$", re.I)
_HAS_SIGNAL = re.compile(r"\d|[^\w\s]|[a-z][A-Z]")
#: A price or an amount ("£40", "$12.50", "€5k").
_PRICE = re.compile(r"[£$€]\d[\d,.]*(?:k|p|m)?$", re.I)
#: "pass" as a verb: followed by its object or a particle.
_PASS_VERB = re.compile(r"\bpass(?:ed|ing|es)?\s+(?:them|it|this|that|these|those|me|him|her|us|you|the|a|an|my|your|his|their|our|"
                        r"on|around|round|along|out|over|by|through|up|down|back|off)\b[^\n.!?]*$", re.I)


class PasswordRecognizer(RuleRecognizer):
    RULE = "cred.password"
    ANCHOR = r"pass|pwd|\bpw|log-?in|logs?\s+(?:in|on)|logged\s+(?:in|on)|sign[- ]?in|signs\s+in|@|user|wi-?fi|network|ssid|hotspot|router|eduroam|reset|changed|instagram|insta|twitter|tiktok|facebook|linkedin|netflix|spotify|disney"
    # the far-colon pattern: up to 90 characters to the colon, then a value of up to 64
    ANCHOR_REACH = 170
    # The patterns whose lookbehinds start with only some of those keywords.
    PATTERN_ANCHORS = {
        "password_is": r"pass|pwd|\bpw|log-?in",
        "password_colon_far": r"pass",
        "account_slash_secret": r"@",
        "wifi_code": r"wi-?fi|network|ssid|hotspot|router|eduroam",
        "wifi_its": r"wi-?fi|hotspot",
        "reset_its_now": r"reset|changed",
    }

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        start, end = result.start, result.end
        value = text[start:end].rstrip(".?)\"'”’:")
        end = start + len(value)
        low = value.lower()
        bare = low.rstrip("!")  # "I'll pass it on!": a word, not a secret
        if len(value) < 3 or bare in _TALK or low.rstrip("s") in _TALK:
            return None
        if value[0] in "-–—" and start > 0 and text[start - 1].isalpha():
            return None  # "password-sharing", "password-protected": one word
        if low.startswith(("http", "www.")):
            return None
        if _PRICE.match(value):
            return None  # "for £40 each": a price
        if re.fullmatch(r"\d{1,2}[:.]\d{2}(?:\s?[ap]m)?", value, re.I):
            return None  # "expired at 10:30": a time
        anchor = _ANCHOR_WORD.search(text, max(0, start - 60), start)
        if anchor and not re.search(r"\bis\b|\bwas\b|\bare\b|[=:—–-]", anchor.group(1)):
            if _TALK_GAP.search(anchor.group(1)):
                return None
            # "using their logins from the sign-in sheet": credentials in
            # general, not one given (a disclosure says "logins: ...").
            if re.match(r"(?:pass\s?word|passwd|passcode|passphrase|login|log-in)s\b", anchor.group(0), re.I):
                return None
        # "logins: jsmith Marmite!2287": after "login" a plain word followed
        # by a secret-looking one is the user name, not the password.
        if anchor and re.match(r"log-?ins?\b", anchor.group(0), re.I) and not _HAS_SIGNAL.search(value):
            nxt = re.match(r"\s*[/|,:]?\s*([^\s,;]{4,64})", text[end:end + 70])
            if nxt and _HAS_SIGNAL.search(nxt.group(1)):
                return None
        # "pass them on", "pass it round": the verb, not a "pass: ..."
        if _PASS_VERB.search(text, max(0, start - 60), start):
            return None
        before = text[max(0, start - 45):start].lower()
        # "never share your password: ..." / "what is the password?" talk about one.
        if re.search(r"\b(?:never|don'?t|do\s+not|forgot|forgotten|reset|change|changing|what'?s?|where)\b[^.!?\n]*$", before) and not _HAS_SIGNAL.search(value):
            return None
        # Without a digit, symbol or mixed case, only "password: x" / "= x" / a
        # quoted value is a disclosure ("passwords are reused" is talk).
        sep = re.search(r"(?:\bis\b|\bwas\b|\bare\b|[=:—–-])?\s*[\"'“‘]?\s*$", text[max(0, start - 12):start])
        explicit = bool(sep and re.search(r"[=:\"'“‘]", sep.group(0)))
        if not _HAS_SIGNAL.search(value) and not explicit:
            return None
        return self.detection(start, end, result.score, severity="high")
