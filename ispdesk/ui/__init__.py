"""Qt only: the main window, one package per module, shared widgets and models."""
