"""The app served to a browser (``coach serve``, with the ``serve`` extra: textual-serve)."""
