"""Benchmarks run in smoke mode (one tiny round) so that they keep working; the
figures they print are not asserted."""

from benchmarks import bench_licence_render


def test_licence_render_benchmark_runs(capsys):
    ratio = bench_licence_render.run(smoke=True)
    assert ratio > 0
    assert "ratio render/bare" in capsys.readouterr().out
