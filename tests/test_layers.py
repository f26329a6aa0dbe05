"""The layer contract of ARCHITECTURE.md section 2 (``[tool.importlinter]`` in
pyproject.toml, run by ``make lint``): the code keeps it, and it would catch an
app importing one above it."""

import tomllib
from pathlib import Path

import grimp
import pytest
from importlinter.configuration import configure
from importlinter.contracts.forbidden import ForbiddenContract
from importlinter.contracts.layers import LayersContract

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def config() -> dict:
    configure()  # import-linter's own settings (its timer), as lint-imports does
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]


@pytest.fixture
def graph(config):
    # Checking a contract removes its ignored imports from the graph: one each.
    return grimp.build_graph(*config["root_packages"], cache_dir=None)


def _contract(config) -> LayersContract:
    options = next(c for c in config["contracts"] if c["type"] == "layers")
    return LayersContract(
        name=options["name"],
        session_options={"root_packages": config["root_packages"]},
        contract_options={
            "layers": options["layers"],
            "ignore_imports": options.get("ignore_imports", []),
        },
    )


def test_the_code_keeps_the_layer_order(config, graph):
    check = _contract(config).check(graph, verbose=False)
    assert check.kept, check.metadata


@pytest.mark.parametrize(
    ("importer", "imported"),
    [
        ("common.generation", "sharing.models"),
        ("services.selectors", "applications.selectors"),
        ("applications.lifecycle", "desk.actions"),
        ("licences.actions", "services.models"),
        ("cms.caching", "opendata.builders"),
    ],
)
def test_an_upward_import_breaks_the_contract(config, graph, importer, imported):
    assert not graph.direct_import_exists(importer=importer, imported=imported)
    graph.add_import(importer=importer, imported=imported)
    assert not _contract(config).check(graph, verbose=False).kept


def _demo_contract(config) -> ForbiddenContract:
    options = next(c for c in config["contracts"] if c["type"] == "forbidden")
    return ForbiddenContract(
        name=options["name"],
        session_options={"root_packages": config["root_packages"]},
        contract_options={
            "source_modules": options["source_modules"],
            "forbidden_modules": options["forbidden_modules"],
        },
    )


def test_nothing_in_the_portal_imports_the_demo(config, graph):
    check = _demo_contract(config).check(graph, verbose=False)
    assert check.kept, check.metadata


def test_an_import_of_the_demo_breaks_its_contract(config, graph):
    graph.add_import(importer="citizen_portal.urls", imported="demo.accounts")
    assert not _demo_contract(config).check(graph, verbose=False).kept
