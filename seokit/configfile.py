"""Config files: ``seokit.toml`` (or ``.seokit.toml``) or ``[tool.seokit]`` in pyproject.toml,
found by walking up from the audited file. Unknown keys, rule codes and options are errors
that name the file and the key."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from seokit.config import LAYER_KEYS, Config, Layer, parse_layer
from seokit.errors import ConfigError
from seokit.profiles import PROFILES

CONFIG_NAMES = ("seokit.toml", ".seokit.toml", "pyproject.toml")
FILE_KEYS = LAYER_KEYS | {"extends", "exclude", "overrides", "languages", "respect_gitignore"}
DEFAULT_EXCLUDE = (".git/", ".hg/", ".venv/", "venv/", "node_modules/", "__pycache__/",
                   ".tox/", "site-packages/")


@dataclass(frozen=True)
class Override:
    paths: tuple[str, ...]
    layer: Layer

    @cached_property
    def spec(self) -> Any:
        import pathspec

        return pathspec.GitIgnoreSpec.from_lines(self.paths)


@dataclass(frozen=True)
class ConfigFile:
    """A parsed config file; ``config_for(path)`` resolves the settings for one file."""

    path: Path | None
    base: Config = field(default_factory=Config)
    overrides: tuple[Override, ...] = ()
    exclude: tuple[str, ...] = ()
    respect_gitignore: bool = True

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()

    def config_for(self, path: Path | None) -> Config:
        config = self.base
        if path is None:
            return config
        relative = self.relative(path)
        for override in self.overrides:
            if override.spec.match_file(relative):
                config = config.merge(override.layer)
        return config

    @cached_property
    def exclude_spec(self) -> Any:
        import pathspec

        lines = list(DEFAULT_EXCLUDE) + list(self.exclude)
        gitignore = self.root / ".gitignore"
        if self.respect_gitignore and gitignore.is_file():
            lines += gitignore.read_text(encoding="utf-8", errors="replace").splitlines()
        return pathspec.GitIgnoreSpec.from_lines(lines)

    def excluded(self, path: Path) -> bool:
        relative = self.relative(path)
        if path.is_dir():
            relative += "/"
        return bool(self.exclude_spec.match_file(relative))


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (a file or a folder)."""
    folder = start if start.is_dir() else start.parent
    for candidate in (folder.resolve(), *folder.resolve().parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or _has_tool_table(path)):
                return path
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "seokit" in _read_toml(path).get("tool", {})
    except ConfigError:
        return False


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), f"invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(str(path), f"cannot be read ({exc.strerror})") from None


def load_config(path: Path) -> ConfigFile:
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("seokit", {})
        where = "tool.seokit."
    else:
        where = ""
    return parse_config(data, str(path), path=path, where=where)


def parse_config(data: Mapping[str, Any], origin: str, *, path: Path | None = None,
                 where: str = "") -> ConfigFile:
    unknown = sorted(set(data) - FILE_KEYS)
    if unknown:
        raise ConfigError(origin, f"{where}{unknown[0]}: unknown key; known keys: "
                                  f"{', '.join(sorted(FILE_KEYS))}")
    config = Config()
    extends = data.get("extends")
    if extends is not None:
        if extends not in PROFILES:
            raise ConfigError(origin, f"{where}extends: unknown profile {extends!r}; profiles: "
                                      f"{', '.join(sorted(PROFILES))}")
        config = config.merge(parse_layer(PROFILES[extends].settings, f"profile {extends}"))
    config = config.merge(parse_layer({k: v for k, v in data.items() if k in LAYER_KEYS},
                                      origin, where=where.rstrip(".")))
    languages: dict[str, Layer] = {}
    for language, table in _table(data.get("languages", {}), origin, f"{where}languages").items():
        key = f"{where}languages.{language}"
        _only_layer_keys(table, origin, key)
        languages[language.lower()] = parse_layer(table, origin, where=key)
    config = replace(config, languages=languages)
    overrides = []
    raw_overrides = data.get("overrides", [])
    if not isinstance(raw_overrides, list):
        raise ConfigError(origin, f"{where}overrides: must be an array of tables ([[overrides]])")
    for i, table in enumerate(raw_overrides):
        key = f"{where}overrides[{i}]"
        table = dict(_table(table, origin, key))
        paths = table.pop("paths", None)
        if isinstance(paths, str):
            paths = [paths]
        if not paths or not all(isinstance(p, str) for p in paths):
            raise ConfigError(origin, f"{key}.paths: a list of glob patterns is required")
        _only_layer_keys(table, origin, key)
        overrides.append(Override(tuple(paths), parse_layer(table, origin, where=key)))
    exclude = data.get("exclude", [])
    if isinstance(exclude, str):
        exclude = [exclude]
    if not isinstance(exclude, list) or not all(isinstance(e, str) for e in exclude):
        raise ConfigError(origin, f"{where}exclude: must be a list of glob patterns")
    respect = data.get("respect_gitignore", True)
    if not isinstance(respect, bool):
        raise ConfigError(origin, f"{where}respect_gitignore: must be true or false")
    return ConfigFile(path, config, tuple(overrides), tuple(exclude), respect)


def _table(value: Any, origin: str, key: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ConfigError(origin, f"{key}: must be a table")
    return value


def _only_layer_keys(table: Mapping[str, Any], origin: str, key: str) -> None:
    unknown = sorted(set(table) - LAYER_KEYS)
    if unknown:
        raise ConfigError(origin, f"{key}.{unknown[0]}: unknown key; allowed here: "
                                  f"{', '.join(sorted(LAYER_KEYS))}")


@functools.cache
def nearest_config_file(config: str | None, folder: str) -> ConfigFile:
    """The config file ``config`` names, else the nearest at or above ``folder``, read once
    per process (a batch checks many files of one folder); an empty one when there is none.
    A long-lived worker calls ``nearest_config_file.cache_clear()`` to see edits."""
    path = Path(config) if config else find_config(Path(folder))
    return load_config(path) if path else ConfigFile(None)


def settings_for(source: str, explicit: Path | None) -> Config:
    """The settings of the config file that governs ``source``: the one given, else the
    nearest above the file (or above the working folder, for URLs and stdin)."""
    from seokit.sources import is_url

    if explicit is not None:
        return load_config(explicit).base
    start = Path.cwd() if source == "-" or is_url(source) or not Path(source).exists() \
        else Path(source)
    found = find_config(start)
    if found is None:
        return Config()
    config_file = load_config(found)
    return config_file.config_for(Path(source)) if start != Path.cwd() else config_file.base
