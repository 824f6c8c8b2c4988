"""`python -m briefing_app` runs the same command as `briefing-app`."""

import sys

from briefing_app.app import main

sys.exit(main())
