"""gunicorn settings for production; every value can be overridden from the
environment (GUNICORN_* below) or the command line."""

import gc
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync")
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so that slow leaks cannot accumulate.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
# Load the application (Django, and the search segmenters that citizen_portal.wsgi
# builds) once in the master, before forking: a worker, a recycled one included,
# then starts without loading anything, and the workers share those pages
# copy-on-write. With 3 workers: 58 MB of private memory per worker instead of
# 217 MB, and a new worker answers 0.6-1 s after its predecessor stopped instead
# of 3-9 s (benchmarks/bench_worker_start.py). Nothing may open a connection at
# import (the master holds only the listening socket), and HUP reloads the
# configuration but not the code: a deploy restarts gunicorn.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") == "1"

# The load balancer terminates TLS and sets X-Forwarded-Proto.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
# Query strings may carry licence verification codes: log the path only.
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(L)ss'


def pre_fork(server, worker):
    # What the master holds now lives as long as the workers: keep the garbage
    # collector of the workers off it, or its bookkeeping writes would copy the
    # shared pages (99 MB of private memory per worker instead of 58 MB).
    gc.freeze()
