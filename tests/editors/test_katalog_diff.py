"""`katalog diff` reports what a commit changed in services and providers, as Markdown an editor reads."""
from __future__ import annotations

import html as html_text
import re

import yaml
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from editor_tools import content_repo, git, run_katalog
from katalog.editors.diffmarkdown import LONGEST_VALUE, code

# What GitHub does with a comment, near enough: CommonMark with GFM tables.
GITHUB_MARKDOWN = MarkdownIt("commonmark").enable("table")


def _rewrite(path, change):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_diff_lists_added_removed_renamed_and_changed_fields(tmp_path):
    repo = content_repo(tmp_path)
    services = repo / "content" / "services"
    removed, renamed, *_ = sorted(p.stem for p in services.glob("*.yaml") if p.stem != "dluhova-poradna-horazdovice")
    added = yaml.safe_load((services / "dluhova-poradna-horazdovice.yaml").read_text(encoding="utf-8"))
    added["name"] = "Úplně nová poradna"
    (services / "uplne-nova-poradna.yaml").write_text(yaml.safe_dump(added, allow_unicode=True), encoding="utf-8")
    (services / f"{removed}.yaml").unlink()
    git(repo, "mv", f"content/services/{renamed}.yaml", f"content/services/{renamed}-pootavi.yaml")
    old = yaml.safe_load((services / "dluhova-poradna-horazdovice.yaml").read_text(encoding="utf-8"))

    def new_phone_and_summary(data):
        data["contacts"]["phones"][0]["number"] = "+420 376 999 999"
        data["summary"] = "Pomůžeme vám s dluhy."
    _rewrite(services / "dluhova-poradna-horazdovice.yaml", new_phone_and_summary)
    git(repo, "add", "-A", "content")
    git(repo, "commit", "-q", "-m", "changes")

    result = run_katalog("diff", "HEAD~1", "HEAD", "--content", "content", cwd=repo)

    assert result.returncode == 0, result.stderr
    report = result.stdout
    assert report.startswith("# Změny v katalogu: `HEAD~1` → `HEAD`")
    assert "### Přidané (1)\n\n- `uplne-nova-poradna` – `Úplně nová poradna`" in report
    assert f"### Odebrané (1)\n\n- `{removed}` – " in report
    assert f"### Přejmenované (1)\n\n- `{renamed}` → `{renamed}-pootavi` – " in report
    assert "(obsah beze změny)" in report
    assert "#### `dluhova-poradna-horazdovice` – `Dluhová poradna Horažďovice`" in report
    old_phone = old["contacts"]["phones"][0]["number"]
    assert f"| `contacts.phones[0].number` | `{old_phone}` | `+420 376 999 999` |" in report
    old_summary = old["summary"].strip().replace("\n", "⏎")
    assert f"| `summary` | `{old_summary}` | `Pomůžeme vám s dluhy.` |" in report
    assert "## Poskytovatelé\n\nBeze změn." in report


def test_diff_reports_a_provider_change_and_an_unreadable_file_without_failing(tmp_path):
    repo = content_repo(tmp_path)
    providers = repo / "content" / "providers"
    provider = sorted(providers.glob("*.yaml"))[0]
    _rewrite(provider, lambda data: data.update(phone="+420 376 111 222"))
    (repo / "content" / "services" / "rozbita.yaml").write_text("name: [nedokončený seznam\n")
    git(repo, "add", "-A", "content")
    git(repo, "commit", "-q", "-m", "provider phone, broken file")

    result = run_katalog("diff", "HEAD~1", "HEAD", cwd=repo)

    assert result.returncode == 0, result.stderr
    assert f"#### `{provider.stem}` – " in result.stdout
    assert "`+420 376 111 222` |" in result.stdout
    assert "## Soubory, které nejde přečíst\n\n- `content/services/rozbita.yaml` (`HEAD`): " in result.stdout
    assert "rozbita" not in result.stdout.split("## Soubory")[0]


def test_unknown_revision_is_a_usage_error(tmp_path):
    repo = content_repo(tmp_path)
    result = run_katalog("diff", "no-such-branch", "HEAD", cwd=repo)
    assert result.returncode == 2
    assert "'no-such-branch' is not a revision" in result.stderr


