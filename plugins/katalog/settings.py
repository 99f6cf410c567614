"""The plugin's settings, read once from Pelican's settings into a typed model."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Literal

from babel import Locale, UnknownLocaleError
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .fields import Email, PhoneNumber
from .problems import BuildStop


# Colours go into a <style> element as custom properties: a name and a value that cannot break out of it.
CssName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]*$")]
CssValue = Annotated[str, Field(pattern=r"^[#a-zA-Z0-9(),.% -]+$")]


def _known_language(code: str) -> str:
    try:
        Locale.parse(code)
    except (ValueError, UnknownLocaleError):
        raise ValueError(f"'{code}' is not a language code; use ISO 639-1 codes such as cs, uk, en, pl") from None
    return code


LanguageCode = Annotated[str, Field(pattern=r"^[a-z]{2,3}$"), AfterValidator(_known_language)]


# Licences a town may publish its open data under (SPDX id → title, address), for the data package.
DATA_LICENCES = {
    "CC0-1.0": ("Creative Commons Zero v1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/"),
    "CC-BY-4.0": ("Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/"),
    "CC-BY-SA-4.0": ("Creative Commons Attribution Share Alike 4.0 International",
                     "https://creativecommons.org/licenses/by-sa/4.0/"),
    "ODbL-1.0": ("Open Data Commons Open Database License v1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
}


class Link(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(description="Text odkazu.")
    url: str = Field(description="Adresa odkazu.")


class SiteTexts(BaseModel):
    """The town's own words in another language of the site."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(None, description="Název katalogu v daném jazyce.")
    town: str | None = Field(None, description="Vydavatel v daném jazyce.")


