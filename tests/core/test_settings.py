"""PC settings: a corrupt file falls back to defaults with a log line."""

from __future__ import annotations

import logging

import pytest

from skillsapp.storage.settings import Settings, load_settings, save_settings


def test_settings_are_saved_and_read_back(tmp_path):
    path = tmp_path / "settings.json"
    save_settings(path, Settings(text_scale=150, high_contrast=True, idle_minutes=5))
    assert load_settings(path) == Settings(text_scale=150, high_contrast=True, idle_minutes=5)


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2]", '{"text_scale": 900}', '{"high_contrast": "maybe"}', "\xff\xfe"],
)
def test_a_corrupt_settings_file_gives_the_defaults_and_a_log_line(tmp_path, caplog, content):
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="latin-1")
    with caplog.at_level(logging.WARNING):
        assert load_settings(path) == Settings()
    assert "using the defaults" in caplog.text
