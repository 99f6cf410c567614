"""Published build: the local settings plus the real address under the town's website."""
import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("KATALOG_SITEURL", "https://www.mesto-horazdovice.example/socialni-sluzby")
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True
