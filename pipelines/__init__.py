"""The `roadmaps` commands and the batch machinery that runs the stages."""

from pipelines import regex_cache

# before any stage module compiles its patterns: every roadmaps process imports this first
regex_cache.install()
