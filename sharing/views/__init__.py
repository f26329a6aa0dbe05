"""The sharing pages: catalogue, requests and decisions, audit log, discrepancies.

Every page needs a signed-in user; a user without the role gets 403, and an object
outside their reach (another provider's grant or report) gets 404.
"""
