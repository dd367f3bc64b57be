"""(placeholder: being written)"""

from fastapi import FastAPI

from publisher.web.site import Site


def setup(app: FastAPI, site: Site) -> None:
    """Register this interface's routes and change hooks."""
