"""A password hasher that counts its work, for tests of what takes as long as
what (``settings.PASSWORD_HASHERS = [COUNTING_HASHER]``)."""

from django.contrib.auth.hashers import MD5PasswordHasher

COUNTING_HASHER = "tests.identity.hashers.CountingHasher"


class CountingHasher(MD5PasswordHasher):
    algorithm = "counting_md5"
    encoded = 0

    def encode(self, password: str, salt: str) -> str:
        CountingHasher.encoded += 1
        return super().encode(password, salt)
