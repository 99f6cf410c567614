"""The source format: one pydantic model per YAML concept, each field described for providers."""
from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Discriminator, Field, Tag, ValidationInfo, model_validator

from katalog import fields, markdown, taxonomy

Day = Literal["mo", "tu", "we", "th", "fr", "sa", "su"]
Status = Literal["active", "temporarily-closed", "inactive"]
Cost = Literal["free", "partly-paid", "paid"]
Form = Literal["ambulantni", "terenni", "pobytova"]
LeafletFormat = Literal["dl-trifold", "a5"]
# Fields an import may fill with a default that an editor still has to confirm.
Reviewable = Literal["summary", "description", "life_situations", "target_groups", "kind", "forms", "area", "cost",
                     "cost_note", "verified", "languages"]


@dataclass
class Context:
    """What a file is checked against besides itself: keys defined in other files, and today."""

    providers: set[str] = field(default_factory=set)
    municipalities: set[str] = field(default_factory=set)
    life_situations: set[str] = field(default_factory=lambda: set(taxonomy.LIFE_SITUATIONS))
    services: set[str] = field(default_factory=set)
    bounds: RegionBounds | None = None
    today: dt.date = field(default_factory=dt.date.today)
    # The site's other languages (settings `languages` after the first): texts may be translated into these.
    translation_languages: set[str] | None = None


def _suggest(value: str, known) -> str:
    close = difflib.get_close_matches(value, list(known), n=1, cutoff=0.5)
    return f"; did you mean '{close[0]}'?" if close else ""


def _known(what: str, known_of):
    """A validator that accepts only keys that `known_of(context)` lists (skipped without context)."""

    def check(value: str, info: ValidationInfo) -> str:
        known = known_of(info.context)
        if known is not None and value not in known:
            raise ValueError(f"unknown {what} '{value}'{_suggest(value, known)}")
        return value

    return AfterValidator(check)


def _not_a_service_key(value: str, info: ValidationInfo) -> str:
    services = info.context.services if info.context is not None else None
    if services and value in services:
        raise ValueError(f"'{value}' is the key of an existing service (services/{value}.yaml); a previous key "
                         "must be free, since its address forwards to this service: remove it here")
    return value


def _not_future(value: dt.date, info: ValidationInfo) -> dt.date:
    today = info.context.today if info.context is not None else dt.date.today()
    if value > today:
        raise ValueError(f"date {value.isoformat()} is in the future; write the date the details were checked")
    return value


# Limits far above anything a real provider writes: one file cannot swell every page, the PDF and the search
# data every visitor downloads. They show in the JSON Schemas and in the tables of CONTRIBUTING.md.
LINE_CHARS = 200  # names, titles, labels, streets
NOTE_CHARS = 2_000  # notes and one-paragraph texts, web addresses
TEXT_CHARS = 10_000  # Markdown descriptions
FEW_ITEMS = 20  # phones, e-mails, opening hours, languages
SOME_ITEMS = 100  # locations, life situations, target groups, synonyms, leaflets, a leaflet's services
MANY_ITEMS = 5_000  # municipalities of a region or an area and their parts

Slug = Annotated[str, Field(pattern=fields.SLUG.pattern, max_length=100,
                            description="Klíč: malá písmena bez diakritiky, číslice a pomlčky.")]
# A name must show: at least one visible letter or digit, on one line.
Name = Annotated[str, Field(min_length=1, max_length=LINE_CHARS), AfterValidator(fields.check_name)]
Line = Annotated[str, Field(max_length=LINE_CHARS)]
Note = Annotated[str, Field(max_length=NOTE_CHARS)]
Markdown = Annotated[str, Field(max_length=TEXT_CHARS), AfterValidator(markdown.check_links)]


def _enum(keys) -> Field:
    """Lists the keys in the JSON Schema, so editors offer them as completions."""
    return Field(json_schema_extra={"enum": list(keys)})


KindKey = Annotated[str, _known("kind", lambda c: taxonomy.KINDS), _enum(taxonomy.KINDS)]
TargetGroupKey = Annotated[str, _known("target group", lambda c: taxonomy.TARGET_GROUPS), _enum(taxonomy.TARGET_GROUPS)]
LanguageKey = Annotated[str, _known("language", lambda c: taxonomy.LANGUAGES), _enum(taxonomy.LANGUAGES)]
LifeSituationKey = Annotated[str, _known("life situation", lambda c: c.life_situations if c else None)]
MunicipalityKey = Annotated[str, _known("municipality", lambda c: c.municipalities if c else None)]
ProviderKey = Annotated[str, _known("provider", lambda c: c.providers if c else None)]
ServiceKey = Annotated[str, _known("service", lambda c: c.services if c else None)]


