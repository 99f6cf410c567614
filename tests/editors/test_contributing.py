"""CONTRIBUTING.md stays true: generated tables match schema.py and the taxonomies, and its example validates."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from editor_tools import run_katalog

import schema
from katalog import taxonomy
from katalog.editors.fieldtable import FIELD_TABLES, field_table, regenerate
from katalog.editors.newservice import context_for
from katalog.loader import load_catalogue
from site_tools import SAMPLE_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "CONTRIBUTING.md"


def test_generated_parts_match_the_schema_and_taxonomies():
    text = GUIDE.read_text(encoding="utf-8")
    assert regenerate(text) == text, "CONTRIBUTING.md is out of date: run `katalog docs` and commit it"
    assert run_katalog("docs", "--check").returncode == 0


@pytest.mark.parametrize("model", [model for model, *_ in FIELD_TABLES], ids=lambda m: m.__name__)
def test_every_field_is_in_the_table_with_whether_it_is_required(model):
    text = GUIDE.read_text(encoding="utf-8")
    assert field_table(model) in text
    for name, info in model.model_fields.items():
        assert f"| `{name}` | {'ano' if info.is_required() else 'ne'} |" in text


def test_every_allowed_key_is_listed():
    text = GUIDE.read_text(encoding="utf-8")
    keys = set(re.findall(r"^\| `([a-z0-9-]+)` \|", text, flags=re.MULTILINE))
    for terms in (taxonomy.KINDS, taxonomy.TARGET_GROUPS, taxonomy.LIFE_SITUATIONS, taxonomy.FORMS):
        assert set(terms) <= keys
    assert "| `odborne-socialni-poradenstvi` | Odborné sociální poradenství | § 37 |" in text


def test_docs_refuses_a_document_without_markers(tmp_path):
    document = tmp_path / "GUIDE.md"
    document.write_text("# bez značek\n", encoding="utf-8")
    result = run_katalog("docs", "--file", str(document))
    assert result.returncode == 2
    assert "<!-- fields:start -->" in result.stderr


def test_the_complete_example_validates_against_the_sample_content():
    text = GUIDE.read_text(encoding="utf-8")
    section = text.split("## Úplný příklad", 1)[1]
    example = re.search(r"```yaml\n(.*?)```", section, flags=re.DOTALL).group(1)
    catalogue = load_catalogue(ROOT / "content", languages=SAMPLE_LANGUAGES)
    schema.Service.model_validate(yaml.safe_load(example),
                                  context=context_for(catalogue, "priklad", dt.date.today()))
