"""The regions and country that contain the places ``events.csv`` gives its disasters, so
that a description naming a wider area ("the quake that levelled much of southern Turkey",
"the earthquake that struck the High Atlas") reaches the event the base places in a town or
province of it.

Each place's regions begin with its country (or a state as large). A compass part of a
country ("southern Turkey") is listed only where the place lies in it:
"the quake that levelled north-western Turkey" is another quake than the one of
Kahramanmaraş. A bare country the place lies in is always listed.

Sources: the Wikipedia articles of each place (its province, region and country) and of
each disaster (the areas it struck).
"""

from __future__ import annotations

PLACE_REGIONS: dict[str, tuple[str, ...]] = {
    # Wikipedia: 2023 Turkey-Syria earthquakes (Kahramanmaraş province, south-central Turkey)
    "Kahramanmaraş": (
        "Turkey",
        "southern Turkey",
        "south-eastern Turkey",
        "southeastern Turkey",
        "southeast Turkey",
        "south-east Turkey",
        "south-central Turkey",
    ),
    # Al Haouz province, Marrakesh-Safi region, in the High Atlas
    "Al Haouz": ("Morocco", "High Atlas", "Atlas Mountains", "Marrakesh-Safi", "central Morocco"),
    "Al Hoceima": ("Morocco", "Rif", "northern Morocco"),
    "Agadir": ("Morocco", "Souss", "south-western Morocco", "southwestern Morocco"),
    # Palu, capital of Central Sulawesi
    "Palu": ("Indonesia", "Sulawesi", "Central Sulawesi"),
    # Ishikawa prefecture, on the Noto Peninsula
    "Ishikawa": ("Japan", "Noto", "Noto Peninsula", "central Japan"),
    "Central Mexico": ("Mexico", "central Mexico", "Puebla"),
    # Derna, in Cyrenaica
    "Derna": ("Libya", "eastern Libya", "Cyrenaica"),
    # Valencia province, Valencian Community
    "Valencia": ("Spain", "eastern Spain", "Valencian Community"),
    # Kerr County, in the Texas Hill Country
    "Kerr County": ("Texas", "Central Texas", "Texas Hill Country"),
    # Wikipedia: 2001 Gujarat earthquake (Kutch district)
    "Gujarat": ("India", "western India", "Kutch"),
    # Wikipedia: 2003 Boumerdès earthquake
    "Boumerdès": ("Algeria", "northern Algeria"),
    # Wikipedia: 2003 Bam earthquake (Kerman province)
    "Bam": ("Iran", "south-eastern Iran", "southeastern Iran", "Kerman"),
    # Wikipedia: 2005 Nias-Simeulue earthquake
    "Nias": ("Indonesia", "Sumatra"),
    # Wikipedia: 2005 Kashmir earthquake (Azad Kashmir and Khyber Pakhtunkhwa)
    "Muzaffarabad": ("Pakistan", "northern Pakistan", "Kashmir", "Pakistani Kashmir"),
    # Wikipedia: 2006 Yogyakarta earthquake
    "Yogyakarta": ("Indonesia", "Java", "Central Java"),
    # Wikipedia: 2008 Sichuan earthquake (Wenchuan county)
    "Sichuan": ("China", "south-western China", "southwestern China", "Wenchuan"),
    # Wikipedia: 2009 Sumatra earthquakes (Padang, West Sumatra)
    "Padang": ("Indonesia", "Sumatra", "West Sumatra"),
    # Wikipedia: 2010 Yushu earthquake (Qinghai)
    "Yushu": ("China", "Qinghai", "western China"),
    # Wikipedia: 2002 Hindu Kush earthquakes (Baghlan province)
    "Baghlan": ("Afghanistan", "northern Afghanistan", "Hindu Kush"),
    # Wikipedia: June 2022 Afghanistan earthquake (Paktika and Khost)
    "Paktika": (
        "Afghanistan",
        "eastern Afghanistan",
        "south-eastern Afghanistan",
        "southeastern Afghanistan",
    ),
    # Wikipedia: 2023 Herat earthquakes
    "Herat": ("Afghanistan", "western Afghanistan"),
    # Wikipedia: 2025 Afghanistan earthquake (Kunar and Nangarhar)
    "Kunar": ("Afghanistan", "eastern Afghanistan", "Nangarhar"),
}


def containing(place: str) -> tuple[str, ...]:
    """The place itself and the regions and country that contain it."""
    return (place, *PLACE_REGIONS.get(place, ()))


_COUNTRIES = frozenset(regions[0] for regions in PLACE_REGIONS.values())


def is_local(region: str) -> bool:
    """Whether a region is smaller than a country: a town, province or mountain range, or
    a compass part of a country. A place the table does not list is the base's whole
    country ("Nepal", "Haiti")."""
    return region in PLACE_REGIONS or (
        region not in _COUNTRIES and any(region in regions for regions in PLACE_REGIONS.values())
    )