def test_an_alias_bomb_in_a_pull_request_is_refused_not_expanded(tmp_path):
    repo = content_repo(tmp_path)
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 9)]
    (repo / "content" / "services" / "bomba.yaml").write_text("\n".join(levels) + "\n")
    git(repo, "add", "-A", "content")
    git(repo, "commit", "-q", "-m", "a billion values")

    result = run_katalog("diff", "HEAD~1", "HEAD", cwd=repo)

    assert result.returncode == 0, result.stderr
    assert "- `content/services/bomba.yaml` (`HEAD`): `line " in result.stdout
    assert "too many values" in result.stdout


def _commit(repo, message):
    git(repo, "add", "-A", "content")
    git(repo, "commit", "-q", "-m", message)


def _outside_code(html: str) -> str:
    return re.sub(r"<code>.*?</code>", "", html, flags=re.S)


def test_files_with_any_name_are_reported(tmp_path):
    repo = content_repo(tmp_path)
    content = repo / "content"
    service = (content / "services" / "dluhova-poradna-horazdovice.yaml").read_text(encoding="utf-8")
    (content / "services" / "poradna-é.yaml").write_text(service, encoding="utf-8")
    (content / "pages" / "nová stránka.md").write_text("Title: Nová\n\nText.\n", encoding="utf-8")
    (content / "images").mkdir()
    (content / "images" / "dva\nřádky.png").write_bytes(b"\x89PNG" + bytes(1200))
    _commit(repo, "odd names")

    report = run_katalog("diff", "HEAD~1", "HEAD", cwd=repo).stdout

    assert "### Přidané (1)\n\n- `poradna-é` – `Dluhová poradna Horažďovice`" in report
    assert "- `pages/nová stránka.md` (20\u00a0B)" in report
    assert "- `images/dva⏎řádky.png` (1\u00a0204\u00a0B)" in report
    assert "Beze změn" not in report.split("## Poskytovatelé")[0]


def test_region_leaflets_life_situations_pages_stories_and_images_are_covered(tmp_path):
    repo = content_repo(tmp_path)
    content = repo / "content"
    (content / "images").mkdir()
    (content / "images" / "logo.png").write_bytes(bytes(100))
    (content / "images" / "stary.png").write_bytes(bytes(50))
    _commit(repo, "images")
    _rewrite(content / "region.yaml", lambda data: data["municipalities"]["hejna"].update(name="Hejná u Horažďovic"))
    _rewrite(content / "leaflets.yaml", lambda data: data["leaflets"][1].update(title="Dluhy"))
    (content / "life-situations.yaml").write_text("mode: extend\nsituations:\n  hazard:\n    label: Hazard\n",
                                                  encoding="utf-8")
    page = content / "pages" / "o-katalogu.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nDalší odstavec.\n", encoding="utf-8")
    (content / "stories" / "pribeh.md").write_text("Příběh.\n", encoding="utf-8")
    (content / "images" / "logo.png").write_bytes(bytes(300))
    (content / "images" / "stary.png").rename(content / "images" / "novy.png")
    (content / "images" / "klic.png").symlink_to("/home/someone/.ssh/id_ed25519")
    _commit(repo, "everything else")

    report = run_katalog("diff", "HEAD~1", "HEAD", cwd=repo).stdout

    assert ("## Region (`region.yaml`)\n\n| Pole | Dříve | Nyní |\n|---|---|---|\n"
            "| `municipalities.hejna.name` | `Hejná` | `Hejná u Horažďovic` |") in report
    assert "| `leaflets[1].title` | `Máte dluhy? Kde najít pomoc` | `Dluhy` |" in report
    assert "## Životní situace (`life-situations.yaml`)\n\nSoubor přibyl." in report
    others = report.split("## Ostatní soubory")[1]
    assert "- `stories/pribeh.md` (11\u00a0B)" in others
    assert "- `images/klic.png` (symbolický odkaz na `/home/someone/.ssh/id_ed25519`)" in others
    assert "### Přesunuté (1)\n\n- `images/stary.png` → `images/novy.png` (50\u00a0B)" in others
    assert "- `images/logo.png` (300\u00a0B), dříve 100\u00a0B" in others
    assert re.search(r"- `pages/o-katalogu.md` \([\d\u00a0]+B\), dříve", others)


