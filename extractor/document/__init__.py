"""The source document: its model, its readers, and normalised text that remembers where each character came from."""
