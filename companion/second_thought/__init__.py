"""Second Thought: a local companion that checks social-media drafts against university policies."""

import os as _os

# Every matrix the companion multiplies is small (a short draft's tokens
# through the NER model, one sentence vector through a classifier): OpenBLAS's
# thread pool costs more than it gives there, and a check already runs on its
# own worker thread. One BLAS thread makes a name check about a third faster
# (measured in bench/README.md). OpenBLAS reads this when numpy is first
# imported, so it is set here, before any module of the package imports numpy;
# a value already in the environment wins.
_os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
