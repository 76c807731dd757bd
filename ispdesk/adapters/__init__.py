"""One module per outside system: plain data in, plain data out, no Session."""
