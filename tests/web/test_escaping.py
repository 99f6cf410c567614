"""Text from providers cannot add markup or scripts to any page: it is escaped everywhere."""
from __future__ import annotations

import json

import yaml
from site_tools import run_pelican, serve

from web_tools import parse

HOSTILE = '<script>alert("name")</script></script><img src=x onerror=alert(1)>'
SERVICE = "sluzby/dluhova-poradna-horazdovice/"
# Pages where the hostile service, provider, local part or life situation appears.
PAGES = ["", SERVICE, "poskytovatele/poradna-pro-obcany/", "obce/", "situace/zla-situace/", "a-z/", "akutni-pomoc/"]


def _edit(path, change):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _hostile_service(data):
    data.update(name=f"Poradna {HOSTILE}", summary=f"Shrnutí {HOSTILE}", status="temporarily-closed",
                status_note=f"Zavřeno {HOSTILE}", cost_note=HOSTILE, how_to_apply=HOSTILE,
                description=f"Popis {HOSTILE}")
    data["life_situations"].append("zla-situace")
    data["contacts"]["phones"][0]["label"] = HOSTILE
    data["locations"][0].update(name=f"Místo {HOSTILE}", access_note=HOSTILE, hours_note=HOSTILE)


def _write_hostile_content(content):
    """Script tags in every kind of text a provider or an editor writes."""
    _edit(content / "services" / "dluhova-poradna-horazdovice.yaml", _hostile_service)
    _edit(content / "providers" / "poradna-pro-obcany.yaml",
          lambda data: data.update(name=f"Spolek {HOSTILE}", description=HOSTILE))
    _edit(content / "services" / "linka-bezpeci.yaml", lambda data: data.update(name=f"Linka {HOSTILE}"))
    _edit(content / "region.yaml",
          lambda data: data["municipalities"]["horazdovice"]["parts"].append(f"Část {HOSTILE}"))
    (content / "life-situations.yaml").write_text(yaml.safe_dump(
        {"mode": "extend", "situations": {"zla-situace": {"label": f"Situace {HOSTILE}", "description": HOSTILE}}},
        allow_unicode=True), encoding="utf-8")


def _check_files(output):
    for path in output.rglob("*.html"):
        page = parse(path)
        assert page.handlers == [], f"{path}: {page.handlers}"
        for script in page.scripts:
            # Scripts are files; the JSON blocks (structured data, the scripts' words) are data the browser does not run.
            assert script.get("src", "").endswith(".js") or script.get("type") in ("application/ld+json",
                                                                                 "application/json"), (
                f"{path}: unexpected script {script}")
    service = parse(output / SERVICE / "index.html")
    text = "".join(service.text)
    for visible in ("Poradna", "Shrnutí", "Zavřeno", "Místo", "Situace", "Spolek"):
        assert f"{visible} {HOSTILE}" in text
    # A javascript: link is refused when the sources are read (tests/foundation/test_provider_links.py).
    assert not any(link.startswith("javascript:") for link in service.links)
    [json_ld] = [s for s in service.scripts if s.get("type") == "application/ld+json"]
    assert "</" not in json_ld["text"]
    data = json.loads(json_ld["text"])
    assert (data["name"], data["provider"]["name"]) == (f"Poradna {HOSTILE}", f"Spolek {HOSTILE}")


def _check_browser(browser, output):
    server, url = serve(output)
    context = browser.new_context()
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        for path in PAGES:
            page.goto(url + path)
            assert page.get_by_text(HOSTILE).count() > 0, f"{path} does not show the text as written"
        assert dialogs == []
    finally:
        context.close()
        server.shutdown()


def test_hostile_text_is_shown_as_text_and_never_runs(scratch_content, tmp_path, browser):
    _write_hostile_content(scratch_content)
    output = tmp_path / "output"
    result = run_pelican(scratch_content, output, "-e", "KATALOG_PDF=false")
    assert result.returncode == 0, result.stderr
    _check_files(output)
    _check_browser(browser, output)
