"""Word counts and readability for `check --stats`: Flesch–Douma for Dutch, Flesch reading ease for English.

Syllables come from pyphen's hyphenation dictionaries (the ones LibreOffice uses), which know Dutch words
far better than counting vowels would.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import pyphen

from ..i18n import Catalog
from .models import Case

READ_ALOUD_WORDS_PER_MINUTE = 130
PLAIN_LANGUAGE_FROM = 60.0
"""Flesch–Douma (and Flesch) 60 or more reads as 'fairly easy': about B1, plain language."""

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)")


@functools.cache
def _dictionary(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="nl_NL" if lang == "nl" else "en_US")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def syllables(word: str, lang: str) -> int:
    return int(_dictionary(lang).inserted(word.lower()).count("-")) + 1


def sentence_count(text: str) -> int:
    return max(1, len(_SENTENCE_END.findall(text.strip() + " ")))


def reading_ease(text: str, lang: str) -> float:
    """Flesch–Douma for Dutch, Flesch reading ease for English: higher is easier (0–100 for normal text)."""
    found = words(text)
    if not found:
        return 100.0
    per_sentence = len(found) / sentence_count(text)
    per_word = sum(syllables(word, lang) for word in found) / len(found)
    if lang == "nl":
        return 206.835 - 0.93 * per_sentence - 77.0 * per_word
    return 206.835 - 1.015 * per_sentence - 84.6 * per_word


@dataclass(frozen=True)
class TextStats:
    words: int
    ease: float

    @property
    def seconds_aloud(self) -> int:
        return round(self.words * 60 / READ_ALOUD_WORDS_PER_MINUTE)


@dataclass(frozen=True)
class CaseStats:
    case_id: str
    story_nl: TextStats
    story_en: TextStats | None
    others_nl: TextStats

    def flags(self, lang: str) -> list[str]:
        t = Catalog(lang)
        found = []
        if self.story_nl.seconds_aloud > 60:
            found.append(t("stats.too_long", count=self.story_nl.words))
        for label, stats, language in (("story.nl", self.story_nl, "nl"), ("story.en", self.story_en, "en")):
            if stats is not None and stats.ease < PLAIN_LANGUAGE_FROM:
                index = "Flesch–Douma" if language == "nl" else "Flesch"
                floor = f"{PLAIN_LANGUAGE_FROM:.0f}"
                found.append(t("stats.not_plain", field=label, index=index, ease=f"{stats.ease:.0f}", floor=floor))
        return found


def text_stats(text: str, lang: str) -> TextStats:
    return TextStats(len(words(text)), reading_ease(text, lang))


def case_stats(case: Case) -> CaseStats:
    return CaseStats(
        case_id=case.case_id,
        story_nl=text_stats(case.story.nl, "nl"),
        story_en=text_stats(case.story.en, "en") if case.story.en else None,
        others_nl=text_stats(case.other_villages.nl, "nl"),
    )


def stats_lines(cases: list[Case], lang: str) -> list[str]:
    t = Catalog(lang)
    lines = [t("stats.header")]
    flagged = 0
    for case in cases:
        stats = case_stats(case)
        english = stats.story_en
        lines.append(
            f"{stats.case_id}  {stats.story_nl.words}  {stats.story_nl.seconds_aloud} s  {stats.story_nl.ease:.0f}  "
            + (f"{english.words}  {english.ease:.0f}" if english else "-  -")
        )
        for flag in stats.flags(lang):
            lines.append(f"  ! {flag}")
            flagged += 1
    lines.append(t("stats.flags", count=flagged))
    return lines
