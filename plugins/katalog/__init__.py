"""katalog: a Pelican plugin and command line that turn YAML sources into a catalogue of social services."""
from .plugin import register

__all__ = ["register"]
