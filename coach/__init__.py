"""coach: a full-screen terminal networking coach that keeps your data on your machine."""

import os

# numpy's OpenBLAS starts a thread per core when numpy is imported, and they spin for a
# while: 0.1-0.2 s of CPU at every start, taken from the app's first frame on a small
# machine. coach does no matrix algebra; a person who sets the variable keeps their value.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
