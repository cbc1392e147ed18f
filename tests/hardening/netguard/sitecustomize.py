"""Installs the network guard in Python processes started by tests (see network_guard.py)."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
try:
    import network_guard as _coach_test_network_guard
finally:
    del sys.path[0]

_coach_test_network_guard.install()
