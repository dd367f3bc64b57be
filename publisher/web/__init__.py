"""The web interfaces: one module per interface (sparql, resources, pages, dumps, description)."""
