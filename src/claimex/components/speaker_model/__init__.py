"""A learned speaker ranker: which candidate said the quote, or nobody.

For each quote the quote stage found, :class:`SpeakerRanker` lists candidates in a window
around it (two sentences before, one after): the mentions of the article's actors
(``doc._.claimex_actors``), person and organisation descriptions (noun phrases headed by a
word of ``lexicon/speaker_nouns.txt``, ``roles.txt`` or ``org_descriptions.txt``),
third-person pronouns, the rule resolver's own choice (:mod:`.speakers`), the speaker chosen
for the quote before where no other candidate names it ("previous": a report continued in
konjunktiv sentences whose speaker was named further up; its features name the quote
pattern that found the quote), and "none".
Pronouns and descriptions are resolved to the actor they refer to by the rule resolver
(nearest agreeing preceding mention), and are also offered as each of the three most recent
actors before them ("link" candidates, with gender/number agreement, recency rank, type
match and the antecedent's subjecthood as features), so that the ranker picks the referent
and the speaker is the actor's name; a description that refers to no actor stays an
unnamed source named by its description.

Each candidate gets sparse binary features (candidate type, dependency relation to the cue,
sentence and token distance, side of the quote, colon or quotation mark between, cue lemma,
agreement with the previous quote's speaker, whether the rule resolver chose it, ...), and
a logistic model scores it. The ranker overrides the rule resolver only where it is confident
enough: its best candidate must name another speaker than the rules' choice and beat the
rules' candidate by more than the model's ``margin`` (a logit difference, which the recipe
chooses out of fold on the two halves of the training split; see :func:`decide`). The
weights, the margin and a Platt calibration (out-of-fold on the training split) ship as
``lexicon/speaker_model.json``, written by ``python -m models.train_speakers``; scoring is
plain Python, no learner at run time.
The quote stage runs the ranker where its ``speaker_model`` option is on, the default
(measured numbers in :func:`~claimex.components.quotes.make_quote_finder`).

Example:
    >>> model = speaker_model()
    >>> model is not None and model.score({"type=none": 1.0}) != 0.0
    True
"""

from claimex.components.speaker_model.features import (
    cue_class_of,
    is_speaker_noun,
    previous_features,
)
from claimex.components.speaker_model.hook import Hook, choose_speakers, speaker_hook
from claimex.components.speaker_model.model import (
    MODEL_FILE,
    Candidate,
    QuoteLike,
    SpeakerModel,
    decide,
    rank,
    speaker_model,
)
from claimex.components.speaker_model.ranker import SpeakerRanker

__all__ = [
    "MODEL_FILE",
    "Candidate",
    "Hook",
    "QuoteLike",
    "SpeakerModel",
    "SpeakerRanker",
    "choose_speakers",
    "cue_class_of",
    "decide",
    "is_speaker_noun",
    "previous_features",
    "rank",
    "speaker_hook",
    "speaker_model",
]
