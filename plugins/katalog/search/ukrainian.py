"""Ukrainian text pipeline for lunr: Cyrillic normalisation, everyday stop words and a light suffix stemmer."""
from __future__ import annotations

import functools
import re

from .pipeline import CYRILLIC, LanguagePipeline, fold, join_apostrophes, normalise, remove_ending, tokenise

# theme/static/js/ukrainian-search.js repeats every rule and list below; tests/search/test_parity_languages.py
# checks that both give the same tokens. benchmarks/ukrainian_bench.py measured each rule on the
# queries of tests/search/ukrainian_queries.txt against a prefix strategy and no stemming.

# Function words, and the words a query is wrapped in ("мені потрібна допомога", "де можна поїсти").
STOP_WORDS = frozenset("""
    а або аби адже але б би бо будь був була були було бути буде в вам вас ваш ваша ваше ваші вже ви
    він від вона вони воно все всі всього де для до допоможіть є його ж же з за знайти зі із її їй
    їм їх і й коли куди ласка лише мене мені мій мною моя моє мої ми можна на над нам нас наш наша
    наше наші не немає нема ні ніде нею ним них ну о об по під після потрібен потрібна потрібне
    потрібні потрібно при про саме себе собі та так також там тебе теж ти тобі треба тут у уже хочу
    хто це цей ці ця цього чи чого чому шукаю що щоб як яка який яке які я
    дуже маю можу підкажіть порадьте скажіть
""".split())

# Ukrainian keyboards have ґ, yet many type г for it (as the 1933–1990 spelling had no ґ); the few
# words that ґ alone tells apart (ґрати/грати) are rarer than a ґ typed as г.
_G_WITH_UPTURN = str.maketrans("ґ", "г")
# Latin letters that look like Cyrillic ones, typed in a Cyrillic word from the wrong layout
# ("iнформацiя"); lower case, so B, H, M, T of a capitalised word are here as b, h, m, t.
_LOOK_ALIKES = str.maketrans("abcehikmoptxyï", "авсенікмортхуї")
LATIN = re.compile("[a-zï]")

# Endings of nouns, adjectives and the -ія nouns, longest first. Verbs are left alone: queries
# name things.
CASE_ENDINGS = (
    "ього", "ьому", "іями", "ьми",
    "ями", "ами", "еві", "єві", "ого", "ому", "ими", "іми", "има", "ьою", "ією", "іям", "іях",
    "ою", "ею", "єю", "ом", "ем", "єм", "ам", "ям", "ах", "ях", "ів", "їв", "ей", "ий", "ій", "ої",
    "ім", "им", "их", "іх", "ія", "ії", "ію",
    "а", "я", "и", "і", "ї", "у", "ю", "о", "е", "є", "ь", "й",
)
# їжа → їж: two letters are the least that still tell a Ukrainian stem apart.
MIN_STEM = 2
# A fleeting vowel of the last syllable, in words of at least this length: притулок/притулку,
# біженець/біженця, дочок/дочка ("урок/уроку" is shorter and keeps its o).
_MIN_FLEETING_WORD = 5
# -ов- of adjectives and of the dative -ові, once the ending is gone, where as much remains:
# військов(ий)/військ(о), психологов(і)/психолог; "мов(а)" and "слов(о)" keep it.
_MIN_ADJECTIVE_STEM = 4
_VOWELS = "аеєиіїоуюя"
# Consonants that alternate before -і return to the form every other case has: допомозі → допомог,
# аптеці → аптек, в одязі → одяг.
_HARDENED = {"з": "г", "ц": "к"}


def _drop_fleeting_vowel(word: str) -> str:
    if len(word) >= _MIN_FLEETING_WORD and word.endswith(("ок", "ець")):
        return word[:-2] + "к" if word.endswith("ок") else word[:-3] + "ц"
    return word


def _remove_adjective_suffix(word: str) -> str:
    return remove_ending(word, ("ов",), _MIN_ADJECTIVE_STEM)


def _undouble(word: str) -> str:
    """лікуванн(я) and лікувань: one н, as питань and питання."""
    return word[:-1] if len(word) > MIN_STEM + 1 and word[-1] == word[-2] and word[-1] not in _VOWELS else word


def _o_for_i(word: str) -> str:
    """і of a closed last syllable is о in every other form: робіт/робота, сиріт/сирота, ості/ість."""
    for position in range(len(word) - 1, 0, -1):
        if word[position] in _VOWELS:
            if word[position] == "і" and position < len(word) - 1:
                return word[:position] + "о" + word[position + 1:]
            return word
    return word


def _harden(word: str) -> str:
    return word[:-1] + _HARDENED.get(word[-1], word[-1]) if len(word) > MIN_STEM else word


def _remove_case_ending(word: str) -> str:
    return remove_ending(word, CASE_ENDINGS, MIN_STEM)


# Each step reads what the one before left; the benchmark measures the stemmer without some of them.
STEPS = (_drop_fleeting_vowel, _remove_case_ending, _remove_adjective_suffix, _undouble,
         _o_for_i, _harden)


def _cyrillic(word: str) -> str:
    """A word with a Cyrillic letter: ґ as г, Latin look-alikes as the Cyrillic letters they stand for."""
    word = word.translate(_G_WITH_UPTURN)
    return word.translate(_LOOK_ALIKES) if LATIN.search(word) else word


@functools.lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """The words of a text: lower case, apostrophes inside a word dropped (сімʼя, сім'я → сімя),
    a Cyrillic word in Cyrillic letters only, a Latin one without diacritics (Czech names)."""
    return tuple(_cyrillic(word) if CYRILLIC.search(word) else fold(word)
                 for word in tokenise(join_apostrophes(normalise(text))))


def is_stop_word(token: str) -> bool:
    """True for a Ukrainian function word or a word that only wraps a query."""
    return token in STOP_WORDS


def stem_with(token: str, steps=STEPS) -> str:
    """The stem of a word by the given steps; a word without Cyrillic letters or with digits stays as it is."""
    if not CYRILLIC.search(token) or not token.isalpha():
        return token
    for step in steps:
        token = step(token)
    return token


@functools.lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """The stem of a lower-case Ukrainian word."""
    return stem_with(token)


PIPELINE = LanguagePipeline("ukrainian", words, is_stop_word, stem)