class KatalogSettings(BaseModel):
    """Everything a town sets in pelicanconf.py under KATALOG = {...}."""

    model_config = ConfigDict(extra="forbid")

    languages: list[LanguageCode] = Field(["cs"], min_length=1,
                                          description="Jazyky webu, např. [cs, uk, en]; první je jazyk zdrojových textů (čeština) a zůstává v kořeni webu, každý další má vlastní složku (uk/, en/) se stejnými stránkami.")
    translations: dict[LanguageCode, SiteTexts] = Field(default_factory=dict, description="Název katalogu a vydavatele v dalších jazycích webu, např. {'uk': {'title': '…', 'town': '…'}}; jinak česky.")
    town: str = Field("Město", description="Název města nebo úřadu, který katalog vydává.")
    title: str = Field("Katalog sociálních služeb", description="Název katalogu.")
    logo: str | None = Field(None, description="Cesta k logu ve výstupu, např. theme/img/logo.svg (z theme/static/img/) nebo images/logo.svg (z content/images/).")
    colors: dict[CssName, CssValue] = Field(default_factory=dict, description="Barvy jako CSS proměnné, např. {'accent': '#005a9c'}.")
    path: str = Field("/socialni-sluzby/", pattern=r"^/([^/?#\s]+/)*$",
                      description="Cesta sekce na webu města; podle ní odkazuje stránka 404, která se ukáže na kterékoli adrese.")
    accessibility_email: Email = Field("socialni@mesto.example", description="E-mail pro hlášení problémů s přístupností (prohlášení o přístupnosti).")
    accessibility_phone: PhoneNumber | None = Field(None, description="Telefon pro hlášení problémů s přístupností.")
    accessibility_reviewed: dt.date | None = Field(None, description="Kdy byla přístupnost naposledy posouzena (prohlášení o přístupnosti).")
    header_links: list[Link] = Field(default_factory=list, description="Odkazy v záhlaví zpět na web města.")
    footer_links: list[Link] = Field(default_factory=list, description="Odkazy v zápatí.")
    sample_data: bool = Field(False, description="Označit všechny výstupy jako ukázková data.")
    edition: dt.date | None = Field(None, description="Datum vydání tištěného katalogu; jinak nejnovější datum ověření.")
    report_error: str = Field("mailto:socialni@mesto.example", description="Kam hlásit chyby: mailto: adresa, nebo adresa editace souboru s {path}.")
    pdf_chapters: str = Field("target_groups", description="Kapitoly tištěného katalogu: target_groups, life_situations nebo kinds.")
    pdf_page_size: str = Field("A5", description="Formát tištěného katalogu: A5 nebo A4.")
    pdf_stories: bool = Field(False, description="Zařadit na konec každé kapitoly tištěného katalogu jeden příběh klienta (z content/stories/), který jmenuje některou z jejích služeb.")
    partners: list[str] = Field(default_factory=list, description="Partneři uvedení na obálce tištěného katalogu.")
    stale_after_months: int = Field(12, description="Po kolika měsících od ověření je služba zastaralá.")
    public_url: str | None = Field(None, pattern=r"^https?://",
                                   description="Veřejná adresa sekce (https://…) pro odkazy ve zdroji Atom a QR kódy letáků, když SITEURL není absolutní.")
    data_licence: Literal[tuple(DATA_LICENCES)] = Field("CC-BY-4.0", description="Licence otevřených dat v data/hsds/ (identifikátor SPDX): CC0-1.0, CC-BY-4.0, CC-BY-SA-4.0 nebo ODbL-1.0.")

    def data_licence_entry(self) -> dict:
        """The licence as a Data Package lists it."""
        title, path = DATA_LICENCES[self.data_licence]
        return {"name": self.data_licence, "title": title, "path": path}

    @field_validator("languages")
    @classmethod
    def _each_language_once(cls, languages: list[str]) -> list[str]:
        repeated = sorted({code for code in languages if languages.count(code) > 1})
        if repeated:
            raise ValueError(f"{', '.join(repeated)} listed more than once; list each language once")
        return languages

    @model_validator(mode="after")
    def _translations_into_the_sites_languages(self):
        unknown = sorted(set(self.translations) - set(self.languages[1:]))
        if unknown:
            raise ValueError(f"translations into {', '.join(unknown)}, which is not one of the other languages "
                             f"({', '.join(self.languages[1:]) or 'none'}); add it to languages or remove it")
        return self

    def title_in(self, language: str) -> str:
        texts = self.translations.get(language)
        return (texts and texts.title) or self.title

    def town_in(self, language: str) -> str:
        texts = self.translations.get(language)
        return (texts and texts.town) or self.town

    @property
    def source_language(self) -> str:
        """The language the sources are written in: every text exists in it."""
        return self.languages[0]

    def edition_date(self, catalogue) -> dt.date | None:
        """The edition printed on the catalogue and leaflets: the setting, else the newest date on which
        a published service's details were checked (never the clock, so builds are reproducible)."""
        return self.edition or max((service.verified for service in catalogue.published), default=None)


class SettingsError(BuildStop):
    """KATALOG in pelicanconf.py has a wrong value; the message names each setting and what to write."""


def read_settings(pelican_settings: dict) -> KatalogSettings:
    """The town's settings, checked before anything is built."""
    try:
        return KatalogSettings.model_validate(pelican_settings.get("KATALOG", {}))
    except ValidationError as error:
        lines = [f"KATALOG.{'.'.join(map(str, problem['loc']))}: {problem['msg'].removeprefix('Value error, ')}"
                 for problem in error.errors()]
        raise SettingsError("wrong settings in pelicanconf.py: " + "; ".join(lines)) from None


def project_settings(settings_file: Path | None) -> KatalogSettings:
    """The settings of a project's pelicanconf.py, for the commands that run without Pelican; defaults without one."""
    if settings_file is None:
        return KatalogSettings()
    from pelican.settings import read_settings as read_pelican_settings  # only the commands need Pelican here

    return read_settings(read_pelican_settings(str(settings_file)))


def build_today(settings: dict) -> dt.date:
    """The date a build checks against: KATALOG_TODAY when set (tests, reproducible runs), else today."""
    today = settings.get("KATALOG_TODAY")
    if isinstance(today, str):
        return dt.date.fromisoformat(today)
    return today or dt.date.today()
