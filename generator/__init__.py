"""Regenerates ``client/dockerhub_client`` from ``spec/dockerhub.yaml``.

Run ``python -m generator generate`` (``make generate``) after editing the spec, or
``python -m generator check`` (``make check-generated``) to fail when the committed client
differs from what the spec and the pinned generator produce.
"""
