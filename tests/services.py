"""Throwaway services for the cluster tests: PostgreSQL, app replicas, HAProxy, on free loopback ports.

Each is a context manager that waits until the service answers and always
stops it. Without the binaries the tests skip and say what to install, except
when ``CLUSTER_REQUIRED=1`` (CI), where a missing binary fails the run.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"
COOKIE_SECRET = secrets.token_urlsafe(32)
HAPROXY = os.environ.get("HAPROXY_BIN") or shutil.which("haproxy") or "/usr/sbin/haproxy"


def pg_bin_dir() -> Path | None:
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def require_cluster_tools() -> tuple[Path, str]:
    """The PostgreSQL bin folder and the haproxy binary, or skip (fail when CLUSTER_REQUIRED=1)."""
    bin_dir, missing = pg_bin_dir(), []
    if bin_dir is None or not (bin_dir / "pg_ctl").exists():
        missing.append("postgresql (initdb, pg_ctl)")
    if not Path(HAPROXY).exists():
        missing.append("haproxy")
    if missing:
        message = f"cluster test needs {' and '.join(missing)}: apt-get install -y postgresql haproxy"
        if os.environ.get("CLUSTER_REQUIRED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return bin_dir, HAPROXY


def streamlit_command(port: int) -> list[str]:
    """``streamlit run app.py`` headless on a loopback port: the browser tests' server and each cluster replica."""
    return [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
        "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
        "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false",
    ]  # fmt: skip


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_postgres(cmd: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: switch to the postgres user when we are root."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


class Postgres:
    """A PostgreSQL cluster in a temporary folder; ``start``/``stop`` can be repeated (data is kept)."""

    def __init__(self):
        self.bin_dir, _ = require_cluster_tools()
        self.dir = Path(tempfile.mkdtemp(prefix="salary-pg-"))
        self.data = self.dir / "data"
        self.port = free_port()
        self.log = self.dir / "postgres.log"
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/salary"

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run(_as_postgres([str(self.bin_dir / tool), *args]), check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.log), "-w", "-t", "60", "start")
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True) as c:
            if not c.execute("SELECT 1 FROM pg_database WHERE datname = 'salary'").fetchone():
                c.execute("CREATE DATABASE salary")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, subprocess.TimeoutExpired):
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def remove(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


@contextlib.contextmanager
def postgres_server():
    """A running throwaway PostgreSQL; yields its SQLAlchemy URL."""
    pg = Postgres()
    try:
        pg.start()
        yield pg.url
    finally:
        pg.stop()
        pg.remove()


def wait_healthy(url: str, proc: subprocess.Popen | None = None, timeout: float = 90, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as resp:
                if resp.read().decode().strip() == "ok":
                    return
        except OSError:
            pass
        if (proc is not None and proc.poll() is not None) or time.monotonic() > deadline:
            raise RuntimeError(f"{what or url} did not answer; see {ARTIFACTS}")
        time.sleep(0.3)


def stop_process(proc: subprocess.Popen | None) -> None:
    """SIGTERM a server started here, and kill it if it has not gone within 10 s (a fixture always stops it)."""
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


class Replica:
    """One ``streamlit run app.py`` process on its own port, pointed at the shared database."""

    def __init__(
        self, name: str, db_url: str, port: int | None = None, env: dict | None = None, args: tuple[str, ...] = ()
    ):
        self.name, self.db_url = name, db_url
        self.port = port or free_port()
        self.proc: subprocess.Popen | None = None
        self.env, self.args = dict(env or {}), tuple(args)  # team mode: key ring, secrets file, replica name

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.spawn()
        self.wait()

    def wait(self) -> None:
        wait_healthy(self.url, self.proc, what=f"replica {self.name}")

    def spawn(self) -> None:
        """Start the process without waiting (start several, then ``wait`` for each)."""
        ARTIFACTS.mkdir(exist_ok=True)
        # every replica of a deployment shares one cookie secret (deploy/run-local.sh does the same)
        env = dict(os.environ, SALARY_EXPLORER_DB_URL=self.db_url, STREAMLIT_SERVER_COOKIE_SECRET=COOKIE_SECRET)
        env.update(self.env)
        cmd = [*streamlit_command(self.port), *self.args]
        with open(ARTIFACTS / f"cluster-{self.name}.log", "a") as log:
            self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)

    def stop(self) -> None:
        stop_process(self.proc)


def haproxy_config(port: int, backends: list[tuple[str, int]], stats_port: int | None = None) -> str:
    """The deploy/haproxy.cfg template with this run's ports (same file the team deployment uses)."""
    template = (ROOT / "deploy" / "haproxy.cfg").read_text()
    servers = "\n".join(
        f"    server {name} 127.0.0.1:{bport} cookie {name} check inter 1s fall 2 rise 1" for name, bport in backends
    )
    text = template.replace("bind 127.0.0.1:8500", f"bind 127.0.0.1:{port}")
    start, end = "    # >>> servers", "    # <<< servers"
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    return head + start + "\n" + servers + "\n" + end + tail


class Proxy:
    def __init__(self, backends: list[tuple[str, int]], port: int | None = None):
        _, self.binary = require_cluster_tools()
        self.port = port or free_port()
        self.backends = backends
        self.dir = Path(tempfile.mkdtemp(prefix="salary-haproxy-"))
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        cfg = self.dir / "haproxy.cfg"
        cfg.write_text(haproxy_config(self.port, self.backends))
        subprocess.run([self.binary, "-c", "-q", "-f", str(cfg)], check=True, capture_output=True, timeout=30)
        ARTIFACTS.mkdir(exist_ok=True)
        with open(ARTIFACTS / "cluster-haproxy.log", "a") as log:
            self.proc = subprocess.Popen([self.binary, "-db", "-f", str(cfg)], stdout=log, stderr=subprocess.STDOUT)
        wait_healthy(self.url, self.proc, what="haproxy")

    def stop(self) -> None:
        stop_process(self.proc)

    def remove(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


OIDC_DIR = ROOT / "tests" / "oidc"


def require_oidc_provider() -> str:
    """The node binary with ``tests/oidc/node_modules`` installed (``npm ci`` there), or skip (fail in CI)."""
    node = shutil.which("node") or shutil.which("nodejs")
    missing = []
    if node is None:
        missing.append("node and npm (apt-get install -y nodejs npm)")
    if not (OIDC_DIR / "node_modules" / "oidc-provider").exists():
        missing.append("oidc-provider (cd tests/oidc && npm ci)")
    if missing:
        message = f"the sign-in cluster test needs {' and '.join(missing)}"
        if os.environ.get("CLUSTER_REQUIRED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return node


class OidcProvider:
    """npm ``oidc-provider`` (tests/oidc/provider.mjs) on a free loopback port, for one client."""

    def __init__(self, redirect_uri: str, client_id: str = "salary-explorer", port: int | None = None):
        self.node = require_oidc_provider()
        self.port = port or free_port()
        self.client_id, self.client_secret = client_id, secrets.token_urlsafe(24)
        self.redirect_uri = redirect_uri
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        env = dict(
            os.environ,
            OIDC_PORT=str(self.port),
            OIDC_CLIENT_ID=self.client_id,
            OIDC_CLIENT_SECRET=self.client_secret,
            OIDC_REDIRECT_URI=self.redirect_uri,
        )
        with open(ARTIFACTS / "cluster-oidc.log", "a") as log:
            self.proc = subprocess.Popen(
                [self.node, str(OIDC_DIR / "provider.mjs")], cwd=OIDC_DIR, env=env, stdout=log, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(self.url + "/.well-known/openid-configuration", timeout=2):
                    return
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"oidc-provider did not answer; see {ARTIFACTS / 'cluster-oidc.log'}") from None
                time.sleep(0.2)

    def stop(self) -> None:
        stop_process(self.proc)

    def secrets_toml(self, path: Path, workspace: str = "acme", max_session_hours: float = 8) -> Path:
        """The app's ``[auth]`` and ``[access]`` for this provider (replicas read it via --secrets.files)."""
        path.write_text(
            "[auth]\n"
            f'redirect_uri = "{self.redirect_uri}"\n'
            f'cookie_secret = "{COOKIE_SECRET}"\n'
            f'client_id = "{self.client_id}"\n'
            f'client_secret = "{self.client_secret}"\n'
            f'server_metadata_url = "{self.url}/.well-known/openid-configuration"\n'
            'client_kwargs = { scope = "openid email profile groups", prompt = "login" }\n\n'
            "[access]\n"
            f'workspace = "{workspace}"\n'
            f"max_session_hours = {max_session_hours}\n",
            encoding="utf-8",
        )
        return path
