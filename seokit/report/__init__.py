"""Reports: the ``Report`` model and one small module per output format."""
