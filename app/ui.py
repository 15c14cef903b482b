"""The Gradio front end at /ui: a streaming chat with cited sources, and a Documents tab.

It calls the same services as the HTTP API (in process); with API keys enabled, Gradio's login
asks for a key before anything is shown (see app/main.py).
"""

import html
from pathlib import Path

import gradio as gr

from app.chain import Answer
from app.components.llm import DECLINE
from app.services import Dossier, UploadRejected

EXAMPLES = [
    "Who commands KFOR now?",
    "Which company manufactured the Skydagger drones?",
    "When were Kosovo's local elections held?",
]
CSS = """
.dossier-source { border-left: 3px solid #3a8f5c; padding: 2px 10px; margin: 6px 0; }
.dossier-source summary { cursor: pointer; }
.dossier-source mark { background: #ffe680; padding: 0 2px; }
.dossier-declined { border-left: 3px solid #c9792b; background: #fff6ec; padding: 6px 10px; font-style: italic; }
"""
DECLINED_MARK = "⚠️"


def _text_of(content) -> str:
    """A chat message's text (Gradio gives a string or a list of content blocks)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(_text_of(c) for c in content)
    if isinstance(content, dict):
        return str(content.get("text") or content.get("content") or "")
    return str(content or "")


def shown_answer(answer: Answer) -> str:
    """What the chat shows: the answer, or a visibly different line when the sources do not say."""
    return answer.answer if answer.grounded else f"{DECLINED_MARK} *{DECLINE}*"


def sources_html(answer: Answer) -> str:
    if not answer.grounded:
        return ('<div class="dossier-declined" id="dossier-declined">The sources do not say: no passage in the '
                'documents supports an answer to this question.</div>')
    parts = []
    for c in answer.citations:
        title = html.escape(c.title)
        if c.url:
            title = f'<a href="{html.escape(c.url)}" target="_blank" rel="noopener">{title}</a>'
        i, j = c.quote_start - c.start, c.quote_end - c.start
        passage = (html.escape(c.text[:i]) + "<mark>" + html.escape(c.text[i:j]) + "</mark>"
                   + html.escape(c.text[j:])).replace("\n", "<br>")
        parts.append(
            f'<details class="dossier-source" id="source-{c.n}"><summary><b>[{c.n}]</b> {title} '
            f'<small>· {html.escape(c.doc_id)}, characters {c.start}–{c.end}</small></summary>'
            f'<p>{passage}</p></details>'
        )
    return "\n".join(parts)


def _document_rows(dossier: Dossier) -> list[list]:
    return [[d.doc_id, d.title, d.chunks, d.ingested_at] for d in dossier.store.list_documents()]


def build_ui(dossier: Dossier) -> gr.Blocks:
    def respond(message: str, history: list[dict]):
        turns = [{"role": t["role"], "content": _text_of(t["content"]).replace(f"{DECLINED_MARK} *{DECLINE}*", DECLINE)}
                 for t in history]
        if not message.strip():
            yield "Please type a question.", ""
            return
        text = ""
        for piece in dossier.chain.stream(message, turns):
            if isinstance(piece, Answer):
                yield shown_answer(piece), sources_html(piece)
            else:
                text += piece
                yield text, ""

    def refresh():
        rows = _document_rows(dossier)
        return rows, gr.update(choices=[r[0] for r in rows], value=None)

    def upload(path: str | None):
        if not path:
            return ("Choose a file first.", *refresh())
        try:
            with open(path, "rb") as handle:
                status, record = dossier.upload(Path(path).name, handle)
            message = f"{record.doc_id}: {status}, {record.chunks} chunks. It can be asked about now."
        except UploadRejected as exc:
            message = f"Not indexed: {exc}"
        return (message, *refresh())

    def delete(doc_id: str | None):
        if not doc_id:
            return ("Choose a document to delete.", *refresh())
        removed = dossier.store.remove_document(doc_id)
        return ((f"Deleted {doc_id}." if removed else f"No document {doc_id}."), *refresh())

    with gr.Blocks(title="Dossier") as ui:
        gr.Markdown("# Dossier\nAsk about the documents. Every answer cites the passages it comes from; "
                    "open a source to see the sentence it rests on.")
        with gr.Tab("Chat"):
            sources = gr.HTML(elem_id="dossier-sources", render=False)
            chatbot = gr.Chatbot(label="Dossier", elem_id="dossier-chat", height=380)
            gr.ChatInterface(respond, chatbot=chatbot, examples=EXAMPLES, additional_outputs=[sources],
                             run_examples_on_click=True, fill_height=False)
            new_chat = gr.Button("New conversation", elem_id="dossier-new", size="sm")
            gr.Markdown("### Sources")
            sources.render()
            new_chat.click(lambda: ([], ""), outputs=[chatbot, sources])
        with gr.Tab("Documents"):
            table = gr.Dataframe(headers=["doc_id", "title", "chunks", "ingested"], elem_id="dossier-documents",
                                 interactive=False)
            with gr.Row():
                file = gr.File(label="Add a document (.txt, .md, .html, .pdf)", type="filepath",
                               file_types=[".txt", ".md", ".html", ".htm", ".pdf"], elem_id="dossier-upload")
                with gr.Column():
                    upload_button = gr.Button("Index the file", elem_id="dossier-upload-button", variant="primary")
                    chosen = gr.Dropdown(label="Document", choices=[], elem_id="dossier-delete-choice")
                    delete_button = gr.Button("Delete", elem_id="dossier-delete-button", variant="stop")
            status = gr.Markdown(elem_id="dossier-doc-status")
            upload_button.click(upload, inputs=file, outputs=[status, table, chosen])
            delete_button.click(delete, inputs=chosen, outputs=[status, table, chosen])
            ui.load(refresh, outputs=[table, chosen])
    ui.css = CSS
    return ui
