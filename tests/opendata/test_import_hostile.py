"""Both imports refuse a file nested too deep to be an export with one line and exit code 2: no
RecursionError, no memory exhausted, no traceback."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from site_tools import CONTENT, ROOT

KATALOG = Path(sys.executable).with_name("katalog")


@pytest.mark.parametrize("kind", ["hsds", "registry"])
def test_a_deeply_nested_file_is_refused_in_one_line(tmp_path, kind):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    result = subprocess.run([str(KATALOG), "import", kind, str(deep), "--content", str(content)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "nested more than 64 levels deep" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
