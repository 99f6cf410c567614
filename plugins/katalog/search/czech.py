"""Czech text pipeline for lunr: normalisation, stop words, a light stemmer and diacritics folding."""
from __future__ import annotations

import functools
import unicodedata

from lunr.builder import Builder
from lunr.pipeline import Pipeline
from lunr.tokenizer import Tokenizer

# theme/static/js/czech-search.js repeats every rule and list below; tests/search/test_parity.py
# checks that both give the same tokens.

STOP_WORDS = frozenset("""
    a aby abych abychom abyste ač ačkoli ale ani anebo ano apod asi atd až
    během bez beze by bych bychom byl byla byli bylo byly bys byste být
    co či čí
    dle do
    i
    já jak jako jaká jaké jaký jakmile je jeho jej její jejich jemu jen jestli jestliže ještě ji jí
    jich jim jimi již jsem jsi jsme jsou jste
    k kam kde kdo kdy když ke kolem kromě ku kvůli který která které kteří kterou kterého
    kterém kterému kterým kterých kterými
    lze
    má mají mám máme máte mě mezi mi mimo mít mne mně mnou moje mohou my můj může můžete
    na nad nade nám námi naše naši náš nás např ne nebo neboť nebude nebyl něco nejsou nějaký
    něj ně něm němu než není nic nich nikdo ním ní nim nimi nyní
    o od ode on ona oni ono ony okolo
    pak po pod pode podle pokud potom pouze pro proč proti protože proto před přede přes při
    s se sebe sebou si sobě svá své svého svém svému svou svůj svých svým svými
    ta tak také takže tam tato té tě tebe tebou tedy těch těm těmi ten tento teď též ti tím
    tímto tito tj to toho tohoto tom tomto tomu toto tobě tou tu tuto tvůj ty tyto tzv
    u už
    v vám vámi vás váš vaše vaši ve vedle velmi více však vše všech všechno všem všichni vy vůči
    z za zda zde ze že
""".split())

# The unaccented spelling of a stop word is dropped too (a query typed as "pri" is "při"), except
# where it is also a content word: "byt" is a flat, "muze" is "muže" (men).
_UNACCENTED_CONTENT_WORDS = frozenset({"byt", "muze"})

# Case endings of nouns and adjectives, longest first, spelled without diacritics: a query typed
# without them must lose the same ending as the accented word ("seniorum" and "seniorům").
_CASE_ENDINGS = (
    "ech", "ich", "ach", "ych",  # -ech -ích -ách -ých
    "eho", "iho", "emu", "imu",  # -ého -ího -ému -ímu
    "emi", "imi", "ymi", "ami",  # -ěmi -ími -ými -ami
    "em", "im", "ym", "am", "um",  # -em -ém -ím -ým -ám -ům
    "mi", "ou",
    "a", "e", "i", "o", "u", "y",  # and -á -é -ě -í -ů -ý
)
# -ov -in -ův; also what -ové and -ovi leave after -e and -i: seniorov(é), Novákov(i).
_POSSESSIVES = ("ov", "in", "uv")
# Shorter stems are left alone: a 3-letter stem is the least that still tells words apart.
_MIN_STEM = 3
_MIN_POSSESSIVE_STEM = 4  # so that "domov" and "rodin(a)" keep their -ov and -in
# Consonants softened before -e/-i return to the hard form that every case shares:
# ruce → ruka, knize → kniha (č, ž and ř are already c, z and r once folded).
_HARDENED = {"c": "k", "z": "h"}
_VOWELS = frozenset("aeiouy")


def normalise(text: str) -> str:
    """NFKC, characters outside the BMP replaced by spaces, lower case."""
    # lunr.js sorts terms by UTF-16 code unit and lunr.py by code point; they only disagree
    # outside the BMP (lunr.py issue #144). Such characters are emoji in practice: separators.
    text = unicodedata.normalize("NFKC", text)
    return "".join(" " if ord(char) > 0xFFFF else char for char in text).lower()


def tokenise(text: str) -> list[str]:
    """Split text on every character that is not a Unicode letter or number."""
    words, word = [], []
    for char in text:
        if unicodedata.category(char)[0] in "LN":
            word.append(char)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return words


