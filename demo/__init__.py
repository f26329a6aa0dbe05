"""The synthetic demo province, loaded by ``manage.py seed_demo`` (``make run``)
and by tests: accounts and the demo company, the catalogue (data files in
``demo/catalogue/``, through ``catalogue_import``), registries, e-forms and the
website's pages. Nothing in the portal imports this app."""
