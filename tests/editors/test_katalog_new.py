"""`katalog new` writes a service file that validates, from options or from answers to questions."""
from __future__ import annotations

import datetime as dt

from editor_tools import run_katalog

from katalog.loader import load_catalogue
from site_tools import SAMPLE_LANGUAGES

SCHEMA_LINE = "# yaml-language-server: $schema=../../schema/service.schema.json"
OPTIONS = ["--key", "nova-poradna", "--name", "Nová poradna", "--provider", "poradna-pro-obcany",
           "--kind", "odborne-socialni-poradenstvi", "--summary", "Pomůžeme s dluhy a s rozpočtem domácnosti.",
           "--life-situation", "dluhy", "--life-situation", "chudoba", "--target-group", "seniori",
           "--form", "ambulantni", "--area", "horazdovice", "--area", "hejna", "--cost", "free",
           "--phone", "376 000 999", "--verified", "2026-01-15"]


def test_options_make_a_file_that_validates(scratch_content):
    result = run_katalog("new", "--content", str(scratch_content), *OPTIONS)

    assert result.returncode == 0, result.stderr
    path = scratch_content / "services" / "nova-poradna.yaml"
    assert path.read_text(encoding="utf-8").splitlines()[0] == SCHEMA_LINE
    validation = run_katalog("validate", str(scratch_content))
    assert validation.returncode == 0, validation.stderr
    service = load_catalogue(scratch_content, languages=SAMPLE_LANGUAGES).services["nova-poradna"]
    assert service.life_situations == ["dluhy", "chudoba"]
    assert service.area == ["horazdovice", "hejna"]
    assert service.contacts.phones[0].number == "+420 376 000 999"
    assert service.verified == dt.date(2026, 1, 15)


def test_an_existing_file_is_never_overwritten(scratch_content):
    existing = scratch_content / "services" / "dluhova-poradna-horazdovice.yaml"
    before = existing.read_bytes()
    options = [*OPTIONS]
    options[1] = "dluhova-poradna-horazdovice"

    result = run_katalog("new", "--content", str(scratch_content), *options)

    assert result.returncode == 2
    assert "dluhova-poradna-horazdovice.yaml už existuje" in result.stderr
    assert existing.read_bytes() == before


def test_a_wrong_key_in_an_option_is_refused_with_a_suggestion(scratch_content):
    options = [*OPTIONS]
    options[options.index("dluhy")] = "dluhi"

    result = run_katalog("new", "--content", str(scratch_content), *options)

    assert result.returncode == 2
    assert "--life-situation: Neznámý klíč životní situace: 'dluhi'. Myslíte 'dluhy'?" in result.stderr
    assert not (scratch_content / "services" / "nova-poradna.yaml").exists()


def test_questions_reask_a_wrong_key_and_the_file_validates(scratch_content):
    answers = [
        "Poradna pro pečující",        # name
        "",                            # key: the suggested one, from the name
        "poradna-pro-obcany",          # provider
        "odborne-socialni-poradenstvi",  # kind
        "Rady a podpora pro ty, kdo doma pečují o blízkého.",  # summary
        "pece-o-blizkeho",             # life situations: a typo, asked again
        "pece-o-blizke",
        "pecujici-osoby, seniori",     # target groups
        "terenni",                     # forms
        "all",                         # area
        "free",                        # cost
        "",                            # phone: skipped
        "2026-03-01",                  # verified
    ]

    result = run_katalog("new", "--content", str(scratch_content), stdin="\n".join(answers) + "\n")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "Neznámý klíč životní situace: 'pece-o-blizkeho'. Myslíte 'pece-o-blizke'?" in result.stdout
    assert result.stdout.count("Životní situace (klíče oddělené čárkou)") == 2
    assert "Klíč služby (název souboru a webové adresy) [poradna-pro-pecujici]" in result.stdout
    path = scratch_content / "services" / "poradna-pro-pecujici.yaml"
    assert path.read_text(encoding="utf-8").startswith(SCHEMA_LINE + "\n")
    assert run_katalog("validate", str(scratch_content)).returncode == 0
    service = load_catalogue(scratch_content, languages=SAMPLE_LANGUAGES).services["poradna-pro-pecujici"]
    assert service.area == "all" and service.target_groups == ["pecujici-osoby", "seniori"]
    assert service.contacts.phones == []
