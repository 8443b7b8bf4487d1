"""The thin command line: each module registers one group of commands and calls one function."""
