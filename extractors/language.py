"""Light language identification (ISO 639-1): the script first, then stop-words for Latin text.

No model and no dependency: good enough to choose a lexicon language and a phone region on a
listing's title and description. The page's declared ``lang`` is used when the text is too short
or ambiguous.
"""

from __future__ import annotations

import re

from extractors.settings import EXTRACT_MIN_LANGUAGE_TEXT

_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in {
        "en": "the and for with this that you are from have not your will sale new price "
              "good condition shipping only all can contact please",
        "fr": "le la les des une est pour avec dans sur pas vous très vente prix bon état "
              "du au aux ou mais qui que en et à de vends vendons par cette sans pièce environ",
        "es": "el la los las del una para con por que es muy venta precio estado nuevo se "
              "su al y en lo como más de vendo sin pieza envío",
        "pt": "o a os as do da dos das uma para com por que não muito venda preço estado "
              "novo em é e você mais de vendo sem peça envio",
        "de": "der die das und ist nicht mit für ein eine zu von auf den dem verkaufe preis "
              "zustand neu sehr bei auch",
        "it": "il lo la gli le del della per con che non è una vendo prezzo stato nuovo "
              "molto di e in",
        "nl": "de het een en van voor met niet is op te koop prijs nieuw zeer ook dat bij uit "
              "naar wordt",
        "id": "dan yang untuk dengan ini itu tidak ada jual harga murah baru bisa kondisi "
              "dari di ke hubungi",
        "vi": "và của cho với này không có bán giá mới còn liên hệ là một các",
        "pl": "i w na z do nie jest się to sprzedam cena stan nowy bardzo",
        "tr": "ve bir bu için ile çok satılık fiyat yeni durumu da",
        "sw": "na ya wa kwa ni za la bei kuuza mpya",
    }.items()
}
_LANGUAGES_OF: dict[str, list[str]] = {}
for _lang, _words in _STOPWORDS.items():
    for _word in _words:
        _LANGUAGES_OF.setdefault(_word, []).append(_lang)
_VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]",
                         re.IGNORECASE)
_SCRIPTS = (
    (re.compile(r"[\u3040-\u30ff]"), "ja"),
    (re.compile(r"[\uac00-\ud7af]"), "ko"),
    (re.compile(r"[\u4e00-\u9fff]"), "zh"),
    (re.compile(r"[\u0e00-\u0e7f]"), "th"),
    (re.compile(r"[\u0600-\u06ff]"), "ar"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u0900-\u097f]"), "hi"),
    (re.compile(r"[\u0370-\u03ff]"), "el"),
    (re.compile(r"[\u0400-\u04ff]"), "ru"),
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _declared(lang: str | None) -> str | None:
    if not lang:
        return None
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    return code if len(code) == 2 and code.isalpha() else None


def detect_language(text: str, declared: str | None = None) -> str | None:
    """ISO 639-1 code of ``text``; ``declared`` (e.g. ``<html lang>``) breaks ties."""
    hint = _declared(declared)
    sample = text[:5000]
    letters = sum(ch.isalpha() for ch in sample)
    if letters < EXTRACT_MIN_LANGUAGE_TEXT:
        return hint
    for pattern, code in _SCRIPTS:
        hits = len(pattern.findall(sample))
        if code == "ja" and hits >= 2:
            return "ja"
        if hits and hits >= letters * 0.2:
            if code == "ru" and re.search(r"[іїєґ]", sample, re.IGNORECASE):
                return "uk"
            return code
    if len(_VIETNAMESE.findall(sample)) >= 3:
        return "vi"
    words = [w.lower() for w in _WORD.findall(sample)]
    scores: dict[str, float] = {}
    for word in words:
        langs = _LANGUAGES_OF.get(word)
        if langs:
            for lang in langs:  # a word of several languages counts less for each
                scores[lang] = scores.get(lang, 0.0) + 1.0 / len(langs)
    if not scores:
        return hint
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)[:2]
    best, best_score = ranked[0]
    if hint and scores.get(hint, 0) >= best_score * 0.8:
        return hint
    if len(ranked) > 1 and ranked[1][1] == best_score:
        return hint or best
    return best
