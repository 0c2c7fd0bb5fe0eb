"""Readers, cleaning, metadata and near-duplicate signatures: bytes in, a DocResult out."""
