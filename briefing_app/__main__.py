"""`python -m briefing_app` runs the same command as `briefing-app`."""

import sys

from .app import main

sys.exit(main())
