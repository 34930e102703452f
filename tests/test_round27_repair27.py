"""Round 27 (helper repair27): every name repair receives the pipeline's German-word check
through one mechanism (``name_repair.Repair``: the repairs that need it declare ``known``,
the others are wrapped by ``without_word_check``), so ``repair_spans`` runs the same rules
as the entity stage, with the check or without it. Sentences of GermEval 2014 test (CC BY
4.0, /work/shared/data/ner/germeval2014/NER-de-test.tsv; numbers count from 0 in file order),
their tokenisation undone; each case failed at c1a8394 (``repair_spans`` took no check)."""

from __future__ import annotations

import pytest

import claimex
from claimex.components.entities import EntityNormalizer
from claimex.components.name_repair import REPAIRS, repair_spans
from claimex.components.person_names import PERSON_REPAIRS

from .entity_docs import Ent, doc_with_ents, entities_found


@pytest.fixture(scope="module")
def normalizer(extractor: claimex.Extractor) -> EntityNormalizer:
    pipe = extractor.nlp.get_pipe("claimex_entities")
    assert isinstance(pipe, EntityNormalizer)
    assert pipe.known_word is not None
    return pipe


@pytest.mark.parametrize(
    ("text", "ner", "checked", "unchecked"),
    [
        # GermEval 2014 test 3076: place_trim cuts German nouns only off a known place
        (
            "Das Gebiet zwischen dem Ohio River und den Großen Seen war damit endgültig für "
            "die weiße Besiedelung frei.",
            [("Ohio River", "LOC"), ("Großen Seen", "LOC")],
            [("Ohio River", "LOC"), ("Großen Seen", "LOC")],
            [("Ohio", "LOC"), ("Großen Seen", "LOC")],
        ),
        # GermEval 2014 test 1033: given_names takes no compound that ends in a German word
        # for a surname
        (
            "Sie überzeugte als Psychiatrie-Ärztin Dr. Hildegard Heinemann im Rolf "
            "Hochhuth-Stück Heil Hitler unter der Regie von Lutz Blochberger.",
            [("Hildegard Heinemann", "PER"), ("Lutz Blochberger", "PER")],
            [("Hildegard Heinemann", "PER"), ("Lutz Blochberger", "PER")],
            [
                ("Hildegard Heinemann", "PER"),
                ("Rolf Hochhuth-Stück", "PER"),
                ("Lutz Blochberger", "PER"),
            ],
        ),
    ],
)
def test_repairs_receive_the_word_check(
    extractor: claimex.Extractor,
    normalizer: EntityNormalizer,
    text: str,
    ner: list[Ent],
    checked: list[Ent],
    unchecked: list[Ent],
) -> None:
    doc = doc_with_ents(extractor, text, ner)
    rules = (*REPAIRS, *PERSON_REPAIRS)
    with_check = repair_spans(doc, doc.ents, rules=rules, known=normalizer.known_word)
    assert [(span.text, span.label_) for span in with_check] == checked
    without = repair_spans(doc, doc.ents, rules=rules)
    assert [(span.text, span.label_) for span in without] == unchecked


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # GermEval 2014 test 3639 (its tokenisation undone): a double surname whose second
        # part is a German word ("Zinke"), the first name without an article
        (
            "Auf der Literaturseite gratuliert Kristina Maidt-Zinke dem Schriftsteller "
            "Hartmut Lange zum Siebzigsten.",
            "Kristina Maidt-Zinke",
        ),
    ],
)
def test_double_surname_without_article(
    extractor: claimex.Extractor, text: str, person: str
) -> None:
    # person_repairs.given_names: only a first name after a determiner heads a compound
    # noun ("im Rolf Hochhuth-Stück", round 26); a person's name takes no article
    assert (person, "PER") in entities_found(extractor, text)
