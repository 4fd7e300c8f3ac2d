"""The one place the app's version lives: the build, --version and the report all read it."""

__version__ = "0.1.0"
