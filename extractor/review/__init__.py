"""The review page of one report: its full text (or page images) with every extraction highlighted."""
