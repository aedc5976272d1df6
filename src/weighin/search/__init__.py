"""Search: similar questions, lexical search and question entailment (RQE)."""
