"""Import public medical Q&A (MedQuAD, patient questions) with provenance, and export or import
all public content as versioned JSON Lines (docs/data-format.md)."""
