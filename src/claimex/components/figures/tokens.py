"""Token tests of the figure grammar: what a token next to a number is, and what rules a
number out (times, years, names, scores, ordinals)."""

from __future__ import annotations

from decimal import Decimal

from spacy.tokens import Doc, Span, Token

from claimex.components.figures.grammar import Grammar, parse_digits, parse_number_word
from claimex.components.figures.spans import NumberCore
from claimex.components.labels import ADJECTIVES, NOUNS
from claimex.text import EM_DASH, EN_DASH, QUOTE_CHARS

DASHES = ("-", EN_DASH, EM_DASH)
# Universal POS tags of closed-class words that are neither adjectives nor nouns.
_NOT_CONTENT = frozenset(
    {"ADP", "AUX", "CCONJ", "DET", "INTJ", "NUM", "PART", "PRON", "PUNCT", "SCONJ", "SYM"}
)
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_SENTENCE_END = frozenset({".", "!", "?", ":", ";"})
_ELLIPSIS_TOKENS = 40  # how far back in its sentence an elliptical count looks
# Token.ent_iob codes
_IOB_INSIDE = 1
_IOB_BEGIN = 3


def tagged_ordinal(token: Token) -> bool:
    """Whether the tagger reads a digit token as an ordinal adjective ("3." ADJ)."""
    return token.pos_ in ADJECTIVES  # "" where the doc has no tags


def year_shaped(text: str) -> bool:
    """Four digits without separator between 1000 and 2100: "2023", not "2.023"."""
    return len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2100


def year_span(raw: str, upper: Decimal) -> bool:
    """Two year-shaped bounds that are not both round hundreds: "1989 bis 1997" spans years,
    "1500 bis 2000" Demonstranten counts people."""
    if not (year_shaped(raw) and year_shaped(str(upper))) or upper <= Decimal(raw):
        return False
    return int(raw) % 100 != 0 or int(upper) % 100 != 0


def number_before_noun(g: Grammar, doc: Doc, i: int, has_pos: bool) -> bool:
    """Whether token ``i`` is a number in digits or words followed by a noun ("Zwei Menschen")."""
    text = doc[i].text
    if i + 1 >= len(doc) or not (text[:1].isdigit() or parse_number_word(text, g) is not None):
        return False
    return is_noun(g, doc[i + 1], has_pos)


def elliptical_count(g: Grammar, doc: Doc, start: int, has_pos: bool) -> bool:
    """A number word after a conjunction counts the noun of a number before it in its
    sentence: "Zwei Menschen wurden getötet und drei verletzt"."""
    if start < 1 or doc[start - 1].lower_ not in g.list_conjunctions:
        return False
    for i in range(start - 2, max(start - _ELLIPSIS_TOKENS, 0) - 1, -1):
        if doc[i].text in _SENTENCE_END:
            return False
        if number_before_noun(g, doc, i, has_pos):
            return True
        if doc[i].is_sent_start:
            return False
    return False


def truncated_compound_end(g: Grammar, doc: Doc, k: int, end: int, has_pos: bool) -> int:
    """A noun cut at a hyphen goes on to the noun it is coordinated with: "sechs
    Straßen- und Hallenmärkte" counts "Straßen- und Hallenmärkte"."""
    if (
        end == k + 1
        and doc[k].text.endswith("-")
        and end + 1 < len(doc)
        and doc[end].lower_ in g.list_conjunctions
        and is_noun(g, doc[end + 1], has_pos)
    ):
        return end + 2
    return end


def skip_space(doc: Doc, j: int) -> int:
    """The first token at or after ``j`` that is not whitespace (double spaces, breaks)."""
    while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
        j += 1
    return j


def phone_part(text: str) -> bool:
    """A digit group that only a phone number has: "030", "+49"."""
    digits = text[1:] if text.startswith("+") else text
    if not digits.isdigit() or len(digits) > 20:
        return False
    return text.startswith("+") or (len(digits) > 1 and digits[0] == "0")


def head_text(span: Span) -> str:
    """The head noun of a counted phrase as written ("Soldaten", "Einwohner:innen")."""
    for token in span:
        if token.text[:1].isupper():
            return span.doc[token.i : span.end].text
    return span[-1].text


def is_adjective(g: Grammar, token: Token, has_pos: bool) -> bool:
    text = token.text
    lower = token.lower_
    if (not text[:1].islower() or not text.islower()) and "-" not in text:
        return False  # "iPhones" is a noun
    if not all(part.isalpha() for part in text.split("-") if part):
        return False
    if lower in g.quantifier_adjectives:
        return True  # "sieben anderen Jugendlichen", "zwei weitere Soldaten"
    if lower in g.not_adjectives or lower in g.function_words:
        return False
    if token.tag_ in ("ADJA", "ADJD"):
        return True  # STTS says adjective where UD POS says VERB ("unbegleiteten")
    if has_pos:
        if token.pos_ in ADJECTIVES:
            return True
        if token.pos_ in _NOT_CONTENT or token.pos_ in {"VERB", "ADV"}:
            return False
    return text[:1].islower() and len(text) > 3 and lower.endswith(_ADJECTIVE_ENDINGS)


