"""Leaflets for one topic each, made from the same services as the catalogue."""
