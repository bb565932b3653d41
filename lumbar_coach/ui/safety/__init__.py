"""The safety screen: warning signs to see a provider first, how to move, and the painful side."""
