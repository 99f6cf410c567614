"""Import of a national-size registry file (synthetic: 7,000 services, about 60 MB): time and peak memory."""
from __future__ import annotations

import json
import random
import shutil
import tempfile
from pathlib import Path

from .measure import run_measured, table

ROOT = Path(__file__).resolve().parents[1]
SERVICES = 7000
_CHILD = """
import resource, sys, time
from katalog.cli import main
start = time.perf_counter()
code = main(sys.argv[1:])
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("MEASURED " + __import__("json").dumps({"seconds": seconds, "peak_mib": peak, "exit": code}))
"""


def _registration(n: int, rng: random.Random, region_codes: list[str]) -> dict:
    """One registration in the real shape, padded with the long texts real records carry."""
    inside = n % 200 == 0
    facilities = [{"nazev": f"Zařízení {n}-{f}", "poskytujeOd": "2010-01-01", "poskytujeDo": None,
                   "adresa": {"cisloDomovni": rng.randint(1, 3000), "cisloOrientacni": str(rng.randint(1, 99)),
                              "kodAdresnihoMista": rng.randint(10**7, 10**8), "psc": "34101",
                              "kraj": {"id": "Kraj/43"}, "okres": {"id": "Okres/3404"},
                              "obec": {"id": f"Obec/{rng.choice(region_codes) if inside else 500000 + f}"},
                              "castObce": {"id": "CastObce/1"}, "ulice": {"nazev": "Nádražní"}}}
                  for f in range(3)]
    note = "Poznámka k poskytování služby. " * 60
    return {"portalId": n, "id": f"rpss-{n}", "identifikator": str(1000000 + n),
            "datumPoskytovaniOd": "2010-01-01", "datumPoskytovaniDo": None, "kontaktniAdresy": [],
            "druhSocialniSluzby": {"id": "DruhSocialniSluzby/13"}, "zarizeni": facilities,
            "poskytovatel": {"ico": "00255661", "nazev": f"Poskytovatel {n % 900}", "dic": None, "adresa": {},
                             "emaily": [{"email": "info@poskytovatel.example", "poznamka": None}],
                             "telefony": [{"telefon": "376 51 2345", "poznamka": None}],
                             "weby": [{"web": "www.poskytovatel.example", "poznamka": None}],
                             "statutarniOrgany": [{"jmeno": "Osoba", "funkce": "ředitel"}]},
            "emaily": [], "telefony": [], "faxy": [], "weby": [],
            "ciloveSkupiny": [{"cilovaSkupina": {"id": "CilovaSkupinaOsoby/24"}}], "vekoveSkupiny": [],
            "doplnujiciInformaceVekoveSkupiny": note, "rozsirenePusobnostiVKraji": [],
            "formy": [{"forma": {"id": "FormaSocialniSluzby/pob"}, "nepretrzitePoskytovani": True,
                       "casoveRozsahy": [{"den": d, "od": "00:00", "do": "24:00", "poznamka": note[:400]}
                                         for d in range(7)],
                       "kapacity": [{"pocet": 30, "popis": note[:300],
                                     "typ": {"id": "TypKapacitySocialniSluzby/luzka"}}]}],
            "doplnkoveUdaje": {"poznamka": note, "odkaz": "https://www.mpsv.cz/documents/1.pdf"}}


def write_registry(folder: Path, region_codes: list[str]) -> Path:
    """rpss.json with SERVICES registrations (one in 200 in the region) and the two code lists it needs."""
    rng = random.Random(15)
    path = folder / "rpss.json"
    with path.open("w", encoding="utf-8") as file:
        file.write('{"polozky": [')
        for n in range(SERVICES):
            file.write(("," if n else "") + json.dumps(_registration(n, rng, region_codes), ensure_ascii=False))
        file.write("]}")
    lists = {"druhy-socialni-sluzby.json": [{"id": "DruhSocialniSluzby/13", "nazev": {"cs": "domovy pro seniory"}}],
             "cilove-skupiny-osoby.json": [{"id": "CilovaSkupinaOsoby/24", "nazev": {"cs": "senioři"}}]}
    for name, items in lists.items():
        (folder / name).write_text(json.dumps({"polozky": items}, ensure_ascii=False), encoding="utf-8")
    return path


def main() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        content = tmp / "content"
        content.mkdir()
        region = (ROOT / "content" / "region.yaml").read_text(encoding="utf-8")
        (content / "region.yaml").write_text(region.replace("    name: Horažďovice\n",
                                                            '    name: Horažďovice\n    code: "556394"\n'),
                                             encoding="utf-8")
        registry = write_registry(tmp, ["556394"])
        size = registry.stat().st_size / 2**20
        rows = []
        for mode in ("--check", None):
            args = ["import", "registry", str(registry), "--content", str(content)] + ([mode] if mode else [])
            run = run_measured(_CHILD, *args)
            rows.append([f"`katalog import registry{' ' + mode if mode else ''}`", SERVICES, f"{size:.0f} MB",
                         f"{run['seconds']:.1f}", f"{run['peak_mib']:.0f}", run["exit"]])
            shutil.rmtree(content / "services", ignore_errors=True)
            shutil.rmtree(content / "providers", ignore_errors=True)
    return table(["Step", "Services", "File", "Seconds", "Peak MiB", "Exit"], rows)


if __name__ == "__main__":
    print(main())
