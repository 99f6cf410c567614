"""Helpers every test suite uses: run a real build, serve its output under a sub-path."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from katalog.settings import project_settings

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"
PELICAN = Path(sys.executable).with_name("pelican")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# The site is tested where a town would put it: under a path of its own website.
SUB_PATH = "socialni-sluzby"
# The sample site's languages, as its settings give them: the sample's texts are translated into all but the first.
SAMPLE_LANGUAGES = tuple(project_settings(ROOT / "pelicanconf.py").languages)


def run_pelican(content: Path, output: Path, *extra: str, settings: str = "pelicanconf.py",
                env: dict | None = None) -> subprocess.CompletedProcess:
    """Run a real build as a user would; returns the finished process (check returncode yourself)."""
    return subprocess.run(
        [str(PELICAN), str(content), "-o", str(output), "-s", str(ROOT / settings), *extra],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=1800,
    )


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    headers_to_send: dict[str, str] = {}

    def end_headers(self):
        for name, value in self.headers_to_send.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, *args):
        pass


def serve(directory: Path, headers: dict[str, str] | None = None):
    """Serve `directory` under /socialni-sluzby/ on a free loopback port, sending `headers` with every
    response as the town's web server would; returns (server, base URL)."""
    root = directory.parent / f"{directory.name}-served"
    root.mkdir(exist_ok=True)
    link = root / SUB_PATH
    if not link.exists():
        link.symlink_to(directory, target_is_directory=True)
    handler_class = type("Handler", (_QuietHandler,), {"headers_to_send": dict(headers or {})})
    handler = functools.partial(handler_class, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/{SUB_PATH}/"
