"""Recognisers: one module per kind of record, each a `recognise(context, ...)` over the analysed blocks."""
