import pytest

from ._table import spans_of


@pytest.mark.parametrize("rule, text, expected", [
    ("cred.password", "lol my netflix password is literally password123 and no one's hacked it", ["password123"]),
    ("cred.password", "shared Dropbox: research.lab@example.ac.uk / Pipette!2023", ["Pipette!2023"]),
    ("cred.password", "wifi password: Flat12Guest!", ["Flat12Guest!"]),
    ("cred.password", "society insta login: user hikesoc_dmu pass Summit2024!", ["Summit2024!"]),
    # what the password is for may take a few words before "is"
    ("cred.password", "Password for the film society Instagram is still Reel_Time#42 if anyone wants to post",
     ["Reel_Time#42"]),
    ("cred.password", "wifi pass is mango-tide-4417", ["mango-tide-4417"]),
    ("cred.password", "password for the lab pc Hunter22!", ["Hunter22!"]),
    ("cred.pin", "my banking PIN is just my birthday backwards lol 4002, come at me", ["4002"]),
    ("cred.pin", "keysafe code 7291, key's inside", ["7291"]),
    # a room number with a dot between the keyword and the code
    ("cred.pin", "the keypad on lab G.17 has been changed to 4826 from Monday", ["4826"]),
    ("cred.otp", "can someone log in for me? the code they texted is 482913", ["482913"]),
    ("cred.otp", "my 2FA backup codes: 8h3k-29dm 7fj2-kq81 just in case", ["8h3k-29dm 7fj2-kq81"]),
    ("cred.api_key", "token: ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R", ["ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R"]),
    ("cred.api_key", "-----BEGIN RSA PRIVATE KEY----- MIIEow", ["-----BEGIN RSA PRIVATE KEY-----"]),
    # a Wi-Fi network's code or key, a few words after the network
    ("cred.password", "evening crowd: the guest network is CL-Guest and the code is lemon-quay-5520, saves a trip to IT",
     ["lemon-quay-5520"]),
    ("cred.password", "visitor wifi in the print room is PrintGuest, key copper-fern-8812", ["copper-fern-8812"]),
    # after "login" the plain word is the user name, the secret-looking one the password
    ("cred.password", "logins: jsmith Marmite!2287", ["Marmite!2287"]),
    ("cred.password", "society login: pressoc / Quill#2025", ["Quill#2025"]),
    ("cred.password", "till IT fixes it, sign in as svc-scan / Heron!7731 at the scanner", ["Heron!7731"]),
    ("cred.password", "the PC attached to the big Prusa logs in as techsuite / Prusa!2025, please don't change it", ["Prusa!2025"]),
    ("cred.password", "For Saturday's open day the shared events Instagram is uniopendays / OpenDay_Sept25! please log out after", ["OpenDay_Sept25!"]),
    # a login code quoted from the message, after "account"
    ("cred.otp", 'who keeps triggering this 😭 "Your Microsoft account security code is 582914. If you didn\'t request this code..."', ["582914"]),
    ("cred.api_key", "paste this into config.yaml under storage_key: az_5f9c2e71b04d4a8e9c7d3b16aa02f8e1 and don't commit it", ["az_5f9c2e71b04d4a8e9c7d3b16aa02f8e1"]),
    # a shared account's new password after a reset
    ("cred.password", "the enquiries shared inbox got reset this morning, it's now Shelfmark#19. The sticky note has gone", ["Shelfmark#19"]),
    # a code further from its keyword, handed over with "is" / "changed to"
    ("cred.pin", "heads up, the key safe round the back of the Arkwright annexe is 5182, leave it scrambled", ["5182"]),
    ("cred.pin", "the keypad for the clean room (B.04, next to the stores) is now 60417 from Monday", ["60417"]),
    ("cred.pin", "the Teams webinar host key is 739204 if you need to take over the recording", ["739204"]),
    # a hex key after "my key", a token a few words after "token"
    ("cred.api_key", "test the Elsevier API with my key (a94c03e7b2d15f68c0e9a7b41d3f6e25) till yours arrives",
     ["a94c03e7b2d15f68c0e9a7b41d3f6e25"]),
    ("cred.api_key", "the bearer token for the dashboard is Zq81LmT0vX3kR9wP2sY6bN4cD7fH1jK5, hardcode it for now",
     ["Zq81LmT0vX3kR9wP2sY6bN4cD7fH1jK5"]),
])
def test_secrets_are_caught_exactly(detect, rule, text, expected):
    assert spans_of(detect(text), rule) == expected


@pytest.mark.parametrize("text", [
    "use code FRESHERS25 for a free side at Domino's",
    "code review tip: never paste your .env file into Stack Overflow",
    "my password is too long to remember lol",
    "forgot my password again, IT desk here I come",
    "turn on 2FA, a password alone isn't enough",
    "fixed in commit 3f2a9c1d, pull before you push",
    "changed my PIN in 2023 and still forget it",
    "the escape room answer was 4471 but we ran out of time",
    "my cousin is after a graduate job in Leeds, message me and I'll pass it on!",
    # "pass" the verb, a price, logins in general
    "still have all my graded assignments, happy to pass them on to this year's cohort for £40 each — message me",
    "I did the survey for them using their logins from the lab sign-in sheet, so we hit the target",
    "pass the salt-and-vinegar crisps",
    # Wi-Fi and codes talked about, not given; a long hex that is a hash
    "the wifi code is on the back of the router in the kitchen",
    "wifi key: ask at reception, they change it every term",
    "the guest network has a new code every week, it's on the noticeboard",
    "the keypad by the lift is broken again, the repair is booked for 2026",
    "the door code changes every term, it now takes 6 digits",
    "the key safe is about 300 metres down the lane, past the barn",
    "my key (the blue one) opens the studio and the store room both",
    "checksum of my key file (sha256) is 9f2c1e0b7a4d3c2b1a0f9e8d7c6b5a49 so you can verify it",
    # a reset that gives no password: an address, a version, a room
    "my email got changed to the new format, it's now j.smith2@uni.ac.uk",
    "my laptop got reset and it's now running Windows11 which is awful",
    "the PC logs in as a guest automatically now, no need to ask IT",
])
def test_talk_about_secrets_is_not_a_secret(detect, text):
    assert [r for r, _ in detect(text) if r.startswith("cred.")] == []
