"""Property-based run of the OpenAPI schema with schemathesis: no input may produce a 5xx.

Runs the schemathesis CLI against a live server (its pytest plugin does not load under pytest 9).
"""

import re
import subprocess
import sys
from pathlib import Path

from app.main import create_app
from app.services import Dossier
from tests.conftest import CORPUS, LiveServer, free_port, make_settings

SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"


def test_no_generated_input_gives_a_server_error(tmp_path):
    # its own index: random uploads must not leak into the other tests' documents
    settings = make_settings(tmp_path)
    dossier = Dossier(settings)
    dossier.ingest.ingest_paths([CORPUS])
    with LiveServer(create_app(settings, dossier), free_port()) as live:
        run = subprocess.run(
            [str(SCHEMATHESIS), "run", live.url + "/openapi.json", "--checks", "not_a_server_error",
             "--max-examples", "25", "--phases", "examples,coverage,fuzzing", "--workers", "1",
             "--request-timeout", "60", "--no-color"],
            capture_output=True, text=True, timeout=900, cwd=tmp_path,
        )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert re.search(r"(\d+) generated, \1 passed", run.stdout), run.stdout[-2000:]
