"""``python -m app``: serve the API and the chat UI (after indexing the corpus if needed)."""

import logging
import threading


def _preload_model() -> None:
    from app.components.embedding import load_model

    load_model()


# Loading torch and the model overlaps with importing the web stack (measured: cold start 10.3 s -> see BENCHMARKS.md).
_preloading = threading.Thread(target=_preload_model, daemon=True)
_preloading.start()

import uvicorn  # noqa: E402

from app.main import create_app  # noqa: E402
from app.settings import get_settings  # noqa: E402


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    settings = get_settings()
    app = create_app(settings)
    dossier = app.state.dossier
    report = dossier.ingest.ingest_paths([settings.corpus_dir])
    logging.getLogger("dossier").info("corpus %s: %s", settings.corpus_dir, report.summary())
    dossier.warm_up()
    print(f"Dossier: API http://{settings.host}:{settings.port}/docs  UI http://{settings.host}:{settings.port}/ui",
          flush=True)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="info")


if __name__ == "__main__":
    main()
