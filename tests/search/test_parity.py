"""The JavaScript pipeline (queries, in the browser) gives the same tokens as the Python one (the index)."""
from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from katalog.search.czech import DERIVED_STEMS, PIPELINE, STOP_WORDS, analyse, fold, normalise, stem, tokenise
from katalog.taxonomy import read_labels

ROOT = Path(__file__).resolve().parents[2]
CLI = Path(__file__).with_name("pipeline_cli.js")
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")

HARD_CASES = [
    "", " ", "žena", "Žena", "ŽENA", "(žena),", "a/nebo", "e-mail", "108/2006", "§ 37", "www.example.cz",
    "Příliš žluťoučký kůň úpěl ďábelské ódy", "seniorům", "seniorum", "senioři", "obědů", "obedu",
    "hygienou", "pečovatelská", "služeb", "exekucí", "dluzích", "Novákův", "domově", "dětmi",
    "„citace“", "‚jednoduché‘", "«guillemets»", "sluzba: ~^+-*\"", "pomoc😀seniorům", "🙂", "𝐩𝐨𝐦𝐨𝐜",
    "ﬁnance", "ﬀ", "Ｐomoc", "½", "²", "Ⅻ", "№5", "obe\u030cdy", "x\u030c", "ǅ", "ß", "İstanbul",
    "ΟΔΟΣ ΣΟΦΟΣ", "Москва", "한국어", "हिन्दी", "العربية", "日本語", "a\u00a0b", "a\u2011b", "a\u200bb",
    "tab\there", "new\nline", "\ud800", "a\ud800b", "\ufeffbom", "ŉ", "ﬆ", "Ǆ", "ʼn",
]


# Words whose stem is one of DERIVED_STEMS' keys: the step must give the same in both.
DERIVED_WORDS = ["pečovat", "pečuje", "pečuju", "pije", "piju", "pijan", "bydlet", "bydlím", "bydlel",
                 "spím", "spí", "spaní", "spal", "přespání", "bije", "týrání", "jíst", "najíst", "půjčit",
                 "terapeut", "psychologická", "psychické", "zabiju", "pracovat", "pracuju"]


def _phrases() -> list[str]:
    """Every label and synonym of the Czech label file: the phrases an index holds as one term each."""
    sections = read_labels("cs")
    return [phrase for section in ("kinds", "life_situations") for entry in sections[section].values()
            for phrase in (entry["label"], *entry.get("synonyms", ()))]


def _content_words() -> list[str]:
    """Every whitespace-separated word of the sample content, which others are still writing."""
    words: set[str] = set()
    for path in sorted((ROOT / "content").rglob("*")):
        if path.suffix in (".yaml", ".md") and path.is_file():
            words.update(path.read_text(encoding="utf-8").split())
    return sorted(words)


def _random_texts(count: int = 3000) -> list[str]:
    """Fixed pseudo-random strings mixing Czech letters with what a user may type or paste."""
    alphabet = ("aábcčdďeéěhiíjklnňoóprřsštťuúůvyýzžAÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ0123456789 .,:;-–/*~^+\"'()"
                "\u0301\u030c\u00a0ﬁ😀𝐚")
    generator = random.Random(144)
    return ["".join(generator.choices(alphabet, k=generator.randint(1, 16))) for _ in range(count)]


def _python(text: str) -> dict:
    normalised = normalise(text)
    return {"normalise": normalised, "tokenise": tokenise(normalised), "fold": fold(normalised),
            "stem": stem(normalised), "analyse": analyse(text),
            "phrase": PIPELINE.phrase_term(text) or "_".join(stem(word) for word in tokenise(normalised))}


def _javascript(texts: list[str]) -> dict:
    result = subprocess.run([NODE, str(CLI)], input=json.dumps(texts), capture_output=True,
                            text=True, encoding="utf-8", timeout=120, check=False)
    assert result.returncode == 0 and not result.stderr, result.stderr
    return json.loads(result.stdout)


def test_stop_word_lists_are_the_same():
    assert set(_javascript([])["stopWords"]) == STOP_WORDS


def test_derived_stems_are_the_same():
    assert _javascript([])["derivedStems"] == DERIVED_STEMS
    assert all(stem(word) in DERIVED_STEMS.values() for word in DERIVED_WORDS)


def test_javascript_gives_the_same_tokens_as_python():
    stop_words = sorted(STOP_WORDS | {fold(word) for word in STOP_WORDS})
    texts = list(dict.fromkeys(HARD_CASES + DERIVED_WORDS + _phrases() + stop_words + _content_words()
                               + _random_texts()))
    results = _javascript(texts)["results"]
    mismatches = [(text, expected, got) for text, got in zip(texts, results)
                  if (expected := _python(text)) != got]
    assert len(results) == len(texts)
    assert not mismatches, "\n".join(f"{text!r}: python {py} != js {js}" for text, py, js in mismatches[:20])
