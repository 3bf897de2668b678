"""``python -m zoo_sdk.cli``."""

import sys

from zoo_sdk.cli import main

sys.exit(main())
