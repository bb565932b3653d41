"""Help: the About page and the Help menu that leads to it and to the safety page."""
