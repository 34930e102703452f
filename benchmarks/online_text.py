"""Perturbations of what web and social-media news text carries, for ``benchmarks.robustness``.

Each is a function of the text and a seeded :class:`random.Random`: emoji after words and at
line ends (skin tones, ZWJ sequences, variation selectors, flags), hashtags and @handles,
URLs inline and in brackets, bullet and dash lists, datelines and bylines, boilerplate lines
between paragraphs, no-break and thin spaces inside numbers and names, typographic
apostrophes in names and elisions; round 22: text hard-wrapped as e-mail, PDF and agency
wire carry it (line breaks inside sentences, words split with a hyphen at a break), a
single broken line inside a few sentences of unwrapped text,
live-ticker timestamps at paragraph starts, a URL inside a quotation, photo credits at a
line's end and "via @handle" / "(Quelle: ...)" after sentences. :data:`ONLINE_FOLDS`
reads both records' texts alike where a perturbation changes the record's text but not
what it says (an emoji inside a quotation, "#Bundestag" for "Bundestag", a URL inside a
quotation, a word split at a line break); the texts, names and handles are written for
this script.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

EMOJI = [
    "\N{SLIGHTLY SMILING FACE}",
    "\N{THUMBS UP SIGN}\N{EMOJI MODIFIER FITZPATRICK TYPE-3}",
    "\N{CLAPPING HANDS SIGN}\N{EMOJI MODIFIER FITZPATRICK TYPE-6}",
    "\N{HEAVY BLACK HEART}\N{VARIATION SELECTOR-16}",
    "\N{WARNING SIGN}\N{VARIATION SELECTOR-16}",
    "\N{MAN}\N{ZERO WIDTH JOINER}\N{PERSONAL COMPUTER}",
    "\N{WOMAN}\N{EMOJI MODIFIER FITZPATRICK TYPE-4}\N{ZERO WIDTH JOINER}\N{MICROSCOPE}",
    "\N{REGIONAL INDICATOR SYMBOL LETTER D}\N{REGIONAL INDICATOR SYMBOL LETTER E}",
    "\N{REGIONAL INDICATOR SYMBOL LETTER E}\N{REGIONAL INDICATOR SYMBOL LETTER U}",
    "\N{FIRE}\N{FIRE}",
    "\N{POLICE CARS REVOLVING LIGHT}",
    "\N{BLACK RIGHTWARDS ARROW}\N{VARIATION SELECTOR-16}",
]
HANDLES = ["@BMG_Bund", "@tagesschau", "@dpa", "@Regierungssprecher", "@zeitonline"]
URLS = [
    "https://www.bundesregierung.de/breg-de/aktuelles/pressemitteilung-123",
    "www.example.de/politik/artikel?id=4711&ref=tw",
    "https://t.co/Ab3xYz9Q",
    "http://example.org/2025/03/meldung.html",
]
BULLETS = ["\N{BULLET} ", "\N{EN DASH} ", "* ", "- ", "\N{BLACK RIGHT-POINTING SMALL TRIANGLE} "]
DATELINES = [
    "BERLIN (dpa) \N{EN DASH} ",
    "Hamburg (AFP) - ",
    "MÜNCHEN. ",
    "Brüssel/Berlin (Reuters) \N{EM DASH} ",
]
BYLINES = [
    "Von Anna Schmidt, Berlin",
    "Von Jonas Becker und Lea Wagner",
    "Ein Kommentar von Peter Hoffmann",
]
BOILERPLATE = [
    "Foto: dpa",
    "Foto: picture alliance/dpa | Michael Kappeler",
    "Lesen Sie auch: Wie es nach der Wahl weitergeht",
    "\N{COPYRIGHT SIGN} 2025 dpa-infocom GmbH",
    "Anzeige",
    "Mehr zum Thema",
    "Teilen auf Facebook | Twitter | WhatsApp",
    "(Bild: Screenshot)",
]
TICKER = [
    "{h:02d}:{m:02d} Uhr: ",
    "+++ {h:02d}:{m:02d} +++ ",
    "Update: ",
    "{h}.{m:02d} Uhr \N{EN DASH} ",
]
CAPTION_CREDITS = [
    "Foto: dpa/Lena Krüger",
    "Foto: picture alliance / Tom Weber",
    "Bild: Getty Images",
    "Grafik: dpa-infografik",
    "Foto: Jana Vogt/AFP",
    "(Foto: Reuters)",
]
SOURCES = ["Tagesspiegel", "Statistisches Bundesamt", "dpa", "eigene Recherche", "ARD"]
SPACES = ["\N{NO-BREAK SPACE}", "\N{NARROW NO-BREAK SPACE}", "\N{THIN SPACE}"]
_WORD_END = re.compile(r"(?<=[^\W\d_])(?=[ ,.;:!?]|$)", re.MULTILINE)
_CAPITALISED = re.compile(r"(?<![\w#@])[A-ZÄÖÜ][a-zäöüß]{3,}\b")
_THOUSANDS = re.compile(r"\b(\d{1,3})\.(\d{3})\b")
_TITLE_SPACE = re.compile(r"\b((?:Dr|Prof|St|Hr|Fr)\.) (?=[A-ZÄÖÜ])")
_NAME_PAIR = re.compile(r"(?<=[a-zäöüß]{2}) (?=[A-ZÄÖÜ][a-zäöüß]{2,}\b)")


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def emoji(text: str, rng: random.Random) -> str:
    """Emoji (skin tones, ZWJ sequences, variation selectors, flags) after a tenth of the
    words, before punctuation or a space, and at the end of every other line."""

    def after(m: re.Match[str]) -> str:
        return " " + rng.choice(EMOJI) if rng.random() < 0.1 else ""

    text = _WORD_END.sub(after, text)
    lines = text.split("\n")
    return "\n".join(
        line + " " + rng.choice(EMOJI) if line.strip() and rng.random() < 0.5 else line
        for line in lines
    )


def hashtags(text: str, rng: random.Random) -> str:
    """A fifth of the capitalised words as hashtags ("#Bundestag") and @handles inline."""

    def tag(m: re.Match[str]) -> str:
        return "#" + m[0] if rng.random() < 0.2 else m[0]

    text = _CAPITALISED.sub(tag, text)
    paras = _paragraphs(text)
    for k in range(len(paras)):
        if rng.random() < 0.5:
            paras[k] += f" via {rng.choice(HANDLES)}"
    return "\n\n".join(paras)


def urls(text: str, rng: random.Random) -> str:
    """URLs after some sentences, bare and in brackets, and a line of its own."""
    paras = _paragraphs(text)
    out = []
    for para in paras:
        sentences = re.split(r"(?<=[.!?])\s+", para)
        for k in range(len(sentences)):
            if rng.random() < 0.25:
                url = rng.choice(URLS)
                sentences[k] += f" ({url})" if rng.random() < 0.5 else f" {url}"
        out.append(" ".join(sentences))
    out.insert(rng.randrange(len(out) + 1), rng.choice(URLS))
    return "\n\n".join(out)


def bullets(text: str, rng: random.Random) -> str:
    """Every paragraph a list item (bullet, en dash, "* ", "- ") on a line of its own."""
    return "\n".join(rng.choice(BULLETS) + para for para in _paragraphs(text))


def dateline(text: str, rng: random.Random) -> str:
    """An agency dateline before the first paragraph and a byline above it."""
    paras = _paragraphs(text) or [text]
    paras[0] = rng.choice(DATELINES) + paras[0]
    return "\n\n".join([rng.choice(BYLINES), *paras])


def boilerplate(text: str, rng: random.Random) -> str:
    """Lines of page furniture between the paragraphs ("Foto: dpa", "Anzeige", ...)."""
    out = []
    for para in _paragraphs(text):
        out.append(para)
        if rng.random() < 0.6:
            out.append(rng.choice(BOILERPLATE))
    return "\n\n".join(out)


def thin_spaces(text: str, rng: random.Random) -> str:
    """No-break and thin spaces as thousands separators ("45 000"), after titles
    ("Dr. Merz") and between capitalised words."""
    text = _THOUSANDS.sub(lambda m: m[1] + rng.choice(SPACES) + m[2], text)
    text = _TITLE_SPACE.sub(lambda m: m[1] + rng.choice(SPACES), text)
    return _NAME_PAIR.sub(lambda m: rng.choice(SPACES) if rng.random() < 0.5 else " ", text)


def apostrophes(text: str, rng: random.Random) -> str:
    """Typographic apostrophes (U+2019): for ASCII ones, in elisions ("geht's", "gibt's")
    and a genitive s after capitalised words before a noun ("Merkel's Regierung")."""
    text = text.replace("'", "\N{RIGHT SINGLE QUOTATION MARK}")
    text = re.sub(r"\b(geht|gibt|war|ist) es\b", "\\1\N{RIGHT SINGLE QUOTATION MARK}s", text)
    return re.sub(
        r"\b([A-ZÄÖÜ][a-zäöü]{2,}[^s\W])s(?= [A-ZÄÖÜ][a-zäöü]+)",
        lambda m: m[1] + "\N{RIGHT SINGLE QUOTATION MARK}s" if rng.random() < 0.5 else m[0],
        text,
    )


_WRAP_WORD = re.compile(r"^([^\W\d_]+)([^\w]*)$")
_QUOTATION = re.compile(
    "(?<=\N{DOUBLE LOW-9 QUOTATION MARK})[^\N{LEFT DOUBLE QUOTATION MARK}\n]{20,}"
    "(?=\N{LEFT DOUBLE QUOTATION MARK})"
)
_URL_ANYWHERE = re.compile(r"[ \t]?\(?(?:https?://|www\.)[^\s()]*\)?")


def _wrapped(para: str, width: int, rng: random.Random) -> str:
    """``para`` wrapped greedily at ``width`` characters: lines broken at spaces, after
    the hyphen of a compound ("CDU-\nChef") and, for half of the long words at a break,
    inside the word with a hyphen ("Bundes-\nregierung")."""
    lines: list[str] = []
    line = ""
    for word in para.split(" "):
        if not line or len(line) + 1 + len(word) <= width:
            line = f"{line} {word}" if line else word
            continue
        room = width - len(line) - 1
        hyphen = word.find("-", 1, max(room, 1))
        plain = _WRAP_WORD.match(word)
        if 0 < hyphen < len(word) - 2 and word[hyphen + 1].isalpha():
            lines.append(f"{line} {word[: hyphen + 1]}")
            line = word[hyphen + 1 :]
        elif plain and len(plain[1]) >= 10 and room >= 6 and rng.random() < 0.5:
            cut = min(room - 1, len(plain[1]) - 4)
            while cut > 3 and not word[cut].islower():
                cut -= 1
            if cut > 3:
                lines.append(f"{line} {word[:cut]}-")
                line = word[cut:]
            else:
                lines.append(line)
                line = word
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return "\n".join(lines)


def hard_wrap(text: str, rng: random.Random) -> str:
    """Hard-wrapped text as e-mail, PDF and agency wire carry it: paragraphs with a blank
    line between them, lines broken at 60 to 75 characters (one width per text) inside
    sentences, words split with a hyphen at some breaks, compounds broken after their
    hyphen."""
    width = rng.randint(60, 75)
    return "\n\n".join(_wrapped(para, width, rng) for para in _paragraphs(text))


def stray_breaks(text: str, rng: random.Random) -> str:
    """A single line break for a space inside three sentences of a text that is not
    hard-wrapped otherwise (a broken line in a pasted quotation or newsletter), before
    any word, whatever its case."""
    spaces = [m.start() for m in re.finditer(r"(?<=[^\W\d_]) (?=[^\W\d_])", text)]
    chosen = sorted(rng.sample(spaces, min(3, len(spaces))))
    out, at = [], 0
    for k in chosen:
        out.append(text[at:k] + "\n")
        at = k + 1
    return "".join(out) + text[at:]


def ticker(text: str, rng: random.Random) -> str:
    """Live-ticker stamps at half of the paragraph starts ("14:32 Uhr: ", "+++ 14:32 +++ ",
    "Update: "), later ones later in the day."""
    hour, minute = rng.randint(6, 12), rng.randint(0, 59)
    out = []
    for para in _paragraphs(text):
        if rng.random() < 0.5:
            minute += rng.randint(3, 40)
            hour, minute = min(hour + minute // 60, 23), minute % 60
            para = rng.choice(TICKER).format(h=hour, m=minute) + para
        out.append(para)
    return "\n\n".join(out)


def url_in_quote(text: str, rng: random.Random) -> str:
    """A URL inside most quotations („...“), bare or in brackets, after a word."""

    def inside(m: re.Match[str]) -> str:
        quote = m[0]
        spaces = [k for k, c in enumerate(quote) if c == " " and quote[k - 1].isalnum()]
        if not spaces or rng.random() < 0.3:
            return quote
        at = rng.choice(spaces)
        url = rng.choice(URLS)
        url = f"({url})" if rng.random() < 0.5 else url
        return f"{quote[:at]} {url}{quote[at:]}"

    return _QUOTATION.sub(inside, text)


def caption_credit(text: str, rng: random.Random) -> str:
    """A photo credit at the end of half of the paragraphs, after the last sentence
    ("... in Berlin. Foto: dpa/Lena Krüger"), as captions copied with their credit."""
    return "\n\n".join(
        f"{para} {rng.choice(CAPTION_CREDITS)}" if rng.random() < 0.5 else para
        for para in _paragraphs(text)
    )


def via_source(text: str, rng: random.Random) -> str:
    """ "(Quelle: ...)" before the full stop of a fifth of the sentences and "via @handle"
    after half of the paragraphs."""
    out = []
    for para in _paragraphs(text):
        para = re.sub(
            r"(?<=[^\W\d_]{3})\.(?= [A-ZÄÖÜ]|$)",
            lambda m: f" (Quelle: {rng.choice(SOURCES)})." if rng.random() < 0.2 else m[0],
            para,
        )
        out.append(f"{para} via {rng.choice(HANDLES)}" if rng.random() < 0.5 else para)
    return "\n\n".join(out)


ONLINE_PERTURBATIONS: dict[str, Callable[[str, random.Random], str]] = {
    "emoji": emoji,
    "hashtags": hashtags,
    "urls": urls,
    "bullets": bullets,
    "dateline": dateline,
    "boilerplate": boilerplate,
    "thin-spaces": thin_spaces,
    "apostrophes": apostrophes,
    "hard-wrap": hard_wrap,
    "stray-breaks": stray_breaks,
    "ticker": ticker,
    "url-in-quote": url_in_quote,
    "caption-credit": caption_credit,
    "via-source": via_source,
}


def _no_emoji(text: str) -> str:
    """Symbols of category So and Sk, emoji modifiers, variation selectors and regional
    indicators removed, spaces run together."""
    kept = "".join(
        c
        for c in text
        if unicodedata.category(c) not in ("So", "Sk") and not "\ufe00" <= c <= "\ufe0f"
    )
    return re.sub(r" {2,}", " ", re.sub(r" (?=[,.;:!?])", "", kept)).strip()


def _no_hash(text: str) -> str:
    return re.sub(r"(?<![\w#])#(?=\w)", "", text)


def _no_group_separator(text: str) -> str:
    return re.sub(r"(?<=\d)[ .](?=\d{3}\b)", "", text)


def _no_apostrophe(text: str) -> str:
    text = text.replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
    text = re.sub(r"\b(geht|gibt|war|ist)'s\b", r"\1 es", text)
    return re.sub(r"(?<=\w)'s\b", "s", text)


def _unwrapped(text: str) -> str:
    """A hyphen at a line break (a space in :func:`benchmarks.robustness.canonical`) read
    alike in both records: a lower-case letter after it joins the word ("Bundes- regierung"
    as "Bundesregierung"), another character follows the hyphen at once ("CDU-Chef")."""
    text = re.sub(r"(?<=[^\W\d_])- (?=[a-zäöüß])", "", text)
    return re.sub(r"(?<=\w)- (?=\w)", "-", text)


def _no_url(text: str) -> str:
    return _URL_ANYWHERE.sub("", text)


ONLINE_FOLDS: dict[str, Callable[[str], str]] = {
    "emoji": _no_emoji,
    "hashtags": _no_hash,
    "thin-spaces": _no_group_separator,
    "apostrophes": _no_apostrophe,
    "hard-wrap": _unwrapped,
    "stray-breaks": _unwrapped,
    "url-in-quote": _no_url,
}
