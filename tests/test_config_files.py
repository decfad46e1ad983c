"""Config files: discovery, layers, profiles and errors that name the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from seokit.audit import audit_document
from seokit.config import parse_layer
from seokit.configfile import find_config, load_config
from seokit.errors import ConfigError
from seokit.findings import Severity
from seokit.parse import parse_document
from seokit.profiles import PROFILES


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_found_by_walking_up_and_seokit_toml_beats_pyproject(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", "[tool.seokit]\nfail_on = 'error'\n")
    article = _write(tmp_path / "content" / "blog" / "post.md", "# T\n")
    assert find_config(article) == (tmp_path / "pyproject.toml").resolve()
    _write(tmp_path / "content" / "seokit.toml", "fail_on = 'info'\n")
    assert find_config(article) == (tmp_path / "content" / "seokit.toml").resolve()


def test_pyproject_without_a_seokit_table_is_not_a_config(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    assert find_config(tmp_path) is None or find_config(tmp_path) != tmp_path / "pyproject.toml"


def test_layers_profile_file_override_language(tmp_path: Path) -> None:
    config = load_config(_write(tmp_path / "seokit.toml", """
extends = "rankmath"
ignore = ["RD104"]
[severity]
RD101 = "error"
[options]
RD102 = { max_percent = 30 }
[[overrides]]
paths = ["blog/**"]
ignore = ["MT"]
options = { RD102 = { max_words = 25 } }
[languages.de]
options = { RD102 = { max_words = 28 } }
"""))
    base = config.config_for(tmp_path / "docs" / "a.md")
    blog = config.config_for(tmp_path / "blog" / "2026" / "b.md")
    # from the profile (Rank Math's analyzer: 0.5-2.5 %)
    assert base.options["KW101"] == {"min_density": 0.5, "max_density": 2.5,
                                     "include_synonyms": True}
    assert base.options["RD102"] == {"max_percent": 30.0}  # int coerced to the option's float
    assert base.severity["RD101"] is Severity.ERROR
    assert base.ignore == ("RD104",)
    assert blog.ignore == ("RD104", "MT")
    assert blog.options["RD102"] == {"max_percent": 30.0, "max_words": 25}
    german = blog.for_language("de-AT")
    assert german.options["RD102"]["max_words"] == 28


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("selct = ['LG']\n", "selct: unknown key"),
        ("select = ['RD9999']\n", "select: no rule matches 'RD9999'"),
        ("[options]\nRD102 = { max_wrds = 20 }\n", "options.RD102.max_wrds: rule RD102 has no option"),
        ("[options]\nRD102 = { max_words = 'many' }\n", "option 'max_words' must be int"),
        ("[severity]\nXX001 = 'error'\n", "severity.XX001: unknown rule 'XX001'"),
        ("extends = 'yoasst'\n", "extends: unknown profile 'yoasst'"),
        ("[[overrides]]\nignore = ['MT']\n", "overrides[0].paths: a list of glob patterns"),
        ("[[overrides]]\npaths = ['a/**']\nexclude = ['b']\n", "overrides[0].exclude: unknown key"),
        ("[languages.de]\nfail_on = 'sometimes'\n", "languages.de.fail_on: must be error"),
        ("fail_on = \n", "invalid TOML"),
    ],
)
def test_errors_name_the_file_and_the_key(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path / "seokit.toml", text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).startswith(f"{path}: ")
    assert message in str(info.value)


def test_pyproject_keys_are_named_with_their_table(tmp_path: Path) -> None:
    path = _write(tmp_path / "pyproject.toml", "[tool.seokit]\nignor = ['LG']\n")
    with pytest.raises(ConfigError, match=r"tool\.seokit\.ignor: unknown key"):
        load_config(path)


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_every_profile_is_valid_against_the_registry(name: str) -> None:
    profile = PROFILES[name]
    parse_layer(profile.settings, f"profile {name}")
    assert profile.summary and profile.sources


def test_front_matter_disables_rules_and_sets_synonyms() -> None:
    text = ("---\ntitle: x\nseokit:\n  disable: [CT101, MT]\n  synonyms: massage, bodywork\n---\n"
            "# x\n\nShort text.\n")
    doc = parse_document(text, "markdown", path="post.md")
    assert doc.meta.disabled_rules == ("CT101", "MT")
    assert doc.meta.synonyms == ("massage", "bodywork")
    report = audit_document(doc)
    codes = {r.code for r in report.results}
    assert "CT101" not in codes and not any(c.startswith("MT") for c in codes)


def test_front_matter_typo_names_the_file() -> None:
    doc = parse_document("---\nseokit:\n  disable: [CT1O1]\n---\n# x\n", "markdown", path="p.md")
    with pytest.raises(ConfigError, match=r"^p\.md: front matter\.ignore: no rule matches 'CT1O1'"):
        audit_document(doc)
