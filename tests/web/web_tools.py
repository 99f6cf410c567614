"""Helpers for the web section's tests: one page of each kind, an HTML parser, axe-core."""
from __future__ import annotations

from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

# One page of every kind the web section writes, as addresses under the site's root.
PAGES = {
    "home": "",
    "emergency": "akutni-pomoc/",
    "service": "sluzby/dluhova-poradna-horazdovice/",
    "closed service": "sluzby/klub-senioru-velky-bor/",
    "life situation": "situace/dluhy/",
    "life situations": "situace/",
    "target group": "komu/seniori/",
    "municipality": "obce/horazdovice/",
    "municipalities": "obce/",
    "kind": "druhy/odborne-socialni-poradenstvi/",
    "form": "formy/terenni/",
    "provider": "poskytovatele/poradna-pro-obcany/",
    "providers": "poskytovatele/",
    "a-z": "a-z/",
    "my list": "muj-seznam/",
    "accessibility": "prohlaseni-o-pristupnosti/",
    "content page": "komunitni-planovani/",
    "404": "404.html",
}


class PageParser(HTMLParser):
    """Collects what the tests look at: links, ids, scripts, text and unclosed elements."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: list[str] = []
        self.scripts: list[dict] = []
        self.open: list[str] = []
        self.errors: list[str] = []
        self.handlers: list[str] = []  # on… attributes: the site itself never uses one
        self.text: list[str] = []
        self._script: dict | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.handlers += [f"<{tag} {name}>" for name in attributes if name.startswith("on")]
        if "id" in attributes:
            self.ids.append(attributes["id"])
        for name in ("href", "src", "action"):
            if tag in ("a", "link", "script", "img", "form") and attributes.get(name):
                self.links.append(attributes[name])
        if tag == "script":
            self._script = {**attributes, "text": ""}
            self.scripts.append(self._script)
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:
            self.open.pop()

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.open[-1] if self.open else 'nothing'}> at {self.getpos()}")
            if tag in self.open:
                while self.open.pop() != tag:
                    pass
            return
        self.open.pop()

    def handle_data(self, data):
        if self._script is not None:
            self._script["text"] += data
        else:
            self.text.append(data)


def parse(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def run_axe(page) -> list[dict]:
    """axe-core's violations on the loaded page, each with the rule id and the offending elements."""
    page.add_script_tag(path=str(AXE))
    return page.evaluate("""async () => {
        const result = await axe.run(document);
        return result.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}));
    }""")


@contextmanager
def open_page(browser, width: int = 1280, height: int = 900):
    """A page that accepts axe-core, which the site's Content-Security-Policy would otherwise refuse."""
    context = browser.new_context(locale="cs-CZ", viewport={"width": width, "height": height}, bypass_csp=True)
    try:
        yield context.new_page()
    finally:
        context.close()
