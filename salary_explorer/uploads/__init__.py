"""Bringing your own salary file: decoding, number parsing, column guessing, import and summaries."""
