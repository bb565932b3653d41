"""A printable routine sheet to take to a physiotherapist."""
