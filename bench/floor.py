"""The floor under our computed answers: uvicorn (uvloop, httptools, as ``publisher serve`` runs it) answering a
fixed body from a bare ASGI function, no framework, no lookup: ``python bench/floor.py PORT BODY_FILE``.

``bench/hot.py --floor`` loads it as it loads our server, so that the requests/s one Python process can serve
at all on this machine is measured in the same run as ours and oxigraph's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import uvicorn


def main() -> None:
    port, body = int(sys.argv[1]), Path(sys.argv[2]).read_bytes()
    headers = [(b"content-type", b"text/turtle; charset=utf-8"), (b"content-length", str(len(body)).encode())]

    async def app(scope: dict, receive: object, send: object) -> None:
        if scope["type"] != "http":
            return
        await send({"type": "http.response.start", "status": 200, "headers": headers})  # type: ignore[operator]
        await send({"type": "http.response.body", "body": body})  # type: ignore[operator]

    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", loop="uvloop", http="httptools",
                server_header=False, proxy_headers=False)


if __name__ == "__main__":
    main()
