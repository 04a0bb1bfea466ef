"""Messages keep their template and values, so the interface can translate them later."""

from skillsapp.core.errors import Message, Refused, Term


def test_a_refusal_reads_in_english_and_keeps_its_template_and_values():
    refusal = Refused("The {field} is too long: at most {limit}.", field=Term("name"), limit=60)
    assert str(refusal) == "The name is too long: at most 60."
    assert refusal.message.template == "The {field} is too long: at most {limit}."
    assert refusal.message.values == {"field": "name", "limit": 60}


def test_a_template_without_values_may_hold_braces():
    assert str(Refused("Use {braces} freely.")) == "Use {braces} freely."


def test_a_stored_message_reads_back_the_same_with_its_terms():
    message = Message("Please type a {field} ({count}).", {"field": Term("first name"), "count": 3})
    again = Message.from_stored(message.stored())
    assert again == message
    assert isinstance(again.values["field"], Term)


def test_plain_text_stored_by_an_older_version_reads_as_a_message():
    assert Message.from_stored("The key or secret is wrong.") == Message(
        "The key or secret is wrong."
    )
    assert Message.from_stored('{"not": "a message"}').template == '{"not": "a message"}'
