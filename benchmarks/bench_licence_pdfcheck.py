"""The uploaded-PDF signature check against raw pyHanko validation, in process.

Measured: ``licences.signing.verify_pdf`` (what the ``/verify/upload/`` view runs on
an uploaded file): parse, licence number from the metadata, PAdES validation
against our trust roots with key-usage and whole-file coverage checks.
Reference: ``pyhanko.sign.validation.validate_pdf_signature`` on the first
embedded signature of the same PDF, read with ``PdfFileReader``, with a
``ValidationContext`` over the same (already loaded) trust roots built per call,
as pyHanko's documentation does it; in the same run, A B rounds.
Goal: our check keeps at least 60% of the reference rate.

The PDF is one licence rendered by ``licences.pdf`` and signed by
``licences.signing`` with the settings' key (the demo PKI in development).

Run alone: ``python -m benchmarks.bench_licence_pdfcheck [--smoke] [--profile]``.
"""

import io
import statistics
import sys

from benchmarks._util import ab_rounds, per_second, setup_django, summary

GOAL = 0.60


def _signed_pdf() -> bytes:
    from django.utils import timezone

    from licences import numbering
    from licences.models import Licence, LicenceType
    from licences.pdf import render_licence_pdf
    from licences.signing import sign_pdf

    licence_type = LicenceType(
        code="SPJY", name="食品经营许可证", issuing_authority="示范省市场监督管理局"
    )
    licence = Licence(
        number=numbering.licence_number(licence_type, 2026, 123),
        verification_code="ABCD2345",
        licence_type=licence_type,
        holder_name="示范数字科技有限公司",
        holder_identifier_masked="91350102********1X",
        issuing_authority=licence_type.issuing_authority,
        data={"经营场所": "榕城市鼓楼区政务路1号", "主体业态": "食品销售经营者"},
        issued_at=timezone.now(),
    )
    return sign_pdf(render_licence_pdf(licence))


def _profile(fn, calls: int) -> None:
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        fn()
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("cumulative").print_stats(25)
    print(f"profile of {calls} verify_pdf() calls:")
    print(out.getvalue())


def run(*, smoke: bool = False, profile: bool = False) -> float:
    setup_django()
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    from licences import signing

    pdf = _signed_pdf()
    roots = list(signing._pki().trust_roots)

    def ours() -> None:
        check = signing.verify_pdf(pdf)
        if not check.ok:
            raise RuntimeError(f"the signed licence did not check: {check.error}")

    def raw() -> None:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        context = ValidationContext(
            trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail"
        )
        status = validate_pdf_signature(reader.embedded_signatures[0], context)
        if not (status.intact and status.valid and status.trusted):
            raise RuntimeError("raw validation failed")

    count, seconds, rounds = (5, 1.0, 1) if smoke else (300, 5.0, 5)
    ours()  # warm: imports, the loaded PKI
    raw()
    a, b, ratios = ab_rounds(
        lambda: per_second(ours, count=count, seconds=seconds),
        lambda: per_second(raw, count=count, seconds=seconds),
        rounds=rounds,
    )
    print(f"signed licence PDF: {len(pdf):,} bytes")
    print(f"verify_pdf (upload check): {statistics.median(a):.1f} checks/s")
    print(f"raw pyHanko validate_pdf_signature: {statistics.median(b):.1f} checks/s")
    if profile:
        _profile(ours, 100)
    median = statistics.median(ratios)
    print(
        f"ratio verify_pdf/raw rate: {summary(ratios)}; goal >= {GOAL} -> "
        f"{'met' if median >= GOAL else 'NOT met'}"
    )
    return median


if __name__ == "__main__":
    run(smoke="--smoke" in sys.argv, profile="--profile" in sys.argv)
