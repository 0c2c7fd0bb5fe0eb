"""HTML pages: the visible text (what every offset points into) and trafilatura's metadata."""

from __future__ import annotations

import re
from typing import Any

import lxml.etree
import lxml.html

from ..errors import IngestError

_INVISIBLE = ("script", "style", "noscript", "template", "svg", "iframe", "object", "head")
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "nav", "aside", "blockquote", "pre", "figure",
    "figcaption", "dd", "dt", "dl", "form", "main", "hr", "title", "address", "td", "th",
}


def visible_text(html: str, source: str) -> str:
    """The text a reader sees in the page, one block per line."""
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise IngestError(source, f"unparseable HTML ({exc})") from exc
    for bad in root.xpath("|".join(f"//{t}" for t in _INVISIBLE)):
        bad.drop_tree()
    for comment in root.xpath("//comment()"):
        parent = comment.getparent()
        if parent is not None:
            comment.drop_tree()
    parts: list[str] = []
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCK:
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        if tag in _BLOCK:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)
    text = "".join(parts).replace("\xa0", " ")
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in text.split("\n")]
    out = "\n\n".join(ln for ln in lines if ln)
    if not out.strip():
        raise IngestError(source, "HTML page has no visible text")
    return out


def html_hints(html: str, url: str | None = None) -> dict[str, Any]:
    """Title, outlet, date and authors from the page's markup (trafilatura), plus its main text."""
    import trafilatura  # imported here: slow to import, only HTML needs it

    hints: dict[str, Any] = {}
    try:
        meta = trafilatura.extract_metadata(html, default_url=url)
    except Exception:  # trafilatura raises many kinds on broken markup; metadata is optional
        meta = None
    if meta is not None:
        hints["title"] = meta.title
        hints["outlet"] = meta.sitename
        hints["published"] = meta.date
        if meta.author:
            hints["authors"] = [a.strip() for a in meta.author.split(";") if a.strip()]
        if meta.url:
            hints["url"] = meta.url
    try:
        main = trafilatura.extract(html, include_comments=False, include_tables=False,
                                   favor_precision=True)
    except Exception:  # as above: a failed extraction falls back to rule-based cleaning
        main = None
    if main:
        hints["main_text"] = main
    return {k: v for k, v in hints.items() if v}
