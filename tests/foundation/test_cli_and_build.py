"""`katalog validate` and a Pelican build report the same problems, with the documented exit codes."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from site_tools import PELICAN, ROOT, run_pelican

KATALOG = Path(sys.executable).with_name("katalog")
BROKEN_LINES = {
    "services/dluhova-poradna-horazdovice.yaml": ("kind: odborne-socialni-poradenstvi", "kind: dluhove-poradenstvi"),
    "services/linka-prvni-psychicke-pomoci.yaml": ('number: "116 123"', 'number: "116 12"'),
}


def katalog(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([str(KATALOG), *args], cwd=cwd, capture_output=True, text=True)


def break_content(content: Path) -> None:
    for name, (old, new) in BROKEN_LINES.items():
        path = content / name
        path.write_text(path.read_text().replace(old, new))


def test_validate_sample_content_succeeds_with_a_summary():
    result = katalog("validate")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: ") and "services" in result.stdout
    assert len(result.stdout.splitlines()) == 1


def test_validate_reports_every_error_and_exits_1(scratch_content):
    break_content(scratch_content)
    result = katalog("validate", str(scratch_content))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert any("dluhova-poradna-horazdovice.yaml:6:7: kind: unknown kind 'dluhove-poradenstvi'" in line for line in lines)
    assert any("linka-prvni-psychicke-pomoci.yaml:14:15: contacts.phones[0].number: '116 12'" in line for line in lines)
    assert lines[-1].startswith("2 error(s)")


def test_validate_missing_folder_is_a_usage_error(tmp_path):
    result = katalog("validate", str(tmp_path / "nothing"))
    assert result.returncode == 2 and "no such folder" in result.stderr


def test_build_with_invalid_sources_fails_with_the_same_messages(scratch_content, tmp_path):
    break_content(scratch_content)
    validate = katalog("validate", str(scratch_content)).stderr.splitlines()[:-1]
    build = run_pelican(scratch_content, tmp_path / "out", "-e", "KATALOG_PDF=false")
    assert build.returncode != 0
    build_lines = build.stderr.splitlines() + build.stdout.splitlines()
    for line in validate:
        assert line in build_lines
    assert not (tmp_path / "out" / "index.html").exists()


def test_invalid_sources_leave_the_last_good_build_in_place(scratch_content, tmp_path):
    output = tmp_path / "out"
    assert run_pelican(scratch_content, output, "-e", "KATALOG_PDF=false").returncode == 0
    break_content(scratch_content)
    assert run_pelican(scratch_content, output, "-e", "KATALOG_PDF=false").returncode != 0
    assert (output / "sluzby" / "dluhova-poradna-horazdovice" / "index.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".katalog", "content", "out"], "no folder left behind"


def test_build_reads_any_content_folder_of_this_shape(scratch_content, tmp_path):
    (scratch_content / "services" / "socialni-pracovnice-mesta.yaml").unlink()
    result = run_pelican(scratch_content, tmp_path / "out", "-e", "KATALOG_PDF=false")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "sluzby" / "dluhova-poradna-horazdovice" / "index.html").exists()
    assert not (tmp_path / "out" / "sluzby" / "socialni-pracovnice-mesta").exists()


def test_build_opens_no_network_connection(tmp_path):
    """A sitecustomize that makes every socket connection fail is on the build's path."""
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(
        "import socket\n"
        "def _refuse(*args, **kwargs):\n"
        "    raise OSError('network access during the build')\n"
        "socket.socket.connect = _refuse\n"
        "socket.create_connection = _refuse\n"
        "socket.getaddrinfo = _refuse\n")
    result = run_pelican(ROOT / "content", tmp_path / "out", "-e", "KATALOG_PDF=false",
                         env={"PYTHONPATH": str(guard)})
    assert result.returncode == 0, result.stderr
    assert "network access" not in result.stderr + result.stdout


def test_schema_command_writes_a_schema_per_source_file(tmp_path):
    result = katalog("schema", "--out", str(tmp_path))
    assert result.returncode == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["leaflets.schema.json", "life-situations.schema.json", "provider.schema.json",
                     "region.schema.json", "service.schema.json"]


def _one_line_naming(result: subprocess.CompletedProcess, folder: Path) -> str:
    """The build's message about `folder`: exactly one line, and no traceback anywhere."""
    log = result.stdout + result.stderr
    assert "Traceback" not in log
    lines = [line for line in log.splitlines() if str(folder) in line]
    assert len(lines) == 1, log
    return lines[0]


def test_an_output_folder_that_cannot_be_created_gets_one_line(tmp_path):
    not_a_folder = tmp_path / "site"
    not_a_folder.write_text("a file where the output's parent folder should be")
    result = run_pelican(ROOT / "content", not_a_folder / "output", "-e", "KATALOG_PDF=false")
    assert result.returncode == 1
    line = _one_line_naming(result, not_a_folder / "output")
    assert line.startswith("katalog: cannot write the output folder") and "-o" in line


def test_a_read_only_output_folder_gets_one_line_and_keeps_its_files(tmp_path):
    """Root writes anywhere, so as root the build runs without the capability that lets it (CAP_DAC_OVERRIDE)."""
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("the last build")
    output.chmod(0o555)
    without_override = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
    if without_override and not shutil.which("setpriv"):
        pytest.skip("running as root, and setpriv (util-linux) is not there to drop root's write override")
    result = subprocess.run([*without_override, str(PELICAN), str(ROOT / "content"), "-o", str(output),
                             "-s", str(ROOT / "pelicanconf.py"), "-e", "KATALOG_PDF=false"],
                            cwd=ROOT, capture_output=True, text=True)
    output.chmod(0o755)
    if result.stderr.startswith("setpriv:"):
        pytest.skip(f"running as root, and root's write override cannot be dropped here: {result.stderr}")
    assert result.returncode == 1
    assert "Permission denied" in _one_line_naming(result, output)
    assert (output / "index.html").read_text() == "the last build"
