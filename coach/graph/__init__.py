"""The network core: CSR arrays for connections and follows, and what they say about me.

Nothing in this package imports Textual; it is plain numpy (and networkx, lazily, for the
bridges).
"""

from coach.graph.csr import CSR
from coach.graph.network import Network
from coach.graph.structure import Structure

__all__ = ["CSR", "Network", "Structure"]
