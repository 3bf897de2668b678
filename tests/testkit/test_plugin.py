"""The pytest plugin, used as a project's own test suite would: pytest sessions in a subprocess
(the plugin loads through the installed `pytest11` entry point, or with `-p`), the README
example, and the plugin's absence without the [emulator] extra."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BLOCKER = '''
import sys

class _Missing:
    """Make starlette and uvicorn look uninstalled."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("starlette", "uvicorn"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, _Missing())
'''

USER_CONFTEST = '''
import pytest

@pytest.fixture(scope="session")
def zoo_emulator_options():
    return {"users": {"alice": "secret"}, "login": "alice", "export_delay": 0.05}
'''

USER_TESTS = '''
import pytest

from zoo_sdk import Caesar, Panoptes, Project, User
from zoo_sdk.crowdflower import Client
from zoo_sdk.emulator.seeding import question


def test_fresh_emulator_with_the_defaults_pointed_at_it(zoo_emulator):
    assert Panoptes.client().endpoint == zoo_emulator.url
    assert Caesar().endpoint == zoo_emulator.caesar_url
    assert Client(zoo_emulator.crowdflower_key).endpoint == zoo_emulator.crowdflower_url
    zoo_emulator.seed.project(owner="alice", display_name="Mine")
    assert [p.display_name for p in Project.where(owner="alice")] == ["Mine"]


def test_the_next_test_starts_empty(zoo_emulator):
    assert list(Project.where(owner="alice")) == []
    assert User.me().login == "alice"


@pytest.mark.zoo_emulator(users={"bob": "pw"}, login="bob")
def test_marker_options(zoo_emulator):
    assert User.me().login == "bob"


def test_session_emulator_keeps_data(zoo_emulator_session):
    zoo_emulator_session.seed.project(owner="alice", display_name="Kept")


def test_session_emulator_still_has_it(zoo_emulator_session):
    assert [p.display_name for p in Project.where(owner="alice")] == ["Kept"]


def test_simulate_and_export(zoo_emulator):
    world = zoo_emulator.seed.world("alice", [question("Cat?", ["Yes", "No"])], subjects=5,
                                    password="secret")
    zoo_emulator.simulate(world.workflow, volunteers=3, classifications=10, seed=1)
    export = Project(world.project.id).get_export("classifications", generate=True,
                                                  wait_timeout=30)
    assert len(list(export.csv_dictreader())) == 10


def test_back_on_the_session_emulator(zoo_emulator_session):
    assert [p.display_name for p in Project.where(owner="alice")] == ["Kept"]
'''


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("ZOO_EMULATOR_VALIDATE", "PYTEST_ADDOPTS", "PYTEST_PLUGINS")
           and not k.startswith("PANOPTES_")}
    env.update(extra)
    return env


def _pytest(directory: Path, *args: str, env: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args, str(directory)],
        cwd=directory, env=env or _env(), capture_output=True, text=True, timeout=300)


def test_a_user_suite_through_the_entry_point(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(USER_CONFTEST)
    (tmp_path / "test_user_suite.py").write_text(USER_TESTS)
    done = _pytest(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "7 passed" in done.stdout


def test_with_autoload_off_and_dash_p(tmp_path: Path) -> None:
    (tmp_path / "test_one.py").write_text(
        "def test_it(zoo_emulator, request):\n"
        "    assert request.config.pluginmanager.hasplugin('zoo_sdk.testing.pytest_plugin')\n"
        "    assert zoo_emulator.url.startswith('http://127.0.0.1:')\n")
    done = _pytest(tmp_path, "-p", "zoo_sdk.testing.pytest_plugin",
                   env=_env(PYTEST_DISABLE_PLUGIN_AUTOLOAD="1"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout


def test_the_readme_example_runs(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Testing your own code", 1)[1].split("\n## ", 1)[0]
    (code,) = re.findall(r"```python\n(.*?)```", section, re.S)
    (tmp_path / "test_my_pipeline.py").write_text(code)
    done = _pytest(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout


@pytest.mark.parametrize("autoload", [True, False])
def test_without_the_extra_the_plugin_is_nothing(tmp_path: Path, autoload: bool) -> None:
    blocker = tmp_path / "blocker"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(BLOCKER)
    suite = tmp_path / "suite"
    suite.mkdir()
    (suite / "test_plain.py").write_text(
        "import pytest\n"
        "def test_no_fixture(request):\n"
        "    import zoo_sdk.testing.pytest_plugin as plugin\n"
        "    assert plugin.AVAILABLE is False\n"
        "    with pytest.raises(pytest.FixtureLookupError):\n"
        "        request.getfixturevalue('zoo_emulator')\n")
    env = _env(PYTHONPATH=str(blocker))
    args: list[str] = []
    if not autoload:
        env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
        args = ["-p", "zoo_sdk.testing.pytest_plugin"]
    done = _pytest(suite, *args, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout
