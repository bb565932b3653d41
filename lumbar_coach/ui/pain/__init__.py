"""Pain check-ins: a 0 to 10 scale answered with one key, before and after a session."""
