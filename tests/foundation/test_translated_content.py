"""Translations in the sources: only into the site's other languages, each field checked at its line."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from katalog.loader import load_catalogue
from katalog.problems import ContentError

ROOT = Path(__file__).resolve().parents[2]
KATALOG = Path(sys.executable).with_name("katalog")
TRANSLATED = (ROOT / "tests" / "contract" / "translated-service.yaml").read_text()
LANGUAGES = ("cs", "uk", "en")


def problems_of(content: Path, text: str, languages=LANGUAGES) -> list[str]:
    (content / "services" / "poradna-pro-cizince.yaml").write_text(text)
    with pytest.raises(ContentError) as raised:
        load_catalogue(content, languages=languages)
    return [str(problem).removeprefix(f"{content}/") for problem in raised.value.problems]


@pytest.fixture
def content(scratch_content) -> Path:
    (scratch_content / "providers" / "poradna-pro-obcany.yaml").write_text(
        (ROOT / "tests" / "contract" / "provider.yaml").read_text())
    return scratch_content


def test_translations_only_into_the_sites_other_languages(content):
    polish = TRANSLATED + "  pl:\n    name: Poradnia dla cudzoziemców\n"
    czech = TRANSLATED + "  cs:\n    name: Poradna\n"
    line = len(TRANSLATED.splitlines()) + 1

    assert problems_of(content, polish) == [
        f"services/poradna-pro-cizince.yaml:{line}:3: translations.pl: 'pl' is not one of the site's other "
        "languages (en, uk); write the Czech text in the fields themselves, or add the language to "
        "KATALOG['languages'] in pelicanconf.py"]
    assert problems_of(content, czech)[0].startswith(
        f"services/poradna-pro-cizince.yaml:{line}:3: translations.cs: 'cs' is not one of the site's other")
    # The same file is fine where Polish is one of the site's languages.
    (content / "services" / "poradna-pro-cizince.yaml").write_text(polish)
    catalogue = load_catalogue(content, languages=(*LANGUAGES, "pl"))
    assert catalogue.services["poradna-pro-cizince"].translations["pl"].name == "Poradnia dla cudzoziemców"


def test_unknown_field_in_a_translation_is_reported_at_its_line(content):
    text = TRANSLATED.replace("    how_to_apply: Call us", "    how_to_aply: Call us")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "how_to_aply" in row)
    [problem] = problems_of(content, text)
    assert problem.startswith(f"services/poradna-pro-cizince.yaml:{line}:5: translations.en.how_to_aply: ")
    assert "did you mean 'how_to_apply'" in problem


def test_validate_reads_the_languages_from_the_projects_settings(content, tmp_path):
    (content / "services" / "poradna-pro-cizince.yaml").write_text(TRANSLATED)
    here = subprocess.run([str(KATALOG), "validate", str(content)], cwd=ROOT, capture_output=True, text=True)
    assert here.returncode == 0, here.stderr

    czech_only = tmp_path / "czech.py"
    czech_only.write_text(textwrap.dedent(f"""\
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from pelicanconf import *
        KATALOG = {{**KATALOG, "languages": ["cs"], "translations": {{}}}}
    """))
    alone = subprocess.run([str(KATALOG), "validate", str(content), "--settings", str(czech_only)], cwd=ROOT,
                           capture_output=True, text=True)
    assert alone.returncode == 1
    assert "translations.uk: 'uk' is not one of the site's other languages (none)" in alone.stderr

    wrong = tmp_path / "wrong.py"
    wrong.write_text('KATALOG = {"languages": ["cs", "xx"]}\n')
    usage = subprocess.run([str(KATALOG), "validate", str(content), "--settings", str(wrong)], cwd=ROOT,
                           capture_output=True, text=True)
    assert usage.returncode == 2
    assert "KATALOG.languages.1: 'xx' is not a language code" in usage.stderr
    assert "Traceback" not in usage.stderr
