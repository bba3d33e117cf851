"""Notes and tags anchored to passages, paragraphs and case records; their exports."""
