"""One module per service: each defines ``SERVICE`` (or ``service(params)`` when it reads the parameters),
and is registered by one line in ``catalog/registry.py``."""
