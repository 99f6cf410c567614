"""Nothing outside the content folder is read or published: links, special files and pages that would
overwrite a generated page are errors at their path, in `katalog validate` and in the build alike."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from katalog.plugin import KatalogBuildError, refuse_outside_static_files, refuse_pages_over_generated
from site_tools import ROOT, run_pelican

KATALOG = Path(sys.executable).with_name("katalog")
SECRET = "-----BEGIN OPENSSH PRIVATE KEY----- sample secret"


def validate(content: Path) -> subprocess.CompletedProcess:
    # A named pipe in the content would hang a reader that opens it: the timeout turns that into a failure.
    return subprocess.run([str(KATALOG), "validate", str(content)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def errors(result: subprocess.CompletedProcess) -> list[str]:
    return [line for line in result.stderr.splitlines() if ": warning: " not in line]


@pytest.fixture
def secret(tmp_path) -> Path:
    """A private key outside the project, as on the publish server."""
    folder = tmp_path / "home" / ".ssh"
    folder.mkdir(parents=True)
    key = folder / "id_ed25519"
    key.write_text(SECRET)
    (folder / "service.yaml").write_text((ROOT / "content/services/vydejna-potravin.yaml").read_text())
    return key


def assert_nothing_published(build: subprocess.CompletedProcess, output: Path):
    assert build.returncode != 0
    assert "Traceback" not in build.stderr + build.stdout
    published = [path for path in output.rglob("*") if path.is_file()] if output.exists() else []
    assert not any(SECRET in path.read_text(errors="replace") for path in published)


def test_links_out_of_the_content_folder_are_errors_at_their_path(scratch_content, secret, tmp_path):
    images = scratch_content / "images"
    images.mkdir()
    (images / "logo.png").symlink_to(secret)
    (images / "keys").symlink_to(secret.parent, target_is_directory=True)
    (images / "gone.png").symlink_to(tmp_path / "nothing.png")
    (scratch_content / "services" / "cizi-sluzba.yaml").symlink_to(secret.parent / "service.yaml")
    os.mkfifo(images / "pipe.png")

    result = validate(scratch_content)

    assert result.returncode == 1
    lines = errors(result)
    assert any(line.startswith(f"{images / 'logo.png'}:1:1: (file): link to '{secret}', outside the content folder")
               for line in lines)
    expected = {images / "gone.png": "broken link", images / "keys": "outside the content folder",
                images / "pipe.png": "not a regular file",
                scratch_content / "services" / "cizi-sluzba.yaml": "outside the content folder"}
    for path, message in expected.items():
        assert any(line.startswith(f"{path}:1:1: (file): ") and message in line for line in lines), path
    assert lines[-1] == "5 error(s); nothing was published. Fix each line above and run `katalog validate` again."

    (images / "pipe.png").unlink()  # Pelican itself would hang on it before our check could run
    output = tmp_path / "out"
    build = run_pelican(scratch_content, output, "-e", "KATALOG_PDF=false")
    assert_nothing_published(build, output)
    assert f"{images / 'logo.png'}:1:1: (file): link to '{secret}'" in build.stderr


def test_links_inside_the_content_folder_are_published(scratch_content, tmp_path):
    images = scratch_content / "images"
    (images / "real").mkdir(parents=True)
    (images / "real" / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    (images / "logo.svg").symlink_to("real/logo.svg")
    (images / "same").symlink_to("real", target_is_directory=True)
    output = tmp_path / "out"

    build = run_pelican(scratch_content, output, "-e", "KATALOG_PDF=false")

    assert build.returncode == 0, build.stderr
    assert (output / "images" / "logo.svg").read_text().startswith("<svg")
    assert (output / "images" / "same" / "logo.svg").exists()


PAGES = {
    "home.md": ("Title: Vítejte\nSave_as: index.html\n\nNová úvodní stránka\n", 2, "Save_as",
                "'index.html' and replace the home page"),
    "sluzba.md": ("Title: Poradna\nSave_as: sluzby/dluhova-poradna-horazdovice/index.html\n\nJiné číslo\n", 2,
                  "Save_as", "replace the page of the service 'dluhova-poradna-horazdovice' "
                             "(services/dluhova-poradna-horazdovice.yaml)"),
    "hledani.md": ("Title: Hledání\nSlug: hledat\n\nText\n", 2, "Slug",
                   "'hledat/index.html' and replace the search page"),
    "pryc.md": ("Title: Pryč\nSave_as: ../../etc/cron.d/katalog\n\nText\n", 2, "Save_as", "outside the site"),
}


def test_pages_cannot_replace_generated_pages_or_leave_the_site(scratch_content, tmp_path):
    pages = scratch_content / "pages"
    for name, (text, *_) in PAGES.items():
        (pages / name).write_text(text, encoding="utf-8")
    (pages / "odkaz.md").write_text("Title: Odkaz\n\nViz [klíč]({static}../../../.ssh/id_ed25519).\n")

    lines = errors(validate(scratch_content))

    for name, (_, line, field, message) in PAGES.items():
        assert any(entry.startswith(f"{pages / name}:{line}:1: {field}: the page would be saved ") and message in entry
                   for entry in lines), (name, lines)
    assert (f"{pages / 'odkaz.md'}:3:12: (link): '{{static}}../../../.ssh/id_ed25519' links a file outside the "
            "content folder") in "\n".join(lines)

    output = tmp_path / "out"
    build = run_pelican(scratch_content, output, "-e", "KATALOG_PDF=false")
    assert build.returncode != 0 and "Traceback" not in build.stderr
    assert not (output / "index.html").exists()


def test_the_build_checks_again_what_pelican_would_copy_and_write(tmp_path):
    """The last defence, should a file reach Pelican past the loader's check."""
    content = tmp_path / "content"
    content.mkdir()
    static = SimpleNamespace(path=str(content), staticfiles=[SimpleNamespace(source_path="../secret.txt")])
    with pytest.raises(KatalogBuildError):
        refuse_outside_static_files(static)

    pages = SimpleNamespace(
        context={"katalog": SimpleNamespace(services={"dluhova-poradna": None})},
        settings={"THEME_STATIC_DIR": "theme", "STATIC_PATHS": ["images"]},
        pages=[SimpleNamespace(source_path="pages/a.md", save_as="a/index.html"),
               SimpleNamespace(source_path="pages/b.md", save_as="images/logo.png")])
    with pytest.raises(KatalogBuildError):
        refuse_pages_over_generated(pages)
    pages.pages.pop()
    refuse_pages_over_generated(pages)
