"""The customer message templates: the package's defaults and the merchant's own copies.

Defaults ship in ``tpop_desktop/data/templates/<lang>.json``. A merchant who wants other
wording copies those files into the profile's templates folder (``export_defaults``)
and edits them; a copy may override only some templates. A broken copy never stops the
merchant from answering a customer: the affected templates fall back to the default,
and ``LoadedTemplate.warning`` names the file and the problem so the UI can show it.

File shape: ``{"language": "fr", "templates": {"<id>": {"subject": "...", "body": "..."}}}``
where a body is a string or a list of lines.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from pathlib import Path

from tpop_desktop.core.messages import (
    SUPPORTED_LANGUAGES,
    MessageTemplate,
    TemplateError,
    TemplateId,
    template_from_data,
)

MAX_PROFILE_FILE_BYTES = 1_000_000  # a template file is a few kilobytes


class TemplateSource(StrEnum):
    DEFAULT = "default"
    PROFILE = "profile"


@dataclass(frozen=True)
class LoadedTemplate:
    template: MessageTemplate
    source: TemplateSource
    warning: str | None = None  # why the merchant's copy was not used


@dataclass(frozen=True)
class _ProfileFile:
    """What one of the merchant's files yields: usable templates and what was wrong."""

    templates: dict[str, MessageTemplate] = field(default_factory=dict)
    file_problem: str | None = None  # the whole file is unusable
    template_problems: dict[str, str] = field(default_factory=dict)
    unknown_ids: tuple[str, ...] = ()


class TemplateLibrary:
    """Finds the template to use for a message, in a language, for this profile."""

    def __init__(self, profile_templates_dir: Path) -> None:
        self._dir = Path(profile_templates_dir)
        self._defaults: dict[str, dict[str, MessageTemplate]] = {}
        self._profile_cache: dict[str, tuple[tuple[int, int], _ProfileFile]] = {}

    @property
    def profile_dir(self) -> Path:
        return self._dir

    def languages(self) -> list[str]:
        return list(SUPPORTED_LANGUAGES)

    def template_ids(self) -> list[str]:
        return [template_id.value for template_id in TemplateId]

    def get(self, template_id: str, language: str) -> LoadedTemplate:
        """The merchant's version when present and valid, else the default (with a warning if broken)."""
        if language not in SUPPORTED_LANGUAGES:
            raise KeyError(f"no templates in language {language!r}")
        if template_id not in self.template_ids():
            raise KeyError(f"unknown template {template_id!r}")
        default = self._default_templates(language)[template_id]
        path = self.profile_path(language)
        profile = self._profile_file(language)
        if profile.file_problem:
            return LoadedTemplate(default, TemplateSource.DEFAULT,
                                  f"{path}: {profile.file_problem}; using the default templates.")
        if template_id in profile.template_problems:
            problem = profile.template_problems[template_id]
            return LoadedTemplate(default, TemplateSource.DEFAULT,
                                  f"{path}: template \"{template_id}\": {problem}; using the default text.")
        if template_id in profile.templates:
            return LoadedTemplate(profile.templates[template_id], TemplateSource.PROFILE)
        return LoadedTemplate(default, TemplateSource.DEFAULT)

    def problems(self) -> list[str]:
        """Every problem in the merchant's files, for a settings page that checks them all."""
        found: list[str] = []
        for language in SUPPORTED_LANGUAGES:
            path = self.profile_path(language)
            profile = self._profile_file(language)
            if profile.file_problem:
                found.append(f"{path}: {profile.file_problem}")
            found.extend(f"{path}: template \"{template_id}\": {problem}"
                         for template_id, problem in profile.template_problems.items())
            found.extend(f"{path}: unknown template \"{template_id}\" (ignored)"
                         for template_id in profile.unknown_ids)
        return found

    def profile_path(self, language: str) -> Path:
        return self._dir / f"{language}.json"

    def export_defaults(self, target: Path | None = None) -> list[Path]:
        """Copy the default files into ``target`` (the profile folder) without overwriting any.

        Returns the files written; a merchant's existing copy is never touched.
        """
        folder = Path(target) if target is not None else self._dir
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # private, as the rest of the profile
        written: list[Path] = []
        for language in SUPPORTED_LANGUAGES:
            path = folder / f"{language}.json"
            try:
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:
                continue
            with open(fd, "wb") as handle:
                handle.write(_default_bytes(language))
            written.append(path)
        return written

    # --- loading ---------------------------------------------------------------------------

    def _default_templates(self, language: str) -> dict[str, MessageTemplate]:
        if language not in self._defaults:
            data = json.loads(_default_bytes(language).decode("utf-8"))
            templates = {
                template_id: template_from_data(template_id, language, data["templates"][template_id])
                for template_id in self.template_ids()
            }
            self._defaults[language] = templates
        return self._defaults[language]

    def _profile_file(self, language: str) -> _ProfileFile:
        """The merchant's file for ``language``, re-read whenever it changes on disk."""
        path = self.profile_path(language)
        try:
            stat = path.stat()
        except FileNotFoundError:
            return _ProfileFile()
        except OSError as error:
            return _ProfileFile(file_problem=f"cannot be read ({error.strerror or error})")
        stamp = (stat.st_mtime_ns, stat.st_size)
        cached = self._profile_cache.get(language)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        parsed = self._read_profile_file(path, language, stat.st_size)
        self._profile_cache[language] = (stamp, parsed)
        return parsed

    def _read_profile_file(self, path: Path, language: str, size: int) -> _ProfileFile:
        if size > MAX_PROFILE_FILE_BYTES:
            return _ProfileFile(file_problem=f"is too large ({size} bytes)")
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except OSError as error:
            return _ProfileFile(file_problem=f"cannot be read ({error.strerror or error})")
        except UnicodeDecodeError:
            return _ProfileFile(file_problem="is not UTF-8 text")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            return _ProfileFile(
                file_problem=f"is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})")
        if not isinstance(data, dict) or not isinstance(data.get("templates"), dict):
            return _ProfileFile(file_problem='does not have the expected shape: an object with a "templates" object')
        declared = data.get("language", language)
        if declared != language:
            return _ProfileFile(file_problem=f"says its language is {declared!r} but is named {path.name}")
        known = set(self.template_ids())
        templates: dict[str, MessageTemplate] = {}
        problems: dict[str, str] = {}
        for template_id, raw in data["templates"].items():
            if template_id not in known:
                continue
            try:
                templates[template_id] = template_from_data(template_id, language, raw)
            except TemplateError as error:
                problems[template_id] = str(error)
        unknown = tuple(template_id for template_id in data["templates"] if template_id not in known)
        return _ProfileFile(templates, None, problems, unknown)


def _default_bytes(language: str) -> bytes:
    return resources.files("tpop_desktop").joinpath("data", "templates", f"{language}.json").read_bytes()
