"""spaCy set up once per process: the blank Dutch pipeline, its start-up caches and tokenizer special cases."""
