"""The listing classifier: does a listing offer a CITES-listed species, which, and why.

Public API::

    from classifier import load_classifier, Classifier, ClassifierInput
    clf = load_classifier()                      # cached; bundled or promoted model
    verdicts = clf.classify([ClassifierInput(id="1", title="...", text="...", lang="en")])

See README.md in this folder for the model, the corpus, the commands and the limits.
"""

from __future__ import annotations

from classifier.model import Classifier, ClassifierInput, load_classifier

__all__ = ["Classifier", "ClassifierInput", "load_classifier"]
