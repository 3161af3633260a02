"""Tools for users' tests and for measuring accuracy: hypothesis strategies and the scorer."""
