"""The JSON API at /api/v1/ (django-ninja, OpenAPI at /api/v1/docs). Each app adds
its router here; the schema is generated for /api/ only."""

from ninja import NinjaAPI

from licences import api as licences_api
from opendata import api as opendata_api
from services import api as services_api
from sharing import api as sharing_api

api = NinjaAPI(
    title="Citizen Portal API",
    version="1",
    urls_namespace="api-v1",
)

# POST /api/v1/sharing/query: the data exchange for other agencies' systems.
sharing_api.register(api, prefix="/sharing")

# GET /api/v1/licences/verify: public e-licence verification.
licences_api.register(api, prefix="/licences")

# GET /api/v1/opendata/datasets: the open data catalogue with download URLs.
opendata_api.register(api, prefix="/opendata")

# GET /api/v1/services: the public service catalogue (list, search, guide).
services_api.register(api, prefix="/services")
