"""A desktop timeline viewer for news coverage."""

__version__ = "0.1.0"
