"""The speaker ranker's recipe (``models/train_speakers.py``) is reproducible: the same
documents give the same candidate rows, and the training step on the same cached rows
gives the same model file, in this process and in others with other hash seeds (issue 15
asks that the shipped file be what ``python -m models.train_speakers`` makes; which recipe
made the file shipped now: models/README.md)."""

from __future__ import annotations

import json
import pickle
from functools import partial
from pathlib import Path
from typing import Any

import pytest

import claimex

pytest.importorskip("sklearn")

from models.train_speakers import (
    DocRows,
    Held,
    candidate_scores,
    choose_margin,
    collect,
    extract_scores,
    folds,
    payload,
    train,
)

from .conftest import under_hash_seeds

# Four short articles of the Wikinews train split (train_b; texts German Wikinews CC BY 2.5,
# quotes from models/gold/wikinews, CC BY 4.0): (id, text, [(start, end, kind, speaker)]).
ARTICLES: list[tuple[str, str, list[tuple[int, int, str, str]]]] = [
    (
        "spkatt-news-70721",
        "Nachdem die CDU-Abgeordnete im niedersächsischen Landtag Gudrun Pieper mit einem "
        "Zwischenruf für Aufsehen gesorgt hatte, hat sie im Plenum um Entschuldigung gebeten. "
        "Bei einer Debatte um die Praxis des Vollzugs von Abschiebungen in Niedersachsen hatte "
        "sich Pieper während einer Rede der Abgeordneten Filiz Polat von den Grünen zu dem "
        "Zwischenruf hinreißen lassen: \N{DOUBLE LOW-9 QUOTATION MARK}Am besten hätte man Sie "
        "abschieben sollen.\N{LEFT DOUBLE QUOTATION MARK} Der Ältestenrat des Landtags hatte "
        "sich ebenfalls mit dem Zwischenfall befasst und eine Erklärung abgegeben, die sich "
        "gegen \N{DOUBLE LOW-9 QUOTATION MARK}Rassismus\N{LEFT DOUBLE QUOTATION MARK} "
        "positioniert.",
        [
            (139, 156, "reported", "Gudrun Pieper"),
            (365, 407, "direct", "Gudrun Pieper"),
            (492, 557, "reported", "Ältestenrat des Landtags"),
        ],
    ),
    (
        "spkatt-news-6662",
        "In ersten Berichten über das gestrige Unglück im Stahlwerk Böhler-Uddeholm wurde als "
        "Ursache die Explosion eines Stahlofens vermutet. Mittlerweile hat die "
        "Kriminalabteilung des Landesgendarmeriekommandos nähere Einzelheiten bekannt gegeben. "
        "Demnach ereignete sich eine chemische Reaktion. Diese ließ sich auf eine "
        "explosionsartige Verpuffung in der offenen Gießpfanne zurückführen. Es befanden sich "
        "rund 55 Tonnen 1.800 Grad Celsius heißen flüssigen Stahls in der Pfanne. Im Anschluss "
        "an die Rettungsarbeiten wurde ein Kriseninterventionsteam angefordert, das Kollegen "
        "und Angehörige der Opfer psychologisch betreut.",
        [
            (81, 123, "reported", "ersten Berichten"),
            (249, 287, "according_to", "Kriminalabteilung des Landesgendarmeriekommandos"),
            (289, 380, "indirect", "Kriminalabteilung des Landesgendarmeriekommandos"),
        ],
    ),
    (
        "spkatt-news-77041",
        "Laut der Berliner Zeitung werden deutsche Hauptstadtbürger von einem Missionar via "
        "SMS-Kurznachricht zur Konvertierung zum Islam aufgerufen. Der Versender der "
        'Mitteilungen, ein Fundamentalist mit dem Beinamen "Abu Tarbush", bekundete '
        "unterdessen auf Nachfrage eines Reporters seine Sympathie gegenüber den Taliban. Nach "
        "Angaben des Berliner Verfassungsschutzes soll es sich bei seinen SMS-Nachrichten um "
        "eine besonders offensive Art von Missionierungsbemühungen handeln, die jedoch nach "
        "Bewertung von Polizei und Staatsanwaltschaft \N{DOUBLE LOW-9 QUOTATION MARK}keinen "
        "Anlass für strafrechtliche Maßnahmen\N{LEFT DOUBLE QUOTATION MARK} hergibt, mit der "
        "Ergänzung \N{DOUBLE LOW-9 QUOTATION MARK}noch nicht\N{LEFT DOUBLE QUOTATION MARK}.",
        [
            (26, 139, "according_to", "Berliner Zeitung"),
            (276, 313, "reported", "Abu Tarbush"),
            (361, 617, "according_to", "Berliner Verfassungsschutz; Polizei; Staatsanwaltschaft"),
        ],
    ),
    (
        "spkatt-news-32521",
        "Zwischen dem 18. Juli und 17. August soll ein Sittenstrolch in fünf Fällen junge "
        "Frauen sexuell belästigt oder genötigt haben. Nachdem er seine Opfer verfolgt und "
        "festgehalten hat, habe er versucht, ihnen unter die Kleidung zu fassen oder sie zu "
        "küssen. Er sei bisher immer schnell geflüchtet, nachdem seine Opfer sich zur Wehr "
        "setzen. Die Kriminalpolizei bittet um Mithilfe bei der Fahndung. Der Mann sei 18 bis "
        "25 Jahre alt, etwa 1,75 bis 1,85 Meter groß, schlank, Brillenträger und in allen "
        "Fällen bisher mit einem Pullover mit Kapuze und einer Dreiviertel-Stoffhose und "
        "weißen Turnschuhe bekleidet gewesen. Hinweise nimmt die Polizei unter der "
        "Telefonnummer 0631 / 369 - 2620 entgegen.",
        [
            (0, 126, "indirect", "Kriminalpolizei"),
            (127, 253, "indirect", "Kriminalpolizei"),
            (254, 335, "indirect", "Kriminalpolizei"),
            (363, 391, "reported", "Kriminalpolizei"),
            (393, 610, "indirect", "Kriminalpolizei"),
        ],
    ),
]


