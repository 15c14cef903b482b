"""Request-scoped access to the process's services."""

from fastapi import Request

from app.services import Dossier


def get_dossier(request: Request) -> Dossier:
    return request.app.state.dossier
