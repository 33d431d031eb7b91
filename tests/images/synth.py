"""Pictures drawn for the tests: other designs than the eval samples.

The held-out images have other layouts, names and photos, so the tests also
run the analyzer on documents drawn here with different fonts, colours,
layouts, wording and angles. Everything is generated with Pillow at test time;
names and numbers are invented.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype"
SANS = f"{FONT_DIR}/dejavu/DejaVuSans.ttf"
SANS_BOLD = f"{FONT_DIR}/dejavu/DejaVuSans-Bold.ttf"
SERIF = f"{FONT_DIR}/dejavu/DejaVuSerif.ttf"
LIB = f"{FONT_DIR}/liberation/LiberationSans-Regular.ttf"
LIB_BOLD = f"{FONT_DIR}/liberation/LiberationSans-Bold.ttf"
MONO = f"{FONT_DIR}/dejavu/DejaVuSansMono.ttf"
ITALIC = f"{FONT_DIR}/dejavu/DejaVuSerif-Italic.ttf"

SKIN = [(241, 194, 160), (224, 172, 105), (198, 134, 66), (141, 85, 36), (255, 219, 190)]
HAIR = [(40, 30, 20), (90, 60, 30), (160, 110, 50), (20, 20, 20), (120, 80, 60)]


def font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def face(d: ImageDraw.ImageDraw, cx: int, cy: int, r: int, rng: random.Random, shirt=(60, 90, 150)) -> None:
    """A drawn head-and-shoulders avatar centred on (cx, cy)."""
    skin = rng.choice(SKIN)
    hair = rng.choice(HAIR)
    d.ellipse((cx - int(1.6 * r), cy + int(1.1 * r), cx + int(1.6 * r), cy + int(3.2 * r)), fill=shirt)
    d.rectangle((cx - int(0.35 * r), cy + int(0.7 * r), cx + int(0.35 * r), cy + int(1.3 * r)), fill=skin)
    d.ellipse((cx - r, cy - int(1.15 * r), cx + r, cy - int(0.1 * r)), fill=hair)
    d.ellipse((cx - int(0.9 * r), cy - int(0.9 * r), cx + int(0.9 * r), cy + int(0.95 * r)), fill=skin)
    e = max(2, r // 12)
    for ex in (cx - int(0.35 * r), cx + int(0.35 * r)):
        d.ellipse((ex - e, cy - int(0.15 * r) - e, ex + e, cy - int(0.15 * r) + e), fill=(30, 30, 30))
    d.arc((cx - int(0.35 * r), cy + int(0.15 * r), cx + int(0.35 * r), cy + int(0.55 * r)), 20, 160, fill=(150, 60, 60), width=max(2, r // 20))


def barcode(d: ImageDraw.ImageDraw, x: int, y: int, w: int, h: int, rng: random.Random) -> None:
    d.rectangle((x - 6, y - 6, x + w + 6, y + h + 6), fill="white")
    pos = x
    while pos < x + w:
        bw = rng.choice((1, 2, 2, 3, 4))
        if rng.random() < 0.55:
            d.rectangle((pos, y, pos + bw - 1, y + h), fill="black")
        pos += bw


def photograph(card: Image.Image, angle: float, bg=(120, 118, 115), canvas=(1200, 1500), blur: float = 0.8) -> Image.Image:
    """Put a flat document on a table, rotated, slightly blurred, with noise."""
    rgba = card.convert("RGBA").rotate(angle, expand=True, resample=Image.BICUBIC)
    out = Image.new("RGB", canvas, bg)
    out.paste(rgba, ((canvas[0] - rgba.width) // 2, (canvas[1] - rgba.height) // 2), rgba)
    out = out.filter(ImageFilter.GaussianBlur(blur))
    return out


def jpeg(img: Image.Image, quality: int = 88, exif: bytes | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {"exif": exif} if exif else {}
    img.convert("RGB").save(buf, "JPEG", quality=quality, **kw)
    return buf.getvalue()


def png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


# ------------------------------------------------------------------ documents


def id_card_portrait_layout(seed: int = 1) -> Image.Image:
    """A vertical staff badge: photo on top, name, role, number, no barcode."""
    rng = random.Random(seed)
    W, H = 540, 860
    im = Image.new("RGB", (W, H), (250, 250, 252))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, W, 120), fill=(120, 20, 60))
    d.text((30, 38), "Northgate College", font=font(LIB_BOLD, 40), fill="white")
    d.rectangle((150, 160, 390, 450), fill=(210, 225, 235))
    face(d, 270, 300, 80, rng)
    d.text((40, 490), "Dr Imogen Castellano", font=font(SANS_BOLD, 34), fill=(20, 20, 20))
    d.text((40, 545), "School of Engineering", font=font(SANS, 26), fill=(60, 60, 60))
    d.text((40, 600), "Staff No. 40718822", font=font(SANS, 30), fill=(20, 20, 20))
    d.text((40, 660), "Expires 31/08/2027", font=font(SANS, 26), fill=(60, 60, 60))
    d.rectangle((0, H - 70, W, H), fill=(120, 20, 60))
    d.text((40, H - 55), "STAFF", font=font(SANS_BOLD, 36), fill="white")
    return im


def id_card_landscape(seed: int = 2) -> Image.Image:
    """A landscape student card: photo right, number and barcode left."""
    rng = random.Random(seed)
    W, H = 1012, 638
    im = Image.new("RGB", (W, H), (30, 70, 140))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 150, W, H), fill=(240, 244, 248))
    d.text((40, 50), "University of Eastmoor", font=font(SERIF, 46), fill="white")
    d.text((40, 185), "STUDENT CARD", font=font(SANS_BOLD, 30), fill=(30, 70, 140))
    d.text((40, 250), "Tomasz Wieczorek", font=font(SANS_BOLD, 38), fill=(10, 10, 10))
    d.text((40, 310), "MSc Data Science", font=font(SANS, 28), fill=(50, 50, 50))
    d.text((40, 360), "ID: 23019846", font=font(MONO, 32), fill=(10, 10, 10))
    d.text((40, 410), "Valid to 09/2026", font=font(SANS, 26), fill=(50, 50, 50))
    d.rectangle((700, 190, 960, 500), fill=(225, 230, 220))
    face(d, 830, 330, 85, rng, shirt=(40, 40, 40))
    barcode(d, 40, 480, 560, 90, rng)
    return im


def passport_page(seed: int = 3) -> Image.Image:
    rng = random.Random(seed)
    W, H = 1250, 880
    im = Image.new("RGB", (W, H), (232, 224, 238))
    d = ImageDraw.Draw(im)
    d.text((40, 30), "PASSPORT", font=font(SANS_BOLD, 40), fill=(60, 40, 90))
    d.text((420, 40), "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", font=font(SANS, 20), fill=(60, 40, 90))
    d.rectangle((50, 120, 360, 520), fill=(215, 215, 225))
    face(d, 205, 300, 100, rng)
    f = font(SANS, 22)
    fb = font(SANS_BOLD, 28)
    y = 120
    for label, value in [
        ("Surname", "HALVORSEN"),
        ("Given names", "MARTA ELISE"),
        ("Nationality", "BRITISH CITIZEN"),
        ("Date of birth", "14 MAR 2003"),
        ("Place of birth", "SHEFFIELD"),
        ("Date of expiry", "02 JUN 2032"),
    ]:
        d.text((420, y), label, font=f, fill=(90, 80, 110))
        d.text((420, y + 26), value, font=fb, fill=(20, 20, 20))
        y += 66
    mrz = font(MONO, 34)
    d.text((40, 690), "P<GBRHALVORSEN<<MARTA<ELISE<<<<<<<<<<<<<<<<<", font=mrz, fill=(20, 20, 20))
    d.text((40, 750), "5512840731GBR0303146F3206021<<<<<<<<<<<<<<08", font=mrz, fill=(20, 20, 20))
    return im


def exam_paper(seed: int = 4) -> Image.Image:
    """An exam front page with sections and lettered parts, in a serif font."""
    W, H = 1240, 1754
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    f = font(SERIF, 30)
    fb = font(LIB_BOLD, 34)
    d.text((120, 110), "SCHOOL OF COMPUTING", font=fb, fill="black")
    d.text((120, 170), "CS2210 Algorithms and Complexity", font=f, fill="black")
    d.text((120, 220), "Semester 1 Examination", font=f, fill="black")
    d.text((120, 270), "Time allowed: 2 hours", font=f, fill="black")
    d.text((120, 340), "Instructions to candidates: attempt three questions.", font=f, fill="black")
    y = 440
    for q, parts in [
        (1, ["Define the big-O notation and give an example.", "Prove that merge sort runs in O(n log n)."]),
        (2, ["Explain Dijkstra's algorithm on a weighted graph.", "Why does it fail with negative edges?"]),
        (3, ["State the master theorem.", "Apply it to T(n) = 3T(n/2) + n."]),
    ]:
        d.text((120, y), f"Q{q}.", font=fb, fill="black")
        y += 55
        for letter, p in zip("abc", parts):
            d.text((170, y), f"({letter}) {p}", font=f, fill="black")
            d.text((1000, y + 40), "(10 marks)", font=f, fill="black")
            y += 100
        y += 30
    d.text((560, 1650), "Page 1 of 3", font=font(SERIF, 24), fill="black")
    return im


def answer_sheet(seed: int = 5) -> Image.Image:
    """Lined paper with a candidate box and 'handwriting' in an italic font."""
    W, H = 1240, 1754
    im = Image.new("RGB", (W, H), (252, 252, 248))
    d = ImageDraw.Draw(im)
    d.text((100, 70), "Examination Answer Book", font=font(LIB_BOLD, 36), fill=(30, 30, 30))
    d.rectangle((100, 130, 800, 250), outline=(30, 30, 30), width=2)
    d.text((120, 145), "Candidate No.", font=font(LIB, 26), fill=(30, 30, 30))
    d.text((120, 200), "Paper code", font=font(LIB, 26), fill=(30, 30, 30))
    hand = font(ITALIC, 36)
    d.text((380, 140), "118204", font=hand, fill=(20, 30, 120))
    d.text((380, 195), "ECON1105", font=hand, fill=(20, 30, 120))
    for i in range(30):
        y = 320 + i * 46
        d.line((60, y, W - 60, y), fill=(160, 190, 230), width=2)
    d.line((140, 280, 140, H - 40), fill=(230, 120, 120), width=2)
    text = [
        "2. Elasticity of demand measures how quantity",
        "responds to price. When demand is elastic a",
        "price cut raises total revenue, because the",
        "quantity effect outweighs the price effect.",
    ]
    for i, line in enumerate(text):
        d.text((160, 320 + i * 46 - 40), line, font=hand, fill=(20, 30, 120))
    return im


def teams_call(seed: int = 6) -> Image.Image:
    """A 2x2 video-call grid with a toolbar, light theme."""
    rng = random.Random(seed)
    W, H = 1440, 900
    im = Image.new("RGB", (W, H), (245, 245, 247))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, W, 64), fill=(70, 71, 117))
    d.text((24, 16), "Weekly seminar - Marketing 201", font=font(SANS, 26), fill="white")
    d.text((1180, 18), "Leave", font=font(SANS_BOLD, 24), fill="white")
    names = ["Chidi Okafor", "Lena Bauer", "Priya Raman", "Marcus Webb"]
    tile_w, tile_h = 640, 360
    for i, name in enumerate(names):
        x = 60 + (i % 2) * (tile_w + 40)
        y = 100 + (i // 2) * (tile_h + 30)
        d.rectangle((x, y, x + tile_w, y + tile_h), fill=(58, 60, 64))
        d.rectangle((x + 1, y + 1, x + tile_w - 1, y + tile_h - 1), outline=(90, 90, 95))
        face(d, x + tile_w // 2, y + tile_h // 2 - 30, 70, rng, shirt=rng.choice([(150, 40, 40), (40, 120, 80), (200, 200, 200)]))
        d.rectangle((x + 10, y + tile_h - 50, x + 260, y + tile_h - 12), fill=(30, 30, 30))
        d.text((x + 20, y + tile_h - 46), name, font=font(SANS, 24), fill="white")
    d.text((600, 860), "Mute   Camera   Share   Raise hand", font=font(SANS, 22), fill=(70, 70, 70))
    return im


def group_photo(seed: int = 7) -> Image.Image:
    """Three people side by side in front of a wall (no UI, no text)."""
    rng = random.Random(seed)
    W, H = 1200, 800
    im = Image.new("RGB", (W, H), (170, 190, 210))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 520, W, H), fill=(110, 120, 90))
    for cx in (300, 600, 900):
        face(d, cx, 330, 95, rng, shirt=rng.choice([(200, 60, 60), (60, 60, 200), (240, 200, 60)]))
    return im.filter(ImageFilter.GaussianBlur(0.6))


def public_poster(seed: int = 8) -> Image.Image:
    """An open-day poster: university name, date, public switchboard."""
    W, H = 1000, 1400
    im = Image.new("RGB", (W, H), (250, 230, 80))
    d = ImageDraw.Draw(im)
    d.text((70, 80), "University of Eastmoor", font=font(SANS_BOLD, 44), fill=(20, 20, 20))
    d.text((70, 300), "OPEN DAY", font=font(SANS_BOLD, 120), fill=(20, 20, 20))
    d.text((70, 480), "Saturday 14 June 2025, 10am - 4pm", font=font(SANS, 40), fill=(20, 20, 20))
    d.text((70, 550), "Main Campus, Library Square", font=font(SANS, 40), fill=(20, 20, 20))
    d.text((70, 1200), "Enquiries: 0116 255 1551", font=font(SANS, 36), fill=(20, 20, 20))
    return im


def chat_no_personal_data(seed: int = 9) -> Image.Image:
    W, H = 720, 1280
    im = Image.new("RGB", (W, H), (236, 229, 221))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, W, 110), fill=(7, 94, 84))
    d.text((30, 35), "Study group", font=font(SANS_BOLD, 34), fill="white")
    msgs = [("left", "anyone at the library later?"), ("right", "yes from 2, third floor"), ("left", "bring snacks pls")]
    y = 160
    for side, m in msgs:
        f = font(SANS, 30)
        w = d.textlength(m, font=f) + 40
        x = 24 if side == "left" else W - 24 - w
        d.rounded_rectangle((x, y, x + w, y + 70), 18, fill="white" if side == "left" else (220, 248, 198))
        d.text((x + 20, y + 16), m, font=f, fill=(20, 20, 20))
        y += 110
    return im


def book_back_cover(seed: int = 10) -> Image.Image:
    """A back cover with a blurb and an ISBN barcode: not an ID card."""
    rng = random.Random(seed)
    W, H = 900, 1350
    im = Image.new("RGB", (W, H), (240, 236, 226))
    d = ImageDraw.Draw(im)
    blurb = [
        "A sweeping history of the",
        "river towns of the north,",
        "told through the lives of",
        "the people who built them.",
    ]
    for i, line in enumerate(blurb):
        d.text((90, 150 + i * 60), line, font=font(SERIF, 40), fill=(40, 40, 40))
    barcode(d, 540, 1100, 280, 140, rng)
    d.text((560, 1255), "ISBN 978-1-84123-456-7", font=font(SANS, 20), fill=(20, 20, 20))
    return im


def small_card_on_table(angle: float, blur: float = 1.0) -> Image.Image:
    """A card filling a small part of a wide phone photo."""
    card = id_card_landscape(11).resize((500, 315))
    return photograph(card, angle, canvas=(1600, 1200), blur=blur, bg=(150, 140, 120))


def blurred_card() -> Image.Image:
    """Out-of-focus card: the number is hard to read, the layout is not."""
    return photograph(id_card_landscape(5), 8, canvas=(1400, 1100), blur=4.0)


def collaborate_recording(seed: int = 12) -> Image.Image:
    """A learning-platform recording: slide, presenter video, attendee list."""
    rng = random.Random(seed)
    W, H = 1600, 900
    im = Image.new("RGB", (W, H), (40, 40, 48))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, W, 56), fill=(25, 25, 30))
    d.text((20, 14), "Blackboard Collaborate  -  Recording", font=font(SANS, 24), fill="white")
    d.rectangle((40, 90, 1180, 820), fill=(230, 230, 230))
    d.text((80, 130), "Week 5: Supply chains", font=font(SANS_BOLD, 40), fill=(20, 20, 20))
    d.rectangle((1220, 90, 1560, 330), fill=(70, 70, 80))
    face(d, 1390, 190, 55, rng)
    d.text((1230, 340), "Attendees (23)", font=font(SANS_BOLD, 22), fill="white")
    for i, n in enumerate(["Aisha Khan", "Ben Carter", "Chloe Dubois", "Dev Patel", "Ella Moore"]):
        d.text((1240, 380 + i * 40), n, font=font(SANS, 22), fill=(220, 220, 220))
    return im


def handwritten_answers() -> Image.Image:
    """Lined paper with handwritten numbered answers and no printed header."""
    W, H = 1240, 1754
    im = Image.new("RGB", (W, H), (250, 250, 245))
    d = ImageDraw.Draw(im)
    for i in range(34):
        d.line((50, 120 + i * 46, W - 50, 120 + i * 46), fill=(170, 200, 235), width=2)
    hand = font(ITALIC, 34)
    lines = [
        "Q3 (a) The demand curve shifts right when",
        "income rises for a normal good, so the",
        "equilibrium price and quantity both rise.",
        "(b) Price elasticity = %change Q / %change P",
    ]
    for i, line in enumerate(lines):
        d.text((80, 120 + i * 46 - 38), line, font=hand, fill=(30, 30, 110))
    return im


def poster_with_people(seed: int = 3) -> Image.Image:
    """A society's event poster with two illustrated actors."""
    rng = random.Random(seed)
    W, H = 1000, 1400
    im = Image.new("RGB", (W, H), (30, 30, 90))
    d = ImageDraw.Draw(im)
    d.text((60, 60), "Harbourside University Drama Society", font=font(SANS_BOLD, 34), fill="white")
    d.text((60, 160), "TWELFTH NIGHT", font=font(SANS_BOLD, 90), fill="white")
    d.text((60, 300), "Fri 21 Nov, 7:30pm, Great Hall", font=font(SANS, 40), fill="white")
    for cx in (300, 700):
        face(d, cx, 800, 110, rng)
    d.text((60, 1300), "Tickets at the SU shop", font=font(SANS, 36), fill="white")
    return im


