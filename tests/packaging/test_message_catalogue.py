"""The translators' list of core messages is complete and up to date."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _collector():
    spec = importlib.util.spec_from_file_location(
        "collect_messages", ROOT / "packaging" / "collect_messages.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_catalogue_is_up_to_date(capsys):
    assert _collector().main(["--check"]) == 0, capsys.readouterr().out


def test_every_kind_of_message_is_found():
    from skillsapp.core.people import FIRST_NAME
    from skillsapp.storage.database import DiskFull
    from skillsapp.sync.bundle import TAMPERED
    from skillsapp.sync.lrs import UNREACHABLE

    found = set(_collector().collect())
    assert {
        TAMPERED,  # a module constant given to Refused
        UNREACHABLE,  # ... to an LRS problem, imported from another module
        DiskFull(Path("/x/y")).message.template,  # a template passed to super().__init__
        str(FIRST_NAME),  # a term
        "This file holds “{name}” twice.",  # the second argument of _refuse
        "Please type a {field}.",
    } <= found
    # The command line's own sentences have their own context, apart from these templates.
    assert "Everything checked is fine." not in found
    assert "Everything checked is fine." in _collector().command_line_words()
