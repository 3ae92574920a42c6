"""The keyring_service gate: outside run_with_keyring.sh, skip with a reason or fail loudly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
REAL_SERVICE_TEST = (
    "tests/credentials/test_credentials_secret_service.py"
    "::test_status_reports_the_secret_service_as_available"
)


def _run_pytest_outside_the_keyring_session(**extra_env: str) -> subprocess.CompletedProcess:
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "DBUS_SESSION_BUS_ADDRESS",
            "TPOP_TEST_KEYRING_PASSWORD",
            "TPOP_TEST_REQUIRE_KEYRING",
        }
    }
    env.update(extra_env)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rA", REAL_SERVICE_TEST],
        cwd=TESTS.parents[1],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("extra_env", "exit_code", "expected_text"),
    [
        pytest.param({}, 0, "run through tests/run_with_keyring.sh", id="skipped-with-reason"),
        pytest.param(
            {"TPOP_TEST_REQUIRE_KEYRING": "1"},
            1,
            "TPOP_TEST_REQUIRE_KEYRING=1 forbids skipping it",
            id="required-fails-loudly",
        ),
    ],
)
def test_real_service_tests_without_a_session_bus(extra_env, exit_code, expected_text) -> None:
    result = _run_pytest_outside_the_keyring_session(**extra_env)

    assert result.returncode == exit_code, result.stdout + result.stderr
    assert expected_text in result.stdout
    assert "1 passed" not in result.stdout
