"""The data-sharing exchange (共享交换).

Every read of government data about a person or company goes through this app, with
a purpose, a requester and an audit record. The resource catalogue, share classes,
grants, masking and audit log arrive with the data-sharing issue; the Foundation
issue only creates the package so that the layering in ARCHITECTURE.md holds.
"""
