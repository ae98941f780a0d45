"""Tell English, Russian and Kazakh apart by their letters."""

from __future__ import annotations

__all__ = ["detect_language"]

# Letters of the Kazakh Cyrillic alphabet that Russian does not have.
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def detect_language(text: str) -> str:
    """Return "en", "ru", "kk", or "und" when the text has too few letters to tell.

    Kazakh names and organisations inside Russian prose (Нурланқызы, «Әділет») carry
    Kazakh letters too, so Kazakh needs a quarter of the Cyrillic words to have them;
    in Kazakh prose about half of the words do.
    """
    latin = cyrillic = 0
    for ch in text:
        if "a" <= ch <= "z" or "A" <= ch <= "Z":
            latin += 1
        elif "\u0400" <= ch <= "\u04ff":
            cyrillic += 1
    if latin + cyrillic < 3:
        return "und"
    if cyrillic < latin:
        return "en"
    words = [w for w in text.split() if any("\u0400" <= ch <= "\u04ff" for ch in w)]
    kazakh = sum(1 for w in words if any(ch in KAZAKH_LETTERS for ch in w))
    return "kk" if kazakh >= 0.25 * len(words) else "ru"
