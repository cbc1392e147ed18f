"""coach: a full-screen terminal networking coach that keeps your data on your machine."""

__version__ = "0.1.0"
