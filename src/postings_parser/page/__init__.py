"""Layer 2, page: cut a normalized page into its pieces (article, research areas, related
content, boilerplate, postings) and an article into title, dek, questions and paragraphs."""
