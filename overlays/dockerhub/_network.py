"""The transports that reach the network, all sharing one TLS context per process.

httpx builds a verifying ``ssl.SSLContext`` for every transport it creates, and building
one loads certifi's CA bundle: about 40 ms of CPU each time. A client holds two network
transports (the Hub API and the registry), and programs that open a client per task or
per test would pay that again and again. So the context is built once, when the first
transport needs it, and shared: an ``SSLContext`` is safe to share between connections
and threads. It honours ``SSL_CERT_FILE`` and ``SSL_CERT_DIR`` as httpx does, read when it
is built (the first client of the process).
"""

from __future__ import annotations

import functools
import ssl

import httpx

__all__ = ["async_network_transport", "network_transport"]


@functools.cache
def _tls_context() -> ssl.SSLContext:
    return httpx.create_ssl_context()


def network_transport() -> httpx.HTTPTransport:
    """A blocking transport to the network, with the shared TLS context."""
    return httpx.HTTPTransport(verify=_tls_context())


def async_network_transport() -> httpx.AsyncHTTPTransport:
    """An async transport to the network, with the shared TLS context."""
    return httpx.AsyncHTTPTransport(verify=_tls_context())
