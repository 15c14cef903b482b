"""The Gradio chat at /ui: streamed answers with [n] markers, and a panel of the cited passages."""

import html

import gradio as gr

from app.chain import Answer
from app.services import Dossier

EXAMPLES = [
    "Who commands KFOR now?",
    "Which company manufactured the Skydagger drones?",
    "Why did Vučić soften his criticism of Turkey?",
]
CSS = """
.dossier-source { border-left: 3px solid #4a7; padding: 4px 10px; margin: 8px 0; }
.dossier-source mark { background: #ffe680; }
.dossier-declined { border-left: 3px solid #c84; padding: 4px 10px; font-style: italic; }
"""


def _text_of(content) -> str:
    """A chat message's text (Gradio gives a string or a list of content blocks)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(_text_of(c) for c in content)
    if isinstance(content, dict):
        return str(content.get("text") or content.get("content") or "")
    return str(content or "")


def sources_html(answer: Answer) -> str:
    if not answer.grounded:
        return '<div class="dossier-declined">The sources do not say: no passage supports an answer.</div>'
    parts = []
    for c in answer.citations:
        title = html.escape(c.title)
        if c.url:
            title = f'<a href="{html.escape(c.url)}" target="_blank" rel="noopener">{title}</a>'
        i, j = c.quote_start - c.start, c.quote_end - c.start
        passage = html.escape(c.text[:i]) + "<mark>" + html.escape(c.text[i:j]) + "</mark>" + html.escape(c.text[j:])
        parts.append(
            f'<div class="dossier-source" id="source-{c.n}"><b>[{c.n}]</b> {title} '
            f'<small>(characters {c.start}–{c.end} of {html.escape(c.doc_id)})</small><p>{passage}</p></div>'
        )
    return "\n".join(parts)


def build_ui(dossier: Dossier) -> gr.Blocks:
    def respond(message: str, history: list[dict]):
        turns = [{"role": t["role"], "content": _text_of(t["content"])} for t in history]
        if not message.strip():
            yield "Please type a question.", ""
            return
        text = ""
        for piece in dossier.chain.stream(message, turns):
            if isinstance(piece, Answer):
                yield piece.answer, sources_html(piece)
            else:
                text += piece
                yield text, ""

    with gr.Blocks(title="Dossier") as ui:
        gr.Markdown("# Dossier\nAsk about the documents; every answer cites the passages it comes from.")
        sources = gr.HTML(label="Sources", elem_id="dossier-sources", render=False)
        gr.ChatInterface(
            respond, examples=EXAMPLES, additional_outputs=[sources], run_examples_on_click=True,
            chatbot=gr.Chatbot(label="Dossier", elem_id="dossier-chat", height=420),
        )
        gr.Markdown("### Sources")
        sources.render()
    ui.css = CSS
    return ui
