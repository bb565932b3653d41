"""The practice history in the window: recording sessions as they run, and the history page."""
