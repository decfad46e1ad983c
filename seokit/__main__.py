"""``python -m seokit``: the command line."""

import sys

from seokit.cli import main

sys.exit(main())
