"""Uploaded files' bytes, for every uploader (import page, team roster, band files): shared instead of
copied on each rerun, hashed once, freed once read, within the configured size limit.
"""

from __future__ import annotations

import copy
import hashlib

import streamlit as st


def share_uploaded_bytes() -> None:
    """Make Streamlit's copy of an uploaded file share its bytes instead of copying them (installed once, below).

    Streamlit deep-copies every widget's value on every rerun, so that user code cannot change the
    stored one. For an uploaded file that copied the whole buffer: ~45-60 ms per rerun for a 62 MB
    file, on every rerun while it sits on an uploader (the import page's mapping form, the team
    roster, band files). The bytes are immutable and ``BytesIO`` copies on its first write, so a
    copy that shares them is just as independent: its own position, and writing to it leaves the
    stored file as it was (``tests/test_upload_page.py`` checks both).
    """
    import io

    from streamlit.runtime.uploaded_file_manager import UploadedFile

    if "__deepcopy__" in vars(UploadedFile):  # installed already, or Streamlit defines its own
        return

    def deepcopy_sharing_bytes(self, memo):
        twin = type(self).__new__(type(self))
        io.BytesIO.__init__(twin, self.getvalue())  # the same bytes object while nobody wrote to self
        twin.__dict__.update(copy.deepcopy(self.__dict__, memo))  # file_id, name, type, size, urls
        twin.seek(self.tell())
        return twin

    UploadedFile.__deepcopy__ = deepcopy_sharing_bytes


share_uploaded_bytes()


def _drop_uploaded_file(file_id: str) -> None:
    """Free the bytes Streamlit keeps for this session's file (it keeps them until the session ends otherwise).

    Streamlit's own chat input does the same once it has read a file; only this session's file is touched.
    """
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    remove = getattr(getattr(ctx, "uploaded_file_mgr", None), "remove_file", None)
    if ctx is not None and remove is not None:
        remove(ctx.session_id, file_id)


def max_upload_mb() -> int:
    """The upload limit set in .streamlit/config.toml (server.maxUploadSize), in MB."""
    return int(st.get_option("server.maxUploadSize"))


def upload_digest(upload) -> str:
    """The content hash of an uploaded file, computed once per upload rather than on every rerun."""
    digests = st.session_state.setdefault("_upload_digests", {})
    if upload.file_id not in digests:
        digests.clear()  # only the file on screen matters
        digests[upload.file_id] = hashlib.sha256(upload.getvalue()).hexdigest()
    return digests[upload.file_id]


def file_digest(upload, slot: str) -> str:
    """The content hash of an uploaded file, once per upload; ``slot`` keeps two uploaders on a page apart."""
    digests = st.session_state.setdefault(f"_digests_{slot}", {})
    if upload.file_id not in digests:
        digests.clear()
        digests[upload.file_id] = hashlib.sha256(upload.getvalue()).hexdigest()
    return digests[upload.file_id]
