"""The ranker's feature names as column ids (:data:`FEATURE_IDS`), so that a candidate is
scored by summing the model's weights of its columns (:meth:`~.model.SpeakerModel.score_ids`)
instead of looking each feature name up in the weights.

A new feature needs nothing here: ``FEATURE_IDS["my_feature"]`` gives the name its id on
first use (and the model reads its weight by name from ``lexicon/speaker_model.json``).
"""

from __future__ import annotations

from threading import Lock


class FeatureIds(dict[str, int]):
    """Feature name -> column id, filled on first look-up (``ids[name]``; ``names[id]`` is
    the name again). Process-wide: the names are formatted from bounded sets of values
    (candidate types, quote kinds, cue classes, dependency labels, buckets, ...), so it
    holds a few thousand names at most, and ids never change once given.

    Example:
        >>> ids = FeatureIds()
        >>> ids["type=name"], ids["type=none"], ids["type=name"], ids.names
        (0, 1, 0, ['type=name', 'type=none'])
    """

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []
        self._lock = Lock()

    def __missing__(self, name: str) -> int:
        with self._lock:  # threads asking for the same new name get one id
            known = self.get(name)
            if known is not None:
                return known
            self.names.append(name)  # the name first: an id is readable once it is given
            self[name] = len(self.names) - 1
            return len(self.names) - 1


FEATURE_IDS = FeatureIds()
