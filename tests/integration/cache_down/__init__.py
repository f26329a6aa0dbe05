"""The portal while its cache (Redis) is down.

The cache is pointed at a closed port on 127.0.0.1 (``citizen_portal.cache``
with short timeouts), so these tests need no Redis and run in every run: every
page still answers, built from the database; the application is saved once;
sign-in still works and its brute-force limit still holds; a warning is logged,
once, without keys or personal data. The backend's breaker, warning and recovery
are tested against a stand-in Redis switched down and up, and so are the
invalidations dropped during an outage.
"""
