"""Read the council's minutes the way a person does: one module per format turns a file into
blocks (headings, paragraphs, list items, table rows) in reading order, and statements.py turns
blocks into attendees, sections and one-claim statements credited to a speaker."""
