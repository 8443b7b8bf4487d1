"""The public API on the bundled model with the real encoder and the real species lexicon:
contract, calibration range, look-alikes against offers written fresh for this test."""

from __future__ import annotations

import dataclasses

import pytest

from classifier import Classifier, ClassifierInput, load_classifier
from classifier.settings import CLASSIFIER_THRESHOLD
from wildtrace.models import Verdict

pytestmark = pytest.mark.slow

OFFERS = [
    ("o1", "Carved tusk, solid elephant ivory", "Moving abroad, must sell my elephant ivory "
     "tusk carving, 35 cm, 900 USD, pickup in Lagos.", "en"),
    ("o2", "Écailles", "Je vends 3 kg d'écailles de pangolin, 120 € le kilo, envoi discret.",
     "fr"),
    ("o3", "蜂猴", "出一只蜂猴，很乖，带笼子，2500元，私聊。", "zh"),
    ("o4", "sừng tê", "Bán sừng tê giác thật, 1 khúc 400g, giá inbox zalo.", "vi"),
    ("o5", "cul4 b4dak", "jual c.u.l.a badak asli, harga japri, serius saja", "id"),
]
LOOKALIKES = [
    ("n1", "Ivory tulle veil", "Cathedral-length bridal veil in ivory tulle, never worn, $40.",
     "en"),
    ("n2", "Baume du Tigre", "Baume du Tigre rouge, 3 pots neufs, 10 € les trois.", "fr"),
    ("n3", "Pangolin plush", "Soft plush pangolin toy for toddlers, 20 cm, machine washable, "
     "$15.", "en"),
    ("n4", "Gafas carey", "Gafas graduadas con montura efecto carey, como nuevas, 35 €.", "es"),
    ("n5", "Python Crash Course", "Python programming book, 3rd edition, like new, $18.", "en"),
]


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return load_classifier()


def inputs(rows: list[tuple[str, str, str, str]]) -> list[ClassifierInput]:
    return [ClassifierInput(id=i, title=t, text=x, lang=lang) for i, t, x, lang in rows]


def test_contract_and_cache(classifier: Classifier) -> None:
    assert load_classifier() is classifier
    assert load_classifier(threshold=0.9).threshold == 0.9
    assert classifier.threshold == CLASSIFIER_THRESHOLD
    verdicts = classifier.classify(inputs(OFFERS[:2]), batch_size=1)
    assert [v.id for v in verdicts] == ["o1", "o2"]
    for verdict in verdicts:
        assert isinstance(verdict, Verdict)
        assert 0.0 <= verdict.score <= 1.0
        assert verdict.flagged == (verdict.score >= classifier.threshold)
        assert verdict.model_version
        assert verdict.product_type in ("live animal", "part or derivative", "timber", "plant",
                                        "unknown")
        assert verdict.reasons and all(isinstance(r, str) for r in verdict.reasons)
    assert classifier.classify([]) == []
    fields = {f.name for f in dataclasses.fields(ClassifierInput)}
    assert fields == {"id", "title", "text", "lang", "url", "price"}


def test_offers_flagged_lookalikes_not(classifier: Classifier) -> None:
    verdicts = classifier.classify(inputs(OFFERS + LOOKALIKES))
    scores = {v.id: v.score for v in verdicts}
    flagged = {v.id for v in verdicts if v.flagged}
    assert {"o1", "o2", "o3", "o4"} <= flagged, scores
    assert not flagged & {"n1", "n2", "n3", "n4", "n5"}, scores
    assert min(scores[i] for i in ("o1", "o2", "o3", "o4")) > max(
        scores[i] for i in ("n1", "n2", "n3", "n4", "n5"))


def test_species_and_reasons(classifier: Classifier) -> None:
    ivory, scales = classifier.classify(inputs(OFFERS[:2]))
    assert any(s.scientific_name.startswith("Loxodonta") or "Elephant" in s.scientific_name
               for s in ivory.species), ivory.species
    assert ivory.product_type == "part or derivative"
    assert any(r.startswith("names ") and "Appendix" in r for r in ivory.reasons)
    assert any("offer wording" in r for r in scales.reasons)
    plush = classifier.classify(inputs(LOOKALIKES[2:3]))[0]
    assert not plush.flagged
    assert any("lowers the score" in r for r in plush.reasons), plush.reasons


def test_scores_are_calibrated_probabilities(classifier: Classifier) -> None:
    texts = [*inputs(OFFERS + LOOKALIKES), ClassifierInput(id="e", title="", text="")]
    scores = classifier.scores(texts)
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert len(set(round(s, 3) for s in scores)) > 3  # not a hard 0/1 rule