def _translation_language(value: str, info: ValidationInfo) -> str:
    languages = info.context.translation_languages if info.context is not None else None
    if languages is not None and value not in languages:
        listed = ", ".join(sorted(languages)) or "none"
        raise ValueError(f"'{value}' is not one of the site's other languages ({listed}); write the Czech text in "
                         "the fields themselves, or add the language to KATALOG['languages'] in pelicanconf.py")
    return value


TranslationLanguage = Annotated[str, AfterValidator(_translation_language)]


def _site_language(value: str, info: ValidationInfo) -> str:
    """The source language or one the texts may be translated into: a language the site is built in."""
    languages = info.context.translation_languages if info.context is not None else None
    if languages is not None and value != taxonomy.SOURCE_LANGUAGE and value not in languages:
        listed = ", ".join([taxonomy.SOURCE_LANGUAGE, *sorted(languages)])
        raise ValueError(f"'{value}' is not one of the site's languages ({listed}); add the language to "
                         "KATALOG['languages'] in pelicanconf.py first")
    return value


SiteLanguageCode = Annotated[str, AfterValidator(_site_language)]
PreviousKey = Annotated[Slug, AfterValidator(_not_a_service_key)]
PhoneNumber = fields.PhoneNumber
Email = fields.Email
WebUrl = Annotated[str, Field(max_length=NOTE_CHARS), AfterValidator(fields.check_web_url)]
TimeRange = Annotated[str, AfterValidator(fields.check_time_range)]
# A tagged union, so a wrong value gets one error from the branch the provider meant, not two.
Area = Annotated[
    Annotated[Literal["all"], Tag("all")] | Annotated[list[MunicipalityKey], Tag("list"), Field(max_length=MANY_ITEMS)],
    Discriminator(lambda value: "all" if isinstance(value, str) else "list"),
]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Geo(Model):
    """Zeměpisná poloha místa."""

    lat: float = Field(ge=-90, le=90, description="Zeměpisná šířka ve stupních, např. 49.3208.")
    lon: float = Field(ge=-180, le=180, description="Zeměpisná délka ve stupních, např. 13.7011.")

    @model_validator(mode="after")
    def inside_region(self, info: ValidationInfo):
        bounds = info.context.bounds if info.context is not None else None
        if bounds and not (bounds.south <= self.lat <= bounds.north and bounds.west <= self.lon <= bounds.east):
            raise ValueError(f"point {self.lat}, {self.lon} lies outside the region's bounds in region.yaml; "
                             "check that lat and lon are not swapped")
        return self


class Address(Model):
    """Poštovní adresa."""

    street: Line = Field(min_length=1, description="Ulice a číslo domu, např. Mírové náměstí 15.")
    city: Line = Field(min_length=1, description="Obec nebo město.")
    postcode: str = Field(pattern=r"^\d{3} \d{2}$", description="PSČ ve tvaru \"341 01\".")


class OpeningHours(Model):
    """Otevírací doba pro skupinu dnů."""

    days: list[Day] = Field(min_length=1, max_length=FEW_ITEMS, description="Dny v týdnu: mo, tu, we, th, fr, sa, su.")
    open: list[TimeRange] = Field(min_length=1, max_length=FEW_ITEMS, description="Časy otevření, např. [\"08:00-12:00\", \"13:00-17:00\"].")


class Location(Model):
    """Místo, kde služba přijímá klienty."""

    name: Line | None = Field(None, description="Název místa, např. budova nebo kancelář.")
    street: Line = Field(min_length=1, description="Ulice a číslo domu.")
    city: Line = Field(min_length=1, description="Obec nebo město.")
    postcode: str = Field(pattern=r"^\d{3} \d{2}$", description="PSČ ve tvaru \"341 01\".")
    geo: Geo | None = Field(None, description="Poloha pro odkaz na mapu: {lat: …, lon: …}.")
    wheelchair: bool | None = Field(None, description="true, je-li místo přístupné na vozíku.")
    access_note: Note | None = Field(None, description="Jak se dostat dovnitř, bariéry, zvonek.")
    hours: list[OpeningHours] = Field(default_factory=list, max_length=FEW_ITEMS, description="Otevírací doba.")
    hours_note: Note | None = Field(None, description="Poznámka k otevírací době.")