def _golds() -> list[dict[str, Any]]:
    return [
        {
            "id": doc_id,
            "text": text,
            "quotes": [
                {"start": s, "end": e, "text": text[s:e], "kind": k, "speaker": speaker}
                for s, e, k, speaker in quotes
            ],
        }
        for doc_id, text, quotes in ARTICLES
    ]


def _fixed_margin(held: Held) -> tuple[float, list[tuple[float, dict[str, float]]]]:
    """A margin chooser without the pipeline (for the runs in other processes)."""
    return 1.0, []


@pytest.fixture(scope="module")
def rows(extractor: claimex.Extractor) -> list[DocRows]:
    return collect(extractor, _golds())


def test_the_same_documents_give_the_same_rows(
    extractor: claimex.Extractor, rows: list[DocRows]
) -> None:
    assert [d.gold["id"] for d in rows] == [doc_id for doc_id, _, _ in ARTICLES]
    assert collect(extractor, _golds()) == rows
    assert sum(len(q.cands) for d in rows for q in d.on_gold) > 20


def test_halves_are_the_odd_and_even_documents(rows: list[DocRows]) -> None:
    (a, b), (b_again, a_again) = ((f.fit, f.held) for f in folds(rows))
    assert [d.gold["id"] for d in a] == [ARTICLES[0][0], ARTICLES[2][0]]
    assert [d.gold["id"] for d in b] == [ARTICLES[1][0], ARTICLES[3][0]]
    assert (a, b) == (a_again, b_again)


def test_training_twice_on_the_cached_rows_gives_the_same_file(
    extractor: claimex.Extractor, rows: list[DocRows]
) -> None:
    """The whole training step, C and the margin chosen through extract on each held-out
    half, twice: once on the rows, once on the rows read back from a cache pickle."""
    judge = partial(extract_scores, extractor, margin=0.0)
    margin_of = partial(choose_margin, extractor)
    first = payload(train(rows, judge, margin_of))
    cached: list[DocRows] = pickle.loads(pickle.dumps(rows))
    second = payload(train(cached, judge, margin_of))
    assert json.dumps(first) == json.dumps(second)
    assert first["override"]["margin"] is None or first["override"]["margin"] >= 0
    assert len(first["override"]["cross_fit"]) == 7  # every margin of the grid, out of fold
    assert len(first["cross_fit"]) == 5  # every C of the grid, out of fold
    assert first["rows"]["candidates"] > first["rows"]["positive"] > 0


_OTHER_PROCESS = """
import json, pickle, sys
from models.train_speakers import candidate_scores, payload, train
from tests.test_train_speakers import _fixed_margin
rows = pickle.loads(open(sys.argv[1], "rb").read())
print(json.dumps(payload(train(rows, candidate_scores, _fixed_margin))))
"""


def test_training_in_other_processes_gives_the_same_file(
    rows: list[DocRows], tmp_path: Path
) -> None:
    """Two processes with other string hash seeds (set and dict orders of strings differ)
    fit the same cached rows to the same file as this one."""
    cache = tmp_path / "train.pickle"
    cache.write_bytes(pickle.dumps(rows))
    here = json.dumps(payload(train(rows, candidate_scores, _fixed_margin)))
    assert under_hash_seeds(_OTHER_PROCESS, str(cache)) == [here, here]
