"""Environments of one build share compiled templates, and an edited template is never served stale."""
from __future__ import annotations

from jinja2 import DictLoader, Environment
from katalog.templatecache import SharedTemplateCache


def _environment(cache: SharedTemplateCache, templates: dict[str, str], compiled: list[str]) -> Environment:
    environment = Environment(loader=DictLoader(templates), autoescape=True, bytecode_cache=cache)
    original = environment.compile

    def counting_compile(source, name=None, filename=None, raw=False, defer_init=False):
        compiled.append(name)
        return original(source, name, filename, raw, defer_init)

    environment.compile = counting_compile
    return environment


def test_a_second_environment_reuses_the_compiled_template():
    cache, compiled = SharedTemplateCache(), []
    templates = {"page.html": "<p>{{ text }}</p>"}
    first = _environment(cache, templates, compiled).get_template("page.html").render(text="<b>")
    second = _environment(cache, templates, compiled).get_template("page.html").render(text="<b>")
    assert first == second == "<p>&lt;b&gt;</p>"
    assert compiled == ["page.html"]


def test_an_edited_template_is_compiled_afresh():
    cache, compiled = SharedTemplateCache(), []
    _environment(cache, {"page.html": "<p>{{ text }}</p>"}, compiled).get_template("page.html")
    edited = _environment(cache, {"page.html": "<h1>{{ text }}</h1>"}, compiled).get_template("page.html")
    assert edited.render(text="Nové") == "<h1>Nové</h1>"
    assert compiled == ["page.html", "page.html"]
