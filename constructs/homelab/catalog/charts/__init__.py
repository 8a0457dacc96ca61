"""Helm charts: pinned versions and typed values, one module per chart.

Every chart version is written once, here (``CHART`` in each module). Values are ``TypedDict``s:
mypy checks them while editing and :func:`homelab.model.typed.check_typed` checks them at synth.
"""
