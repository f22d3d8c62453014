"""A self-contained HTML report: the timeline, each event's evidence highlighted.

No script and no CDN: styles are inline, so the page opens offline and can be
mailed. Every piece of article text and every name is HTML-escaped.
"""
from __future__ import annotations

import html
from collections import Counter
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from ..document import QUAD_CLASS as QUAD
from .formatting import event_date

STYLE = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d232a;background:#f6f7f9}
header{background:#12304a;color:#fff;padding:18px 28px}header h1{margin:0;font-size:22px}
header p{margin:4px 0 0;opacity:.85}main{max-width:1100px;margin:0 auto;padding:18px 28px}
.summary span{display:inline-block;margin:0 14px 8px 0;padding:2px 10px;border-radius:12px;background:#e3e8ee;font-size:13px}
ol.timeline{list-style:none;padding:0;margin:0;border-left:3px solid #c9d2dc}
ol.timeline li{position:relative;margin:0 0 16px 18px;background:#fff;border-radius:6px;padding:10px 14px;box-shadow:0 1px 2px #0001}
ol.timeline li:before{content:"";position:absolute;left:-27px;top:14px;width:13px;height:13px;border-radius:50%;background:var(--c)}
.when{font-weight:600;color:#12304a}.prec{font-size:12px;color:#6b7785;margin-left:6px}
.type{font-weight:700;color:var(--c);margin-left:10px}.mod{font-size:12px;background:#fff3cd;border-radius:4px;padding:0 5px;margin-left:6px}
.who{margin-left:10px}.ev{margin:6px 0 4px;color:#39434d}mark{background:#ffe58a;padding:0 1px}
.doc{font-size:12px;color:#6b7785}.q-vc{--c:#2e8b57}.q-mc{--c:#1f6fb2}.q-vk{--c:#d98c00}.q-mk{--c:#c0392b}
.legend span{margin-right:14px;font-size:13px}.legend i{display:inline-block;width:10px;height:10px;border-radius:50%;background:var(--c);margin-right:4px}
footer{color:#6b7785;font-size:12px;padding:20px 28px}
"""
QUAD_CLASS = {"verbal cooperation": "q-vc", "material cooperation": "q-mc",
              "verbal conflict": "q-vk", "material conflict": "q-mk"}


def _highlight(evidence: str, trigger: str | None) -> str:
    """The evidence sentence, escaped, with the trigger words marked."""
    if trigger:
        at = evidence.lower().find(trigger.lower())
        if at >= 0:
            end = at + len(trigger)
            return (html.escape(evidence[:at]) + "<mark>" + html.escape(evidence[at:end]) + "</mark>"
                    + html.escape(evidence[end:]))
    return html.escape(evidence)


def _who(row: dict[str, Any], side: str) -> str:
    name = row.get(f"{side}_name") or row.get(side)
    if not name:
        return "?"
    country = row.get(f"{side}_country")
    return html.escape(f"{name} ({country})" if country and country not in name else name)


def render_report(rows: list[dict[str, Any]], *, title: str = "linimasa timeline", generated: datetime | None = None) -> str:
    generated = generated or datetime.now(timezone.utc)
    types = Counter(row["type"] for row in rows)
    docs = {row["doc_id"] for row in rows}
    items = []
    for row in rows:
        quad = QUAD.get(row["type"], "verbal cooperation")
        kind = row["type"] + (f" / {row['mode']}" if row.get("mode") else "")
        modality = row.get("modality")
        items.append(
            f'<li class="{QUAD_CLASS[quad]}" data-type="{html.escape(row["type"])}">'
            f'<span class="when">{html.escape(event_date(row))}</span>'
            f'<span class="type">{html.escape(kind)}</span>'
            + (f'<span class="mod">{html.escape(modality)}</span>' if modality and modality != "asserted" else "")
            + f'<span class="who">{_who(row, "source")} → {_who(row, "target")}</span>'
            f'<p class="ev">“{_highlight(row.get("evidence") or "", row.get("trigger"))}”</p>'
            f'<div class="doc">{html.escape(row.get("doc_title") or row.get("doc_path") or row["doc_id"])}'
            f'{" — " + html.escape(row["doc_source"]) if row.get("doc_source") else ""}'
            f' · <code>{html.escape(row["doc_id"][:12])}</code></div></li>')
    summary = " ".join(f"<span>{html.escape(t)}: {n}</span>" for t, n in types.most_common())
    legend = " ".join(f'<span class="{cls}"><i></i>{html.escape(name)}</span>' for name, cls in QUAD_CLASS.items())
    return f"""<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{html.escape(title)}</title><style>{STYLE}</style></head>
<body><header><h1>{html.escape(title)}</h1>
<p>{len(rows)} events from {len(docs)} documents · generated {generated:%Y-%m-%d %H:%M} UTC by linimasa</p></header>
<main><div class="legend">{legend}</div><div class="summary">{summary}</div>
<ol class="timeline">{''.join(items) or '<li>No events.</li>'}</ol></main>
<footer>Each entry quotes the sentence it was coded from; the highlighted words are the trigger.</footer>
</body></html>
"""


def write_report(store, path: Path, *, actor: str | None = None, type: str | None = None,
                 date_from: date | None = None, date_to: date | None = None) -> Path:
    rows = store.events(actor=actor, type=type, date_from=date_from, date_to=date_to)
    path.write_text(render_report(rows), encoding="utf-8")
    return path
