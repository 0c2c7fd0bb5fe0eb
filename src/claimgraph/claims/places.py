"""Capitals standing for their states ('Moscow denied ...', 'Tehran rejects ...') and common
alternative country names: general world knowledge, so that a claim naming a government by its
capital matches a question naming the country."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

_PAIRS = """washington:united-states america:united-states us:united-states usa:united-states
u.s:united-states moscow:russia kremlin:russia beijing:china london:britain uk:britain
u.k:britain paris:france berlin:germany rome:italy madrid:spain lisbon:portugal
warsaw:poland kyiv:ukraine kiev:ukraine minsk:belarus tehran:iran baku:azerbaijan
yerevan:armenia tbilisi:georgia ankara:turkey athens:greece damascus:syria baghdad:iraq
beirut:lebanon amman:jordan riyadh:saudi cairo:egypt tripoli:libya tunis:tunisia
algiers:algeria rabat:morocco khartoum:sudan nairobi:kenya addis:ethiopia abuja:nigeria
pretoria:south-africa kabul:afghanistan islamabad:pakistan delhi:india dhaka:bangladesh
tokyo:japan seoul:south-korea pyongyang:north-korea hanoi:vietnam bangkok:thailand
jakarta:indonesia manila:philippines canberra:australia ottawa:canada brasilia:brazil
havana:cuba caracas:venezuela bogota:colombia tashkent:uzbekistan astana:kazakhstan
doha:qatar sanaa:yemen muscat:oman ramallah:palestine taipei:taiwan stockholm:sweden
oslo:norway helsinki:finland copenhagen:denmark vienna:austria budapest:hungary
bucharest:romania belgrade:serbia brussels:belgium""".split()

CAPITALS: dict[str, str] = dict(p.split(":") for p in _PAIRS)


def state_of(word: str) -> str | None:
    """The country a capital (or alternative name) stands for, lower-cased, or None."""
    return CAPITALS.get(word.lower().strip("."))
