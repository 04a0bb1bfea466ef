"""The PySide6 user interface: the main window, one module per screen, shared widgets."""
