"""Start and stop a real Ralph LRS (5.1.0, file backend) on a free loopback port.

Used by the sync tests and by ``bench/sync.py``. Ralph's file backend in 5.1.0 fails every
write after the first unless its default operation type is "append" (docs/sync.md), so
Ralph runs from a small launcher script that sets it before the app starts.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

LAUNCHER = """
import sys
import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


@dataclass(frozen=True)
class Account:
    """One LRS account (a centre's key and secret)."""

    key: str
    secret: str
    name: str


@dataclass
class Ralph:
    """A running Ralph: its base URL, its accounts and its process."""

    folder: Path
    accounts: list[Account]
    port: int = 0
    process: subprocess.Popen[bytes] | None = None
    env: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        """The xAPI endpoint."""
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def start(self, timeout: float = 30.0) -> None:
        """Start Ralph (again, on the same port and data, after ``stop``)."""
        if not self.port:
            self.port = free_port()
        self.folder.mkdir(parents=True, exist_ok=True)
        write_auth_file(self.folder / "auth.json", self.accounts)
        launcher = self.folder / "launch_ralph.py"
        launcher.write_text(LAUNCHER, encoding="utf-8")
        env = {
            **os.environ,
            "RALPH_APP_DIR": str(self.folder),
            "RALPH_AUTH_FILE": str(self.folder / "auth.json"),
            "RALPH_HISTORY_FILE": str(self.folder / "history.json"),
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.folder / "lrs"),
            # Each centre's account reads only its own statements, as in production.
            "RALPH_LRS_RESTRICT_BY_AUTHORITY": "true",
            **self.env,
        }
        (self.folder / "lrs").mkdir(exist_ok=True)
        log = (self.folder / "ralph.log").open("ab")
        self.process = subprocess.Popen(
            [sys.executable, str(launcher), str(self.port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=self.folder,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Ralph stopped at start; see {self.folder / 'ralph.log'}")
            try:
                httpx.get(f"http://127.0.0.1:{self.port}/__heartbeat__", timeout=1)
                return
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("Ralph did not start in time")

    def stop(self) -> None:
        """Stop Ralph by its process id (SIGKILL: the harshest cut, as in a power loss)."""
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None

    def statements_file(self) -> Path:
        """Where the file backend keeps the statements (one JSON document per line)."""
        return self.folder / "lrs" / "fs_lrs.jsonl"

    def stored_ids(self) -> list[str]:
        """Every statement id in the backend file, duplicates included."""
        path = self.statements_file()
        if not path.exists():
            return []
        text = path.read_text(encoding="utf-8")
        if not text.endswith("\n"):
            # Ralph is writing right now: its last line is not complete yet.
            text = text[: text.rfind("\n") + 1]
        return [json.loads(line)["id"] for line in text.splitlines() if line.strip()]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_auth_file(path: Path, accounts: list[Account]) -> None:
    """Ralph's Basic-auth users: bcrypt hashes, an agent per account, full scopes."""
    import bcrypt

    users = [
        {
            "agent": {"mbox": f"mailto:{a.name}@lrs.example.org"},
            "scopes": ["all"],
            "hash": bcrypt.hashpw(a.secret.encode(), bcrypt.gensalt(rounds=4)).decode(),
            "username": a.key,
        }
        for a in accounts
    ]
    path.write_text(json.dumps(users), encoding="utf-8")
