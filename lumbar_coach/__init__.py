"""Lumbar Coach: a spoken, hands-free coach for a lower-back stretching routine."""

__version__ = "0.1.0"
