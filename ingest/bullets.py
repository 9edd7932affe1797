"""Word's Symbol-font bullets: a PDF's text layer (and a text export of it) gives them as
private-use characters ("\uf0b7 укрепление …"); every reader takes them for list markers like
"•" and records them as "•"."""

SYMBOL_BULLETS = "\uf0b7\uf0a7\uf0a8\uf076\uf0d8\uf0fc\uf0d7"
BULLET = "•"


def as_bullet(marker: str) -> str:
    """A list marker as recorded: a Symbol-font bullet becomes "•", others stay."""
    return BULLET if marker in SYMBOL_BULLETS else marker
