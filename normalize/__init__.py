"""normalize: Draft → Record (CONTRACT.md): deadlines, parties, places, targets, statuses, keys."""
