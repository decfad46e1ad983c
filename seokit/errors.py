"""The errors seokit raises to its users: each names the input and what is wrong."""

from __future__ import annotations


class SeokitError(Exception):
    """Base class of every error seokit raises on purpose."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class InputError(SeokitError):
    """The input cannot be read: missing, a directory, binary, undecodable, empty."""


class FetchError(InputError):
    """A URL could not be fetched: unreachable, an HTTP error, too large, too many redirects."""


class ConfigError(SeokitError):
    """A configuration file or option is invalid."""


class UnknownRuleError(ConfigError):
    """A rule code or name that the registry does not know."""
