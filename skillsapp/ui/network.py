"""Whether this PC's connection is metered (mobile data), as the operating system says."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def connection_is_metered() -> bool | None:
    """True on a metered connection, False on an unmetered one, None when nobody knows.

    Qt's network information asks the system's own service (NetworkManager/GLib on Linux,
    the network list manager on Windows); loaded on first use, never on the start path.
    """
    try:
        from PySide6.QtNetwork import QNetworkInformation
    except ImportError:
        return None
    if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
        return None
    info = QNetworkInformation.instance()
    if info is None or not info.supports(QNetworkInformation.Feature.Metered):
        return None
    return bool(info.isMetered())
