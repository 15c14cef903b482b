"""Ingest into a real Chroma store with the real embedding model."""

import shutil

import pytest

from app.services import Dossier
from app.text import fold
from ingest.cleaning import is_promotional
from ingest.sources import UnreadableFile, read_text
from tests.conftest import ARTICLE, make_settings

def make_pdf(text: str) -> bytes:
    """A one-page PDF with ``text`` in Helvetica, with a correct cross-reference table."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
        b"<</Length %d>>stream\n" % len(stream) + stream + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@pytest.fixture()
def fresh(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    return Dossier(make_settings(tmp_path, corpus_dir=docs)), docs


def test_chunks_keep_their_offsets_and_skip_promotional_lines(dossier):
    text = ARTICLE.read_text(encoding="utf-8")
    got = dossier.store.chunks_of("turkish-drones-kosovo-2025.txt")
    assert len(got["ids"]) > 10
    for chunk, meta in zip(got["documents"], got["metadatas"]):
        original = text[meta["start"]:meta["end"]]
        assert len(original) == len(chunk)
        # identical except where a promotional line was blanked out
        assert all(a == b or b == " " for a, b in zip(original, chunk))
        assert "EXCLUSIVE" not in chunk and "CRISIS ALERT" not in chunk


def test_promotional_line_detection():
    assert is_promotional("🔥 EXCLUSIVE: Discover why ...")
    assert is_promotional("CRISIS ALERT: How thousands of drones ...")
    assert not is_promotional("NATO: the alliance said on Monday ...")
    assert not is_promotional("Serbian President Aleksandar Vučić's response was immediate.")


def test_reingest_skips_unchanged_replaces_changed_and_removes_deleted(fresh):
    dossier, docs = fresh
    (docs / "a.md").write_text("# Alpha\n\nThe alpha reactor was commissioned in 1987 in Quebec.\n")
    (docs / "b.txt").write_text("The beta bridge spans the Orinoco river near Ciudad Bolivar.\n")
    first = dossier.ingest.ingest_paths([docs])
    assert sorted(first.added) == ["a.md", "b.txt"]
    again = dossier.ingest.ingest_paths([docs])
    assert sorted(again.unchanged) == ["a.md", "b.txt"] and again.chunks_written == 0

    (docs / "a.md").write_text("# Alpha\n\nThe alpha reactor was commissioned in 1991 in Manitoba.\n")
    (docs / "b.txt").unlink()
    third = dossier.ingest.ingest_paths([docs])
    assert third.updated == ["a.md"] and third.removed == ["b.txt"]
    texts = " ".join(dossier.store.active_chunks([d.version for d in dossier.store.list_documents()])["documents"])
    assert "Manitoba" in texts and "Quebec" not in texts and "Orinoco" not in texts
    assert dossier.store.chunks.count() == len(dossier.store.chunks_of("a.md")["ids"])  # old chunks deleted
    assert "manitoba" in fold(dossier.chain.ask("Where was the alpha reactor commissioned?").answer)


def test_html_pdf_and_markdown_are_read(fresh, tmp_path):
    dossier, docs = fresh
    (docs / "page.html").write_text("<html><body><h1>Quokka</h1><p>The quokka census counted 412 animals.</p></body></html>")
    (docs / "paper.pdf").write_bytes(make_pdf("The Zorblat treaty was signed in Vilnius on 3 May 1999."))
    (docs / "notes.md").write_text("Notes\n\nThe heron migration starts in late August.\n")
    report = dossier.ingest.ingest_paths([docs])
    assert not report.failed and len(report.added) == 3
    answer = dossier.chain.ask("Where was the Zorblat treaty signed?")
    assert answer.grounded and "vilnius" in fold(answer.answer)
    assert answer.citations[0].doc_id == "paper.pdf"


def test_malformed_file_fails_clearly_and_keeps_the_previous_index(fresh):
    dossier, docs = fresh
    shutil.copy(ARTICLE, docs / "article.txt")
    assert dossier.ingest.ingest_paths([docs]).added == ["article.txt"]
    before = dossier.store.list_documents()
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (docs / "empty.txt").write_text("   \n")
    report = dossier.ingest.ingest_paths([docs])
    assert set(report.failed) == {str(docs / "broken.pdf"), str(docs / "empty.txt")}
    assert report.unchanged == ["article.txt"]
    assert dossier.store.list_documents() == before
    with pytest.raises(UnreadableFile):
        read_text(docs / "broken.pdf")


def test_interrupted_ingest_leaves_no_half_document(fresh):
    dossier, docs = fresh
    (docs / "a.txt").write_text("The gamma observatory sits on Mauna Kea at 4200 metres.\n")
    dossier.ingest.ingest_paths([docs])
    # Simulate a crash after chunks of a new version were written but before it was activated.
    emb = dossier.embedding.embed_texts(["The gamma observatory moved to Atacama."])
    dossier.store.add_chunks(["a.txt@deadbeef#0"], ["The gamma observatory moved to Atacama."], emb,
                             [{"doc_id": "a.txt", "version": "a.txt@deadbeef", "title": "a", "url": "", "source": "",
                               "chunk_index": 0, "start": 0, "end": 10}])
    answer = dossier.chain.ask("Where is the gamma observatory?")
    assert "mauna kea" in fold(answer.answer) and "atacama" not in fold(answer.answer)
    dossier.ingest.ingest_paths([docs])  # the next run clears the orphan
    assert dossier.store.chunks.count() == len(dossier.store.chunks_of("a.txt")["ids"])
