"""The PDF catalogue and the shared print machinery (fonts, colour profile, safe file access)."""