class Phone(Model):
    """Telefonní číslo služby."""

    number: PhoneNumber = Field(description="Číslo, např. \"+420 376 000 111\" nebo krátké \"116 123\".")
    label: Line | None = Field(None, description="K čemu číslo slouží, např. Objednání, Nonstop.")

    @property
    def tel(self) -> str:
        return fields.tel_uri(self.number)


class Contacts(Model):
    """Kontakty služby."""

    phones: list[Phone] = Field(default_factory=list, max_length=FEW_ITEMS, description="Telefonní čísla.")
    emails: list[Email] = Field(default_factory=list, max_length=FEW_ITEMS, description="E-mailové adresy.")
    web: WebUrl | None = Field(None, description="Webová stránka služby (https://…).")


class AgeRange(Model):
    """Věk, pro který je služba určena."""

    min: int | None = Field(None, ge=0, le=120, description="Nejnižší věk v letech.")
    max: int | None = Field(None, ge=0, le=120, description="Nejvyšší věk v letech.")

    @model_validator(mode="after")
    def ordered(self):
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min {self.min} is above max {self.max}")
        return self


class Capacity(Model):
    """Kapacita jedné formy služby, jak je zapsaná v registru (nejvyšší počet, ne volná místa)."""

    form: Form = Field(description="Forma: ambulantni, terenni, pobytova.")
    count: int = Field(ge=1, description="Registrovaná kapacita (nejvyšší počet).")
    unit: Literal["klienti", "luzka", "kontakty", "intervence", "hovory"] = Field(description="Čeho: klienti, luzka (lůžka), kontakty, intervence, hovory.")


class ServiceTranslation(Model):
    """Texty služby v dalším jazyce webu; pole, které chybí, se zobrazí česky (a označí jako česky psané)."""

    name: Name | None = Field(None, description="Název služby v daném jazyce.")
    summary: str | None = Field(None, min_length=1, max_length=400, description="Jedna až dvě věty: komu a s čím služba pomáhá.")
    description: Markdown | None = Field(None, description="Podrobný popis v Markdownu.")
    how_to_apply: Note | None = Field(None, description="Jak službu získat.")
    cost_note: Note | None = Field(None, description="Podrobnosti o úhradě.")
    status_note: Note | None = Field(None, description="Vysvětlení stavu.")


class Service(Model):
    """Jedna služba: soubor content/services/<klíč>.yaml."""

    name: Name = Field(description="Název služby, jak ho zná veřejnost.")
    provider: ProviderKey = Field(description="Klíč poskytovatele: název souboru v content/providers/ bez .yaml.")
    status: Status = Field(description="active (v provozu) | temporarily-closed (dočasně uzavřeno) | inactive (nezveřejní se).")
    status_note: Note | None = Field(None, description="Vysvětlení stavu, např. do kdy je služba uzavřena.")
    kind: KindKey = Field(description="Druh služby podle zákona č. 108/2006 Sb. nebo druh související služby.")
    registry_id: str | None = Field(None, pattern=r"^\d{7}$", description="Identifikátor v registru poskytovatelů sociálních služeb, 7 číslic.")
    summary: str = Field(min_length=1, max_length=400, description="Jedna až dvě věty: komu a s čím služba pomáhá.")
    description: Markdown | None = Field(None, description="Podrobný popis v Markdownu (odstavce, seznamy, tučné písmo); odkazy jen s celou adresou: [text](https://…), mailto: nebo tel:.")
    life_situations: list[LifeSituationKey] = Field(min_length=1, max_length=SOME_ITEMS, description="Životní situace, se kterými služba pomáhá.")
    target_groups: list[TargetGroupKey] = Field(min_length=1, max_length=SOME_ITEMS, description="Cílové skupiny.")
    age: AgeRange | None = Field(None, description="Věk klientů: {min: …, max: …}.")
    forms: list[Form] = Field(min_length=1, max_length=FEW_ITEMS, description="Formy: ambulantni, terenni, pobytova.")
    capacity: list[Capacity] = Field(default_factory=list, max_length=FEW_ITEMS, description="Registrovaná kapacita po formách, např. [{form: pobytova, count: 32, unit: luzka}]; na stránce jako registrovaná kapacita, nikdy jako volná místa.")
    area: Area = Field(description="Obce, kde služba působí (klíče z region.yaml), nebo all pro celý region.")
    cost: Cost = Field(description="free (zdarma) | partly-paid (částečně hrazeno) | paid (hrazeno).")
    cost_note: Note | None = Field(None, description="Podrobnosti o úhradě.")
    languages: list[LanguageKey] = Field(default_factory=lambda: ["cs"], max_length=FEW_ITEMS, description="Jazyky, ve kterých služba komunikuje (kódy ISO 639), např. [cs, uk].")
    how_to_apply: Note | None = Field(None, description="Jak službu získat: objednání, doporučení, žádost.")
    locations: list[Location] = Field(default_factory=list, max_length=SOME_ITEMS, description="Místa, kde služba přijímá.")
    contacts: Contacts = Field(description="Telefon, e-mail a web.")
    verified: Annotated[dt.date, AfterValidator(_not_future)] = Field(description="Datum, kdy poskytovatel naposledy ověřil údaje (RRRR-MM-DD).")
    translations: dict[TranslationLanguage, ServiceTranslation] = Field(default_factory=dict, max_length=FEW_ITEMS, description="Překlady textů: kód jazyka (uk, en …) → name, summary, description, how_to_apply, cost_note, status_note.")
    previous_keys: list[PreviousKey] = Field(default_factory=list, max_length=SOME_ITEMS, description="Dřívější klíče služby (názvy souboru před přejmenováním), např. [stary-klic]; stará adresa …/sluzby/stary-klic/ pak přesměruje na novou stránku.")
    unreviewed: list[Reviewable] = Field(default_factory=list, max_length=SOME_ITEMS, description="Pole, která import vyplnil výchozí hodnotou a editor je ještě nepotvrdil; po kontrole pole ze seznamu smažte. Dokud seznam není prázdný, sestavení varuje.")

    @model_validator(mode="after")
    def registry_only_for_registered_kinds(self):
        term = taxonomy.KINDS.get(self.kind)
        if self.registry_id and term is not None and not term.registered:
            raise ValueError(f"registry_id is only for services registered under Act 108/2006 Coll.; "
                             f"'{self.kind}' is a related service, so remove registry_id")
        return self


