"""Claims: propositions with their holders' stances; `ask` finds them for a question."""
