"""Round 27 (helper germeval27): MISC spans against GermEval 2014 test (CC BY 4.0,
/work/shared/data/ner/germeval2014/NER-de-test.tsv; sentence numbers count from 0 in file
order, their tokenisation undone); each case failed before its change (c1a8394)."""

from __future__ import annotations

import pytest

import claimex
from claimex.components.entity_drops import code_word

from .entity_docs import entities_found


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # GermEval 2014 test 2140
        (
            "In der breit angelegten Durchführung kann man die Kontrapunktik von Wagners Oper "
            "Die Meistersinger von Nürnberg erkennen.",
            "Die Meistersinger von Nürnberg",
        ),
        # GermEval 2014 test 4007
        (
            "Im Fernsehfilm Die Nibelungen \N{EN DASH} Der Fluch des Drachen hatte er 2004 eine "
            "Nebenrolle als Giselher.",
            "Die Nibelungen \N{EN DASH} Der Fluch des Drachen",
        ),
        # GermEval 2014 test 2748
        (
            "Das Jahr 1996 brachte mit der Veröffentlichung von Die Siedler II: Veni, Vidi, "
            "Vici und dem dazugehörigen Add-on den endgültigen Durchbruch für Blue Byte.",
            "Die Siedler II: Veni, Vidi, Vici",
        ),
    ],
)
def test_title_keeps_its_capitalised_article(
    extractor: claimex.Extractor, text: str, title: str
) -> None:
    # entity_spans.title_article: a capitalised article inside a sentence begins a title;
    # strip_titles stripped it as a determiner ("Meistersinger von Nürnberg")
    assert (title, "MISC") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "model"),
    [
        # GermEval 2014 test 80: the tagger calls "T3" a common noun
        (
            "Der Motor war wieder im Heck angeordnet, obwohl dieses Konzept bereits beim "
            "Erscheinen des T3 als überholt galt, weil so immer noch keine durchgehende "
            "Ladefläche zur Verfügung gestellt werden konnte.",
            "T3",
        ),
        # GermEval 2014 test 4964
        (
            "Die Bezeichnung A6 bzw. S6 beendete 1994 die Audi-100-Ära zugunsten der neuen "
            "Nomenklatur „Audi A x“.",
            "S6",
        ),
        # GermEval 2014 test 178: the tagger calls "i10" an adjective
        ("Der Atos-Nachfolger i10 hat erstaunlich viel Charme.", "i10"),
    ],
)
def test_model_code_is_no_common_noun(extractor: claimex.Extractor, text: str, model: str) -> None:
    # entity_drops.code_word: a MISC of letters and digits stays whatever the tagger calls it
    assert (model, "MISC") in entities_found(extractor, text)


def test_code_word_needs_letters_and_digits() -> None:
    assert code_word("T3")
    assert code_word("i10")
    assert not code_word("Tatort")
    assert not code_word("1996")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # GermEval 2014 test 3750
        ('Am Sonntag ist sie in einer Episodenhauptrolle im "Tatort" zu sehen.', "Tatort"),
        # GermEval 2014 test 1166
        (
            "Weltweit wurde an den Kinokassen bislang 1,34 Milliarden Dollar für «Avatar» "
            "gelassen.",
            "Avatar",
        ),
        # GermEval 2014 test 115
        (
            "Daraus entwickelte sich der so genannte tschechisch-polnische „Sieben-Tage-Krieg“ "
            "mit mehreren Toten auf beiden Seiten.",
            "Sieben-Tage-Krieg",
        ),
    ],
)
def test_quoted_misc_word_stays(extractor: claimex.Extractor, text: str, name: str) -> None:
    # entity_drops.drop_common_noun: a one-word MISC of the NER alone in quotation marks is
    # a title or name, whatever the tagger calls it
    assert (name, "MISC") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # GermEval 2014 test 4935
        (
            'Bereits für seine Rolle als schwuler Cowboy in dem Drama "Brokeback Mountain", '
            "der Sonntagabend (20.15 Uhr) auf ProSieben ausgestrahlt wird, wurde der "
            'Australier sowohl für einen Golden Globe, als auch für einen "Oscar" nominiert.',
            "Oscar",
        ),
        # GermEval 2014 test 44
        (
            "Die Stadt richtete in den Gebäuden eine höhere Knabenschule ein, weshalb die "
            "Gebäude im Volksmund auch „Bubenkloster“ genannt wurde (nicht zu verwechseln mit "
            "der eigentlichen Klosterschule im Stiftsbezirk).",
            "Bubenkloster",
        ),
    ],
)
def test_quoted_misc_of_a_known_word_stays(
    extractor: claimex.Extractor, text: str, name: str
) -> None:
    # entity_drops.drop_common_word_misc: a one-word MISC alone in quotation marks is a
    # title or name though the lemma table knows the word
    assert (name, "MISC") in entities_found(extractor, text)
