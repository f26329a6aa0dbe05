"""Print the headers that sign one request to the sharing API (RFC 9421), for curl
or any HTTP client: X-Client-Id, Content-Digest, Signature-Input and Signature, one
``Name: value`` line each (``curl -H @file`` reads them).

The body must be sent byte for byte as given here (``curl --data-binary``), within
the signature window (5 minutes by default), and only once: every run makes a new
nonce. The private key comes from a PEM file or an environment variable; it never
appears on the command line.
"""

import os
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sharing import signing


class Command(BaseCommand):
    help = (
        "Print the signature headers (RFC 9421) for one request to the sharing "
        "API, signed with a requesting system's private key."
    )
    requires_system_checks = []

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--client-id", required=True, help="Code of the requesting system."
        )
        parser.add_argument(
            "--url",
            required=True,
            help="URL of the request, e.g. https://portal.example/api/v1/sharing/query",
        )
        body = parser.add_mutually_exclusive_group(required=True)
        body.add_argument("--data", help="The request body (UTF-8 text).")
        body.add_argument(
            "--data-file", help="File holding the request body ('-': stdin)."
        )
        key = parser.add_mutually_exclusive_group(required=True)
        key.add_argument("--key-file", help="PEM file with the private key.")
        key.add_argument(
            "--key-env", help="Environment variable holding the private key (PEM)."
        )
        parser.add_argument("--method", default="POST", help="Default: POST.")

    def handle(self, *args, **options) -> None:
        private_key = self._private_key(options)
        body = self._body(options)
        try:
            headers = signing.sign_request(
                method=options["method"],
                url=options["url"],
                body=body,
                key_id=options["client_id"],
                private_key=private_key,
            )
        except signing.SigningFailed as error:
            raise CommandError(f"Cannot sign this request: {error}") from None
        lines = [f"X-Client-Id: {options['client_id']}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        self.stdout.write("\n".join(lines))

    @staticmethod
    def _private_key(options) -> signing.PrivateKey:
        if options["key_file"]:
            try:
                pem = Path(options["key_file"]).read_bytes()
            except OSError as error:
                raise CommandError(f"Cannot read the key file: {error}") from None
        else:
            pem = os.environ.get(options["key_env"], "").encode()
            if not pem.strip():
                raise CommandError(f"The variable {options['key_env']} is empty.")
        try:
            return signing.load_private_key(pem)
        except signing.UnusableKey as error:
            raise CommandError(f"Unusable private key: {error}") from None

    @staticmethod
    def _body(options) -> bytes:
        if options["data"] is not None:
            return options["data"].encode()
        if options["data_file"] == "-":
            return sys.stdin.buffer.read()
        try:
            return Path(options["data_file"]).read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read the body file: {error}") from None
