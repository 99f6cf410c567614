"""Local build settings: `pelican content -o output -s pelicanconf.py` (or `make build`)."""
import datetime

SITENAME = "Katalog sociálních služeb Horažďovicka"
SITEURL = ""
RELATIVE_URLS = True  # local builds open from any folder; publishconf.py sets the real SITEURL
PATH = "content"
TIMEZONE = "Europe/Prague"
DEFAULT_LANG = "cs"
LOCALE = ("C.UTF-8",)

THEME = "theme"
# Provider text goes into every output: escape it everywhere. The plugin adds gettext and its filters.
JINJA_ENVIRONMENT = {"autoescape": True}
THEME_STATIC_DIR = "theme"
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["katalog"]

# Pages come from content/pages; news articles, when a town wants them, from content/news.
PAGE_PATHS = ["pages"]
ARTICLE_PATHS = ["news"]
STATIC_PATHS = ["images"]
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
# A page translated with Pelican's own mechanism (same Slug, `Lang: uk`) goes to that language's site.
PAGE_LANG_URL = "{lang}/{slug}/"
PAGE_LANG_SAVE_AS = "{lang}/{slug}/index.html"
ARTICLE_LANG_URL = "{lang}/aktuality/{slug}/"
ARTICLE_LANG_SAVE_AS = "{lang}/aktuality/{slug}/index.html"
ARTICLE_URL = "aktuality/{slug}/"
ARTICLE_SAVE_AS = "aktuality/{slug}/index.html"
DIRECT_TEMPLATES = []
# The catalogue's own pages replace Pelican's blog archives.
for _kind in ("CATEGORY", "CATEGORIES", "TAG", "TAGS", "AUTHOR", "AUTHORS", "ARCHIVES", "YEAR_ARCHIVE",
              "MONTH_ARCHIVE", "DAY_ARCHIVE"):
    globals()[f"{_kind}_SAVE_AS"] = ""
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
DEFAULT_PAGINATION = False
DELETE_OUTPUT_DIRECTORY = True
CACHE_CONTENT = False

# Set to false (`-e KATALOG_PDF=false`) for a fast preview without the PDF catalogue and leaflets.
KATALOG_PDF = True

KATALOG = {
    # Czech first: the language of the sources, at the root of the site; each other language gets a folder (uk/, en/).
    "languages": ["cs", "uk", "en"],
    "town": "Město Horažďovice",
    "title": "Katalog sociálních služeb Horažďovicka",
    "translations": {
        "uk": {"title": "Каталог соціальних послуг регіону Horažďovicko", "town": "Місто Horažďovice"},
        "en": {"title": "Social services in the Horažďovice area", "town": "Town of Horažďovice"},
    },
    "sample_data": True,
    "colors": {"accent": "#0b5c8a", "accent-contrast": "#ffffff", "header-bg": "#0b5c8a"},
    "header_links": [{"title": "Úvodní stránka města", "url": "https://www.mesto-horazdovice.example/"}],
    "footer_links": [
        {"title": "Městský úřad Horažďovice", "url": "https://www.mesto-horazdovice.example/urad/"},
        {"title": "Komunitní plánování", "url": "komunitni-planovani/"},
    ],
    "edition": datetime.date(2026, 11, 20),
    # Where QR codes on leaflets point when SITEURL is relative (local builds); publishconf.py's SITEURL.
    "public_url": "https://www.mesto-horazdovice.example/socialni-sluzby",
    "report_error": "mailto:socialni@mesto-horazdovice.example?subject=Oprava%20v%20katalogu:%20{key}",
}
