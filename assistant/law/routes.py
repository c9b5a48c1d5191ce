"""Other procedures (routes) that redirect findings point to, loaded from `routes.toml`."""

from __future__ import annotations

import tomllib
from functools import cache

import msgspec

from assistant.case.enums import DocumentKind, Language
from assistant.i18n import gettext_in
from assistant.law.citation import Citation, format_citations
from assistant.resources import package_path


class Route(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Where to go instead of the Court of Cassation, and why (citations)."""

    id: str
    name: str
    where: str
    citations: list[Citation]
    drafts: DocumentKind | None = None  # the document the app drafts for this route, if any

    def describe(self, language: Language) -> str:
        """One paragraph for the user: the procedure, what to do, and the articles."""
        return (
            f"{gettext_in(language, self.name)}: {gettext_in(language, self.where)} "
            f"({format_citations(self.citations, language)})"
        )


class _RoutesFile(msgspec.Struct, forbid_unknown_fields=True):
    route: list[Route]


@cache
def load_routes() -> dict[str, Route]:
    """All routes by id; a malformed file fails loudly at start."""
    with package_path("law", "routes.toml").open("rb") as fh:
        data = msgspec.convert(tomllib.load(fh), _RoutesFile)
    return {route.id: route for route in data.route}
