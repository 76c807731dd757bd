"""Plain Python: money, enums, errors and value objects. Imports nothing of ours."""
