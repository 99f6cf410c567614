"""`katalog new`: takes the required fields from options or questions and writes a service file that validates."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

import yaml
from pydantic import ValidationError

import schema

from ..catalogue import Catalogue
from ..diagnose import problems_from
from ..yamlsource import read_yaml
from .answers import QUESTIONS, AnswerError, Question, Vocabulary

SCHEMA_LINE = "# yaml-language-server: $schema=../../schema/service.schema.json"


class NewServiceError(Exception):
    """No file was written; the message says why."""


def collect(given: dict, vocabulary: Vocabulary, ask: Callable[[str], str] | None,
            say: Callable[[str], None]) -> dict:
    """Every answer, checked: from the options where given, otherwise asked one by one."""
    interactive = ask is not None and any(given.get(q.field) is None for q in QUESTIONS if q.default is None)
    answers: dict = {}
    for question in QUESTIONS:
        value = given.get(question.field)
        if value is None and not interactive:
            if question.default is None:
                raise NewServiceError(f"missing --{_option(question)}; give it, or run `katalog new` without "
                                      "options to answer questions")
            value = question.default(vocabulary, answers)
        if value is None:
            answers[question.field] = _ask(question, vocabulary, answers, ask, say)
            continue
        try:
            answers[question.field] = question.check(value, vocabulary)
        except AnswerError as error:
            raise NewServiceError(f"--{_option(question)}: {error}") from None
    return answers


def _option(question: Question) -> str:
    """The command-line option of a field: life_situations -> life-situation."""
    return question.field.removesuffix("s").replace("_", "-")


def _ask(question: Question, vocabulary: Vocabulary, answers: dict, ask, say) -> object:
    """Ask until the answer is usable; '?' lists the allowed keys."""
    default = question.default(vocabulary, answers) if question.default else None
    hint = " (? = seznam)" if question.choices else ""
    prompt = f"{question.prompt}{hint}{f' [{default}]' if default else ''}: "
    while True:
        try:
            answer = ask(prompt)
        except EOFError:
            raise NewServiceError(f"no answer for {question.field}; the input ended") from None
        if answer.strip() == "?" and question.choices:
            for key, label in question.choices(vocabulary).items():
                say(f"  {key} – {label}")
            continue
        if not answer.strip() and default is not None:
            answer = default
        try:
            return question.check(answer, vocabulary)
        except AnswerError as error:
            say(str(error))


def service_data(answers: dict) -> dict:
    """The fields in the order of schema.py, so the file reads like the documentation."""
    phones = [{"number": answers["phone"]}] if answers.get("phone") else []
    return {
        "name": answers["name"],
        "provider": answers["provider"],
        "status": "active",
        "kind": answers["kind"],
        "summary": answers["summary"],
        "life_situations": answers["life_situations"],
        "target_groups": answers["target_groups"],
        "forms": answers["forms"],
        "area": answers["area"],
        "cost": answers["cost"],
        "contacts": {"phones": phones} if phones else {},
        "verified": answers["verified"],
    }


class _Dumper(yaml.SafeDumper):
    """Writes like the sample files: short lists inline, groups as indented blocks."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)


def _represent_list(dumper: yaml.SafeDumper, items: list):
    inline = not any(isinstance(item, (dict, list)) for item in items)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=inline)


_Dumper.add_representer(list, _represent_list)


def _represent_text(dumper: yaml.SafeDumper, text: str):
    """Texts of several lines as literal blocks, as people write descriptions."""
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|" if "\n" in text else None)


_Dumper.add_representer(str, _represent_text)


def source_text(data: dict) -> str:
    """A source file's fields as YAML written like the sample files."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def service_text(data: dict) -> str:
    header = f"{SCHEMA_LINE}\n# Další pole (popis, místa, otevírací doba, e-mail, web) popisuje CONTRIBUTING.md.\n"
    return header + source_text(data)


def context_for(catalogue: Catalogue, key: str, today: dt.date) -> schema.Context:
    """What the loader checks a service against, with the new key counted among the services."""
    return schema.Context(
        providers=set(catalogue.providers),
        municipalities=set(catalogue.region.municipalities),
        life_situations=set(catalogue.life_situations),
        services=set(catalogue.services) | {key},
        bounds=catalogue.region.bounds,
        today=today,
    )


def write_service(catalogue: Catalogue, answers: dict, today: dt.date) -> Path:
    """Create services/<key>.yaml (never over an existing file) and check it as the loader would."""
    path = Path(catalogue.content_dir) / "services" / f"{answers['key']}.yaml"
    try:
        with path.open("x", encoding="utf-8") as file:
            file.write(service_text(service_data(answers)))
    except FileExistsError:
        raise NewServiceError(f"{path} already exists; choose another key or edit that file") from None
    source = read_yaml(path, str(path))
    try:
        schema.Service.model_validate(source.data, context=context_for(catalogue, answers["key"], today))
    except ValidationError as error:
        path.unlink()
        problems = "\n".join(map(str, problems_from(error, source, schema.Service)))
        raise NewServiceError(f"the new file would not validate, so it was not kept:\n{problems}") from None
    return path
