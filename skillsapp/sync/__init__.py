"""Sync with an xAPI LRS and by USB bundle. Qt-free: the UI runs it in the background."""
