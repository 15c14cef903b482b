"""Turn files into cited-ready chunks in Chroma."""
