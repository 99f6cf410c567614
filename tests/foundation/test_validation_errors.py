"""Each kind of bad input gets one clear line naming the file, line, column and field."""
from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from katalog.loader import load_catalogue
from katalog.problems import ContentError

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "tests" / "contract"


@pytest.fixture
def content(tmp_path) -> Path:
    """A minimal valid content folder: the contract's files and the providers they name."""
    folder = tmp_path / "content"
    (folder / "services").mkdir(parents=True)
    (folder / "providers").mkdir()
    shutil.copy(CONTRACT / "region.yaml", folder / "region.yaml")
    (folder / "region.yaml").write_text((CONTRACT / "region.yaml").read_text()
                                        + "bounds: {south: 49.2, west: 13.5, north: 49.5, east: 14.0}\n")
    shutil.copy(CONTRACT / "provider.yaml", folder / "providers" / "poradna-pro-obcany.yaml")
    (folder / "providers" / "mesto-horazdovice.yaml").write_text("name: Město Horažďovice\n")
    shutil.copy(CONTRACT / "service.yaml", folder / "services" / "dluhova-poradna-horazdovice.yaml")
    return folder


VALID = (CONTRACT / "related-service.yaml").read_text()


def problems(content: Path, name: str, text: str, folder: str = "services") -> list[str]:
    path = content / folder / name
    path.write_text(textwrap.dedent(text))
    with pytest.raises(ContentError) as raised:
        load_catalogue(content)
    prefix = f"{content}/"
    return [str(p).removeprefix(prefix) for p in raised.value.problems]


def with_line(old: str, new: str) -> str:
    assert old in VALID
    return VALID.replace(old, new, 1)


def line_of(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if fragment in line)


def test_valid_files_have_no_problems(content):
    (content / "services" / "a.yaml").write_text(VALID)
    assert len(load_catalogue(content).services) == 2


def test_unknown_field_suggests_the_right_name(content):
    text = with_line("cost: free", "cost: free\ncots_note: zdarma")
    line = line_of(text, "cots_note")
    assert problems(content, "a.yaml", text) == [
        f"services/a.yaml:{line}:1: cots_note: unknown field 'cots_note'; did you mean 'cost_note'?"]


def test_wrong_type_and_missing_field(content):
    text = with_line("cost: free", "cost: [free]").replace("name: Sociální pracovnice městského úřadu\n", "")
    found = problems(content, "a.yaml", text)
    assert f"services/a.yaml:{line_of(text, 'cost:')}:7: cost: must be one of 'free', 'partly-paid' or 'paid', not a list" in found
    assert any(p.startswith("services/a.yaml:") and ": name: required field 'name' is missing" in p for p in found)


def test_yaml_syntax_error_names_its_line(content):
    text = with_line("status: active", "status: [active")
    (found,) = problems(content, "a.yaml", text)
    assert found.startswith(f"services/a.yaml:{line_of(text, 'status:') + 1}:") and "YAML syntax error" in found
    assert f"opened at line {line_of(text, 'status:')}" in found


def test_duplicate_key_is_an_error_at_the_second_key(content):
    text = VALID + "status: inactive\n"
    assert problems(content, "a.yaml", text) == [
        f"services/a.yaml:{len(text.splitlines())}:1: status: duplicate key 'status' "
        f"(first at line {line_of(text, 'status:')}); keep one of them"]


