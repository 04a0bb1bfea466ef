"""Allow ``python -m skillsapp``."""

import sys

from skillsapp.cli import main

sys.exit(main())
