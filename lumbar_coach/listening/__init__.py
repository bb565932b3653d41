"""Offline voice commands: hear "pause", "next", "how long" and the rest while the person is on the floor."""
