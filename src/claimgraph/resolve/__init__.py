"""Entities: mentions linked in a document, then resolved across the corpus."""
