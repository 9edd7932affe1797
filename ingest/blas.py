"""One BLAS thread per process, set before numpy loads OpenBLAS (imported first by the stages).

OpenBLAS starts a thread per core and lets it spin after every call; the NER tagger's and the
word vectors' small matrix products gain nothing from it, while the spinning threads are
charged to the process and take the core the other worker needs (`roadmaps ingest` runs one
worker per core already): on the DOCX samples the pipeline's CPU per document fell by a third
with one thread. An explicit OPENBLAS_NUM_THREADS in the environment is kept.
"""

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
