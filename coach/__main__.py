"""``python -m coach`` runs the command line."""

import sys

from coach.cli.main import main

sys.exit(main())
