"""The operations users perform, as functions over a Session; they never commit."""
