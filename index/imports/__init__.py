"""Bring the user's own documents into the archive: read, split, bundle, index."""