class ProviderTranslation(Model):
    """Popis poskytovatele v dalším jazyce webu."""

    description: Note | None = Field(None, description="Jedna věta o poskytovateli v daném jazyce.")


class Provider(Model):
    """Poskytovatel: soubor content/providers/<klíč>.yaml."""

    name: Name = Field(description="Úplný název poskytovatele.")
    short_name: Name | None = Field(None, description="Krátký název pro výpisy.")
    legal_form: Line | None = Field(None, description="Právní forma, např. zapsaný spolek, obec.")
    ico: Annotated[str, AfterValidator(fields.check_ico)] | None = Field(None, description="IČO: 8 číslic v uvozovkách.")
    website: WebUrl | None = Field(None, description="Webové stránky (https://…).")
    email: Email | None = Field(None, description="Kontaktní e-mail.")
    phone: PhoneNumber | None = Field(None, description="Kontaktní telefon.")
    address: Address | None = Field(None, description="Sídlo nebo kontaktní adresa.")
    description: Note | None = Field(None, description="Jedna věta o poskytovateli.")
    translations: dict[TranslationLanguage, ProviderTranslation] = Field(default_factory=dict, max_length=FEW_ITEMS, description="Překlady: kód jazyka (uk, en …) → description.")


class Municipality(Model):
    """Obec v regionu."""

    name: Name = Field(description="Název obce.")
    code: str | None = Field(None, pattern=r"^\d{6}$", description="Kód obce podle ČSÚ/RÚIAN (6 číslic v uvozovkách), jak ho uvádí registr poskytovatelů (Obec/…).")
    population: int | None = Field(None, ge=0, description="Počet obyvatel, pro plánovací tabulky.")
    parts: list[Name] = Field(default_factory=list, max_length=MANY_ITEMS, description="Místní části obce.")


class RegionBounds(Model):
    """Obdélník, ve kterém musí ležet souřadnice všech míst."""

    south: float = Field(ge=-90, le=90, description="Nejjižnější zeměpisná šířka.")
    west: float = Field(ge=-180, le=180, description="Nejzápadnější zeměpisná délka.")
    north: float = Field(ge=-90, le=90, description="Nejsevernější zeměpisná šířka.")
    east: float = Field(ge=-180, le=180, description="Nejvýchodnější zeměpisná délka.")


class Region(Model):
    """Území katalogu: content/region.yaml."""

    name: Name = Field(description="Název regionu.")
    description: Note | None = Field(None, description="Krátký popis území.")
    municipalities: dict[Slug, Municipality] = Field(min_length=1, max_length=MANY_ITEMS, description="Obce: klíč (bez diakritiky) → obec.")
    bounds: RegionBounds | None = Field(None, description="Hranice pro kontrolu souřadnic.")


