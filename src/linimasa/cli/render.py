"""Text and JSON Lines rendering for the CLI; progress bars only on a terminal."""
from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

import click

from ..export.formatting import event_date



class _Quiet:
    def update(self, n: int = 1) -> None:
        pass


@contextmanager
def progress(total: int | None, unit: str, desc: str):
    """A tqdm bar on stderr when it is a terminal; nothing when piped."""
    if not sys.stderr.isatty():
        yield _Quiet()
        return
    from tqdm import tqdm

    bar = tqdm(total=total, unit=unit, desc=desc, file=sys.stderr, dynamic_ncols=True)
    try:
        yield bar
    finally:
        bar.close()


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def emit(rows: list[dict[str, Any]], as_json: bool, lines: Callable[[list[dict[str, Any]]], Iterable[str]]) -> None:
    out = sys.stdout
    if as_json:
        for row in rows:
            out.write(json.dumps({k: _jsonable(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
        return
    if not rows:
        click.echo("(nothing matches)", err=True)
        return
    for line in lines(rows):
        out.write(line + "\n")


def _width() -> int:
    return max(60, min(shutil.get_terminal_size((120, 24)).columns, 160))


def _clip(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _actor(name: str | None, actor_id: str | None, country: str | None) -> str:
    if not actor_id:
        return "?"
    label = name or actor_id
    return f"{label} ({country})" if country and country not in label else label


def timeline_lines(rows: list[dict[str, Any]]) -> Iterable[str]:
    width = _width()
    for row in rows:
        kind = row["type"] + (f"/{row['mode']}" if row.get("mode") else "")
        flags = "" if row.get("modality") in (None, "asserted") else f" [{row['modality']}]"
        who = f"{_actor(row.get('source_name'), row.get('source'), row.get('source_country'))} → " \
              f"{_actor(row.get('target_name'), row.get('target'), row.get('target_country'))}"
        yield f"{event_date(row):<24} {kind + flags:<28} {who}"
        yield f"{'':<24} “{_clip(row.get('evidence'), width - 30)}”"
        yield f"{'':<24} — {_clip(row.get('doc_title') or row.get('doc_path'), width - 40)} [{row['doc_id'][:8]}]"


def event_lines(rows: list[dict[str, Any]]) -> Iterable[str]:
    for row in rows:
        yield (f"{event_date(row):<24} {row['type']:<9} {row.get('mode') or '-':<12} "
               f"{row.get('source') or '?'} → {row.get('target') or '?'}  modality={row.get('modality')} "
               f"conf={row.get('confidence', 0):.2f} trigger={row.get('trigger')!r} doc={row['doc_id'][:8]}")


def quote_lines(rows: list[dict[str, Any]]) -> Iterable[str]:
    width = _width()
    for row in rows:
        who = row.get("speaker_name") or row.get("speaker_text") or "?"
        day = row["date"].isoformat() if row.get("date") else "undated"
        yield f"{day:<12} {who} ({row.get('kind')}): “{_clip(row.get('text'), width - 40)}”"


def figure_lines(rows: list[dict[str, Any]]) -> Iterable[str]:
    for row in rows:
        day = row["as_of"].isoformat() if row.get("as_of") else "undated"
        value = f"{row['value']:,.0f}".replace(",", ".")
        source = row.get("source_name") or row.get("attributed_to") or "-"
        yield f"{day:<12} {row.get('category'):<10} {row.get('qualifier'):<10} {value:>14}  {row.get('subject') or ''}  (source: {source})"


def actor_lines(rows: list[dict[str, Any]]) -> Iterable[str]:
    for row in rows:
        roles = "; ".join(f"{r['title']} {r['start'] or '…'}..{r['end'] or ''}" for r in row["roles"][:3])
        aliases = ", ".join(row["aliases"][:6])
        yield (f"{row['id']:<28} {row['name'][:34]:<34} {row['kind']:<12} {row['country'] or '-':<4} "
               f"{row['sector'] or '-':<4} {aliases}" + (f"  [{roles}]" if roles else ""))


def unknown_lines(rows: list[dict[str, Any]]) -> Iterable[str]:
    for row in rows:
        yield f"{row['mentions']:>6}  {row['documents']:>5} docs  {row['type']:<4} {row['text']}"


def ingest_summary(summary, db: str) -> str:
    lines = [f"{summary.new} new, {summary.unchanged} unchanged, {len(summary.failed)} failed → {db}"]
    for error in summary.failed:
        where = error.path + (f":{error.line}" if error.line else "")
        lines.append(f"  failed {where}: [{error.code}] {error.message}")
    for path in summary.not_indonesian:
        lines.append(f"  not Indonesian (stored, not coded): {path}")
    return "\n".join(lines)
