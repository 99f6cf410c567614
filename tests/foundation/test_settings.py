"""The town's contact settings are checked like a provider's: one phone format, real e-mail addresses."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from katalog.settings import KatalogSettings
from katalog.templating import FILTERS


def test_the_accessibility_phone_is_stored_in_the_one_format_and_links_as_tel():
    settings = KatalogSettings(accessibility_phone="376 512-111")
    assert settings.accessibility_phone == "+420 376 512 111"
    assert FILTERS["tel_uri"](settings.accessibility_phone) == "tel:+420376512111"


@pytest.mark.parametrize("field, value", [("accessibility_phone", "zavolejte nám"),
                                          ("accessibility_email", "socialni.mesto.example")])
def test_a_contact_setting_that_is_not_one_is_refused(field, value):
    with pytest.raises(ValidationError, match=field):
        KatalogSettings(**{field: value})