def is_noun(g: Grammar, token: Token, has_pos: bool) -> bool:
    text = token.text
    if not any(c.isupper() for c in text[:2]) or not any(c.isalpha() for c in text):
        return False  # nouns are capitalised ("Soldaten"), brands may not be ("iPhones")
    if text in g.scales or text in g.currencies or token.lower_ in g.function_words:
        return False
    if token.tag_ in ("NN", "NE"):
        pass  # the STTS tag says noun even where the UD tag does not ("Einwohner*innen")
    elif has_pos and token.pos_ not in NOUNS and token.pos_ in _NOT_CONTENT | {"VERB"}:
        return False
    return all(c.isalpha() or c in "-:*_/" for c in text)


def is_time_word(g: Grammar, text: str) -> bool:
    words_ = g.time_words
    return text in words_ or text.lower() in words_


def is_year(g: Grammar, doc: Doc, core: NumberCore, start: int, counted: Span | None) -> bool:
    if not year_shaped(core.raw):
        return False
    if counted is None:
        return True
    prev = doc[start - 1].lower_ if start > 0 else ""
    if prev in g.year_cues:
        return True
    connectors = g.ellipsis_connectors | g.range_connectors
    if start > 1 and prev in connectors and year_shaped(doc[start - 2].text):
        return True  # "zwischen 1722 und 1787"
    # "die 1960 gegründete Band", "2013 vereinbarten Bund und Länder"
    first = counted[0]
    if first.i >= counted.end - 1:
        return False
    word = first.lower_
    if word.startswith(g.participle_openings) or word.endswith(g.weak_participle_endings):
        return True
    # a strong verb's participle with an inseparable prefix: "den 1998 verstorbenen Hacker"
    return (
        int(core.raw) % 100 != 0
        and word.startswith(g.participle_prefixes)
        and word.endswith(g.strong_participle_endings)
    )


def is_name_like(g: Grammar, token: Token) -> bool:
    text = token.text
    if not any(c.isupper() for c in text) or token.lower_ in g.function_words:
        return False  # "Windows 11", "iPhone 15"
    if token.pos_:
        return token.pos_ in NOUNS
    return any(c.isalpha() for c in text)


def inside_name_entity(g: Grammar, doc: Doc, core: NumberCore) -> bool:
    # read from the token's IOB tag: building ``doc.ents`` for every number costs more
    token = doc[core.start]
    if token.ent_iob == _IOB_INSIDE:
        return True  # an entity starts before the number
    if token.ent_iob != _IOB_BEGIN or not token.ent_type:
        return False
    end = core.start + 1
    while end < len(doc) and doc[end].ent_iob == _IOB_INSIDE:
        end += 1
    if end > core.end:
        # "1 FC Köln"-style names starting with a number, but not a mis-tagged
        # figure such as "2,6 Millionen Einwohner"
        rest = doc[core.end : end]
        if all(t.text not in g.scales for t in rest):
            return any(t.text[:1].isupper() for t in rest) and token.ent_type_ != "MISC"
    return False


def glued_to_symbol(doc: Doc, core: NumberCore) -> bool:
    """Scores, times and compounds: "3:0", "14:30", "10-Punkte", "COVID-19"."""
    prev = doc[core.start - 1] if core.start > 0 else None
    if prev is not None and prev.whitespace_ == "":
        glued_word = prev.text[:1].isalpha() and core.kind == "digits"
        if prev.text in {":", "/", "+", "#", "."} or glued_word:
            return True
        if prev.text == "-" and core.start >= 2 and doc[core.start - 2].whitespace_ == "":
            return True
    if core.end < len(doc) and not core.final_stop:
        last = doc[core.end - 1]
        nxt = doc[core.end]
        if last.whitespace_ == "" and nxt.text in {":", "/"}:
            return True
        if last.whitespace_ == "" and nxt.text in DASHES and core.end + 1 < len(doc):
            after = doc[core.end + 1]
            if nxt.whitespace_ == "" and parse_digits(after.text) is None:
                return True
    return False


def ends_sentence(g: Grammar, doc: Doc, j: int) -> bool:
    """Whether the token before ``j`` closes a sentence ("3 Mrd." at a sentence end)."""
    if j == 0 or j >= len(doc) or not doc[j - 1].text.endswith("."):
        return False
    return stop_ends_sentence(g, doc, j - 1) and doc[j].text[:1].isupper()


def sentence_initial(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    if doc[i].is_sent_start:  # None where no sentence annotation exists
        return True
    prev = doc[i - 1]
    return (
        prev.text in _SENTENCE_END
        or prev.text in QUOTE_CHARS
        or prev.is_space
        or "\n" in prev.whitespace_
    )


def stop_ends_sentence(g: Grammar, doc: Doc, i: int) -> bool:
    """Whether the full stop of a token "45." ends the sentence (not an ordinal)."""
    token = doc[i]
    k = skip_space(doc, i + 1)
    if k >= len(doc):
        return True
    nxt = doc[k]
    if is_time_word(g, nxt.text):
        return False  # "3. Oktober", "am 30.  Juni"
    if "\n" in token.whitespace_ or nxt.is_space or nxt.text in QUOTE_CHARS:
        return True
    if nxt.is_sent_start is not None:  # None where no sentence annotation exists
        return bool(nxt.is_sent_start)
    return nxt.text[:1].isupper() and nxt.lower_ in g.function_words
