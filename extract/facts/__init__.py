"""Document facts (kind, title, issuer, order, period, signatories, goals, tasks): header.extract
runs the ordered rule tables over the other modules here."""
