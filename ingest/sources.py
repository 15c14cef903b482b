"""Reading a file into one text plus its bibliographic metadata (title, URL, publisher, date)."""

import json
import re
from pathlib import Path

from llama_index.core import SimpleDirectoryReader
from llama_index.readers.file import FlatReader, HTMLTagReader, PDFReader

SUPPORTED = (".txt", ".md", ".html", ".htm", ".pdf")
_READERS = {
    ".txt": FlatReader(), ".md": FlatReader(),  # flat: offsets stay those of the file itself
    ".html": HTMLTagReader(tag="body"), ".htm": HTMLTagReader(tag="body"),
    ".pdf": PDFReader(return_full_document=True),
}


class UnreadableFile(ValueError):
    """The file cannot be turned into text (unsupported, empty, corrupt)."""


def read_text(path: Path) -> str:
    """The text of a file, through the llama-index reader for its type."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise UnreadableFile(f"unsupported file type {suffix or '(none)'}; supported: {', '.join(SUPPORTED)}")
    try:
        docs = SimpleDirectoryReader(input_files=[path], file_extractor=_READERS, raise_on_error=True).load_data()
    except Exception as exc:
        raise UnreadableFile(f"cannot read {path.name}: {exc}") from exc
    text = "\n".join(d.text for d in docs)
    if not text.strip():
        raise UnreadableFile(f"{path.name} contains no text")
    return text


def _sources_table(folder: Path) -> dict[str, dict]:
    """Rows of a provenance table in ``folder/SOURCES.md`` (columns ``file`` and ``title``)."""
    table = folder / "SOURCES.md"
    if not table.is_file():
        return {}
    rows, header = {}, None
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|") or set(line) <= set("|-: "):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if header is None:
            header = [c.lower() for c in cells]
            continue
        row = dict(zip(header, cells))
        if "file" in row:
            url = re.search(r"https?://\S+", line)
            rows[row["file"]] = {"title": row.get("title"), "publisher": row.get("issuer"),
                                 "url": url.group(0).rstrip(").,;") if url else None}
    return rows


def metadata_for(path: Path, text: str) -> dict:
    """Title, URL, publisher and date: from ``<file>.meta.json``, else a ``SOURCES.md`` table in the
    file's folder or the one above,
    else the first line of the text when it looks like a title, else the file name."""
    sidecar = path.with_name(path.name.rsplit(".", 1)[0] + ".meta.json")
    meta = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.is_file() else {}
    for folder in (path.parent, path.parent.parent):  # SOURCES.md may sit beside or above the files
        meta = meta or _sources_table(folder).get(path.name, {})
    if not meta.get("title"):
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        meta["title"] = first if 0 < len(first) <= 120 and not first.endswith(".") else path.stem
    return {k: ("" if v is None else str(v)) for k, v in meta.items() if k in ("title", "url", "publisher", "date")}
