"""The taxonomies cover the Act's types of service and the required keys, each labelled and described."""
from __future__ import annotations

import re

from katalog import taxonomy


def test_every_paragraph_of_the_act_has_a_kind():
    paragraphs = {term.paragraph for term in taxonomy.KINDS.values() if term.paragraph}
    expected = {"§ 37", *(f"§ {n}" for n in range(39, 53)), *(f"§ {n}" for n in range(54, 71)), "§ 60a"}
    assert expected <= paragraphs


def test_required_kind_keys():
    for key, paragraph in [("pecovatelska-sluzba", "§ 40"), ("azylove-domy", "§ 57"), ("rana-pece", "§ 54"),
                           ("odborne-socialni-poradenstvi", "§ 37"), ("zakladni-socialni-poradenstvi", "§ 37")]:
        assert taxonomy.KINDS[key].paragraph == paragraph
    related = {key for key, term in taxonomy.KINDS.items() if not term.registered}
    assert {"socialni-prace-obce", "urad-prace", "zdravotni-pece", "bydleni", "pravni-a-dluhove-poradenstvi",
            "potravinova-pomoc", "skolni-a-rodinne-poradenstvi", "svepomocne-skupiny", "dobrovolnictvi",
            "verejne-urady"} <= related


def test_required_target_groups_and_life_situations():
    assert {"seniori", "rodiny-s-detmi", "osoby-v-krizi", "osoby-bez-pristresi", "osoby-se-zdravotnim-postizenim",
            "pecujici-osoby", "obeti-domaciho-nasili", "deti-a-mladez", "cizinci", "osoby-zavisle",
            "osoby-s-dusevnim-onemocnenim"} <= set(taxonomy.TARGET_GROUPS)
    assert {"chudoba", "dluhy", "bydleni", "bez-domova", "pece-o-blizke", "zdravotni-postizeni", "dusevni-zdravi",
            "zavislosti", "domaci-nasili", "akutni-krize", "rodina-a-deti", "stari", "ztrata-prace",
            "cizinci-a-uprchlici"} <= set(taxonomy.LIFE_SITUATIONS)
    assert {"exekuce", "insolvence", "oddlužení", "půjčka"} <= set(taxonomy.LIFE_SITUATIONS["dluhy"].synonyms)
    assert all(term.synonyms for term in taxonomy.LIFE_SITUATIONS.values())


def test_every_term_has_a_slug_key_a_label_and_a_description():
    for terms in (taxonomy.KINDS, taxonomy.FORMS, taxonomy.TARGET_GROUPS, taxonomy.LIFE_SITUATIONS):
        for key, term in terms.items():
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key) and term.key == key
            assert term.label and term.description.endswith(".")
