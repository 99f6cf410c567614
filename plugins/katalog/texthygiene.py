"""Text hygiene for every string read from YAML: NFC, no control or bidi characters, no invisible ones."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Control characters break XML (the Atom feed) and reach the HTML; YAML escapes such as "\0" make them.
# Line and paragraph separators and lone surrogates count with them: they break scripts and UTF-8 output.
_CONTROL = "\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
# Bidi controls reorder what a reader sees: a name could display as something else than it says.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Invisible hints for hyphenation and joining: dropping them changes nothing a reader sees, and
# keeps them from splitting words for search ("dlu\u00adžníky" is found as "dlužníky").
_INVISIBLE = "\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff\U000e0000-\U000e007f"

_IN_VALUES = re.compile(f"[{_CONTROL}{_BIDI}{_INVISIBLE}]")
# A key is one word: a line break or tab in it is as wrong as any other control character.
_IN_KEYS = re.compile(f"[\t\n{_CONTROL}{_BIDI}{_INVISIBLE}]")
_REMOVABLE = re.compile(f"[{_INVISIBLE}]")
_REORDERING = re.compile(f"[{_BIDI}]")
# Letters that display as blank space, used to make a name that looks empty.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")


@dataclass(frozen=True)
class Finding:
    """One unwanted character at an offset of the text as read; removed ones are only worth a warning."""

    offset: int
    char: str

    @property
    def removed(self) -> bool:
        return bool(_REMOVABLE.match(self.char))

    def message(self, escaped: bool) -> str:
        escape = f"\\x{ord(self.char):02x}" if ord(self.char) < 0x100 else f"\\u{ord(self.char):04x}"
        origin = f" (from an escape in quotes, such as \"{escape}\")" if escaped else ""
        code = f"U+{ord(self.char):04X} {unicodedata.name(self.char, '(a control character)')}"
        if self.removed:
            return f"removed the invisible character {code}{origin}; nothing visible changes, nothing to fix"
        if _REORDERING.match(self.char):
            return (f"contains {code}{origin}, an invisible character that changes the order in which text "
                    "displays; delete it (retype the text if you cannot find it)")
        return f"contains {code}{origin}, which cannot be shown or printed; delete it"


def clean(text: str, *, is_key: bool = False) -> tuple[str, list[Finding]]:
    """The text in NFC without invisible characters, and every unwanted character found in it."""
    findings = [Finding(match.start(), match.group()) for match in (_IN_KEYS if is_key else _IN_VALUES).finditer(text)]
    if findings:
        text = _REMOVABLE.sub("", text)
    return unicodedata.normalize("NFC", text), findings


def has_visible_character(text: str) -> bool:
    """True when some letter or digit of the text shows on the page."""
    return any(unicodedata.category(char)[0] in "LN" and char not in _BLANK_LETTERS for char in text)
