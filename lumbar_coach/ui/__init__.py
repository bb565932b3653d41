"""The Qt window and its widgets."""
