"""One module per command of the `extract` CLI; extractor/cli.py parses arguments and dispatches."""
