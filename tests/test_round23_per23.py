"""Person spans of the Wikinews train split (round 23, helper per23), each on sentences of
the article it was found in: German Wikinews (CC BY 2.5, "Wikinews contributors"), read from
/tmp/s6/train_b.jsonl. The case failed before the fix; the fix is general
(components/entity_spans.py ``propagate_names`` with lexicon/name_particles.txt)."""

from __future__ import annotations

import claimex


def test_a_surname_repeated_with_its_particle_keeps_it(extractor: claimex.Extractor) -> None:
    # propagate_names + name_particles.txt. German Wikinews (CC BY 2.5), spkatt-news-64689
    text = (
        "Am Rande der Innenministerkonferenz hat der deutsche Bundesinnenminister Thomas de "
        "Maizière (CDU) am Freitag bekanntgegeben, dass die angebliche Paketbombe eine Attrappe "
        "gewesen sei. Wie de Maizière darlegte, handelte es sich dabei um einen so genannten "
        "Realtest-Koffer einer US-Firma."
    )
    found = [(e.text, e.label) for e in extractor.extract(text).entities]
    assert ("Thomas de Maizière", "PER") in found
    assert ("de Maizière", "PER") in found
