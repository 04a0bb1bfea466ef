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
