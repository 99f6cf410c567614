"""The controlled vocabularies: kinds of service, forms, target groups and life situations."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Term:
    """One entry of a taxonomy: a stable key, a Czech label and a one-line description."""

    key: str
    label: str
    description: str
    paragraph: str | None = None  # § of Act 108/2006 Coll.; None for related services
    synonyms: tuple[str, ...] = field(default=())

    @property
    def registered(self) -> bool:
        """True for a type of social service defined by Act 108/2006 Coll."""
        return self.paragraph is not None


def _terms(*terms: Term) -> dict[str, Term]:
    return {term.key: term for term in terms}


# Types of social service in Act 108/2006 Coll. (§ 37–§ 70), then related services outside the Act.
KINDS: dict[str, Term] = _terms(
    Term("zakladni-socialni-poradenstvi", "Základní sociální poradenství",
         "Informace o možnostech řešení nepříznivé sociální situace; poskytuje každá sociální služba.", "§ 37"),
    Term("odborne-socialni-poradenstvi", "Odborné sociální poradenství",
         "Specializované poradenství, např. dluhové, manželské a rodinné, pro oběti trestných činů.", "§ 37"),
    Term("osobni-asistence", "Osobní asistence",
         "Pomoc v domácnosti i mimo ni lidem, kteří potřebují pomoc jiné osoby.", "§ 39"),
    Term("pecovatelska-sluzba", "Pečovatelská služba",
         "Pomoc seniorům a lidem se zdravotním postižením v domácnosti: hygiena, strava, nákupy.", "§ 40"),
    Term("tisnova-pece", "Tísňová péče",
         "Nepřetržitá distanční hlasová a elektronická komunikace s osobami ohroženými na zdraví.", "§ 41"),
    Term("pruvodcovske-a-predcitatelske-sluzby", "Průvodcovské a předčitatelské služby",
         "Doprovod a předčítání lidem, jejichž schopnosti jsou sníženy kvůli věku nebo postižení.", "§ 42"),
    Term("podpora-samostatneho-bydleni", "Podpora samostatného bydlení",
         "Terénní pomoc lidem se zdravotním postižením, aby mohli bydlet samostatně.", "§ 43"),
    Term("odlehcovaci-sluzby", "Odlehčovací služby",
         "Dočasná péče o člověka, o kterého jinak pečuje blízký, aby si pečující mohl odpočinout.", "§ 44"),
    Term("centra-dusevniho-zdravi", "Centra duševního zdraví",
         "Terénní a ambulantní podpora lidí s vážným duševním onemocněním v jejich prostředí.", "§ 44a"),
    Term("centra-dennich-sluzeb", "Centra denních služeb",
         "Ambulantní denní program a pomoc při péči o sebe pro lidi se sníženou soběstačností.", "§ 45"),
    Term("denni-stacionare", "Denní stacionáře",
         "Denní pobyt s péčí pro seniory a lidi se zdravotním postižením.", "§ 46"),
    Term("tydenni-stacionare", "Týdenní stacionáře",
         "Pobyt s péčí v pracovních dnech pro lidi se sníženou soběstačností.", "§ 47"),
    Term("domovy-pro-osoby-se-zdravotnim-postizenim", "Domovy pro osoby se zdravotním postižením",
         "Celoroční pobyt s péčí pro lidi se zdravotním postižením.", "§ 48"),
    Term("domovy-pro-seniory", "Domovy pro seniory",
         "Celoroční pobyt s péčí pro seniory, kteří už nezvládnou žít doma.", "§ 49"),
    Term("domovy-se-zvlastnim-rezimem", "Domovy se zvláštním režimem",
         "Pobyt pro lidi s demencí, duševním onemocněním nebo závislostí, kteří potřebují zvláštní režim.", "§ 50"),
    Term("chranene-bydleni", "Chráněné bydlení",
         "Bydlení s podporou pro lidi se zdravotním postižením nebo duševním onemocněním.", "§ 51"),
    Term("socialni-sluzby-poskytovane-ve-zdravotnickych-zarizenich-luzkove-pece",
         "Sociální služby poskytované ve zdravotnických zařízeních lůžkové péče",
         "Péče v nemocnici pro lidi, kteří už nepotřebují léčbu, ale ještě nemohou domů.", "§ 52"),
    Term("rana-pece", "Raná péče",
         "Podpora rodin s malým dítětem se zdravotním postižením nebo ohroženým vývojem.", "§ 54"),
    Term("telefonicka-krizova-pomoc", "Telefonická krizová pomoc",
         "Anonymní pomoc po telefonu lidem v krizi.", "§ 55"),
    Term("tlumocnicke-sluzby", "Tlumočnické služby",
         "Tlumočení pro lidi se sluchovým postižením a jiným postižením komunikace.", "§ 56"),
    Term("azylove-domy", "Azylové domy",
         "Přechodné ubytování s podporou pro lidi bez domova, matky s dětmi, oběti násilí.", "§ 57"),
    Term("domy-na-pul-cesty", "Domy na půl cesty",
         "Bydlení s podporou pro mladé lidi po odchodu z ústavní výchovy.", "§ 58"),
    Term("kontaktni-centra", "Kontaktní centra",
         "Nízkoprahová pomoc lidem, kteří užívají drogy, a snižování rizik.", "§ 59"),
    Term("krizova-pomoc", "Krizová pomoc",
         "Okamžitá pomoc lidem v akutní krizi, osobně nebo krátkodobým pobytem.", "§ 60"),
    Term("intervencni-centra", "Intervenční centra",
         "Pomoc lidem ohroženým domácím násilím, i po vykázání násilné osoby.", "§ 60a"),
    Term("nizkoprahova-denni-centra", "Nízkoprahová denní centra",
         "Denní zázemí, hygiena a strava pro lidi bez domova.", "§ 61"),
    Term("nizkoprahova-zarizeni-pro-deti-a-mladez", "Nízkoprahová zařízení pro děti a mládež",
         "Kluby, kam mohou děti a mladí přijít bez objednání a najít podporu.", "§ 62"),
    Term("nocleharny", "Noclehárny",
         "Přenocování a hygiena pro lidi bez přístřeší.", "§ 63"),
    Term("sluzby-nasledne-pece", "Služby následné péče",
         "Podpora lidí po léčbě závislosti nebo duševního onemocnění.", "§ 64"),
    Term("socialne-aktivizacni-sluzby-pro-rodiny-s-detmi", "Sociálně aktivizační služby pro rodiny s dětmi",
         "Pomoc rodinám, jejichž vývoj dítěte je ohrožen obtížnou situací.", "§ 65"),
    Term("socialne-aktivizacni-sluzby-pro-seniory-a-osoby-se-zdravotnim-postizenim",
         "Sociálně aktivizační služby pro seniory a osoby se zdravotním postižením",
         "Aktivity, které chrání seniory a lidi s postižením před vyloučením.", "§ 66"),
    Term("socialne-terapeuticke-dilny", "Sociálně terapeutické dílny",
         "Dílny, kde lidé s postižením získávají pracovní návyky.", "§ 67"),
    Term("terapeuticke-komunity", "Terapeutické komunity",
         "Dlouhodobý pobyt s terapií pro lidi se závislostí nebo duševním onemocněním.", "§ 68"),
    Term("terenni-programy", "Terénní programy",
         "Sociální pracovníci vyhledávají a podporují lidi v jejich prostředí, na ulici i doma.", "§ 69"),
    Term("socialni-rehabilitace", "Sociální rehabilitace",
         "Nácvik dovedností pro samostatný život a práci.", "§ 70"),
    # Related services outside Act 108/2006 Coll.
    Term("socialni-prace-obce", "Sociální práce obce",
         "Sociální pracovníci obecního úřadu: poradí a pomohou v jakékoli tíživé situaci."),
    Term("socialne-pravni-ochrana-deti", "Sociálně-právní ochrana dětí",
         "Orgán sociálně-právní ochrany dětí (OSPOD) na obecním úřadě."),
    Term("urad-prace", "Úřad práce",
         "Dávky, příspěvek na péči, evidence uchazečů o zaměstnání a rekvalifikace."),
    Term("zdravotni-pece", "Zdravotní péče",
         "Nemocnice, ambulance, domácí zdravotní péče a hospicová péče."),
    Term("bydleni", "Bydlení",
         "Obecní a sociální byty, byty zvláštního určení a pomoc se ztrátou bydlení."),
    Term("pravni-a-dluhove-poradenstvi", "Právní a dluhové poradenství",
         "Bezplatné právní a dluhové poradenství mimo registrované sociální služby."),
    Term("potravinova-pomoc", "Potravinová pomoc",
         "Potravinové banky, výdej potravin a ošacení pro lidi v nouzi."),
    Term("skolni-a-rodinne-poradenstvi", "Školní a rodinné poradenství",
         "Pedagogicko-psychologické poradny, rodinné a manželské poradny."),
    Term("svepomocne-skupiny", "Svépomocné skupiny",
         "Skupiny lidí se stejnou zkušeností, kteří se navzájem podporují."),
    Term("dobrovolnictvi", "Dobrovolnictví",
         "Dobrovolnická centra a programy návštěv u osamělých lidí."),
    Term("pujcovny-pomucek", "Půjčovny kompenzačních pomůcek",
         "Zapůjčení polohovacích postelí, vozíků, chodítek a dalších pomůcek."),
    Term("tisnove-linky", "Tísňové linky",
         "Celostátní tísňová volání: záchranná služba, hasiči, policie."),
    Term("verejne-urady", "Veřejné úřady",
         "Úřady, které rozhodují o dávkách, průkazech a dalších záležitostech."),
)

FORMS: dict[str, Term] = _terms(
    Term("ambulantni", "Ambulantní", "Za službou docházíte nebo dojíždíte."),
    Term("terenni", "Terénní", "Služba přijede za vámi domů nebo tam, kde jste."),
    Term("pobytova", "Pobytová", "Ve službě bydlíte."),
)

# Target groups as the national registry of social services names them.
TARGET_GROUPS: dict[str, Term] = _terms(
    Term("seniori", "Senioři", "Lidé v seniorském věku."),
    Term("rodiny-s-detmi", "Rodiny s dětmi", "Rodiče a děti, které potřebují podporu."),
    Term("deti-a-mladez", "Děti a mládež", "Děti a mladí lidé od 6 do 26 let ohrožení rizikovým chováním."),
    Term("osoby-v-krizi", "Osoby v krizi", "Lidé v situaci, kterou nezvládají vlastními silami."),
    Term("osoby-bez-pristresi", "Osoby bez přístřeší", "Lidé bez domova nebo ohrožení jeho ztrátou."),
    Term("osoby-se-zdravotnim-postizenim", "Osoby se zdravotním postižením",
         "Lidé s tělesným, mentálním, smyslovým nebo kombinovaným postižením."),
    Term("osoby-s-chronickym-onemocnenim", "Osoby s chronickým onemocněním", "Lidé s dlouhodobou nemocí."),
    Term("osoby-s-dusevnim-onemocnenim", "Osoby s duševním onemocněním",
         "Lidé s chronickým duševním onemocněním."),
    Term("pecujici-osoby", "Pečující osoby", "Lidé, kteří pečují o blízkého doma."),
    Term("obeti-domaciho-nasili", "Oběti domácího násilí", "Lidé ohrožení násilím v rodině nebo ve vztahu."),
    Term("obeti-trestne-cinnosti", "Oběti trestné činnosti", "Lidé, kteří se stali obětí trestného činu."),
    Term("cizinci", "Cizinci", "Cizinci, imigranti, azylanti a lidé s dočasnou ochranou."),
    Term("etnicke-mensiny", "Etnické menšiny", "Příslušníci etnických menšin."),
    Term("osoby-zavisle", "Osoby závislé", "Lidé závislí nebo ohrožení závislostí na návykových látkách."),
    Term("osoby-s-rizikovym-zpusobem-zivota", "Osoby s rizikovým způsobem života",
         "Lidé, kteří vedou rizikový způsob života nebo jsou jím ohroženi."),
    Term("osoby-v-socialne-vyloucenych-lokalitach", "Osoby v sociálně vyloučených lokalitách",
         "Lidé žijící v sociálně vyloučených komunitách."),
    Term("pachatele-trestne-cinnosti", "Pachatelé trestné činnosti",
         "Lidé, kteří spáchali trestný čin, a jejich rodiny."),
)

# Life situations from community-planning practice; a region may extend or replace them
# (content/life-situations.yaml). Synonyms are the words people type when they search.
LIFE_SITUATIONS: dict[str, Term] = _terms(
    Term("chudoba", "Nemám dost peněz", "Nedostatek peněz na jídlo, nájem nebo energie.",
         synonyms=("chudoba", "dávky", "hmotná nouze", "příspěvek na bydlení", "nouze", "peníze", "jídlo")),
    Term("dluhy", "Dluhy a exekuce", "Půjčky, které nejde splácet, exekuce, insolvence.",
         synonyms=("exekuce", "insolvence", "oddlužení", "půjčka", "splátky", "exekutor", "dluh")),
    Term("bydleni", "Bydlení", "Hledání bydlení, nájem, hrozící ztráta bydlení.",
         synonyms=("byt", "nájem", "ubytování", "podnájem", "vystěhování", "sociální byt")),
    Term("bez-domova", "Jsem bez domova", "Člověk přišel o bydlení nebo spí venku.",
         synonyms=("bezdomovec", "bezdomovectví", "přespání", "nocleh", "ulice", "azyl")),
    Term("pece-o-blizke", "Péče o blízkého", "Péče o rodiče, partnera nebo dítě doma.",
         synonyms=("pečující", "příspěvek na péči", "odlehčení", "pečovatelka", "pomoc doma")),
    Term("zdravotni-postizeni", "Zdravotní postižení", "Život s tělesným, smyslovým nebo mentálním postižením.",
         synonyms=("postižení", "handicap", "vozík", "nevidomý", "neslyšící", "invalidita", "pomůcky")),
    Term("dusevni-zdravi", "Duševní zdraví", "Úzkost, deprese a další duševní potíže.",
         synonyms=("deprese", "úzkost", "psychiatr", "psycholog", "sebevražda", "psychika", "stres")),
    Term("zavislosti", "Závislosti", "Alkohol, drogy, hazard a jiné závislosti.",
         synonyms=("alkohol", "drogy", "pervitin", "hazard", "automaty", "gambling", "kouření")),
    Term("domaci-nasili", "Domácí násilí", "Násilí, výhrůžky nebo kontrola v rodině či ve vztahu.",
         synonyms=("násilí", "týrání", "bití", "vykázání", "stalking", "pronásledování", "šikana")),
    Term("akutni-krize", "Akutní krize", "Situace, kterou je potřeba řešit hned.",
         synonyms=("krize", "pomoc hned", "nonstop", "linka důvěry", "sebevražda", "trauma")),
    Term("rodina-a-deti", "Rodina a děti", "Výchova, rozvod, péče o děti, těhotenství.",
         synonyms=("rodina", "děti", "výchova", "rozvod", "těhotenství", "matka", "otec", "škola")),
    Term("stari", "Stáří", "Když ubývá sil a člověk potřebuje pomoc.",
         synonyms=("senior", "důchodce", "důchod", "stáří", "demence", "domov pro seniory", "obědy")),
    Term("ztrata-prace", "Ztráta práce", "Hledání práce, nezaměstnanost, rekvalifikace.",
         synonyms=("práce", "nezaměstnanost", "zaměstnání", "úřad práce", "podpora v nezaměstnanosti")),
    Term("cizinci-a-uprchlici", "Cizinci a uprchlíci", "Pobyt, jazyk a orientace v Česku.",
         synonyms=("cizinec", "uprchlík", "Ukrajina", "dočasná ochrana", "azyl", "víza", "tlumočení")),
)

DAYS: dict[str, str] = {"mo": "po", "tu": "út", "we": "st", "th": "čt", "fr": "pá", "sa": "so", "su": "ne"}

STATUSES: dict[str, str] = {
    "active": "v provozu",
    "temporarily-closed": "dočasně uzavřeno",
    "inactive": "neposkytuje se",
}

COSTS: dict[str, str] = {"free": "zdarma", "partly-paid": "částečně hrazeno", "paid": "hrazeno"}

# Languages a service may work in, by ISO 639 code (639-1 where one exists).
LANGUAGES: dict[str, str] = {
    "cs": "čeština", "sk": "slovenština", "uk": "ukrajinština", "en": "angličtina", "de": "němčina",
    "pl": "polština", "ru": "ruština", "vi": "vietnamština", "ro": "rumunština", "hu": "maďarština",
    "rom": "romština", "cse": "český znakový jazyk", "fr": "francouzština", "es": "španělština",
    "ar": "arabština", "mn": "mongolština", "bg": "bulharština",
}
