"""Chunking that follows the document's own structure and keeps exact character offsets.

A document is cut into blocks at blank lines (sections) when it has them, else at line breaks
(paragraphs). A block that is only a short heading joins the block after it and names it; small
blocks join their neighbours up to ``min_tokens``; a block longer than ``chunk_size`` tokens is cut
at sentence boundaries with llama-index's SentenceSplitter. Every chunk records its heading, which
goes into the embedded text (not the cited text), so that "Capital / name: Pristina" in a country
profile is found by "capital of Kosovo"; a later chunk of the same section records the section's
heading, for its embedded text only ("Conclusion" over its third paragraph).

Hand-written because llama-index's splitters either merge across sections (SentenceSplitter) or
need Markdown '#' headings (MarkdownNodeParser); plain-text reports and PDFs have neither.
"""

import re
from dataclasses import dataclass

from llama_index.core import Document
from llama_index.core.node_parser import SentenceSplitter

from app.text import is_field_line, is_heading, is_list


@dataclass
class ChunkSpan:
    start: int
    end: int
    heading: str = ""  # the heading the chunk opens with (or a field label): context for its sentences
    section: str = ""  # the heading of the section it sits in: its embedded heading when it has none of its own


def _tokens(text: str) -> int:
    return int(len(text.split()) * 1.3) + 1


def _is_heading(block: str) -> bool:
    first = block.strip().split("\n")[0].strip()
    return is_heading(first, 8) and not first[0].isdigit()


def _blocks(text: str) -> list[tuple[int, int]]:
    # truly empty lines mark sections (blanked promotional lines hold spaces and do not count)
    separator = r"\n\s*\n" if text.count("\n\n") >= 3 else r"\n"
    spans, pos = [], 0
    for m in re.finditer(separator, text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    # trim whitespace inside each span, drop empty ones; in a text of lines, the lines of a list are one block
    out: list[tuple[int, int]] = []
    for s, e in spans:
        block = text[s:e]
        if block.strip():
            s += len(block) - len(block.lstrip())
            e -= len(block) - len(block.rstrip())
            if separator == r"\n" and out and is_list(block) and is_list(text[out[-1][0]:out[-1][1]]):
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
    return out


def split_into_chunks(text: str, chunk_size: int = 200, min_tokens: int = 40) -> list[ChunkSpan]:
    chunks: list[ChunkSpan] = []
    pending: ChunkSpan | None = None  # a heading or small block waiting for its neighbour
    section = ""  # the last heading on a line of its own
    field = False  # the last block was a fact-sheet field ("Flag" + "description: ...")
    for s, e in _blocks(text):
        block = text[s:e]
        heading = block.split("\n")[0].strip() if _is_heading(block) else ""  # the line the block opens with
        heading_only = bool(heading) and "\n" not in block
        continues_field = field and is_field_line(block)
        field = continues_field or (bool(heading) and not heading_only)
        if continues_field and pending is None and chunks:
            chunks[-1].end = e  # "meaning: ..." stays with its label's block ("Flag" + "description: ...")
            continue
        if heading_only:
            section = heading
        if pending is None:
            pending = ChunkSpan(s, e, heading, section)
        else:
            pending.end = e
            pending.heading = pending.heading or heading
        if heading_only or _tokens(text[pending.start:pending.end]) < min_tokens:
            continue
        chunks.append(pending)
        pending = None
    if pending is not None:
        if chunks and _tokens(text[pending.start:pending.end]) < min_tokens:
            chunks[-1].end = pending.end
        else:
            chunks.append(pending)
    return [piece for chunk in chunks for piece in _cut_long(text, chunk, chunk_size)]


def _cut_long(text: str, chunk: ChunkSpan, chunk_size: int) -> list[ChunkSpan]:
    body = text[chunk.start:chunk.end]
    if _tokens(body) <= chunk_size * 1.5:
        return [chunk]
    splitter = SentenceSplitter(chunk_size=chunk_size, chunk_overlap=0)
    pieces, pos = [], 0
    for node in splitter.get_nodes_from_documents([Document(text=body)]):
        at = body.find(node.get_content(), pos)
        if at < 0:  # the splitter normalised whitespace; fall back to its own offsets
            at = node.start_char_idx or pos
        end = at + len(node.get_content())
        pieces.append(ChunkSpan(chunk.start + at, chunk.start + end, chunk.heading, chunk.section))
        pos = end
    return pieces or [chunk]
