"""The listing of a WebDAV share: a PROPFIND's multistatus answer read (defusedxml, only
what lies below the share's root), and the tree of folders one listing of infinite
depth gives, with the bounds that keep a server listing without end from being followed
(docs/SYNC.md, „Orte“)."""

from __future__ import annotations

from email.utils import parsedate_to_datetime
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from defusedxml import ElementTree

from workbench.sync.place import DIR, FILE, Entry
from workbench.sync.webdav_errors import unreadable_answer

PROPFIND_BODY = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getcontentlength/>'
    b"<d:getetag/><d:getlastmodified/></d:prop></d:propfind>"
)
DAV = "{DAV:}"
# A listing longer than this is refused as it arrives (a share of years lists in well
# under 10 MB).
LISTING_LIMIT = 16_000_000
# The walk of a server without infinite depth goes at most this deep below the
# workspace's folder (changes/<id>/, snapshots/<id>/) and through this many folders.
WALK_DEPTH = 3
WALK_FOLDERS = 5_000


def etag_of(etag: str) -> str:
    """An ETag as listings and headers both give it (servers quote it in one and not in
    the other): without quotes and weak marker."""
    return etag.strip().removeprefix("W/").strip('"')


def multistatus(body: bytes, root_path: str) -> list[tuple[PurePosixPath, Entry]]:
    """(name relative to the root at *root_path*, entry) of each resource in a
    multistatus answer; anything outside the root is passed over."""
    try:
        root = ElementTree.fromstring(body)
    except Exception as exc:  # defusedxml refuses entities; a broken body is a server error
        raise unreadable_answer(exc) from exc
    found = []
    for response in root.iter(f"{DAV}response"):
        href = response.findtext(f"{DAV}href") or ""
        path = unquote(urlsplit(href).path)
        if not path.startswith(root_path.rstrip("/")):
            continue
        relative = path[len(root_path.rstrip("/")) :].strip("/")
        if any(part in ("", ".", "..") for part in relative.split("/")) and relative:
            continue
        props: dict[str, Any] = {}
        for propstat in response.iter(f"{DAV}propstat"):
            if " 200 " not in f" {propstat.findtext(f'{DAV}status') or ''} ":
                continue
            prop = propstat.find(f"{DAV}prop")
            if prop is not None:
                for child in prop:
                    props[child.tag] = child
        kind_el = props.get(f"{DAV}resourcetype")
        is_dir = kind_el is not None and kind_el.find(f"{DAV}collection") is not None
        size_text = getattr(props.get(f"{DAV}getcontentlength"), "text", None) or "0"
        etag = etag_of(getattr(props.get(f"{DAV}getetag"), "text", None) or "")
        modified = getattr(props.get(f"{DAV}getlastmodified"), "text", None)
        try:
            mtime = parsedate_to_datetime(modified).timestamp() if modified else 0.0
        except (TypeError, ValueError):
            mtime = 0.0
        name = PurePosixPath(relative) if relative else PurePosixPath()
        found.append(
            (
                name,
                Entry(
                    name.name,
                    DIR if is_dir else FILE,
                    int(size_text) if size_text.isdigit() else 0,
                    etag,
                    mtime,
                ),
            )
        )
    return found


def tree_of(
    entries: list[tuple[PurePosixPath, Entry]], scope: PurePosixPath
) -> tuple[dict[PurePosixPath, dict[str, Entry]], bool]:
    """The folders below *scope* with their entries, from one listing of infinite depth;
    and whether it is whole – False where only one level came back although there are
    folders (a server that answers infinite depth as depth 1 without saying so)."""
    tree: dict[PurePosixPath, dict[str, Entry]] = {}
    for name, entry in entries:
        if name != scope:
            tree.setdefault(name.parent, {})[entry.name] = entry
            if entry.kind == DIR:
                tree.setdefault(name, {})
    tree.setdefault(scope, {})
    depth = len(scope.parts)
    folders = any(e.kind == DIR for e in tree[scope].values())
    return tree, not folders or any(len(n.parts) > depth + 1 for n, _ in entries)
