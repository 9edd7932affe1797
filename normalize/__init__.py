"""normalize: Draft → Record (CONTRACT.md): deadlines, parties, places, targets, statuses, keys."""

# The word vectors and NER run numpy: one BLAS thread (ingest/blas.py), set before numpy loads.
import ingest.blas  # noqa: F401
