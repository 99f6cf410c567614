"""Where help sits on a phone (360×740 CSS px): header height, the first call button, the page's height.

Run: .venv/bin/python -m benchmarks.phone_bench [OUTPUT_DIR]   (default: a fresh web-only build)
Positions are CSS pixels from the top of the page; a screen is 740 px tall.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .measure import table
from .sample_site import chromium_on, on_sample_site

SCREEN = {"width": 360, "height": 740}
PAGES = {"home": "", "service": "sluzby/dluhova-poradna-horazdovice/", "municipality": "obce/zichovice/"}

# Everything measured in one pass in the page: the first tel: link and the first link to the emergency page
# that is visible, the header, the sample-data notice and the search box (or the header's search link).
_MEASURE = """() => {
  // checkVisibility: the content of a closed <details> has boxes but is not shown.
  const visible = (el) => el && el.checkVisibility({contentVisibilityAuto: true, visibilityProperty: true});
  const top = (el) => visible(el) ? Math.round(el.getBoundingClientRect().top + scrollY) : null;
  const firstVisible = (selector) => [...document.querySelectorAll(selector)].find(visible) || null;
  const call = firstVisible('main a[href^="tel:"]');
  const box = call ? call.getBoundingClientRect() : null;
  const header = document.querySelector('.site-header');
  const notice = document.querySelector('.sample-notice');
  return {
    header: header ? Math.round(header.getBoundingClientRect().height) : null,
    notice: notice ? Math.round(notice.getBoundingClientRect().height) : null,
    search: top(firstVisible('main input[type=search]') || firstVisible('.site-header input[type=search], .header-search-link')),
    call: top(call),
    call_size: box ? `${Math.round(box.width)}×${Math.round(box.height)}` : '',
    height: document.documentElement.scrollHeight,
  };
}"""


def measure_site(output: Path) -> str:
    rows = []
    with chromium_on(output) as (browser, base):
        context = browser.new_context(locale="cs-CZ", viewport=SCREEN, is_mobile=True, has_touch=True)
        page = context.new_page()
        for name, path in PAGES.items():
            page.goto(base + path)
            found = page.evaluate(_MEASURE)
            rows.append([name, found["header"], found["notice"], found["search"], found["call"],
                         found["call_size"], found["height"], round(found["height"] / SCREEN["height"], 1)])
        context.close()
    return table(["page", "header px", "notice px", "search y", "first tel: y", "tel: size", "page px",
                  "screens"], rows)


def main(argv: list[str] | None = None) -> str:
    return on_sample_site(measure_site, argv, "katalog-phone-")


if __name__ == "__main__":
    print(main(sys.argv[1:]))