def call_with_initials(n: int = 6, dark: bool = True) -> Image.Image:
    """A video call with cameras off: initials avatars and name labels."""
    W, H = 1920, 1080
    im = Image.new("RGB", (W, H), (31, 31, 31) if dark else (243, 242, 241))
    d = ImageDraw.Draw(im)
    fg = (235, 235, 235) if dark else (30, 30, 30)
    d.rectangle((0, 0, W, 70), fill=(41, 41, 41) if dark else (255, 255, 255))
    d.text((30, 20), "Stats tutorial  |  32:15", font=font(SANS, 26), fill=fg)
    d.text((1700, 20), "Leave", font=font(SANS_BOLD, 26), fill=(220, 60, 60))
    names = ["Harriet Osei", "Jamal Rahman", "Sofia Rossi", "Liam O'Connor", "Mei Chen", "Kwame Asante"][:n]
    tw, th = 580, 400
    for i, name in enumerate(names):
        x, y = 60 + (i % 3) * (tw + 30), 110 + (i // 3) * (th + 30)
        d.rounded_rectangle((x, y, x + tw, y + th), 12, fill=(51, 51, 51) if dark else (225, 223, 221))
        d.ellipse((x + tw // 2 - 70, y + th // 2 - 90, x + tw // 2 + 70, y + th // 2 + 50), fill=(98, 100, 167))
        initials = "".join(p[0] for p in name.split()[:2])
        d.text((x + tw // 2 - 38, y + th // 2 - 55), initials, font=font(SANS_BOLD, 60), fill="white")
        d.text((x + 16, y + th - 44), name, font=font(SANS, 24), fill=fg)
    return im


def online_quiz() -> Image.Image:
    """A learning-platform test in progress: one multiple-choice question."""
    W, H = 1440, 900
    im = Image.new("RGB", (W, H), (246, 247, 249))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, W, 64), fill=(38, 38, 38))
    d.text((24, 18), "Take Test: Week 7 Quiz - Microeconomics", font=font(SANS, 24), fill="white")
    d.text((1120, 90), "Time remaining: 12:41", font=font(SANS, 22), fill=(160, 30, 30))
    d.rectangle((60, 140, 1380, 720), fill="white", outline=(210, 210, 210))
    d.text((90, 165), "Question 4 of 15", font=font(SANS_BOLD, 26), fill=(20, 20, 20))
    d.text((1200, 170), "2 points", font=font(SANS, 22), fill=(90, 90, 90))
    d.text((90, 230), "A price ceiling set below the equilibrium price will lead to:", font=font(SANS, 26), fill=(20, 20, 20))
    for i, opt in enumerate(["a surplus", "a shortage", "no change in quantity", "a fall in demand"]):
        y = 300 + i * 70
        d.ellipse((100, y, 124, y + 24), outline=(90, 90, 90), width=2)
        d.text((140, y - 2), f"{'ABCD'[i]}. {opt}", font=font(SANS, 24), fill=(20, 20, 20))
    d.rectangle((1140, 760, 1380, 810), fill=(0, 110, 200))
    d.text((1170, 770), "Save Answer", font=font(SANS_BOLD, 22), fill="white")
    return im


def gig_poster(seed: int = 21) -> Image.Image:
    """A gig poster with a performer: everyday words that video calls also use."""
    rng = random.Random(seed)
    W, H = 1000, 1400
    im = Image.new("RGB", (W, H), (240, 90, 60))
    d = ImageDraw.Draw(im)
    d.text((60, 60), "LIVE MUSIC", font=font(SANS_BOLD, 110), fill="white")
    d.text((60, 220), "Your host: the Union Jazz Band", font=font(SANS, 40), fill="white")
    d.text((60, 280), "Meeting point: main bar, 8pm", font=font(SANS, 40), fill="white")
    face(d, 500, 800, 150, rng)
    d.text((60, 1280), "Leave your worries at the door", font=font(SANS, 36), fill="white")
    return im


def driving_licence(seed: int = 31) -> Image.Image:
    """A photocard driving licence with numbered fields."""
    rng = random.Random(seed)
    W, H = 1012, 638
    im = Image.new("RGB", (W, H), (236, 214, 226))
    d = ImageDraw.Draw(im)
    d.text((330, 30), "DRIVING LICENCE", font=font(SANS_BOLD, 44), fill=(30, 60, 140))
    d.rectangle((40, 120, 290, 430), fill=(200, 205, 215))
    face(d, 165, 260, 80, rng)
    f = font(SANS, 26)
    rows = [
        "1. OKONKWO",
        "2. ADAEZE GRACE",
        "3. 17.09.2002 ENUGU",
        "4a. 03.05.2021  4c. DVLA",
        "4b. 02.05.2031",
        "5. OKONK809172AG9WX",
        "8. 14 CASTLE ROW, YORK YO1 7HH",
    ]
    for i, row in enumerate(rows):
        d.text((330, 120 + i * 52), row, font=f, fill=(20, 20, 20))
    return im
