"""The print edition's colours: every RGB colour of a laid-out page as CMYK ink.

Both editions are written from one layout in screen colours (sRGB). print.css names the ink of each colour
variable (`--accent: device-cmyk(…)` beside common.css's `--accent: #0b5c8a`); the ink table maps each screen
colour to its designed ink, so a chapter colour prints as two clean process colours and text as black only.
Any other RGB (an SVG's, a colour written in a sheet without a variable) goes through the output profile.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

import tinycss2
from PIL import Image, ImageCms

_RGB_OPERATION = re.compile(rb"([\d.]+) ([\d.]+) ([\d.]+) (rg|RG)")

Rgb = tuple[int, int, int]
Cmyk = tuple[float, float, float, float]


class InkTableError(Exception):
    """print.css and the screen sheets disagree: one screen colour would need two inks."""


def colour_variables(sheet: Path) -> dict[str, list]:
    """The custom properties set on :root by `sheet` and the sheets it imports (later ones win), as tokens."""
    variables: dict[str, list] = {}
    for rule in tinycss2.parse_stylesheet(sheet.read_text(encoding="utf-8"), skip_comments=True, skip_whitespace=True):
        if rule.type == "at-rule" and rule.lower_at_keyword == "import":
            target = next((token for token in rule.prelude if token.type in ("string", "url")), None)
            if target is not None:
                variables |= colour_variables(sheet.parent / target.value)
        elif rule.type == "qualified-rule" and tinycss2.serialize(rule.prelude).strip() == ":root":
            for declaration in tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True):
                if declaration.type == "declaration" and declaration.name.startswith("--"):
                    variables[declaration.name] = [token for token in declaration.value
                                                   if token.type not in ("whitespace", "comment")]
    return variables


def ink_table(screen_sheets: list[Path], print_sheet: Path) -> dict[Rgb, Cmyk]:
    """Each screen colour of a variable that `print_sheet` gives an ink, and that ink."""
    screen: dict[str, list] = {}
    for sheet in screen_sheets:
        screen |= colour_variables(sheet)
    table: dict[Rgb, Cmyk] = {}
    for name, tokens in colour_variables(print_sheet).items():
        rgb, ink = _rgb(screen.get(name, [])), _cmyk(tokens)
        if rgb is None or ink is None:
            continue
        if table.setdefault(rgb, ink) != ink:
            raise InkTableError(f"{print_sheet.name}: {name} gives the screen colour #{bytes(rgb).hex()} the ink "
                                f"{ink}, another variable gives it {table[rgb]}; give one of them its own screen colour")
    return table


def _rgb(tokens: list) -> Rgb | None:
    if len(tokens) == 1 and tokens[0].type == "hash":
        digits = tokens[0].value
        if len(digits) == 3:
            digits = "".join(digit * 2 for digit in digits)
        if len(digits) == 6:
            return tuple(bytes.fromhex(digits))
    return None


def _cmyk(tokens: list) -> Cmyk | None:
    if len(tokens) == 1 and tokens[0].type == "function" and tokens[0].lower_name == "device-cmyk":
        numbers = [token.value for token in tokens[0].arguments if token.type == "number"]
        if len(numbers) == 4:
            return tuple(float(number) for number in numbers)
    return None


class InkConverter:
    """Rewrites 'r g b rg' operations as CMYK: a designed colour as its ink from the table, greys as black ink
    only (crisp text), other colours via the output profile."""

    def __init__(self, profile: bytes, table: dict[Rgb, Cmyk]):
        self.transform = ImageCms.buildTransform(
            ImageCms.createProfile("sRGB"), ImageCms.ImageCmsProfile(io.BytesIO(profile)), "RGB", "CMYK",
            renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC)
        self.table = table
        self.cache: dict[bytes, bytes] = {}

    def __call__(self, operation):
        if not isinstance(operation, bytes) or not (match := _RGB_OPERATION.fullmatch(operation)):
            return operation
        if operation not in self.cache:
            *channels, operator = match.groups()
            self.cache[operation] = self._ink(*(float(channel) for channel in channels), operator)
        return self.cache[operation]

    def _ink(self, red: float, green: float, blue: float, operator: bytes) -> bytes:
        rgb = tuple(round(channel * 255) for channel in (red, green, blue))
        if rgb in self.table:
            ink = self.table[rgb]
        elif red == green == blue:
            ink = (0, 0, 0, 1 - red)
        else:
            pixel = Image.new("RGB", (1, 1), rgb)
            ink = tuple(value / 255 for value in ImageCms.applyTransform(pixel, self.transform).getpixel((0, 0)))
        operands = " ".join(f"{value:.4g}" for value in ink)
        return f"{operands} {'K' if operator == b'RG' else 'k'}".encode()
