"""Spoken cues and beeps."""
