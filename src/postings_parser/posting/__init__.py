"""Layer 3, posting: the stages that read one posting, in order — header (title, job id, date,
location lines), location codes, sections, items, responsibilities, requirements."""
