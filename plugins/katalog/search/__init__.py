"""Full-text search of the catalogue: the Czech text pipeline and the lunr index built with it."""
