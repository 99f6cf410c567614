"""The lock files pin, with hashes, exactly what pyproject.toml asks for, and `make lock` wrote them."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCKS = {"build": ROOT / "requirements" / "build.txt", "test": ROOT / "requirements" / "test.txt"}
TOOLS = ROOT / "requirements" / "build-tools.in"
# What uv writes under `# via` for a package asked for directly (a constraint is no reason to install).
ROOTS = {"katalog (pyproject.toml)", "-r requirements/build-tools.in"}
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.MULTILINE)


def locked(name: str) -> dict[str, tuple[str, str]]:
    """Package -> (version, its block of the lock file: the pin line, hashes and `# via` comments)."""
    text = LOCKS[name].read_text(encoding="utf-8")
    matches = list(_PIN.finditer(text))
    ends = [match.start() for match in matches[1:]] + [len(text)]
    return {canonicalize_name(match[1]): (match[2], text[match.start():end]) for match, end in zip(matches, ends)}


def needed_by(block: str) -> set[str]:
    """The names after `# via`, on its line or on the indented comment lines below it."""
    via = block[block.index("# via"):]
    names = [name.strip() for name in re.split(r"\n\s*#\s*|,", via.removeprefix("# via")) if name.strip()]
    return {name if name in ROOTS or name.startswith("-c ") else canonicalize_name(name) for name in names}


def direct(requirements: list[str]) -> list[Requirement]:
    return [Requirement(text) for text in requirements]


@pytest.mark.parametrize("name", LOCKS)
def test_every_package_is_pinned_with_hashes(name):
    packages = locked(name)
    assert len(packages) > 30
    for package, (_, block) in packages.items():
        assert re.search(r"--hash=sha256:[0-9a-f]{64}", block), f"{package} has no hash in {name}.txt"


@pytest.mark.parametrize("name, requirements", [
    ("build", PYPROJECT["project"]["dependencies"]),
    ("test", PYPROJECT["project"]["dependencies"] + PYPROJECT["project"]["optional-dependencies"]["test"]),
])
def test_every_pin_of_pyproject_is_locked_at_its_version(name, requirements):
    packages = locked(name)
    for requirement in direct(requirements):
        package = canonicalize_name(requirement.name)
        assert package in packages, f"{requirement} is missing from {name}.txt: run make lock"
        assert packages[package][0] in requirement.specifier, \
            f"{name}.txt has {package}=={packages[package][0]}, pyproject.toml asks for {requirement}: run make lock"


def test_the_build_backend_and_pip_come_from_the_lock():
    packages = locked("build")
    for requirement in direct(PYPROJECT["build-system"]["requires"]) + direct(
            [line for line in TOOLS.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]):
        version = packages[canonicalize_name(requirement.name)][0]
        assert version in requirement.specifier, f"build.txt has {requirement.name}=={version}, needs {requirement}"


@pytest.mark.parametrize("name", LOCKS)
def test_nothing_is_locked_that_no_requirement_needs(name):
    packages = locked(name)
    reasons = {package: needed_by(block) - {f"-c requirements/{other}.txt" for other in LOCKS}
               for package, (_, block) in packages.items()}
    needed, queue = set(), [package for package, why in reasons.items() if why & ROOTS]
    while queue:
        package = queue.pop()
        if package not in needed:
            needed.add(package)
            queue += [other for other, why in reasons.items() if package in why]
    assert set(packages) - needed == set()


def test_the_test_lock_keeps_every_version_of_the_build_lock():
    build, test = locked("build"), locked("test")
    assert {package: version for package, (version, _) in build.items()} == \
           {package: test[package][0] for package in build}


@pytest.mark.parametrize("name", LOCKS)
def test_each_lock_file_was_written_by_make_lock(name):
    """The command in a lock file's header is the Makefile's, so `make lock` reproduces it."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    lock_command = re.search(r"^LOCK := \$\(UV\) (.+)$", makefile, re.MULTILINE)[1]
    header = LOCKS[name].read_text(encoding="utf-8").splitlines()[1].removeprefix("#    uv ")
    recipe = [line.strip().replace("$(LOCK)", lock_command) for line in makefile.split("\nlock:\n")[1].splitlines()
              if line.startswith("\t")]
    assert header in recipe
