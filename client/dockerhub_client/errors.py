"""Contains shared errors types that can be raised from API functions"""

import httpx


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status is outside 2xx and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes, response: httpx.Response | None = None):
        self.status_code = status_code
        self.content = content
        self.response = response

        super().__init__(f"Unexpected status code: {status_code} ({len(content)} bytes of content)")


class UnparseableResponse(Exception):
    """Raised by api functions when a 2xx response body is not the JSON the spec documents"""

    def __init__(self, response: httpx.Response):
        self.response = response
        self.status_code = response.status_code
        self.content = response.content

        super().__init__(f"Response body of status {response.status_code} does not match the spec")

    @property
    def detail(self) -> str | None:
        """Where the body departs from the spec (the cause's message, at most 200 characters)."""
        cause = self.__cause__
        if cause is None:
            return None
        text = str(cause) or type(cause).__name__
        return text if len(text) <= 200 else text[:199] + "…"


__all__ = ["UnexpectedStatus", "UnparseableResponse"]
