"""Entry point of the PyInstaller bundle: the same `briefing-app` command as the pip install."""

import sys

from briefing_app.app import main

sys.exit(main())
