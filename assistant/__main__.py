"""`python -m assistant` is the same as the `kassatsiya` command."""

import sys

from assistant.cli import main

sys.exit(main())
