"""Why a certificate or signature was refused. The message is for the person at the
screen; it never quotes the certificate's subject (which holds the ID number)."""


class CertificateRefused(Exception):
    def __init__(self, message: str, *, code: str):
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self) -> str:
        return str(self.message)
