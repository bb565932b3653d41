"""Plain-Python heart of the app: catalog, routines, planner, session. Never imports Qt."""
