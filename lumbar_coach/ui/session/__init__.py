"""The guided session: the view, its countdown ring, controls, the "this hurts" panel and the summary."""
