"""A module with no hook function at all: ignored."""
VALUE = 1
