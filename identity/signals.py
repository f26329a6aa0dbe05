"""Signals identity sends for apps that build on it (identity imports none of them).

``phone_verified``: a user's mobile number was verified (allauth's sign-up or
change-phone flow, ``identity.adapter``); sent with ``user`` and ``phone`` (the
normalised number) after the account is saved. ``services`` brings the person's
open applications up to date with it.
"""

from django.dispatch import Signal

phone_verified = Signal()
