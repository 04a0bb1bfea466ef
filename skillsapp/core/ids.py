"""Random UUIDs for statements, people and centres."""


def new_id() -> str:
    """A fresh random UUID as text."""
    # Imported here: uuid pulls in `platform`, and no id is needed to paint the first screen.
    import uuid

    return str(uuid.uuid4())
