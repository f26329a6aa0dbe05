"""E-mail through the outbox: a Django e-mail backend that queues instead of sending.

Flow: code that must not wait for (or fail with) the mail server hands its
``EmailMessage`` to ``QueuedEmailBackend`` (``get_connection(path)``; the account
adapter does so for every allauth e-mail, see ``identity.adapter`` and the
``IDENTITY_EMAIL_BACKEND`` setting). ``send_messages`` calls
``actions.email_queue``, which stores each message as an ``OutgoingEmail`` row in
the caller's transaction and queues ``tasks.deliver_email`` after commit.
``delivery.deliver_outgoing_email`` later sends it with the real backend
(``EMAIL_BACKEND``), once; a failure is retried by the ``deliver_pending`` beat
task. A rolled-back transaction leaves neither row nor e-mail.

The message is stored as JSON (subject, text, HTML alternative, addresses,
headers) encrypted with ``sharing.protection``: it may carry one-time links
(password reset, address verification) that a database dump must not reveal.
Attachments are refused: account mail has none.
"""

import json

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.core.mail.backends.base import BaseEmailBackend

from sharing import protection


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages) -> int:
        from .actions import email_queue

        count = 0
        for message in email_messages:
            email_queue(message=message)
            count += 1
        return count


def message_to_payload(message: EmailMessage) -> str:
    """The encrypted JSON form of ``message``; ``ValueError`` for what cannot be
    queued (attachments, no recipient)."""
    if message.attachments:
        raise ValueError("queued e-mails cannot carry attachments")
    if not message.recipients():
        raise ValueError("an e-mail needs at least one recipient")
    data = {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "content_subtype": message.content_subtype,
        "alternatives": [
            [str(content), mimetype]
            for content, mimetype in getattr(message, "alternatives", [])
        ],
    }
    return protection.encrypt(json.dumps(data))


def message_from_payload(payload: str) -> EmailMultiAlternatives:
    """The message stored by ``message_to_payload``; ``ValueError`` when it cannot
    be decrypted (the key changed) or read."""
    # Both raise ValueError (json.JSONDecodeError is one).
    data = json.loads(protection.decrypt(payload))
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    message.content_subtype = data["content_subtype"]
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    return message
