"""The standard name of a state's ministry, whichever way a page writes it.

"X's Foreign Ministry", "the Xian Foreign Ministry", "Ministry of Foreign Affairs of X" and
"X's Ministry of Foreign Affairs" all name one body; its canonical name is written in the fullest
common English shape, "<Xian> Ministry of <Portfolio>" (the portfolio "Foreign" in full,
"Foreign Affairs"). A page's own form already in that shape with the state's name before it
("X Ministry of Defence") is kept as written. Only owners that are states (`places.demonym`) are
rewritten; anything else keeps the name the forms give.
"""

from __future__ import annotations

import logging
import re

from ..places import demonym

log = logging.getLogger(__name__)

_CAP = r"[A-Z][\w\-.]*"
_PORT = rf"(?P<port>(?:the )?{_CAP}(?:(?: and| of| for)? {_CAP}){{0,3}})"


def _shapes(owner: str) -> tuple[re.Pattern[str], ...]:
    return (
        re.compile(rf"^{owner}(?P<poss>['’]s)? {_PORT} Ministry$"),  # "X's Foreign Ministry"
        re.compile(rf"^{owner}(?P<poss>['’]s)? Ministry of {_PORT}$"),  # "X Ministry of Defence"
        re.compile(rf"^Ministry of {_PORT} of (?:the )?{owner}$"),  # "Ministry of Defence of X"
    )


# the owner is one or two capitalised words ("Iran", "South Korea"), tried both ways
_OWNERS = (rf"(?P<owner>(?:Republic of )?{_CAP}(?: {_CAP})?)",
           rf"(?P<owner>(?:Republic of )?{_CAP}(?: {_CAP})??)")
_SHAPES = tuple(zip(*(_shapes(o) for o in _OWNERS), strict=True))
_FULL_PORTFOLIO = {"Foreign": "Foreign Affairs", "Internal": "Internal Affairs"}


def _parts(form: str) -> tuple[str, str, int, bool] | None:
    """(owner, portfolio, shape number, possessive) of a ministry's name, or None."""
    text = re.sub(r"^[Tt]he ", "", form.strip())
    if "Ministry" not in text:
        return None
    for n, shapes in enumerate(_SHAPES):
        for shape in shapes:
            m = shape.match(text)
            if m and demonym(m.group("owner")):
                poss = bool(m.groupdict().get("poss"))
                return m.group("owner"), m.group("port"), n, poss
    return None


def is_standard(form: str) -> bool:
    """A form already in the standard shape: "<State or Xian> Ministry of <Portfolio>"."""
    parts = _parts(form)
    return parts is not None and parts[2] == 1 and not parts[3]


def standard_name(form: str) -> str | None:
    """The standard name of a ministry's form (see the module docstring); None when the form
    names no state's ministry."""
    parts = _parts(form)
    if parts is None:
        return None
    owner, port, shape, poss = parts
    if shape == 1 and not poss:
        return re.sub(r"^[Tt]he ", "", form.strip())
    adj = demonym(owner)
    port = _FULL_PORTFOLIO.get(port, port)
    return f"{adj} Ministry of {port}"
