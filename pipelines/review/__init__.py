"""The QA review page of one document (`roadmaps review`): blocks read beside the record."""
