"""Random and mutated YAML never crashes the loader: it gives validation problems or a catalogue."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from katalog.loader import load_catalogue
from katalog.problems import ContentError

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "tests" / "contract"
SERVICE = (CONTRACT / "service.yaml").read_text()
TEMPLATE = Path(tempfile.mkdtemp(prefix="katalog-fuzz-")) / "content"
(TEMPLATE / "services").mkdir(parents=True)
(TEMPLATE / "providers").mkdir()
shutil.copy(CONTRACT / "region.yaml", TEMPLATE)
shutil.copy(CONTRACT / "provider.yaml", TEMPLATE / "providers" / "poradna-pro-obcany.yaml")

yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
                         st.dates())
yaml_values = st.recursive(yaml_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)), max_leaves=20)


def load_with_service(tmp: Path, text: str) -> None:
    content = tmp / "content"
    shutil.copytree(TEMPLATE, content)
    (content / "services" / "fuzzed.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        load_catalogue(content)
    except ContentError as error:
        assert error.problems and all(p.path.endswith(".yaml") and p.line >= 1 for p in error.problems)


def run(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        try:
            load_with_service(Path(folder), text)
        except UnicodeEncodeError:
            pass  # the text could not be written as a file at all: nothing for the loader to read


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_random_text(text):
    run(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(yaml_values)
def test_random_yaml_documents(value):
    run(yaml.safe_dump(value, allow_unicode=True))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_service(data):
    """Replace, delete or retype a random field of a valid service."""
    service = yaml.safe_load(SERVICE)
    path = [data.draw(st.sampled_from(sorted(service)))]
    node = service[path[0]]
    while isinstance(node, (dict, list)) and node and data.draw(st.booleans()):
        key = data.draw(st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node))))
        path.append(key)
        node = node[key]
    parent = service
    for key in path[:-1]:
        parent = parent[key]
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(yaml_values)
    run(yaml.safe_dump(service, allow_unicode=True))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(SERVICE) - 1), st.text(min_size=1, max_size=5))
def test_text_spliced_into_a_valid_file(position, insert):
    run(SERVICE[:position] + insert + SERVICE[position:])
