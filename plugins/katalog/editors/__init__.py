"""Tools for providers and editors: new service files, diffs, freshness reports, safe publishing."""
