"""Community planning: coverage of municipalities by kind of service, each municipality's view, CSV and PDF."""
