"""Importing open data into content/: an HSDS 3.0 export, or the national registry of social services."""
