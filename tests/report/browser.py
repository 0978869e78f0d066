"""A small driver for headless Chromium, for tests that press keys and click.

``--dump-dom`` and ``--screenshot`` only load a page; reviewing one means
pressing keys, clicking buttons, reloading and downloading. Chromium's DevTools
protocol does all of it, and ``--remote-debugging-pipe`` serves it on file
descriptors 3 (commands in) and 4 (replies and events out), each message one
JSON object ended by a NUL byte: no port, no websocket client, no dependency.

The driver is synchronous: a command waits for its reply, keeping the events
that come before it, which ``wait_for`` then looks through. One page (a
target attached in flat mode) is all the tests need.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
TIMEOUT = 60.0  # seconds for one reply or event; a loaded machine is slow, not stuck

# What Input.dispatchKeyEvent needs to type a key as a keyboard does.
KEYS = {
    letter: {
        "key": letter,
        "text": letter,
        "code": f"Key{letter.upper()}",
        "vk": ord(letter.upper()),
    }
    for letter in "abcdefghijklmnopqrstuvwxyz"
}


class BrowserError(RuntimeError):
    """Chromium answered a command with an error, exited, or kept silent too long."""


class Browser:
    """Headless Chromium with one page, driven over the DevTools pipe."""

    def __init__(self, profile: Path, width: int = 1280, height: int = 900) -> None:
        assert CHROMIUM is not None, "no chromium on PATH"
        commands_read, self._commands = os.pipe()
        self._replies, replies_write = os.pipe()
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []

        def on_fds_3_and_4() -> None:
            # Copied above 10 first, so that dup2 never meets its own number.
            inbound = fcntl.fcntl(commands_read, fcntl.F_DUPFD, 10)
            outbound = fcntl.fcntl(replies_write, fcntl.F_DUPFD, 10)
            os.dup2(inbound, 3)
            os.dup2(outbound, 4)

        self._process = subprocess.Popen(
            [
                CHROMIUM,
                "--headless",
                "--disable-gpu",
                "--no-sandbox",
                "--no-first-run",
                "--no-default-browser-check",
                "--hide-scrollbars",
                "--remote-debugging-pipe",
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            # Python's own descriptors are not inheritable: only 3 and 4 (and 0-2) pass.
            close_fds=False,
            preexec_fn=on_fds_3_and_4,
        )
        os.close(commands_read)
        os.close(replies_write)
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        attached = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})
        self._session = attached["sessionId"]
        self.command("Page.enable")
        self.command("Runtime.enable")
        self.command(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )

    # -- the protocol -------------------------------------------------------

    def send(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> dict[str, Any]:
        """One command to the browser (or to ``session``), and its result."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._receive(TIMEOUT)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self._events.append(reply)

    def command(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """One command to the page."""
        return self.send(method, params, self._session)

    def wait_for(
        self, method: str, test: Callable[[dict[str, Any]], bool] = lambda _: True
    ) -> dict[str, Any]:
        """The parameters of the first event ``method`` passing ``test``, kept or to come;
        the events before it are used up."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            while self._events:
                event = self._events.pop(0)
                if event.get("method") == method and test(event.get("params", {})):
                    return event.get("params", {})
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError(f"no {method} event within {TIMEOUT} s")
            self._events.append(self._receive(left))

    def _receive(self, timeout: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._replies], [], [], timeout)
            if not ready:
                raise BrowserError(f"Chromium said nothing for {timeout:.0f} s")
            chunk = os.read(self._replies, 1 << 16)
            if not chunk:
                raise BrowserError("Chromium closed the pipe (did it crash?)")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    # -- what a test does -------------------------------------------------

    def open(self, url: str) -> None:
        """Load ``url`` and wait for its load event (its scripts have run)."""
        self._events.clear()
        self.command("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")

    def reload(self) -> None:
        self._events.clear()
        self.command("Page.reload", {"ignoreCache": True})
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (JSON-able values only)."""
        result = self.command("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def until(self, expression: str) -> Any:
        """The value of ``expression`` once truthy: for what the page does after an event
        it handles later (``hashchange``, a timer)."""
        deadline = time.monotonic() + TIMEOUT
        while not (value := self.evaluate(expression)):
            if time.monotonic() > deadline:
                raise BrowserError(f"{expression} still false after {TIMEOUT} s")
            time.sleep(0.05)
        return value

    def press(self, key: str) -> None:
        """Type one lower-case letter, as a keyboard does: key down (with its text), key up."""
        spec = KEYS[key]
        common = {"key": spec["key"], "code": spec["code"], "windowsVirtualKeyCode": spec["vk"]}
        self.command("Input.dispatchKeyEvent", {"type": "keyDown", "text": spec["text"], **common})
        self.command("Input.dispatchKeyEvent", {"type": "keyUp", **common})

    def click(self, selector: str) -> None:
        """A mouse click in the middle of the first element ``selector`` matches."""
        box = self.evaluate(
            f"(function () {{ var el = document.querySelector({json.dumps(selector)});"
            " if (!el) return null; el.scrollIntoView({block: 'center'});"
            " var r = el.getBoundingClientRect();"
            " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()"
        )
        if box is None:
            raise BrowserError(f"nothing matches {selector}")
        for kind in ("mousePressed", "mouseReleased"):
            self.command(
                "Input.dispatchMouseEvent",
                {"type": kind, "x": box["x"], "y": box["y"], "button": "left", "clickCount": 1},
            )

    def allow_downloads(self, folder: Path) -> None:
        """Save downloads into ``folder`` under the names the page suggests."""
        self.send(
            "Browser.setDownloadBehavior",
            {"behavior": "allow", "downloadPath": str(folder), "eventsEnabled": True},
        )

    def downloaded(self, folder: Path) -> Path:
        """The file of the next download, once complete."""
        begun = self.wait_for("Browser.downloadWillBegin")
        self.wait_for(
            "Browser.downloadProgress",
            lambda e: e.get("guid") == begun["guid"] and e.get("state") == "completed",
        )
        return folder / begun["suggestedFilename"]

    def screenshot(self, path: Path) -> Path:
        """The viewport as a PNG file."""
        data = self.command("Page.captureScreenshot", {"format": "png"})["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    # -- lifetime -----------------------------------------------------------

    def close(self) -> None:
        with contextlib.suppress(BrowserError, OSError):  # it closes the pipe as it goes
            self.send("Browser.close")
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        os.close(self._commands)
        os.close(self._replies)

    def __enter__(self) -> Browser:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
