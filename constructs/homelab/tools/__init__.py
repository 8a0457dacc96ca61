"""Developer tools for the homelab repository (run with ``python -m homelab.tools.<name>``)."""
