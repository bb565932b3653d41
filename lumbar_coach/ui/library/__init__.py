"""The library of stretches: cards grouped by what they do, a filter bar and the start button."""
