"""Assets are found both in a source checkout and in an installed wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from lumbar_coach import resources

REPO = Path(__file__).resolve().parents[1]
FIND_ASSETS = "from lumbar_coach import resources; print(resources.assets_root()); print(resources.asset_path('stretches.toml'))"


def test_in_a_checkout_assets_are_beside_the_package():
    assert resources.assets_root() == REPO / "assets"
    assert resources.asset_path("stretches.toml").is_file()


def test_a_missing_asset_is_named():
    with pytest.raises(resources.MissingAsset, match="nothing-here.svg"):
        resources.asset_path("images/nothing-here.svg")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
                   cwd=REPO, check=True, capture_output=True)
    return next(out.glob("lumbar_coach-*.whl"))


def test_the_wheel_carries_the_assets_inside_the_package(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "lumbar_coach/assets/stretches.toml" in names
    assert any(name.startswith("lumbar_coach/assets/images/") and name.endswith(".svg") for name in names)


def test_installed_from_the_wheel_the_package_finds_its_own_assets(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    result = subprocess.run([sys.executable, "-c", FIND_ASSETS], cwd=tmp_path, capture_output=True, text=True,
                            env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}, check=True)
    root, toml = result.stdout.split()
    assert Path(root) == site / "lumbar_coach" / "assets" and Path(toml).is_file()
