"""One component per external dependency: embedding model, vector store, answer generator."""
