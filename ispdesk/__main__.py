"""``python -m ispdesk`` (and the PyInstaller entry point)."""
import sys

from ispdesk.cli import main

sys.exit(main())
