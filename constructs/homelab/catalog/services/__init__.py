"""One module per service: each defines ``SERVICE`` (or ``service(params)``)."""
