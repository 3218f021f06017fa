"""Command line entry point: ``python -m generator {generate,check}``."""

import sys

from generator.regenerate import main

sys.exit(main())
