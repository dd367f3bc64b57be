"""Running SPARQL for the public endpoint and ``publisher query``: kept apart from the web layer that calls it.

- ``check``   — what is refused before a query runs: the lexer and the SERVICE / FROM policy (security review here)
- ``pool``    — the query workers, killed at the time limit (docs/architecture.md §7)
- ``remote``  — the same interface when the data lives in a remote SPARQL server
- ``results`` — the results writer (SPARQL JSON, XML, CSV, TSV; graphs in RDF formats), run inside a worker
"""
