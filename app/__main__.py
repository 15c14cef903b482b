"""``python -m app``: serve the API and the chat UI (after indexing the corpus if needed)."""

import logging

import uvicorn

from app.main import create_app
from app.settings import get_settings


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
