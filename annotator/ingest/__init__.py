"""Reading article files into the store: text, HTML, JSON, JSON Lines, CSV, folders."""
