"""The I/O layer on top of the parser: the command line, batch runs over files / JSONL / WARC,
rows, Arrow / Parquet and the Spark helper.  Nothing below this layer imports from it."""
