"""Dossier: cited answers from your documents."""
