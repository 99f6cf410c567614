"""The CI workflows and the pre-commit hook parse, and call make targets and commands that exist."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from katalog.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
MAKE_TARGETS = set(re.findall(r"^([a-z][a-z-]*):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.MULTILINE))
KATALOG_COMMANDS = set(build_parser()._subparsers._group_actions[0].choices)


def _steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def _commands(workflow: dict) -> str:
    return "\n".join(step.get("run", "") for step in _steps(workflow))


def test_both_workflows_exist():
    assert [p.name for p in WORKFLOWS] == ["publish.yml", "pull-request.yml"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_uses_existing_make_targets_and_commands(path):
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    commands = _commands(workflow)
    targets = re.findall(r"\bmake ([a-z][a-z-]*)", commands)
    assert targets and set(targets) <= MAKE_TARGETS
    assert set(re.findall(r"katalog (\w+)", commands)) <= KATALOG_COMMANDS
    assert all("uses" in step or "run" in step for step in _steps(workflow))


def test_pull_requests_are_validated_built_reported_and_previewed():
    workflow = yaml.safe_load((ROOT / ".github/workflows/pull-request.yml").read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "pull_request" in triggers
    commands = _commands(workflow)
    assert "make validate" in commands and "make build" in commands
    assert "katalog diff" in commands and "gh pr comment" in commands
    uploads = [s for s in _steps(workflow) if s.get("uses", "").startswith("actions/upload-artifact")]
    assert uploads and uploads[0]["with"]["path"] == "output/"


def test_pushes_to_main_are_published_with_the_target_from_secrets():
    workflow = yaml.safe_load((ROOT / ".github/workflows/publish.yml").read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))
    assert triggers["push"]["branches"] == ["main"]
    publish = next(step for step in _steps(workflow) if step.get("run") == "make publish")
    assert {"SSH_HOST", "SSH_USER", "SSH_TARGET_DIR"} <= set(publish["env"])
    assert all("secrets." in publish["env"][name] for name in ("SSH_HOST", "SSH_USER", "SSH_TARGET_DIR"))
    # Confirmations are given by hand only, when the workflow is started from the Actions tab.
    assert set(triggers["workflow_dispatch"]["inputs"]) == {"allow_drop", "first_publish"}
    assert "inputs.first_publish" in publish["env"]["KATALOG_FIRST_PUBLISH"]


def test_make_publish_builds_with_publishconf_then_uploads_with_rsync():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\npublish:", 1)[1].split("\n\n", 1)[0]
    assert recipe.index("-s publishconf.py") < recipe.index("rsync -e ssh -P -rvzc --delete $(OUTPUT)/")
    assert recipe.index("/manifest.json $(LAST_PUBLISH)") < recipe.index("-s publishconf.py")
    assert "\t-rsync" not in recipe, "a failed fetch of the live manifest must stop the publish"
    assert "$(SSH_USER)@$(SSH_HOST):$(SSH_TARGET_DIR)" in recipe


def test_pre_commit_hook_runs_katalog_validate_on_content_changes():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks == [hooks[0]]
    assert {k: hooks[0][k] for k in ("entry", "language", "pass_filenames", "files")} == {
        "entry": "katalog validate", "language": "python", "pass_filenames": False, "files": "^content/"}


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_by_commit_with_its_version_beside_it(path):
    """A tag can be moved to other code; a commit cannot. The comment says which release the commit is."""
    text = path.read_text(encoding="utf-8")
    uses = [step["uses"] for step in _steps(yaml.safe_load(text)) if "uses" in step]
    assert uses
    for action in uses:
        assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", action), f"{action} is not pinned by a full commit"
        assert re.search(rf"uses: {re.escape(action)} # v\d+\.\d+\.\d+$", text, re.MULTILINE), \
            f"{action} has no '# vX.Y.Z' comment naming its release"
