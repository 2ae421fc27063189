"""Making someone else's text safe to show: file contents, link values, saved notes.

Streamlit renders most strings as markdown. A value from a file or a link must
never become a link, an image, emphasis or HTML, so it is escaped here, once,
for every domain.
"""

from __future__ import annotations

import re

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def escape_markdown(text: str) -> str:
    """Text made inert for Streamlit's markdown (no links, images, emphasis or HTML)."""
    return _MARKDOWN.sub(r"\\\1", str(text))
