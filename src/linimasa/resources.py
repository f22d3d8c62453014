"""One loader for the package's data files, and the `Resources` that stages share.

Every data file under `resources/` is YAML with a header: `about` (what it is),
`source` (where its content comes from) and, where it matters, `known_issues`.
`load_data` refuses a file without that header, so provenance travels with the data.

`Resources` loads each resource once, on first use, and is passed to every stage
factory; no stage keeps module-level mutable state.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

import yaml

from .errors import ResourceError

PACKAGE_ROOT = Path(__file__).resolve().parent
RESOURCE_ROOT = PACKAGE_ROOT / "resources"
MODEL_ROOT = PACKAGE_ROOT / "models"
HEADER_KEYS = ("about", "source")


# libyaml's loader parses the actor dictionary about ten times faster than the
# pure-Python one; it is the same safe loader, compiled.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.lru_cache(maxsize=None)
def _load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_LOADER)  # noqa: S506 - a SafeLoader


def load_data(name: str, root: Path | None = None) -> dict[str, Any]:
    """Load `resources/<name>` (YAML) and check its provenance header.

    The result is cached and must be treated as read-only.
    """
    base = root or RESOURCE_ROOT
    path = base / name
    if not path.is_file():
        raise ResourceError("E150", name=name, where=str(base))
    data = _load_yaml(path)
    if not isinstance(data, dict) or any(key not in data for key in HEADER_KEYS):
        raise ResourceError("E151", name=name)
    return data


def resource_files(pattern: str = "**/*.yaml") -> list[Path]:
    return sorted(RESOURCE_ROOT.glob(pattern))


def model_path(name: str, how: str = "make train") -> Path:
    path = MODEL_ROOT / name
    if not path.exists():
        raise ResourceError("E153", name=name, how=how)
    return path


@dataclass
class Resources:
    """Loaded-once language resources, actor dictionary and models, shared by stages.

    Attributes are computed on first access (functools.cached_property) so a
    pipeline that does not need the tagger never loads it.
    """

    user_actor_files: tuple[Path, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def default(cls) -> "Resources":
        return cls()

    def data(self, name: str) -> dict[str, Any]:
        return load_data(name)

    @functools.cached_property
    def spacy_nlp(self):
        from .language.tokens import make_nlp

        return make_nlp()

    @functools.cached_property
    def crf_word_features(self):
        """The per-word CRF features, cached: one instance for the tagger stage and the NER
        model's tagger, so the NER model reads the strings the tagger built for the same words."""
        from .language.crf_features import WordFeatures

        return WordFeatures()

    @functools.cached_property
    def actor_dictionary(self):
        from .actors.dictionary import ActorDictionary

        return ActorDictionary.load(extra=self.user_actor_files)