def test_alias_bomb_is_refused_quickly(content):
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for name, previous in zip("bcdefghij", "abcdefghi"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    (found,) = problems(content, "a.yaml", "\n".join(lines) + "\n")
    assert "too many values" in found and found.startswith("services/a.yaml:")


@pytest.mark.parametrize("field, old, new, message", [
    ("provider", "provider: mesto-horazdovice", "provider: mesto-horazdovic",
     "unknown provider 'mesto-horazdovic'; did you mean 'mesto-horazdovice'?"),
    ("kind", "kind: socialni-prace-obce", "kind: socialni-prace-obec",
     "unknown kind 'socialni-prace-obec'; did you mean 'socialni-prace-obce'?"),
    ("target_groups[1]", "target_groups: [osoby-v-krizi, seniori", "target_groups: [osoby-v-krizi, senior",
     "unknown target group 'senior'; did you mean 'seniori'?"),
    ("life_situations[0]", "life_situations: [chudoba", "life_situations: [chudob",
     "unknown life situation 'chudob'; did you mean 'chudoba'?"),
    ("area[0]", "area: all", "area: [hejnaa]", "unknown municipality 'hejnaa'; did you mean 'hejna'?"),
])
def test_unknown_keys_name_the_nearest_known_key(content, field, old, new, message):
    text = with_line(old, new)
    (found,) = problems(content, "a.yaml", text)
    assert found.startswith(f"services/a.yaml:{line_of(text, new)}:") and found.endswith(f"{field}: {message}")


def test_unknown_municipality_in_a_service_list(content):
    text = with_line("area: all", "area:\n  - horazdovice\n  - velky-bor\n  - stary-bor")
    assert problems(content, "a.yaml", text) == [
        f"services/a.yaml:{line_of(text, 'stary-bor')}:5: area[2]: unknown municipality 'stary-bor'; "
        "did you mean 'velky-bor'?"]


@pytest.mark.parametrize("number, ok", [("116 123", "116 123"), ("112", "112"), ("+420376000200", "+420 376 000 200"),
                                        ("376 000 200", "+420 376 000 200"), ("800 200 007", "+420 800 200 007")])
def test_phone_numbers_are_stored_in_one_format(content, number, ok):
    (content / "services" / "a.yaml").write_text(with_line('"+420 376 000 200"', f'"{number}"'))
    assert load_catalogue(content).services["a"].contacts.phones[0].number == ok


def test_bad_phone_email_and_web(content):
    text = with_line('    - number: "+420 376 000 200"',
                     '    - number: "+420 12"\n  emails: [info@]\n  web: javascript:alert(1)')
    assert problems(content, "a.yaml", text) == [
        f"services/a.yaml:{line_of(text, '+420 12')}:15: contacts.phones[0].number: '+420 12' is not a valid phone "
        "number; write it as +420 376 000 111, or a short number such as 116 123",
        f"services/a.yaml:{line_of(text, 'emails')}:12: contacts.emails[0]: 'info@' is not a valid e-mail address: "
        "There must be something after the @-sign.",
        f"services/a.yaml:{line_of(text, 'web:')}:8: contacts.web: 'javascript:alert(1)' is not a web address; "
        "write it in full, starting with https://",
    ]


def test_ico_check_digit_and_quotes(content):
    found = problems(content, "x.yaml", 'name: X\nico: "12345678"\n', folder="providers")
    assert found == ["providers/x.yaml:2:6: ico: IČO '12345678' has a wrong check digit; "
                     "copy it again from the business register"]


def test_unquoted_ico_asks_for_quotes(content):
    found = problems(content, "x.yaml", "name: X\nico: 12345679\n", folder="providers")
    assert found == ['providers/x.yaml:2:6: ico: must be text; put it in quotes: "12345679", not int 12345679']


def test_registry_id_has_seven_digits(content):
    text = VALID.replace("kind: socialni-prace-obce", 'kind: pecovatelska-sluzba\nregistry_id: "123456"')
    (found,) = problems(content, "a.yaml", text)
    assert found.startswith(f"services/a.yaml:{line_of(text, 'registry_id: ')}:14: registry_id: must be 7 digits")


def test_hours_and_days(content):
    text = with_line("verified:", 'locations:\n  - street: Náměstí 1\n    city: Hejná\n    postcode: "341 01"\n'
                     '    hours:\n      - days: [mo, xx]\n        open: ["12:00-08:00", "00:00-24:00", "8-12"]\nverified:')
    line = line_of(text, "open:")
    assert problems(content, "a.yaml", text) == [
        f"services/a.yaml:{line - 1}:20: locations[0].hours[0].days[1]: must be one of 'mo', 'tu', 'we', 'th', 'fr', "
        "'sa' or 'su', not 'xx'",
        f"services/a.yaml:{line}:16: locations[0].hours[0].open[0]: '12:00-08:00' closes before it opens; "
        'write opening first, e.g. "08:00-12:00"',
        f"services/a.yaml:{line}:46: locations[0].hours[0].open[2]: '8-12' is not a time range; "
        'write it as "08:00-12:00"',
    ]


def test_coordinates_outside_the_region_bounds(content):
    text = with_line("verified:", 'locations:\n  - street: Náměstí 1\n    city: Hejná\n    postcode: "341 01"\n'
                     "    geo: {lat: 13.70, lon: 49.32}\nverified:")
    (found,) = problems(content, "a.yaml", text)
    assert found.startswith(f"services/a.yaml:{line_of(text, 'geo:')}:10: locations[0].geo: point 13.7, 49.32 "
                            "lies outside the region's bounds")


def test_verified_in_the_future(content):
    text = with_line("verified: 2026-09-01", "verified: 2099-01-01")
    assert problems(content, "a.yaml", text) == [
        f"services/a.yaml:{line_of(text, 'verified')}:11: verified: date 2099-01-01 is in the future; "
        "write the date the details were checked"]


def test_file_names_must_be_slugs(content):
    (found,) = problems(content, "Dluhová_poradna.yaml", VALID)
    assert found.startswith("services/Dluhová_poradna.yaml:1:1: (file name): 'Dluhová_poradna' is not a valid key")


def test_same_name_is_a_warning_not_an_error(content):
    (content / "services" / "a.yaml").write_text(VALID)
    (content / "services" / "b.yaml").write_text(VALID)
    catalogue = load_catalogue(content)
    assert [str(w).removeprefix(f"{content}/") for w in catalogue.warnings] == [
        f"services/b.yaml:1:1: name: warning: another service has the same name ({content}/services/a.yaml); "
        "readers cannot tell them apart"]


def test_all_problems_of_all_files_are_reported_at_once(content):
    (content / "services" / "a.yaml").write_text(with_line("cost: free", "cost: gratis"))
    (content / "services" / "b.yaml").write_text(with_line("status: active", "status: open"))
    found = problems(content, "c.yaml", with_line("kind: socialni-prace-obce", "kind: nic"))
    assert [p.split(":")[0] for p in found] == ["services/a.yaml", "services/b.yaml", "services/c.yaml"]


def test_a_service_is_never_dropped_silently(content):
    """A service whose provider file is invalid must stop the build, not vanish from it."""
    (content / "providers" / "mesto-horazdovice.yaml").write_text("name: Město\nico: 1\n")
    (content / "services" / "a.yaml").write_text(VALID)
    with pytest.raises(ContentError):
        load_catalogue(content)


def test_without_region_yaml_a_whole_region_service_gets_a_problem_not_a_crash(content):
    (content / "region.yaml").unlink()
    (content / "services" / "a.yaml").write_text(VALID)  # area: all
    with pytest.raises(ContentError) as raised:
        load_catalogue(content)
    assert [str(p).removeprefix(f"{content}/") for p in raised.value.problems] == [
        "region.yaml:1:1: (file): missing: create region.yaml with the region's municipalities"]


def test_previous_keys_must_be_free_slugs(content):
    text = with_line("verified:", "previous_keys: [dluhova-poradna-horazdovice, Stará_Poradna]\nverified:")
    line = line_of(text, "previous_keys")
    assert problems(content, "a.yaml", text) == [
        f"services/a.yaml:{line}:17: previous_keys[0]: 'dluhova-poradna-horazdovice' is the key of an existing "
        "service (services/dluhova-poradna-horazdovice.yaml); a previous key must be free, since its address "
        "forwards to this service: remove it here",
        f"services/a.yaml:{line}:46: previous_keys[1]: must be an earlier file name without .yaml: lowercase "
        "letters without diacritics, digits and hyphens, not 'Stará_Poradna'"]


def test_a_previous_key_is_listed_by_one_service_only(content):
    (content / "services" / "a.yaml").write_text(with_line("verified:", "previous_keys: [stara-poradna]\nverified:"))
    text = with_line("verified:", "previous_keys: [stara, stara-poradna]\nverified:")
    assert problems(content, "b.yaml", text) == [
        f"services/b.yaml:{line_of(text, 'previous_keys')}:24: previous_keys[1]: 'stara-poradna' is already a "
        f"previous key in {content}/services/a.yaml; an old address can forward to one service only, so keep it "
        "in one file"]
