"""Every field of every model carries a description: it feeds the JSON Schema, the docs and the editors."""
from __future__ import annotations

import inspect

import pytest
from pydantic import BaseModel

import schema
from katalog.settings import KatalogSettings

MODELS = [m for _, m in inspect.getmembers(schema, inspect.isclass)
          if issubclass(m, BaseModel) and m.__module__ == "schema" and m is not schema.Model]


@pytest.mark.parametrize("model", MODELS + [KatalogSettings], ids=lambda m: m.__name__)
def test_every_field_is_described(model):
    assert model.__doc__
    for name, field in model.model_fields.items():
        assert field.description, f"{model.__name__}.{name} has no description"


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_unknown_fields_are_forbidden(model):
    assert model.model_config["extra"] == "forbid"


def test_json_schema_offers_taxonomy_keys_as_completions():
    service = schema.Service.model_json_schema()
    kind = service["properties"]["kind"]
    assert "pecovatelska-sluzba" in kind["enum"]
