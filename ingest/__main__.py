"""``python -m ingest [PATH ...]``: index files and folders (default: the corpus folder)."""

import argparse
import logging
import sys
from pathlib import Path

from app.components.embedding import EmbeddingComponent
from app.components.vector_store import StoreUnavailable, VectorStoreComponent
from app.settings import get_settings
from ingest.pipeline import IngestService


def main(argv: list[str] | None = None) -> int:
    settings = get_settings()
    parser = argparse.ArgumentParser(prog="python -m ingest", description=__doc__)
    parser.add_argument("paths", nargs="*", type=Path, help=f"files or folders (default: {settings.corpus_dir})")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        store = VectorStoreComponent(settings)
    except StoreUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    service = IngestService(settings, store, EmbeddingComponent(settings.embedding_cache_dir))
    report = service.ingest_paths(args.paths or [settings.corpus_dir])
    for path, reason in report.failed.items():
        print(f"failed: {path}: {reason}", file=sys.stderr)
    print(report.summary())
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
