"""The frozen app's entry point."""

import sys

from lumbar_coach.app import main

sys.exit(main())
