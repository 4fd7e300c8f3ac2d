"""Choosing where the data lives (Settings) never changes the mode of a folder the user already had
(issue #22): only the folders FairMinutes makes are private."""

import os
import stat

import pytest

from app.errors import FairMinutesError

pytestmark = pytest.mark.skipif(os.name != "posix", reason="folder modes are POSIX")


@pytest.fixture
def config(tmp_path, monkeypatch):
    monkeypatch.delenv("FAIRMINUTES_HOME")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("existing", [0o755, 0o1777, 0o750])
def test_an_existing_folder_keeps_its_mode_and_what_fairminutes_makes_is_private(tmp_path, config, existing):
    from app import paths
    from app.session import create_session

    shared = tmp_path / "Documents"
    shared.mkdir()
    os.chmod(shared, existing)
    paths.choose_storage(shared)
    assert mode(shared) == existing
    session = create_session("Kept in Documents")
    assert session.folder.parent == (shared / "sessions").resolve()
    assert mode(shared / "sessions") == 0o700 and mode(session.folder) == 0o700
    assert mode(shared) == existing


def test_folders_it_creates_are_private(tmp_path, config):
    from app import paths

    os.chmod(tmp_path, 0o755)
    target = tmp_path / "new stick" / "FairMinutes data"
    paths.choose_storage(target)
    assert mode(target) == 0o700 and mode(target.parent) == 0o700
    assert mode(tmp_path) == 0o755
    assert paths.home() == target.resolve()


def test_a_file_in_the_way_is_one_line(tmp_path, config):
    from app import paths

    (tmp_path / "a file").write_text("not a folder")
    with pytest.raises(FairMinutesError, match="is a file, not a folder"):
        paths.choose_storage(tmp_path / "a file")
