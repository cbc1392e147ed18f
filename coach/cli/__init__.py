"""The command line: thin handlers over the domain, with stable text and JSON output."""
