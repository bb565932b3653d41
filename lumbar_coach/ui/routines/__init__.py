"""The routine editor: make, rename, delete, reorder, change doses, import and export."""