def fold(token: str) -> str:
    """Strip diacritics: the nonspacing marks of the canonical decomposition."""
    decomposed = unicodedata.normalize("NFD", token)
    return "".join(char for char in decomposed if unicodedata.category(char) != "Mn")


_UNACCENTED_STOP_WORDS = frozenset(fold(word) for word in STOP_WORDS) - _UNACCENTED_CONTENT_WORDS


def is_stop_word(token: str) -> bool:
    """True for a Czech function word, typed with or without its diacritics."""
    return token in STOP_WORDS or token in _UNACCENTED_STOP_WORDS


def _remove_ending(word: str, endings: tuple[str, ...], min_stem: int) -> str:
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= min_stem:
            return word[: -len(ending)]
    return word


def _harden(word: str) -> str:
    if len(word) < _MIN_STEM:
        return word
    word = word[:-1] + _HARDENED.get(word[-1], word[-1])
    # A fleeting e comes and goes before the last consonant: služeb/služba, obec/obce.
    if len(word) > _MIN_STEM and word[-2] == "e" and word[-1] not in _VOWELS:
        word = word[:-2] + word[-1]
    return word


# An index repeats the same few thousand words a hundred thousand times: remember each stem.
@functools.lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """The folded stem of a lower-case Czech word: case ending, then possessive suffix removed."""
    # Every rule reads the folded word, so that a word typed without diacritics reaches the same
    # stem; the price is that endings which only diacritics tell apart are treated alike.
    word = fold(token)
    if not word.isalpha():  # numbers and codes are matched as they are
        return word
    word = _remove_ending(word, _CASE_ENDINGS, _MIN_STEM)
    word = _remove_ending(word, _POSSESSIVES, _MIN_POSSESSIVE_STEM)
    return _harden(word)


@functools.lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    return tuple(tokenise(normalise(text)))


def trimmer(token, i=None, tokens=None):
    """Normalise a token and split it into words: a trimmer that keeps Czech letters."""
    words = _words(str(token))
    if len(words) == 1:
        return token.update(lambda string, metadata: words[0])
    return [token.clone(lambda string, metadata, word=word: word) for word in words]


def stop_word_filter(token, i=None, tokens=None):
    """Drop Czech function words."""
    return None if is_stop_word(str(token)) else token


def stemmer(token, i=None, tokens=None):
    """Replace a word by its folded stem."""
    return token.update(lambda string, metadata: stem(string))


Pipeline.register_function(trimmer, "czech-trimmer")
Pipeline.register_function(stop_word_filter, "czech-stop-word-filter")
Pipeline.register_function(stemmer, "czech-stemmer")
_FUNCTIONS = (trimmer, stop_word_filter, stemmer)


def register(builder: Builder) -> None:
    """Make the Czech pipeline the builder's only pipeline, for documents and for queries."""
    for pipeline in (builder.pipeline, builder.search_pipeline):
        pipeline.reset()
        pipeline.add(*_FUNCTIONS)


_PIPELINE = Pipeline()
_PIPELINE.add(*_FUNCTIONS)


def analyse(text: str | None) -> list[str]:
    """The index terms of a text, derived exactly as build_index derives them."""
    return [str(token) for token in _PIPELINE.run(Tokenizer(text))]


def index_terms(value) -> list[str]:
    """The terms of a field value (text or a list of phrases), the same as `analyse` gives but without
    lunr's per-token pipeline calls, which made up most of a web build's time."""
    pieces = value if isinstance(value, (list, tuple)) else [value]
    terms = []
    for piece in pieces:
        if piece is not None:
            # Lower case first, as lunr's tokenizer does before the trimmer normalises.
            terms.extend(stem(word) for word in _words(str(piece).lower()) if not is_stop_word(word))
    return terms


def build_index(documents: list[dict], fields: list[tuple[str, int]]) -> dict:
    """A serialised lunr index of documents (dicts with an "id"), ready for lunr.Index.load."""
    builder = Builder()
    register(builder)
    # Documents arrive as ready terms (index_terms); queries still run the registered Czech pipeline,
    # whose labels the serialised index names for lunr.js.
    builder.pipeline.reset()
    builder.ref("id")
    for name, boost in fields:
        # A document without a field is indexed as if it were empty.
        builder.field(name, boost=boost, extractor=lambda document, name=name: index_terms(document.get(name)))
    for document in documents:
        builder.add(document)
    return builder.build().serialize()
