"""Numbers that are no figures: each finder names what it excludes, and `explain` shows it."""
