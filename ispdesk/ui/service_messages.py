"""Written by resources/translations/extract_messages.py: do not edit."""
MESSAGES: tuple[str, ...] = ()
