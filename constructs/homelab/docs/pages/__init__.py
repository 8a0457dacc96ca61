"""One module per page: each turns :class:`~homelab.docs.facts.Facts` into the Markdown of its page."""
