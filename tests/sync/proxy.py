"""Test helpers between the app and Ralph: a proxy that breaks connections on purpose, and a
small server that answers like a broken LRS (garbage, HTML, redirects, huge bodies)."""

from __future__ import annotations

import collections
import contextlib
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.sync.ralph import free_port

OK_RESPONSE_END = b"\r\n\r\n"


class FaultyProxy:
    """Forwards TCP to Ralph; each new connection takes the next planned fault.

    Faults: "drop" (close part-way through the request), "500" (answer a server error),
    "stall" (never answer), "lose-reply" (Ralph gets the request, the app never gets the
    answer), ("cut", n) (forward, then cut after n bytes of request). Then "pass".
    """

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.port = free_port()
        self.faults: collections.deque[object] = collections.deque()
        self.connections = 0
        self._stop = threading.Event()
        self._server = socket.create_server(("127.0.0.1", self.port))
        self._server.settimeout(0.2)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        """The xAPI endpoint through the proxy."""
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def close(self) -> None:
        """Stop accepting and end every stalled connection."""
        self._stop.set()
        self._thread.join(timeout=5)
        self._server.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            fault = self.faults.popleft() if self.faults else "pass"
            threading.Thread(target=self._handle, args=(conn, fault), daemon=True).start()

    def _handle(self, conn: socket.socket, fault: object) -> None:
        try:
            if fault == "drop":
                conn.recv(300)
            elif fault == "500":
                _read_head(conn)
                conn.sendall(
                    b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n"
                    b"Connection: close\r\n\r\n"
                )
            elif fault == "stall":
                _read_head(conn)
                self._stop.wait(30)
            else:
                self._forward(conn, fault)
        except OSError:
            pass
        finally:
            _close(conn)

    def _forward(self, conn: socket.socket, fault: object) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
        limit = fault[1] if isinstance(fault, tuple) else None
        reply = fault != "lose-reply"
        done = threading.Event()

        def pump(src: socket.socket, dst: socket.socket, cap: int | None, send: bool) -> None:
            sent = 0
            try:
                while chunk := src.recv(65536):
                    if send:
                        dst.sendall(chunk)
                    sent += len(chunk)
                    if cap is not None and sent >= cap:
                        break
                    if not send:
                        break  # the answer arrived; the app will never see it
            except OSError:
                pass
            done.set()

        threading.Thread(target=pump, args=(conn, upstream, limit, True), daemon=True).start()
        threading.Thread(target=pump, args=(upstream, conn, None, reply), daemon=True).start()
        done.wait()
        _close(upstream)


def _read_head(conn: socket.socket) -> None:
    data = b""
    while OK_RESPONSE_END not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return
        data += chunk


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


class OddLrs:
    """An HTTP server that answers every request the same odd way."""

    def __init__(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        answer = (status, body, headers or {})

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                if length:
                    self.rfile.read(length)
                code, payload, extra = answer
                self.send_response(code)
                for name, value in extra.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                with contextlib.suppress(OSError):
                    self.wfile.write(payload)

            do_GET = do_POST = do_PUT = _answer

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        """The odd server's address, as an LRS address."""
        return f"http://127.0.0.1:{self.server.server_port}/xAPI/"

    def close(self) -> None:
        """Stop the server."""
        self.server.shutdown()
        self.server.server_close()


def wait_until(predicate, timeout: float = 60.0, step: float = 0.05) -> bool:
    """Poll ``predicate`` until it is true or the time is up."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False
