"""Data tables keyed by language or character: word lists and measurements, no logic."""
