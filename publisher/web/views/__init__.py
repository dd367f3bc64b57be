"""One module per interface of the site: each registers its routes and returns the hooks it needs
(``web/app.py`` assembles them). What they share lives one level up, in ``publisher.web``: the site and its
limits (``site``), HTTP rules (``http``: conditional requests, errors, 406), formats, the dataset's description
(``dataset``), resource labels and page models (``labels``), the answer cache and the base-path middleware.

- ``sparql``      — ``/sparql``, the SPARQL 1.1 Protocol
- ``resources``   — ``/id/…`` (303), ``/doc/…`` (documents), ``/graph/…`` (record graphs)
- ``pages``       — ``/``, ``/query``, ``/search``, ``/static/…``
- ``dumps``       — ``/dumps/`` and the dump files
- ``releases``    — ``/dumps/{release}/`` and a release's files
- ``description`` — ``/void``, ``/def``, ``/shapes``, ``/context.jsonld``, ``/health``
- ``changes``     — ``/changes`` (LDES), the OParl-style lists, 410 for withdrawn things
- ``admin``       — ``/admin/…``, loopback only: ingest, withdraw, release, backup, snapshot
"""
