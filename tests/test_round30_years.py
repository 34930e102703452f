"""Years before a strong verb's participle (round 30, the lead), on a sentence of the article
the construction was noticed in (round 29, figures29, reading train_a): German Wikinews
(CC BY 2.5, "Wikinews contributors"). A year-shaped number before a participle used as an
adjective dates it ("die 1960 gegründete Band" was already no figure); participles of strong
verbs with an inseparable prefix end in -en ("verstorben", "erschienen": Duden, Grammatik;
lexicon/figure_grammar.json participle_prefixes) and were read as a count. A round hundred
stays a count, as in year_span (no such case in the Wikinews train split)."""

from __future__ import annotations

import claimex


def test_a_year_before_a_strong_participle_is_no_figure(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-20384 (train_a): "1998" dates the death;
    # before, "1998 verstorbenen Hacker" was a figure counting hackers
    text = (
        "Im englischsprachigen Wikipedia-Artikel über den 1998 verstorbenen Hacker Tron "
        "wurde über einen Zusammenhang spekuliert."
    )
    assert [f.text for f in extractor.extract(text).figures] == []
