"""``tpop-desktop-sandbox`` serves until Ctrl+C, printing its address."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import threading

import pytest
import requests

from tpop_desktop.sandbox.cli import main


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_cli_serves_on_the_chosen_port_and_stops_on_ctrl_c() -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tpop_desktop.sandbox.cli", "--port", str(port), "--token", "cli-token",
         "--seed", "4", "--no-live", "--orders", "25"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        first_line: list[str] = []
        reader = threading.Thread(target=lambda: first_line.append(process.stdout.readline()), daemon=True)
        reader.start()
        reader.join(timeout=20)
        assert first_line and f"http://127.0.0.1:{port}" in first_line[0]
        base = f"http://127.0.0.1:{port}"
        answer = requests.get(base + "/v1/orders", headers={"Authorization": "Bearer cli-token"}, timeout=5)
        assert answer.status_code == 200 and len(answer.json()["orders"]) == 25
        assert requests.get(base + "/v1/account", timeout=5).status_code == 401
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=5)
        process.stdout.close()
        process.stderr.close()


def test_main_in_a_thread_stops_on_request(capsys: pytest.CaptureFixture[str]) -> None:
    port = free_port()
    stop = threading.Event()
    result: list[int] = []
    runner = threading.Thread(
        target=lambda: result.append(main(["--port", str(port), "--orders", "5", "--no-live"], stop_event=stop)),
        daemon=True,
    )
    runner.start()
    answered = threading.Event()
    for _ in range(200):
        try:
            requests.get(f"http://127.0.0.1:{port}/v1/account", headers={"Authorization": "Bearer sandbox-token"},
                         timeout=1).raise_for_status()
            answered.set()
            break
        except requests.RequestException:
            answered.wait(0.05)
    stop.set()
    runner.join(timeout=10)
    assert answered.is_set() and result == [0]
    assert f"http://127.0.0.1:{port}" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["--port", "70000"], ["--orders", "-1"], ["--tick-seconds", "0"]])
def test_invalid_arguments_exit_with_status_2(argv: list[str]) -> None:
    assert main(argv) == 2


def test_a_port_in_use_is_reported() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        assert main(["--port", str(busy.getsockname()[1]), "--orders", "1"]) == 1


def test_the_cli_prints_the_demo_shops_credentials(capsys):
    import threading

    from tpop_desktop.sandbox.cli import main
    from tpop_desktop.sandbox.server import SandboxServer

    stop = threading.Event()
    stop.set()  # serve, print, then stop at once
    assert main(["--port", "0", "--token", "cli-token", "--seed", "5", "--no-live"], stop_event=stop) == 0
    out = capsys.readouterr().out
    with SandboxServer("cli-token", seed=5) as reference:
        expected = reference.shop_credentials()
        etsy = reference.etsy_app()
    assert expected
    for shop_id, access in expected.items():
        assert f"demo shop {shop_id} ({access['platform']})" in out
    assert f"demo shop {etsy['shop_id']} (etsy): keystring: {etsy['keystring']}" in out
