"""POST load with ``wrk`` from a file of prepared requests, every answer checked.

``post_lines(path, entries)`` writes the request file (``path<TAB>cookie<TAB>body``
per line); ``wrk_post(base_url, lines, ...)`` runs wrk (2 threads, 32
connections) with a Lua script in which each thread takes every second line,
either once ("once": a request that must not be repeated, such as a submission
with its own key) or in a loop ("cycle"). Each answer is checked against the
expected status and a substring of Location; an unexpected answer, a socket
error or running out of "once" lines raises. After the run it waits for the
requests wrk left queued at the server, so that the next measurement starts
idle. Returns requests, rate and p50/p95/p99 in ms.
"""

import os
import re
import subprocess
import tempfile
import uuid
from pathlib import Path

import requests as requests_lib

CONNECTIONS = 32
THREADS = 2
# Each thread takes every THREADS-th line of the request file; "once" never
# repeats a line (a submission key is used once), "cycle" loops. Every answer is
# checked: the status and, when given, a substring of Location.
WRK_SCRIPT = """
local threads, counter = {}, 0
function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end
function init(args)
  local nthreads = tonumber(args[2])
  want_status, want_location, cycle = tonumber(args[3]), args[4], args[5] == "cycle"
  reqs, i, bad, exhausted, checked, first_bad = {}, 0, 0, 0, 0, ""
  local k = 0
  for line in io.lines(args[1]) do
    if k % nthreads == id then
      local path, cookie, body = line:match("^([^\\t]*)\\t([^\\t]*)\\t(.*)$")
      local headers = {["Content-Type"] = "application/x-www-form-urlencoded"}
      if cookie ~= "" then headers["Cookie"] = cookie end
      reqs[#reqs + 1] = wrk.format("POST", path, headers, body)
    end
    k = k + 1
  end
end
function request()
  i = i + 1
  if i > #reqs then
    if cycle then i = 1 else exhausted = 1; i = #reqs end
  end
  return reqs[i]
end
function response(status, headers, body)
  checked = checked + 1
  local ok = status == want_status
  if ok and want_location ~= "-" then
    ok = string.find(headers["Location"] or "", want_location, 1, true) ~= nil
  end
  if not ok then
    bad = bad + 1
    if first_bad == "" then
      local location = headers["Location"] or ""
      first_bad = status .. " " .. location .. " " .. body:sub(1, 200)
    end
  end
end
function done(summary, latency, requests)
  local e = summary.errors
  local nbad, nexhausted, nchecked, first = 0, 0, 0, ""
  for _, t in ipairs(threads) do
    nbad = nbad + t:get("bad")
    nexhausted = nexhausted + t:get("exhausted")
    nchecked = nchecked + t:get("checked")
    if first == "" then first = t:get("first_bad") end
  end
  io.write(string.format("RESULT %d %.6f %.3f %.3f %.3f %d %d %d %d\\n",
    summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, nbad, nexhausted, nchecked))
  io.write("FIRSTBAD " .. first:gsub("\\n", " ") .. "\\n")
end
"""


def post_lines(path: str, entries: list[tuple[str, str]]) -> Path:
    """A request file for the Lua script: ``path<TAB>cookie<TAB>body`` per line."""
    file = Path(tempfile.gettempdir()) / f"bench_submission_{uuid.uuid4().hex}.txt"
    file.write_text("".join(f"{path}\t{cookie}\t{body}\n" for cookie, body in entries))
    return file


def wrk_post(
    base_url: str,
    lines: Path,
    *,
    seconds: float,
    status: int,
    location: str,
    cycle: bool,
) -> dict:
    script = Path(tempfile.gettempdir()) / f"bench_submission_{os.getpid()}.lua"
    script.write_text(WRK_SCRIPT)
    args = [
        str(lines),
        str(THREADS),
        str(status),
        location or "-",
        "cycle" if cycle else "once",
    ]
    result = subprocess.run(
        [
            "wrk",
            f"-t{THREADS}",
            f"-c{CONNECTIONS}",
            f"-d{max(1, round(seconds))}s",
            "--timeout",
            "10s",
            "-s",
            str(script),
            base_url,
            "--",
            *args,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    lines.unlink(missing_ok=True)
    script.unlink(missing_ok=True)
    # wrk leaves up to 32 requests queued at the server: let them finish before
    # the next measurement (a request queued behind them answers last).
    requests_lib.get(f"{base_url}/healthz/", timeout=120).raise_for_status()
    match = re.search(
        r"RESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+) (\d+) (\d+) (\d+)",
        result.stdout,
    )
    if result.returncode or match is None:
        raise RuntimeError(f"wrk failed: {result.stdout} {result.stderr}")
    requests, duration, p50, p95, p99, socket_errors, bad, exhausted, checked = (
        match.groups()
    )
    first_bad = re.search(r"FIRSTBAD (.*)", result.stdout).group(1)
    if int(bad) or int(socket_errors):
        raise RuntimeError(
            f"{bad} unexpected answers (first: {first_bad}), "
            f"{socket_errors} socket errors"
        )
    if int(exhausted):
        raise RuntimeError("wrk ran out of prepared submissions: prepare more")
    return {
        "requests": int(requests),
        "rps": int(requests) / float(duration),
        "p50": float(p50),
        "p95": float(p95),
        "p99": float(p99),
    }
