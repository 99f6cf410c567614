"""Czech text pipeline for lunr: normalisation, stop words, a light stemmer and diacritics folding."""
from __future__ import annotations

import functools

from .pipeline import LanguagePipeline, fold, normalise, remove_ending, tokenise

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
""".split()) | frozenset("""
    chci chce chceme chtěl chtěla chtěli hledám hledáme hledá mého mému moji mojí mou mým
    najít najdu nějak nějaká nějaké nějakou někde někdo někoho nemá nemám nemáme nemají nevím
    moc pomozte pomoct poraďte potřebuji potřebuju potřebuje potřebujeme potřeboval potřebovala
    prosím prostě sehnat seženu strašně hrozně taky teda fakt furt pořád
""".split())
# The second part: the words a query in distress is wrapped in ("potřebuju pomoct, nemám kde spát",
# "hledám někoho, kdo…"), which no service text is about.

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
# Stems of words derived from one another that people use for the same need, each to the stem that
# stands for them all: a query "pečovat o mámu" finds "péče", "piju" finds "pití", "kde spát" finds
# "přespání". Whole stems only: a typed prefix ("pečov") keeps its own.
DERIVED_STEMS = {
    "pecovat": "pek", "pecuj": "pek",  # pečovat, pečuje → péče (not pečující: a person)
    "pij": "pit", "pijan": "pit",  # pije, piju, pijan → pít, pití
    "bydlt": "bydln", "bydl": "bydln", "bydll": "bydln",  # bydlet, bydlím, bydlel → bydlení
    "spim": "spat", "spi": "spat", "span": "spat", "spal": "spat", "prespan": "prespat",  # spím, spaní
    "bij": "bit", "tyran": "tyr",  # bije → bít, týrání → týrá
    "jist": "jidl", "najist": "jidl",  # jíst → jídlo
    "pujcit": "pujck",  # půjčit → půjčka
    "terapeut": "terapi",  # terapeut → terapie
    "psychologick": "psycholog", "psychick": "psychik",  # psychologická → psycholog
    "zabij": "zabit",  # zabiju → zabít
    "pracovat": "prak", "pracuj": "prak",  # pracovat, pracuju → práce
}


_UNACCENTED_STOP_WORDS = frozenset(fold(word) for word in STOP_WORDS) - _UNACCENTED_CONTENT_WORDS


def is_stop_word(token: str) -> bool:
    """True for a Czech function word, typed with or without its diacritics."""
    return token in STOP_WORDS or token in _UNACCENTED_STOP_WORDS


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
    word = remove_ending(word, _CASE_ENDINGS, _MIN_STEM)
    word = remove_ending(word, _POSSESSIVES, _MIN_POSSESSIVE_STEM)
    word = _harden(word)
    return DERIVED_STEMS.get(word, word)


@functools.lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    return tuple(tokenise(normalise(text)))


# The lunr functions keep the names they had before other languages came: tests and the index use them.
PIPELINE = LanguagePipeline("czech", _words, is_stop_word, stem)
trimmer, stop_word_filter, stemmer = PIPELINE.functions
register, analyse, index_terms = PIPELINE.register, PIPELINE.analyse, PIPELINE.index_terms
build_index = PIPELINE.build_index
