"""Figures: found in the tokens, keyed and labelled, catalogued, and the relations the text states between them."""
