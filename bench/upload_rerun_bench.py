"""A rerun of the upload page with a million imported rows loaded, through AppTest; prints the median rerun.

Run: ``python bench/upload_rerun_bench.py [--rows 1000000] [--reruns 7] [--server] [--review]``. Not part of pytest.

The generated file (bench/import_bench.py) is uploaded. Its columns, currency and period are clear, so the
page imports it in the run that receives it (issue 33); with ``--review`` (the user's "let me check the
choices before importing", ``irv=1``) the page is first rerun with the file on the uploader and the mapping
form drawn ("before import", shown for information), then the import is clicked. Then the page is rerun as a widget
change would (the rows loaded, the report and save section on screen, the file
let go of by the uploader) and each rerun is timed. Target (issue 11): <= 50 ms.
The bare reference app's rerun is timed the same way, each of its reruns in
turn with one of the page's (the machine is shared, interleaving keeps them
comparable). "script" is the script thread alone, without AppTest's own
polling and tree parsing.

``--server`` does the same against real servers (app.py and the reference,
started here as bench/load_bench.py starts them): the file is PUT to
``/_stcore/upload_file`` with the XSRF cookie and header a browser sends, the
uploader's state and the import click go over the websocket as ``BackMsg``s,
and a rerun is timed from the request to ``script_finished``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from import_bench import generate  # noqa: E402

SCRIPT_TIMES: list[float] = []  # seconds of each script thread run, in order


def time_script_threads() -> None:
    """Record how long each script run takes inside its thread (AppTest adds waiting and parsing around it)."""
    from streamlit.runtime.scriptrunner import script_runner

    run = script_runner.ScriptRunner._run_script_thread

    def timed(self):
        start = time.perf_counter()
        try:
            return run(self)
        finally:
            SCRIPT_TIMES.append(time.perf_counter() - start)

    script_runner.ScriptRunner._run_script_thread = timed


def rerun(at) -> tuple[float, float]:
    """One rerun: (seconds as AppTest sees it, seconds in the script thread)."""
    start = time.perf_counter()
    at.run()
    seconds = time.perf_counter() - start
    assert not at.exception, at.exception
    return seconds, SCRIPT_TIMES[-1]


def line(label: str, times: list[tuple[float, float]]) -> str:
    total, script = [t for t, _ in times], [s for _, s in times]
    return (
        f"{label}: median {statistics.median(total) * 1000:.0f} ms (min {min(total) * 1000:.0f}),"
        f" script {statistics.median(script) * 1000:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--reruns", type=int, default=7)
    parser.add_argument("--server", action="store_true", help="real servers over the websocket, not AppTest")
    parser.add_argument("--review", action="store_true", help="check the choices first (irv=1): through the form")
    args = parser.parse_args()
    if args.server:
        import asyncio

        from load_bench import serve

        with (
            serve(ROOT / "app.py", "upload_rerun_app.log") as app,
            serve(ROOT / "bench" / "reference_app.py", "upload_rerun_ref.log") as ref,
        ):
            asyncio.run(on_server(app, ref, args))
        return
    on_apptest(args)


def server_mb(base: str) -> float:
    """Resident memory of the server process listening at ``base`` (Linux: found by its ``--server.port``)."""
    port = base.rsplit(":", 1)[-1]
    for proc in Path("/proc").iterdir():
        try:
            args = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"--server.port" in args and args[args.index(b"--server.port") + 1] == port.encode():
            status = (proc / "status").read_text()
            return int(status.split("VmRSS:")[1].split()[0]) / 1024
    return float("nan")


async def on_server(app: str, ref: str, args) -> None:
    """The same measurements against running servers: upload over HTTP, widget states over the websocket."""
    import asyncio
    import uuid

    from load_bench import Session
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ClientState_pb2 import ClientState
    from streamlit.proto.Common_pb2 import FileURLs, UploadedFileInfo
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from streamlit.proto.WidgetStates_pb2 import WidgetState, WidgetStates

    class Tab(Session):
        """A session that also remembers its id and the widgets each run draws."""

        async def go(self, page=None, states: list | None = None) -> float:
            state = ClientState(query_string=self.query, context_info=self.context)
            state.widget_states.CopyFrom(WidgetStates(widgets=states or []))
            if page is not None:
                state.page_script_hash = page.page_script_hash
            start = time.perf_counter()
            await self.ws.send(BackMsg(rerun_script=state).SerializeToString())
            self.widgets: dict[str, str] = {}
            while True:
                fwd = ForwardMsg()
                fwd.ParseFromString(await asyncio.wait_for(self.ws.recv(), 600))
                kind = fwd.WhichOneof("type")
                if kind == "new_session":
                    self.session_id = fwd.new_session.initialize.session_id
                elif kind == "navigation":
                    self.pages = {p.url_pathname: p for p in fwd.navigation.app_pages}
                elif kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                    element = fwd.delta.new_element
                    kind = element.WhichOneof("type")
                    assert kind != "exception", element.exception.message
                    if kind in ("file_uploader", "button"):
                        self.widgets[getattr(element, kind).id] = kind
                elif kind == "script_finished":
                    if fwd.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY:
                        return time.perf_counter() - start
                    self.widgets = {}  # stopped for a rerun (st.rerun): only the last run's widgets count

        def put(self, file_id: str, name: str, data: bytes) -> None:
            """The browser's upload: multipart PUT with the XSRF cookie echoed in ``X-Xsrftoken``."""
            import urllib.request

            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
            with opener.open(self.base + "/_stcore/health", timeout=30) as resp:  # sets the XSRF cookie, as for a tab
                resp.read()
            xsrf = next((c.value for c in self.jar if c.name == "_streamlit_xsrf"), "")
            boundary = uuid.uuid4().hex
            body = b"".join(
                [
                    f"--{boundary}\r\n".encode(),
                    f'Content-Disposition: form-data; name="file"; filename="{name}"\r\n'.encode(),
                    b"Content-Type: text/csv\r\n\r\n",
                    data,
                    f"\r\n--{boundary}--\r\n".encode(),
                ]
            )
            request = urllib.request.Request(
                f"{self.base}/_stcore/upload_file/{self.session_id}/{file_id}",
                data=body,
                method="PUT",
                headers={"Content-Type": f"multipart/form-data; boundary={boundary}", "X-Xsrftoken": xsrf},
            )
            with opener.open(request, timeout=120) as resp:
                assert resp.status == 204, resp.status

    tab, bare = Tab(app, query="lang=en" + ("&irv=1" if args.review else "")), Tab(ref)
    await tab.open()
    await bare.open()
    try:
        await tab.go()
        await bare.go()
        page = tab.pages["upload"]
        await tab.go(page)
        [uploader] = [w for w, kind in tab.widgets.items() if kind == "file_uploader"]
        data, file_id = generate(args.rows), str(uuid.uuid4())
        await asyncio.to_thread(tab.put, file_id, "gaji.csv", data)
        url = f"/_stcore/upload_file/{tab.session_id}/{file_id}"
        info = UploadedFileInfo(
            file_id=file_id, name="gaji.csv", size=len(data), file_urls=FileURLs(file_id=file_id, upload_url=url)
        )
        chosen = WidgetState(id=uploader)
        chosen.file_uploader_state_value.uploaded_file_info.append(info)
        first = await tab.go(page, [chosen])  # reads the file, guesses the mapping (and imports it, unless --review)
        holding = server_mb(app)
        before, imported = [], first
        if args.review:
            before = [await tab.go(page, [chosen]) for _ in range(max(3, args.reruns // 2))]
            [run] = [w for w, kind in tab.widgets.items() if kind == "button" and "imp_run_" in w]
            start = time.perf_counter()
            await tab.go(page, [chosen, WidgetState(id=run, trigger_value=True)])
            imported = time.perf_counter() - start
        # the file was let go of: a new, empty uploader (drawn in the same run, over the old one)
        assert [w for w, kind in tab.widgets.items() if kind == "file_uploader" and w != uploader]
        released = server_mb(app)
        loaded, reference = [], []
        for _ in range(args.reruns):
            loaded.append(await tab.go(page))
            reference.append(await bare.go())
    finally:
        await tab.close()
        await bare.close()
    ms = statistics.median
    print(f"server, rows {args.rows:,} ({len(data) / 1e6:.0f} MB): first run with the file {first:.2f} s,")
    print(f"  import (the click with --review, else the first run: imported as dropped) {imported:.2f} s")
    print(f"  server memory: {holding:.0f} MB after the first run, {released:.0f} MB once imported")
    if before:
        print(
            f"upload page rerun before import (file on the uploader, mapping form): median {ms(before) * 1000:.0f} ms"
        )
    print(f"upload page rerun, rows loaded: median {ms(loaded) * 1000:.0f} ms (min {min(loaded) * 1000:.0f})")
    print(f"reference app rerun: median {ms(reference) * 1000:.0f} ms (min {min(reference) * 1000:.0f})")
    print(f"rows-loaded rerun / reference rerun: {ms(loaded) / ms(reference):.2f}x")
    print(f"each run, ms: page {[round(t * 1000) for t in loaded]}, reference {[round(t * 1000) for t in reference]}")


def on_apptest(args) -> None:
    from streamlit.testing.v1 import AppTest

    time_script_threads()

    ref = AppTest.from_file(str(ROOT / "bench" / "reference_app.py"), default_timeout=60)
    ref.run()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    at.query_params["lang"] = "en"
    if args.review:
        at.query_params["irv"] = "1"
    at.run()
    at.switch_page("pages/upload.py").run()
    data = generate(args.rows)
    start = time.perf_counter()
    at.file_uploader[0].set_value(("gaji.csv", data, "text/csv")).run()
    imported, before = time.perf_counter() - start, []
    if args.review:
        before = [rerun(at) for _ in range(max(3, args.reruns // 2))]
        start = time.perf_counter()
        next(b for b in at.button if b.key and b.key.startswith("imp_run_")).click().run()
        imported = time.perf_counter() - start
    assert not at.exception, at.exception
    assert "gaji.csv" in at.session_state["uploaded_salary_tables"]
    assert at.success and at.file_uploader[0].value is None  # the report on screen, the file let go of

    page, bare = [], []
    for _ in range(args.reruns):
        page.append(rerun(at))
        bare.append(rerun(ref))
    print(
        f"rows {args.rows:,} ({len(data) / 1e6:.0f} MB): import (click with --review, else the drop) {imported:.2f} s"
    )
    if before:
        print(line("upload page rerun before import (file on the uploader, mapping form)", before))
    print(line("upload page rerun, rows loaded", page) + ", target <= 50")
    print(line("reference app rerun", bare))
    ratio = statistics.median(t for t, _ in page) / statistics.median(t for t, _ in bare)
    print(f"rows-loaded rerun / reference rerun: {ratio:.2f}x")


if __name__ == "__main__":
    main()
