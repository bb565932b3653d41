"""User files: platform folders, atomic versioned writes."""
