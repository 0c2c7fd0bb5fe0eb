"""The store: SQLite by default, behind the small interface in base.py."""
