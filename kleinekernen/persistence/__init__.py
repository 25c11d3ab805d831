"""Persistence: the crash-safe session journal, the list of saved sessions, results to share, reports."""
