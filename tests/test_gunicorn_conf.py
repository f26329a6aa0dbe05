"""gunicorn.conf.py: the application is loaded once in the master, and the
workers' garbage collector is kept off what the master holds."""

import gc
import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _configuration() -> dict:
    return runpy.run_path(str(ROOT / "gunicorn.conf.py"))


def test_the_master_preloads_the_application(monkeypatch):
    monkeypatch.delenv("GUNICORN_PRELOAD", raising=False)
    assert _configuration()["preload_app"] is True


def test_preloading_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("GUNICORN_PRELOAD", "0")
    assert _configuration()["preload_app"] is False


def test_what_the_master_holds_is_frozen_before_each_fork():
    pre_fork = _configuration()["pre_fork"]
    gc.unfreeze()
    try:
        pre_fork(server=None, worker=None)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
