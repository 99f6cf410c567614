"""Fixtures for the PDF catalogue tests: both editions of the sample build, read back once."""
from __future__ import annotations

from pathlib import Path

import pytest

from katalog.loader import load_catalogue
from site_tools import SAMPLE_LANGUAGES
from pdf_tools import ReadPdf

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def catalogue():
    return load_catalogue(ROOT / "content", languages=SAMPLE_LANGUAGES)


@pytest.fixture(scope="session")
def screen_pdf(full_build) -> ReadPdf:
    return ReadPdf.read(full_build / "pdf" / "catalogue.pdf")


@pytest.fixture(scope="session")
def print_pdf(full_build) -> ReadPdf:
    return ReadPdf.read(full_build / "pdf" / "catalogue-print.pdf")
