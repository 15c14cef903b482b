"""Thin FastAPI routers: validate the body, call a service, shape the response."""
