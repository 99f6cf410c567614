"""No leaflet stops the build: too many services, long summaries, an empty selection or a failing leaflet.

One build covers it: a synthetic region of 1,000 services with the sample's leaflets, a leaflet of six
services with 400-character summaries (one of them temporarily closed) and a leaflet that fails to render
(its template raises for it, as a bug would). KATALOG_PDF="leaflets" leaves out the PDF catalogue, which
the leaflets do not need and which takes minutes for 1,000 services.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest
import yaml
from benchmarks.synthetic import make_content
from katalog.loader import load_catalogue
from leaflet_tools import ROOT, flat
from pdf_tools import info, page_texts
from site_tools import SAMPLE_LANGUAGES, run_pelican

# The longest summary the schema allows: 400 characters.
LONG_SUMMARY = (("Pomáháme lidem v tíživé situaci najít cestu ven, vyřídit potřebné dávky a zorientovat se "
                 "v úřadech. ") * 5)[:399] + "."
EXTRA_LEAFLETS = """
  - key: dlouhe
    title: Šest služeb s dlouhým popisem
    select: {{services: [{keys}]}}
    format: a5
  - key: rozbity
    title: Leták, který se nepodaří vysázet
    select: {{services: [{first}]}}
    format: a5
"""
# Five open services, and the seniors' club, which is temporarily closed, last.
LONG = ("denni-stacionar-slunce", "dluhova-poradna-horazdovice", "osobni-asistence", "rana-pece",
        "pecovatelska-sluzba-horazdovice", "klub-senioru-velky-bor")
SELECTS_NOTHING = """
  - key: nic
    title: Senioři v Hejné na pobytu
    select: {target_groups: [seniori], municipalities: [hejna], kinds: [azylove-domy]}
    format: a5
