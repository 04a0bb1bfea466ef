"""The interface languages, each named in itself (as a resident looks for it)."""

LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "cs": "Čeština",
    "es": "Español",
    "pl": "Polski",
    "lv": "Latviešu",
    "pt": "Português",
    "it": "Italiano",
    "hu": "Magyar",
    "ro": "Română",
}

LANGUAGE_CODES: tuple[str, ...] = tuple(LANGUAGES)

# The country whose ways of writing dates and numbers each language follows: the countries
# of the pilot regions (English as in Ireland: day before month, as in the rest of the EU).
LOCALES: dict[str, str] = {
    "en": "en_IE",
    "de": "de_DE",
    "cs": "cs_CZ",
    "es": "es_ES",
    "pl": "pl_PL",
    "lv": "lv_LV",
    "pt": "pt_PT",
    "it": "it_IT",
    "hu": "hu_HU",
    "ro": "ro_RO",
}
