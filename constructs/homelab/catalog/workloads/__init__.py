"""Raw-manifest workloads, one module each."""