"""


def long_services(content):
    """Five open services and one temporarily closed one, each given a 400-character summary."""
    # make_content numbers the copies of the sample's services in the order of their files, from 1.
    originals = sorted(path.stem for path in (ROOT / "content" / "services").glob("*.yaml"))
    keys = [f"{stem}-{originals.index(stem) + 1}" for stem in LONG]
    for key in keys:
        path = content / "services" / f"{key}.yaml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data["summary"] = LONG_SUMMARY
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return keys


def sample_leaflets_by_topic() -> str:
    """The sample's leaflets that select by topic: those naming services by key name the sample's keys, which the
    synthetic region numbers (`linka-bezpeci-68`)."""
    text = (ROOT / "content" / "leaflets.yaml").read_text(encoding="utf-8")
    head, *entries = re.split(r"(?m)^(?=  - key:)", text)
    return head + "".join(entry for entry in entries if "services:" not in entry)


@pytest.fixture(scope="module")
def region(tmp_path_factory):
    """The 1,000-service region with the extra leaflets, its build, and `katalog validate` on it."""
    work = tmp_path_factory.mktemp("thousand")
    content = make_content(1000, work / "content")
    keys = long_services(content)
    (content / "leaflets.yaml").write_text(sample_leaflets_by_topic()
                                           + EXTRA_LEAFLETS.format(keys=", ".join(keys), first=keys[0])
                                           + SELECTS_NOTHING, encoding="utf-8")
    theme = shutil.copytree(ROOT / "theme", work / "theme")
    template = theme / "templates" / "leaflets" / "leaflet.html"
    template.write_text('{% if leaflet.key == "rozbity" %}{{ no_such_macro() }}{% endif %}\n'
                        + template.read_text(encoding="utf-8"), encoding="utf-8")
    build = run_pelican(content, work / "out", "-t", str(theme), "-e", 'KATALOG_PDF="leaflets"')
    validate = subprocess.run([sys.executable, "-m", "katalog.cli", "validate", str(content)],
                              capture_output=True, text=True, cwd=ROOT)
    return content, keys, work / "out", build, validate


def test_the_build_succeeds_with_one_line_per_leaflet_problem_and_no_traceback(region):
    content, _, out, build, _ = region
    assert build.returncode == 0, build.stderr[-3000:]
    assert "Traceback" not in build.stdout + build.stderr
    problems = [line for line in build.stderr.splitlines() if line.startswith(str(content / "leaflets.yaml"))]
    keys = [re.search(r"leaflet '([a-z-]+)'", line).group(1) for line in problems]
    # seniori, dluhy and rodiny leave services out; rozbity fails; nic selects nothing.
    assert sorted(keys) == ["dluhy", "nic", "rodiny", "rozbity", "seniori"], "\n".join(problems)
    assert (out / "index.html").is_file() and (out / "letaky" / "index.html").is_file()


def test_a_leaflet_over_a_thousand_services_holds_what_fits_and_names_the_rest(region):
    content, _, out, build, _ = region
    catalogue = load_catalogue(content, languages=SAMPLE_LANGUAGES)
    leaflet = next(leaflet for leaflet in catalogue.leaflets if leaflet.key == "seniori")
    selected = {service.key: service.name for service in catalogue.select(leaflet.select)}
    warning = re.search(r"leaflets.yaml:\d+:\d+: leaflets\[0\]\.select: warning: leaflet 'seniori' \(dl-trifold\) "
                        r"holds (\d+) of its (\d+) services and leaves out (\d+): (.*); the leaflet sends readers "
                        r"to (\S+) for them", build.stderr)
    assert warning, build.stderr[-3000:]
    kept, total, left = map(int, warning.group(1, 2, 3))
    assert total == len(selected) and kept + left == total and 20 < kept < 50
    named = [key for key, name in selected.items() if f"{key} ({name})" in warning.group(4)]
    assert len(named) == left
    text = flat(" ".join(page_texts(out / "pdf" / "leaflets" / "seniori-print.pdf")))
    assert info(out / "pdf" / "leaflets" / "seniori-print.pdf")["Pages"] == "2"
    # The address wraps after a hyphen, which pdftotext joins up.
    assert "Další služby najdete na webu" in text and "example/socialni-sluzby/komu/seniori" in text
    on_leaflet = [name for name in selected.values() if re.search(rf"{re.escape(name)}(?!\d)", text)]
    assert len(on_leaflet) == kept and not any(selected[key] in on_leaflet for key in named)
    # Every closed copy of the seniors' club is among the last, so none made it onto the leaflet.
    assert "Dočasně uzavřeno" not in text


def test_six_long_summaries_fit_one_a5_leaflet_shortened_with_the_closed_one_last_and_marked(region):
    _, keys, out, build, _ = region
    assert "leaflet 'dlouhe'" not in build.stderr  # all six fit: no warning
    text = flat(" ".join(page_texts(out / "pdf" / "leaflets" / "dlouhe.pdf")))
    catalogue = load_catalogue(region[0], languages=SAMPLE_LANGUAGES)
    names = [catalogue.services[key].name for key in keys]
    positions = [text.index(name) for name in names]
    assert max(positions[:5]) < positions[5], "the temporarily closed service is not last"
    assert "Dočasně uzavřeno. Klub je od 1. 10. 2026 do 28. 2. 2027" in text
    # Whether the summaries have to be shortened (step 4) depends on how the entries pack; either way every
    # summary is there, and a shortened one sends the reader to the web for the rest.
    if "…" in text:
        assert text.count("…") == 6 and LONG_SUMMARY[:60] in text and LONG_SUMMARY not in text
        assert "Celé popisy služeb najdete na webu" in text
    else:
        unhyphenated = text.replace("\u2010 ", "")  # words the layout hyphenated at a line's end
        assert unhyphenated.count(flat(LONG_SUMMARY)) == 6 and "Všechny služby na webu" in text


def test_a_failing_leaflet_is_one_error_line_and_leaves_no_file_or_link(region):
    content, _, out, build, _ = region
    line = next(line for line in build.stderr.splitlines() if "leaflet 'rozbity'" in line)
    assert line.startswith(f"{content / 'leaflets.yaml'}:")
    assert "could not be laid out and is left out of this build, the rest of the site is built" in line
    assert "no_such_macro" in line
    assert not list((out / "pdf" / "leaflets").glob("rozbity*")) and not list((out / "letaky").glob("rozbity*"))
    page = (out / "letaky" / "index.html").read_text(encoding="utf-8")
    assert "rozbity" not in page and "dlouhe.pdf" in page and "seniori.pdf" in page


def test_an_empty_selection_is_a_warning_and_no_leaflet(region):
    content, _, out, build, validate = region
    message = ("leaflets[5].select: warning: leaflet 'nic' selects no published service, so it is not made; widen "
               "the selection or list services by key")
    assert message in build.stderr and message in validate.stderr
    assert not list((out / "pdf" / "leaflets").glob("nic*"))


def test_validate_warns_about_what_surely_does_not_fit_without_laying_out(region):
    _, _, _, _, validate = region
    assert validate.returncode == 0, validate.stderr[-2000:]
    warning = re.search(r"leaflets\[0\]\.select: warning: leaflet 'seniori' \(dl-trifold\) selects (\d+) services "
                        r"and a dl-trifold leaflet holds at most (\d+), so the build leaves out at least (\d+): "
                        r"\S+ \(", validate.stderr)
    assert warning, validate.stderr[-2000:]
    selected, most, left = map(int, warning.groups())
    assert most + left == selected
    assert "leaflet 'dlouhe'" not in validate.stderr  # six always fit the count: only the build can tell