def test_provider_text_stays_literal_text_on_github(tmp_path):
    repo = content_repo(tmp_path)
    hostile = ("![img](http://x.example/a.png) [approved](http://evil.example) @maintainer #123 <b>tučně</b> "
               "a | b `kód` ``dva``\ndruhý řádek")
    provider = sorted((repo / "content" / "providers").glob("*.yaml"))[0]
    _rewrite(provider, lambda data: data.update(description=hostile, name="`Jméno` @org/team"))
    _commit(repo, "hostile values")

    report = run_katalog("diff", "HEAD~1", "HEAD", cwd=repo).stdout
    html = GITHUB_MARKDOWN.render(report)

    outside = _outside_code(html)
    for active in ("<img", "<a ", "<b>", "@maintainer", "@org", "#123", "approved"):
        assert active not in outside
    shown = hostile.replace("\n", "⏎")
    escaped = shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    row = next(row for row in re.findall(r"<tr>.*?</tr>", html, re.S) if "description" in row)
    assert row.count("<td>") == 3
    assert f"<code>{escaped}</code>" in row
    assert f"<h4><code>{provider.stem}</code> – <code>`Jméno` @org/team</code></h4>" in html


@given(st.text(min_size=1, max_size=15).filter(lambda text: "⏎" not in text and "⟨" not in text))
def test_a_code_span_shows_any_text_as_it_is(text):
    line_breaks = r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]"
    for markdown in (f"| A |\n|---|\n| {code(text, in_table=True)} |\n", f"- {code(text)}\n"):
        html = GITHUB_MARKDOWN.render(markdown)
        assert _outside_code(html).count("<td>") <= 1
        [shown] = re.findall(r"<code>(.*?)</code>", html, re.S)
        decoded = re.sub(r"⟨U\+([0-9A-F]{4,6})⟩", lambda match: chr(int(match[1], 16)), html_text.unescape(shown))
        assert decoded.replace("⏎", "\n") == re.sub(line_breaks, "\n", text)


def test_files_that_cannot_be_read_are_named_with_the_reason(tmp_path):
    repo = content_repo(tmp_path)
    content = repo / "content"
    changed = sorted((content / "services").glob("*.yaml"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "summary: [\n", encoding="utf-8")
    (content / "services" / "latin2.yaml").write_bytes("name: Poradna Horažďovice\n".encode("iso-8859-2"))
    (content / "services" / "hluboka.yaml").write_text("age: " + "[" * 600 + "]" * 600 + "\n", encoding="utf-8")
    (content / "providers" / "seznam.yaml").write_text("- jen\n- seznam\n", encoding="utf-8")
    (content / "region.yaml").write_text("name: [\n", encoding="utf-8")
    _commit(repo, "unreadable files")

    result = run_katalog("diff", "HEAD~1", "HEAD", cwd=repo)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    unreadable = result.stdout.split("## Soubory, které nejde přečíst\n\n")[1]
    assert f"- `content/services/{changed.name}` (`HEAD`): `line " in unreadable
    assert "- `content/services/latin2.yaml` (`HEAD`): `not UTF-8 text" in unreadable
    assert "- `content/services/hluboka.yaml` (`HEAD`): `" in unreadable
    assert "- `content/providers/seznam.yaml` (`HEAD`): `the file does not contain fields`" in unreadable
    assert "- `content/region.yaml` (`HEAD`): `line 2: YAML syntax error" in unreadable
    before = result.stdout.split("## Soubory, které nejde přečíst")[0]
    assert changed.stem not in before and "Region" not in before


def test_a_renamed_service_without_previous_keys_gets_a_suggestion(tmp_path):
    repo = content_repo(tmp_path)
    services = repo / "content" / "services"
    git(repo, "mv", "content/services/linka-bezpeci.yaml", "content/services/linka-bezpeci-116111.yaml")
    git(repo, "mv", "content/services/senior-telefon.yaml", "content/services/linka-pro-seniory.yaml")
    _rewrite(services / "linka-pro-seniory.yaml",
             lambda data: data.update(name="Linka pro seniory", previous_keys=["senior-telefon"]))
    _commit(repo, "two renames")

    report = run_katalog("diff", "HEAD~1", "HEAD", cwd=repo).stdout

    renamed = report.split("### Přejmenované (2)\n\n")[1].split("\n\n")[0]
    assert renamed.splitlines() == [
        "- `linka-bezpeci` → `linka-bezpeci-116111` – `Linka bezpečí` (obsah beze změny)",
        "  - Stará adresa přestane fungovat: doplňte do nového souboru `previous_keys: [linka-bezpeci]`, "
        "stará adresa pak přesměruje na novou.",
        "- `senior-telefon` → `linka-pro-seniory` – `Linka pro seniory`",
    ]
    assert "| `previous_keys` | — | `senior-telefon` |" in report
