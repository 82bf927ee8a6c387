"""``python -m docchk`` is ``docchk``."""

from docchk.cli import main

main()
