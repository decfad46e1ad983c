"""Rules of this category (being written)."""
