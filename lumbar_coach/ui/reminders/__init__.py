"""The daily reminder: when it is next due, and the tray notification that opens the routine."""
