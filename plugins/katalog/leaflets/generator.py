"""Writes each leaflet of content/leaflets.yaml as a print and a screen PDF, with previews and a web page."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from pelican.generators import Generator
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

from .. import urls
from ..pdf.fetcher import ProjectFetcher
from ..pdf.render import render_pdf
from ..yamlsource import read_yaml
from .layout import FORMATS, DoesNotFit, Fitted, Step, fit
from .preview import write_previews
from .qr import browse_path, public_base, qr_svg

logger = logging.getLogger(__name__)

FORMAT_LABELS = {"dl-trifold": "skládaný leták DL (A4 na třetiny)", "a5": "oboustranný leták A5"}
# Black for the QR code: pure K in the print edition, so the printer does not register four plates.
QR_DARK = {"print": "device-cmyk(0 0 0 1)", "screen": "#000"}


class LeafletError(Exception):
    """A leaflet cannot be made: it selects no service, or its services do not fit on two sides."""


@dataclass
class LeafletOutput:
    """One leaflet as the build makes it: what it selects, how it fits, where its files go."""

    leaflet: object  # schema.Leaflet
    services: list
    web_url: str
    fitted: Fitted | None = None

    @property
    def key(self) -> str:
        return self.leaflet.key

    def pdf_path(self, edition: str) -> str:
        return f"pdf/leaflets/{self.key}{'-print' if edition == 'print' else ''}.pdf"


class LeafletGenerator(Generator):
    """Selects and fits every leaflet while reading the context; writes the PDFs, previews and page after."""

    def generate_context(self):
        catalogue = self.context["katalog"]
        settings = self.context["katalog_settings"]
        self._check_selections(catalogue)
        self.outputs = []
        # Nothing is fitted or written for a web-only preview (KATALOG_PDF false), but an empty
        # selection fails above in every build: the same sources must not pass one build and fail another.
        if not self.settings.get("KATALOG_PDF", True):
            return
        base = public_base(self.settings.get("SITEURL", ""), settings.public_url)
        for leaflet in catalogue.leaflets:
            output = LeafletOutput(leaflet, catalogue.select(leaflet.select),
                                   urls.absolute(base, browse_path(leaflet.select)))
            try:
                # Fitting lays the leaflet out but writes nothing, so it belongs here: a leaflet that
                # cannot fit stops the build before any output is written.
                output.fitted = fit(output.services, leaflet.format, lambda *args: self._lay_out(output, *args))
            except DoesNotFit as error:
                if error.fitting == error.selected:
                    raise LeafletError(f"leaflet '{leaflet.key}' ({leaflet.format}): all {error.selected} services "
                                       f"have a place, but the layout does not hold: {'; '.join(error.problems)}; "
                                       "shorten the title or introduction in content/leaflets.yaml") from None
                raise LeafletError(
                    f"leaflet '{leaflet.key}' ({leaflet.format}) does not fit on two sides: {error.selected} services "
                    f"are selected and only {error.fitting} fit, even set compactly (smaller type, no summaries); "
                    f"narrow its selection in content/leaflets.yaml or split it into two leaflets") from None
            logger.info("katalog: leaflet %s: %d services fit at step %d (%s)", leaflet.key, len(output.services),
                        output.fitted.step.number, output.fitted.step.description)
            self.outputs.append(output)

    def generate_output(self, writer):
        if not self.outputs:
            return
        output_dir = Path(self.output_path)
        cards = []
        for output in self.outputs:
            for edition in ("print", "screen"):
                rendered = render_pdf(self._html(output, output.fitted.step, output.fitted.panels, edition),
                                      base_url=self._print_dir, out_path=output_dir / output.pdf_path(edition),
                                      edition=edition, stylesheets=[self._print_dir / "leaflet.css"],
                                      roots=[Path(self.theme)], edition_date=self._edition_date)
                if rendered.pages != 2:
                    raise LeafletError(f"leaflet '{output.key}': the {edition} edition has {rendered.pages} pages "
                                       "instead of 2, although the fitted layout had 2")
            images = write_previews(output_dir / output.pdf_path("screen"), output_dir / urls.LEAFLETS, output.key)
            cards.append(_card(output, [(f"{urls.LEAFLETS}{path.name}", *size) for path, size in images]))
        writer.write_file(urls.save_as(urls.LEAFLETS), self.get_template("leaflets-page"), self.context,
                          relative_urls=self.settings["RELATIVE_URLS"], page_name=urls.save_as(urls.LEAFLETS)[:-5],
                          leaflets=cards)
        logger.info("katalog: wrote %d leaflets, two editions each", len(self.outputs))

    @property
    def _print_dir(self) -> Path:
        return Path(self.theme) / "print"

    @property
    def _edition_date(self):
        """The settings' edition date, else the newest date on which a service's details were checked."""
        edition = self.context["katalog_settings"].edition
        return edition or max(service.verified for service in self.context["katalog"].published)

    def _check_selections(self, catalogue):
        source = None
        empty = []
        for index, leaflet in enumerate(catalogue.leaflets):
            if catalogue.select(leaflet.select):
                continue
            source = source or read_yaml(Path(catalogue.content_dir) / "leaflets.yaml",
                                         str(Path(catalogue.content_dir) / "leaflets.yaml"))
            line, column = source.position(("leaflets", index, "select"))
            empty.append(f"{source.path}:{line}:{column}: leaflets[{index}].select: leaflet '{leaflet.key}' "
                         "selects no published service; widen the selection or list services by key")
        if empty:
            raise LeafletError("\n".join(empty))

    def _html(self, output: LeafletOutput, step: Step, panels, edition: str, measuring: bool = False) -> str:
        title = f"QR kód s adresou {output.web_url}"
        return self.get_template("leaflets/leaflet").render(
            self.context, leaflet=output.leaflet, services=output.services, step=step, panels=panels,
            emergency=self.context["katalog"].emergency,
            web_url=output.web_url, qr=qr_svg(output.web_url, dark=QR_DARK[edition], title=title),
            edition=self._edition_date, measuring=measuring)

    def _lay_out(self, output: LeafletOutput, step: Step, panels, measuring: bool):
        """Lay the screen edition out in memory (the print edition differs only in colour and bleed)."""
        fetcher = ProjectFetcher([Path(self.theme)])
        fonts = FontConfiguration()
        sheet = CSS(url=(self._print_dir / "leaflet.css").resolve().as_uri(), url_fetcher=fetcher, font_config=fonts)
        html = HTML(string=self._html(output, step, panels, "screen", measuring), url_fetcher=fetcher,
                    base_url=self._print_dir.resolve().as_uri() + "/")
        return html.render(stylesheets=[sheet], font_config=fonts)


def _card(output: LeafletOutput, previews: list[tuple[str, int, int]]) -> dict:
    """What the leaflets page shows of one leaflet: links, and previews with what each one shows."""
    on_side = {0: [], 1: []}
    for name, side in FORMATS[output.leaflet.format].sides.items():
        on_side[side].extend(output.fitted.panels.get(name, []))
    title = output.leaflet.title
    if output.leaflet.format == "dl-trifold":
        alts = [f"Vnější strana letáku „{title}“: vpravo titulní strana s nadpisem, uprostřed tísňová čísla "
                f"a QR kód na web, vlevo {_listing(on_side[0])}.",
                f"Vnitřní strana letáku: {_listing(on_side[1])}."]
    else:
        alts = [f"Přední strana letáku „{title}“: nadpis a {_listing(on_side[0])}.",
                f"Zadní strana letáku: {_listing(on_side[1])}, dole tísňová čísla a QR kód na web."]
    return {
        "leaflet": output.leaflet,
        "format_label": FORMAT_LABELS[output.leaflet.format],
        "count": len(output.services),
        "screen_pdf": output.pdf_path("screen"),
        "print_pdf": output.pdf_path("print"),
        "previews": [{"src": src, "width": width, "height": height, "alt": alt}
                     for (src, width, height), alt in zip(previews, alts)],
    }


def _listing(services) -> str:
    """'služba A' or 'služby A, B a C'."""
    names = [service.name for service in services]
    if len(names) <= 1:
        return f"služba {names[0]}" if names else "bez služeb"
    return "služby " + ", ".join(names[:-1]) + " a " + names[-1]
