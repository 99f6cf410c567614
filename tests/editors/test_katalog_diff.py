"""`katalog diff` reports what a commit changed in services and providers, as Markdown an editor reads."""
from __future__ import annotations

import yaml

from editor_tools import content_repo, git, run_katalog


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
    assert report.startswith("# Změny v katalogu: HEAD~1 → HEAD")
    assert "### Přidané (1)\n\n- `uplne-nova-poradna` – Úplně nová poradna" in report
    assert f"### Odebrané (1)\n\n- `{removed}` – " in report
    assert f"### Přejmenované (1)\n\n- `{renamed}` → `{renamed}-pootavi` – " in report
    assert "(obsah beze změny)" in report
    assert "#### `dluhova-poradna-horazdovice` – Dluhová poradna Horažďovice" in report
    old_phone = old["contacts"]["phones"][0]["number"]
    assert f"| `contacts.phones[0].number` | {old_phone} | +420 376 999 999 |" in report
    old_summary = " ".join(old["summary"].split())
    assert f"| `summary` | {old_summary} | Pomůžeme vám s dluhy. |" in report
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
    assert "+420 376 111 222 |" in result.stdout
    assert "## Soubory, které nejde přečíst\n\n- `content/services/rozbita.yaml` (HEAD): " in result.stdout
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
    assert "- `content/services/bomba.yaml` (HEAD): line " in result.stdout
    assert "too many values" in result.stdout
