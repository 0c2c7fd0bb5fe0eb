"""Presentation: reads the store, never recomputes extraction."""
