"""Reading the CLI's repository and tag references (``nginx``, ``alice/app:1.0``)."""

from __future__ import annotations

from .._validation import split_repository, validate_tag

__all__ = ["split_ref", "split_repo"]


def split_repo(text: str, *, explicit: bool = False) -> tuple[str, str]:
    """``NAMESPACE/NAME`` (or an official image's bare ``NAME``) as ``(namespace, name)``.

    With ``explicit`` (commands that change things) the namespace must be written out.

    Raises:
        ValueError: the reference is malformed (the CLI exits with status 2).
    """
    text = text.strip()
    if text.count("/") > 1 or ":" in text:
        raise ValueError(f"expected NAMESPACE/NAME, got {text!r}")
    if explicit and "/" not in text:
        raise ValueError(f"expected NAMESPACE/NAME (with the namespace), got {text!r}")
    return split_repository(text, None)


def split_ref(
    text: str, *, default_tag: str | None = None, explicit: bool = False
) -> tuple[str, str, str]:
    """``REPO:TAG`` as ``(namespace, name, tag)``; ``default_tag`` when ``:TAG`` is missing.

    Raises:
        ValueError: the reference is malformed or has no tag and no default applies.
    """
    repo, sep, tag = text.strip().rpartition(":")
    if not sep:
        if default_tag is None:
            raise ValueError(f"expected REPO:TAG, got {text!r}")
        repo, tag = text.strip(), default_tag
    namespace, name = split_repo(repo, explicit=explicit)
    return namespace, name, validate_tag(tag)