class LifeSituationTranslation(Model):
    """Životní situace v dalším jazyce webu."""

    label: Name | None = Field(None, description="Název situace v daném jazyce.")
    description: Note | None = Field(None, description="Jedna věta, co situace zahrnuje.")
    synonyms: list[Line] = Field(default_factory=list, max_length=SOME_ITEMS, description="Slova, která lidé v daném jazyce píší do vyhledávání.")


class LifeSituation(Model):
    """Životní situace definovaná regionem."""

    label: Name = Field(description="Název situace, jak ho čte občan.")
    description: Note = Field(min_length=1, description="Jedna věta, co situace zahrnuje.")
    synonyms: list[Line] = Field(default_factory=list, max_length=SOME_ITEMS, description="Slova, která lidé píší do vyhledávání.")
    lead_kinds: list[KindKey] = Field(default_factory=list, max_length=SOME_ITEMS, description="Druhy služeb, které v situaci pomohou nejvíc, v pořadí: stránka situace je uvede první.")
    translations: dict[TranslationLanguage, LifeSituationTranslation] = Field(default_factory=dict, max_length=FEW_ITEMS, description="Překlady: kód jazyka (uk, en …) → label, description, synonyms.")


class LifeSituations(Model):
    """Seznam životních situací regionu: content/life-situations.yaml (nepovinný)."""

    mode: Literal["extend", "replace"] = Field("extend", description="extend doplní výchozí seznam, replace ho nahradí.")
    situations: dict[Slug, LifeSituation] = Field(max_length=SOME_ITEMS, description="Situace: klíč → situace.")


class Selection(Model):
    """Výběr služeb do letáku podle libovolných hledisek (služba musí splnit všechna zadaná)."""

    target_groups: list[TargetGroupKey] = Field(default_factory=list, max_length=SOME_ITEMS, description="Cílové skupiny.")
    life_situations: list[LifeSituationKey] = Field(default_factory=list, max_length=SOME_ITEMS, description="Životní situace.")
    municipalities: list[MunicipalityKey] = Field(default_factory=list, max_length=MANY_ITEMS, description="Obce.")
    kinds: list[KindKey] = Field(default_factory=list, max_length=SOME_ITEMS, description="Druhy služeb.")
    forms: list[Form] = Field(default_factory=list, max_length=FEW_ITEMS, description="Formy.")
    services: list[ServiceKey] = Field(default_factory=list, max_length=SOME_ITEMS, description="Služby vybrané jmenovitě (přidají se k výběru).")


class Leaflet(Model):
    """Jeden leták."""

    key: Slug = Field(description="Klíč letáku, použije se v názvu souboru.")
    title: Name = Field(description="Nadpis letáku.")
    intro: Note | None = Field(None, description="Krátký úvod.")
    select: Selection = Field(description="Které služby leták obsahuje.")
    format: LeafletFormat = Field(description="dl-trifold (A4 skládaná na třetiny) | a5.")
    lang: SiteLanguageCode | None = Field(None, description="Jazyk letáku, např. uk: nadpis a úvod se píšou v něm, popisky, texty služeb (jsou-li přeložené) a QR kód na web jsou v něm; bez něj česky.")


class Leaflets(Model):
    """Letáky: content/leaflets.yaml."""

    leaflets: list[Leaflet] = Field(default_factory=list, max_length=SOME_ITEMS, description="Seznam letáků.")


class Story(Model):
    """Příběh klienta: soubor content/stories/<klíč>.md, řádky metadat (Title: …), prázdný řádek, pak text v Markdownu. Příběh nesmí nikoho identifikovat: jméno je změněné a text neobsahuje telefon, e-mail, rodné číslo ani adresu (kontrola je odmítne)."""

    title: Name = Field(description="Nadpis příběhu, např. Paní Marie zůstala doma.")
    services: list[ServiceKey] = Field(default_factory=list, max_length=SOME_ITEMS, description="Klíče služeb oddělené čárkou; příběh se ukáže na jejich stránkách.")
    life_situations: list[LifeSituationKey] = Field(default_factory=list, max_length=SOME_ITEMS, description="Klíče životních situací oddělené čárkou; příběh se ukáže na jejich stránkách.")
    municipalities: list[MunicipalityKey] = Field(default_factory=list, max_length=MANY_ITEMS, description="Klíče obcí oddělené čárkou.")
    date: Annotated[dt.date, AfterValidator(_not_future)] = Field(description="Datum zveřejnění (RRRR-MM-DD).")
    summary: str = Field(min_length=1, max_length=400, description="Jedna až dvě věty, ukážou se jako upoutávka u služeb a situací.")
